"""Quoted speech in prose, and who says it: “That’s for me,” said the Fox. / —Buenos días —dijo la
panadera. / おばあさんは「…」と言いました。 / माँ ने कहा, "…"

A paragraph is cut into narration and quotes (every published quote style: “ ”, „ “, « », " ",
「 」, 『 』, and the dialogue dash of Spanish and Russian prose). A quote's speaker is the one named
beside a verb of saying next to it, or the one a pronoun there points back to; a quote nothing
attributes continues a conversation (speakers take turns) or stays with the narrator."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from filmstudio.script.lemmas import japanese_words, lemma_of
from filmstudio.script.lexicon import script_of
from filmstudio.script.mentions import DETERMINERS, find_mentions, owned
from filmstudio.script.persons import describing_words
from filmstudio.script.speech_verbs import SPEECH_VERBS

_OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", "»": "«", "「": "」", "『": "』", '"': '"', "‹": "›", "‘": "’"}
_DASHES = "—―"
_PRONOUN_SPEAKERS = {
    "en": {"he": "male", "she": "female", "they": "", "i": "", "it": ""},
    "es": {"él": "male", "ella": "female"},
    "fr": {"il": "male", "elle": "female"},
    "de": {"er": "male", "sie": "female", "es": ""},
    "it": {"lui": "male", "lei": "female"},
    "pt": {"ele": "male", "ela": "female"},
    "ru": {"он": "male", "она": "female"},
}


@dataclass
class Segment:
    text: str
    quoted: bool
    speaker: str | None = None  # a mention key or a name, for quotes
    attribution: bool = False  # narration that only says who spoke ("said the Fox")


@dataclass
class Speech:
    """What the quote reader decided for a whole text: segments per paragraph, and the speakers."""

    paragraphs: list[list[Segment]] = field(default_factory=list)
    speakers: set[str] = field(default_factory=set)


def segments(paragraph: str) -> list[Segment]:
    """Narration and quotes, in order."""
    text = paragraph.strip()
    if text[:1] in _DASHES or text[:2] in ("- ", "– "):
        return _dash_segments(text)
    out: list[Segment] = []
    buffer: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        close = _OPEN_CLOSE.get(ch)
        opens = close is not None and (ch != "‘" or i == 0 or not text[i - 1].isalnum())
        if opens and ch == '"' and i > 0 and text[i - 1].isalnum():
            opens = False
        if opens and close is not None:  # opens only where close is set (above)
            end = _closing(text, i + 1, close)
            if end is not None:
                if "".join(buffer).strip():
                    out.append(Segment("".join(buffer).strip(), False))
                buffer = []
                quote = text[i + 1 : end].strip()
                if quote:
                    out.append(Segment(quote, True))
                i = end + 1
                continue
        buffer.append(ch)
        i += 1
    if "".join(buffer).strip():
        out.append(Segment("".join(buffer).strip(), False))
    return _names_in_brackets(out)


_NAMING_AFTER_QUOTE = ("という", "といふ", "と呼", "と言う名", "って名")


def _names_in_brackets(parts: list[Segment]) -> list[Segment]:
    """「平吉狐」という狐: brackets around a name, as Japanese sets names, are narration, not speech."""
    named = {
        k
        for k, seg in enumerate(parts[:-1])
        if seg.quoted and not parts[k + 1].quoted and parts[k + 1].text.startswith(_NAMING_AFTER_QUOTE)
    }
    out: list[Segment] = []
    for k, seg in enumerate(parts):
        text = f"「{seg.text}」" if k in named else seg.text
        if out and (k in named or k - 1 in named) and not out[-1].quoted:
            out[-1] = Segment(out[-1].text + text, False)
        else:
            out.append(Segment(text, False) if k in named else seg)
    return out


def _closing(text: str, start: int, close: str) -> int | None:
    if close == "’":  # a closing single quote, not an apostrophe inside a word
        for m in re.finditer("’", text[start:]):
            at = start + m.start()
            if at + 1 >= len(text) or not text[at + 1].isalpha():
                return at
        return None
    at = text.find(close, start)
    return at if at >= 0 else None


def _dash_segments(text: str) -> list[Segment]:
    """—Buenos días —dijo la panadera—. ¿Quieres pan? : quote, narration, quote."""
    parts = re.split(r"\s*[—―–]\s*", text.lstrip("—―–- "))
    out = []
    for k, part in enumerate(parts):
        part = part.strip(" ,")
        if k % 2 == 1 and part[:1] in ".,;":
            part = part[1:].strip()
        if part.strip(" .,;"):
            out.append(Segment(part, k % 2 == 0))
    return out


def read_speech(paragraphs: list[str], language: str, names: set[str]) -> Speech:
    """Every paragraph's segments with each quote's speaker: a mention's key or one of `names`."""
    speech = Speech()
    recent: list[str] = []  # who was named last, most recent last
    last_speakers: list[str] = []
    lead_in: Segment | None = None  # a paragraph of narration that ends announcing a quote
    told: list[str] = []  # the narration so far
    verbs = _verbs(language)
    for paragraph in paragraphs:
        parts = segments(paragraph)
        for k, seg in enumerate(parts):
            if not seg.quoted:
                recent.extend(_who_is_named(seg.text, language, names))
                told.append(seg.text)
                continue
            after = parts[k + 1] if k + 1 < len(parts) and not parts[k + 1].quoted else None
            before = parts[k - 1] if k and not parts[k - 1].quoted else None
            speaker = None
            if after is not None:
                speaker = _speaker_in(_first_clause(after.text), language, names, verbs, recent, False, last_speakers)
                if speaker and _only_attribution(after.text, language, verbs):
                    after.attribution = True
            if speaker is None and before is not None and before.attribution and k >= 2:
                # a quote split by its attribution ("I know you," said the goose. "Go home.") goes on
                # in the voice of the quote before it
                speaker = parts[k - 2].speaker
            if speaker is None and before is None and k == 0 and lead_in is not None:
                before = lead_in  # "y Marta contestó:" closing the paragraph before
            if speaker is None and before is not None:
                speaker = _speaker_in(_last_clause(before.text), language, names, verbs, recent, True, last_speakers)
            if speaker is None and len(last_speakers) >= 2 and last_speakers[-1] != last_speakers[-2]:
                speaker = last_speakers[-2]  # a conversation: speakers take turns
            if after is not None and _only_attribution(after.text, language, verbs):
                after.attribution = after.attribution or _has_verb(after.text, language, verbs) is not None
            earlier = told[:-1] if before is not None and told and told[-1] == before.text else told
            if speaker and _epithet_in_turn(speaker, names, recent, last_speakers, " ".join(earlier)):
                speaker = last_speakers[-2]  # "—dijo la gallega": the one whose turn it is, by another name
            seg.speaker = speaker
            if speaker:
                last_speakers.append(speaker)
                speech.speakers.add(speaker)
        speech.paragraphs.append(parts)
        ends = parts[-1] if parts else None
        lead_in = ends if ends is not None and not ends.quoted and ends.text.rstrip().endswith((":", "：")) else None
    return speech


def _epithet_in_turn(speaker: str, names: set[str], recent: list[str], turns: list[str], told: str) -> bool:
    """A speaker named by a description never met before ("said the old man", "—dijo la gallega") while
    two people take turns is one of them: stories vary how they call their people, and a newcomer is
    introduced before speaking ("a baker came in")."""
    return (
        len(turns) >= 2
        and turns[-1] != turns[-2]
        and speaker not in names
        and speaker not in turns
        and speaker.lower() not in {r.lower() for r in recent}
        # "a Piggy-wig stood ... Said the Piggy": met before, in whatever form
        and re.search(r"(?<!\w)" + re.escape(speaker.split()[-1]), told, re.I) is None
    )


def _verbs(language: str) -> set[str]:
    return set(SPEECH_VERBS.get(language, SPEECH_VERBS["en"] if language == "en" else "").split())


# a clause ends at a sentence's end, not at a title's full stop ("said old Mrs. Rabbit")
_CLAUSE_END = re.compile(r"(?<=[.!?;。！？])\s*")
_TITLE_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Sr|Sra|Mme|Mlle|Hr|Fr|Prof)\.(?=\s)")


def _first_clause(text: str) -> str:
    return _CLAUSE_END.split(_TITLE_STOP.sub(r"\1", text), maxsplit=1)[0]


def _last_clause(text: str) -> str:
    parts = [p for p in _CLAUSE_END.split(_TITLE_STOP.sub(r"\1", text)) if p.strip()]
    return parts[-1] if parts else ""


def _tokens(text: str, language: str) -> list[tuple[int, str]]:
    if language == "ja":
        return [(start, lemma) for start, _, _, lemma in japanese_words(text)]
    if script_of(language) == "han":
        return [(m.start(), m.group(0)) for m in re.finditer(r".", text)]
    return [(m.start(), lemma_of(m.group(0).lower(), language)) for m in re.finditer(r"[\w'\u0900-\u0DFF]+", text)]


def _has_verb(text: str, language: str, verbs: set[str]) -> int | None:
    """Where a verb of saying stands in the text, or None."""
    for at, word in _tokens(text, language):
        if word in verbs or word.rstrip("'") in verbs:
            return at
    for m in re.finditer(r"\w+", text.lower()):
        if m.group(0) in verbs:
            return m.start()
    if script_of(language) not in ("latin", "cyrillic"):
        for verb in verbs:
            at = text.find(verb)
            if at >= 0:
                return at
    return None


def _speaker_in(
    text: str,
    language: str,
    names: set[str],
    verbs: set[str],
    recent: list[str],
    before: bool,
    turns: list[str] = [],  # noqa: B006 (read only): who spoke the quotes so far
) -> str | None:
    """The one named next to a verb of saying in a clause beside a quote ("said the Fox", "The Fox
    said:", "—dijo la panadera", "おばあさんは…と言いました")."""
    verb_at = _has_verb(text, language, verbs)
    if verb_at is None:
        if not before or not text.rstrip().endswith((":", "：")):
            return None
        verb_at = len(text)
    who = _named_in(text, language, names)
    # "said the daughter of the Count": the Count is whose daughter, not who speaks
    who = [w for w in who if not owned(text, w[0], language)]
    oblique = {w[1] for w in who if _oblique(text, w, language, names)}
    who = [w for w in who if w[1] not in oblique]
    recent = [r for r in recent if r not in oblique]
    if language in _SUBJECT_FIRST and not before:
        # 「…」と母さん狐が言いました、かあいい坊やの…: the one who says comes before the verb; after it,
        # a new clause
        who = [w for w in who if w[0] < verb_at]
    if who:
        if before:  # "the fox clapped the horse on the shoulder, and said,": the sentence's subject
            return who[0][1]
        after_verb = [w for w in who if w[0] >= verb_at]  # "said the Fox"
        return (after_verb or who)[0][1]
    thing = _noun_speaker(text, language, verb_at, before)
    if thing:
        return thing
    pronouns = _PRONOUN_SPEAKERS.get(language, {})
    words = [w.lower() for w in re.findall(r"[\w']+", text)]
    if any(w in pronouns for w in words) and recent:
        return recent[-1]
    if language in ("ja", "zh", "hi", "ta", "te", "mr", "es", "it", "pt", "ru", "pl") and recent:
        # the subject is often left out ("y decía entre sí:"): in a conversation the other one answers,
        # else the one named last speaks
        if len(turns) >= 2 and turns[-1] != turns[-2]:
            return turns[-2]
        return recent[-1]
    return None


def _oblique(text: str, named: tuple[int, str], language: str, names: set[str]) -> bool:
    """Russian and Ukrainian say with an ending who is not the subject: "с Сороки глаз не сводит" (whose eyes
    he watches), "говорит Лисе" (to whom). A being named in a form other than its own name's (the nominative)
    is not the one who speaks."""
    if language not in ("ru", "uk"):
        return False
    at, who = named
    word = re.match(r"\w+", text[at:])
    if word is None:
        return False
    form = word.group(0).lower()
    own = {who.lower(), *(n.lower() for n in names if n.lower().split()[-1:] == [who.lower().split()[-1]])}
    return not any(form == name.split()[-1] for name in own if name)


# languages whose speaker never follows the verb of saying ("राम ने कहा", "他说", "と言った")
_SUBJECT_FIRST = {"ja", "ko", "zh", "hi", "mr", "ta", "te", "bn", "ur", "ne"}


def _noun_speaker(text: str, language: str, verb_at: int, before: bool) -> str | None:
    """A fable's talking thing, named by its article beside the verb: "sprach die Bohne", "said the
    Kettle", "dijo el pez": the noun is the speaker."""
    determiners = DETERMINERS.get(language)
    if not determiners:
        return None
    # "preguntó al rato", "dijo del pan": an article joined to a preposition opens a phrase, never the subject
    own = [d for d in determiners.split() if d not in _WITH_PREPOSITION.get(language, ())]
    articles = "|".join(re.escape(d) for d in sorted(own, key=len, reverse=True))
    # an age word before the noun is part of who speaks ("said the old woman"), never the speaker alone
    ages = "|".join(re.escape(w) for w in sorted(describing_words(language), key=len, reverse=True))
    noun = r"((?:(?:" + ages + r")\s+)*[^\W\d_][\w-]{2,})" if ages else r"([^\W\d_][\w-]{2,})"
    match = None
    if before:  # "The Fox said:", or the inverted "said the goose." before the quote
        match = re.match(r"\W*(?:(?:and|then|und|da|y|et|e)\s+)?(?:" + articles + r")\s+" + noun, text, re.I)
    if match is None:
        match = re.match(r"\W*\w+\s+(?:" + articles + r")\s+" + noun, text[verb_at:], re.I)
    if match is None:
        return None
    word = match.group(1)
    head = word.split()[-1]
    if language == "de" and not head[:1].isupper() or head.lower() in determiners.split():
        return None
    if head.lower() in _NOT_SPEAKERS or head.lower() in describing_words(language):
        return None  # "said the other": one of those already speaking, taking their turn
    return word[:1].upper() + word[1:]


_WITH_PREPOSITION = {
    "es": {"al", "del"},
    "fr": {"du", "au", "aux"},
    "it": {"del", "della", "dello", "dei", "degli", "delle", "al", "alla"},
    "pt": {"do", "da", "dos", "das", "ao", "à"},
}

_NOT_SPEAKERS = {
    "other",
    "others",
    "same",
    "first",
    "second",
    "last",
    "former",
    "latter",
    "rest",
    "one",
    "two",
    "otro",
    "otra",
    "uno",
    "una",
    "autre",
    "andere",
    "anderen",
    "altro",
    "altra",
    "outro",
    "outra",
}


def _named_in(text: str, language: str, names: set[str]) -> list[tuple[int, str]]:
    """(position, who) for each character a text names: names as they are, mentions by key."""
    out = [(m.start, m.key) for m in find_mentions(text, language)]
    # Chinese and Japanese write a name against the next word: only its own characters delimit it
    bounded = script_of(language) not in ("han", "kana")
    for name in names:
        pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)" if bounded else re.escape(name)
        for m in re.finditer(pattern, text):
            out.append((m.start(), name))
    # a name holds a word for what it is ("东村老农" holds "老农"): the name is who is named
    return sorted(
        (at, who)
        for at, who in out
        if bounded or not any(len(n) > len(who) and at2 <= at and at + len(who) <= at2 + len(n) for at2, n in out)
    )


def _who_is_named(text: str, language: str, names: set[str]) -> list[str]:
    return [who for at, who in _named_in(text, language, names) if not owned(text, at, language)]


def _only_attribution(text: str, language: str, verbs: set[str]) -> bool:
    """'said the Fox.' or 'dijo la panadera': nothing a listener misses when the quote is voiced."""
    clause = _first_clause(text)
    rest = text[len(clause) :].strip()
    return not rest and len(re.findall(r"\w+", clause)) <= 5
