"""The teller who acts in a tale told in the first person ("I climbed the oak and I saw a wolf", "Yo
corría por el camino", "Ich ging durch den Wald", "Я шла по лесу") is one of its characters: drawn, named
by the pronoun ("I", "Yo", "Ich"), with a gender only where the words mark it: a Romance adjective or
participle after "I am/was" ("estaba cansada", "ero stanco", "je suis allée"), a Russian past tense
("я шла", "я пришёл").

Only the narration counts: an "I" in quoted speech, or on a line of dialogue that opens with a dash, is
a speaker's, not the teller's. A tale is told in the first person where its narration has the "I" as the
subject three times or more, in two sentences or more, twice of a verb of doing, feeling or perceiving
(acting.py's verbs): a frame that only says "I will tell you a story" or "I remember" casts no one."""

from __future__ import annotations

import re
from collections.abc import Callable

from filmstudio.script.acting import _acting_word, _narrated
from filmstudio.script.first_person import _I
from filmstudio.script.lemmas import lemma_of
from filmstudio.storyboard import Character

LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "ru"})
_TOKEN = re.compile(r"[^\W\d_][\w-]*(?:['’])?")
# how often the "I" must be written in the narration, in how many sentences, and act
_TIMES = 3
_SENTENCES = 2
_ACTS = 2
# words that may stand between the pronoun and its verb: a negation, a clitic, an adverb
_BETWEEN = {
    "en": "then also never always soon suddenly quickly slowly just had have",
    "fr": "ne n' n’ me m' m’ le la les l' l’ lui leur y en suis ai avais étais fus eus",
    "de": "auch nicht dann bin war habe hatte",
    "es": "no me le lo la les los se ya también nunca he había",
    "it": "non mi gli le lo la li ci ne si già anche ho sono avevo ero",
    "pt": "não me lhe lhes o a os as se já também nunca tinha havia",
    "ru": "не тоже уже вдруг сразу быстро медленно",
}
# the verbs "to be" of the first person singular before an adjective or participle that agrees with
# the teller ("estaba cansada", "ero stanco", "je suis allée", "eu estava cansada")
_COPULA = {
    "es": "estaba estoy estuve soy era fui quedé",
    "it": "ero sono fui stavo",
    "pt": "estava estou estive sou era fui fiquei",
    "fr": "suis étais fus serai",
}
# those the third person singular writes alike: the teller's only with the pronoun before
_THIRD_TOO = frozenset({"estaba", "era", "estava"})
# first person singular verb endings that a pro-drop language writes without the pronoun ("corrí",
# "parlai", "falei"): the teller acts there too, once the pronoun has said who tells
_FIRST_ENDINGS = {
    "es": ("é", "í", "aba", "ía"),
    "it": ("ai", "ii", "avo", "evo", "ivo", "idi"),
    "pt": ("ei", "i", "ava", "ia"),
}
# words after a copula that are no adjective of the teller's: adverbs of degree, articles
_NOT_AGREEING = frozenset(
    {"muy", "tan", "bastante", "algo", "un", "una", "uno", "molto", "tanto", "troppo", "muito", "tão"}
    | {"bem", "mal", "um", "uma", "très", "si", "trop", "une"}
)


# speech in single quotes ("'I ran,' she said", "‘Stop!’"): opened after no letter, closed after a mark
_SINGLE_QUOTED = re.compile(r"(?<!\w)[‘'][^\n]*?[.,!?;:…—–-][’'](?!\w)")


def _told(text: str) -> str:
    """The narration: quoted speech blanked (in double or single quotes), and every line of dialogue
    that opens with a dash."""
    narrated = _SINGLE_QUOTED.sub(lambda m: " " * len(m.group(0)), _narrated(_quotes_over_lines_blanked(text)))
    narrated = re.sub(r"(?m)^[ \t]*[—–-].*$", lambda m: " " * len(m.group(0)), narrated)
    # unquoted speech inside a paragraph: after a dash that follows a sentence's end ("… au pont. — Allons!
    # dit le meunier, je …"), or after a colon that opens a capitalised sentence ("lui répondit: Je pars …")
    return _SPEECH_IN_PARAGRAPH.sub(lambda m: m.group(1) + " " * len(m.group(2)), narrated)


_SPEECH_IN_PARAGRAPH = re.compile(r"([.!?…]\s+|:\s+(?=[A-ZÀ-ÝА-Я]))((?:[—–]\s|(?<=:\s)|(?<=:\s\s))[^\n]*)")


# a quote left open at a line's end runs on over the next lines of its stanza or paragraph (verse)
_OPEN_QUOTE = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")


def _quotes_over_lines_blanked(text: str) -> str:
    """Speech that runs over several lines within a paragraph or stanza, blanked (newlines kept): the
    "I" of a speech in verse is the speaker's, not the teller's."""
    out = []
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        out.append(_OPEN_QUOTE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), paragraph))
    return "".join(out)


def _pronoun_pattern(language: str) -> re.Pattern[str]:
    words = _I[language][0].split()
    alternation = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?!\w)") for w in words)
    return re.compile(rf"(?<!\w)(?:{alternation})", re.IGNORECASE)


def _sentence_at(text: str, at: int) -> int:
    return len(re.findall(r"[.!?]\s", text[:at]))


def _verb_near(words: list[str], language: str) -> str | None:
    """The teller's verb among the words after the pronoun (past any clitic, negation or adverb)."""
    between = set(_BETWEEN.get(language, "").split())
    for word in words[:4]:
        low = word.lower()
        if low in between:
            continue
        return word if _acting_word(low, language) is not None else None
    return None


def _subjects(told: str, language: str) -> list[tuple[int, bool]]:
    """(where, whether with a verb of the reading) for each "I" of the narration: the pronoun (always a
    subject: "I", "je", "ich", "я"; German's verb may come before it: "Dort sah ich"), and in a pro-drop
    language, once the pronoun has said who tells, a verb of the first person alone ("corrí", "parlai")."""
    out = []
    for m in _pronoun_pattern(language).finditer(told):
        after = _TOKEN.findall(told[m.end() : m.end() + 60].split(".")[0])
        before = _TOKEN.findall(re.split(r"[.!?;:,]", told[max(0, m.start() - 30) : m.start()])[-1])
        inverted = language == "de" and bool(before) and _acting_word(before[-1], language) is not None
        out.append((m.start(), _verb_near(after, language) is not None or inverted))
    if out and language in _FIRST_ENDINGS:
        taken = {at for at, _ in out}
        for m in _TOKEN.finditer(told):
            low = m.group(0).lower()
            if low.endswith(_FIRST_ENDINGS[language]) and _first_verb(low, language) and m.start() not in taken:
                out.append((m.start(), True))
    return sorted(out)


def _first_verb(word: str, language: str) -> bool:
    """A verb of the reading written in the first person singular's preterite, by its ending
    (the imperfect's -aba, -ia are the third person's too: not enough alone)."""
    if word.endswith(("aba", "ía", "ia", "ava")):
        return False
    return _acting_word(word, language) is not None and lemma_of(word, language) != word


def tells_and_acts(text: str, language: str) -> bool:
    """Whether the narration is told by an "I" who acts in it: the "I" three times or more, in two
    sentences or more, twice with a verb of doing, feeling or perceiving."""
    if language not in LANGUAGES:
        return False
    told = _told(text)
    subjects = _subjects(told, language)
    acting = sum(1 for _, acts in subjects if acts)
    sentences = {_sentence_at(told, at) for at, _ in subjects}
    return len(subjects) >= _TIMES and len(sentences) >= _SENTENCES and acting >= _ACTS


def teller_gender(text: str, language: str) -> tuple[str, list[str]]:
    """The teller's gender where the words mark it, and those words: "neutral" and none otherwise."""
    told = _told(text)
    marks: list[tuple[str, str]] = []
    if language == "ru":
        for m in re.finditer(r"(?<!\w)я\s+(?:(?:не|тоже|уже|вдруг|сразу)\s+)?([а-яё]+)", told, re.IGNORECASE):
            verb = m.group(1).lower()
            if verb.endswith(("ла", "лась")):
                marks.append(("female", f"я {verb}"))
            elif verb.endswith(("л", "лся", "ёл", "шел")):
                marks.append(("male", f"я {verb}"))
    elif language in _COPULA:
        marks = _agreeing(told, language)
    marks += _being_someone(told, language)
    females = [w for g, w in marks if g == "female"]
    males = [w for g, w in marks if g == "male"]
    if females and len(females) > len(males):
        return "female", females
    if males and len(males) > len(females):
        return "male", males
    return "neutral", []


def _agreeing(told: str, language: str) -> list[tuple[str, str]]:
    """(gender, words) for each adjective or participle after a first-person "to be": "estaba cansada",
    "ero stanco", "je suis allée" (French marks the woman: "-ée", or the "-e" its dictionary form lacks)."""
    copulas = "|".join(sorted(set(_COPULA[language].split()), key=len, reverse=True))
    pronoun = _I[language][0].split()
    out = []
    pattern = (
        rf"(?<!\w)((?:{'|'.join(map(re.escape, pronoun))})\s*)?(?:(?:me|m['’])\s*)?({copulas})\s+([^\W\d_]+)(?!\w)"
    )
    for m in re.finditer(pattern, told, re.IGNORECASE):
        copula, word = m.group(2).lower(), m.group(3).lower()
        if word in _NOT_AGREEING:
            continue
        if not m.group(1) and copula in _THIRD_TOO:
            continue  # "estaba cansada": the third person's too, without "yo"
        gender = _agreement(word, language)
        if gender:
            out.append((gender, f"{m.group(2)} {m.group(3)}"))
    return out


# "I was a boy", "ich war ein Mädchen", "yo era una niña": the teller called by a word for a person
_BEING_ONE = {
    "en": ("was am", "a an"),
    "de": ("war bin", "ein eine"),
    "fr": ("étais suis fus", "un une"),
    "es": ("era soy fui", "un una"),
    "it": ("ero sono fui", "un uno una un'"),
    "pt": ("era sou fui", "um uma"),
}


def _being_someone(told: str, language: str) -> list[tuple[str, str]]:
    """(gender, words) for each "I was a boy": the person word's gender (an adjective may come before it)."""
    from filmstudio.script.groups import _noun

    if language not in _BEING_ONE:
        return []
    copulas, articles = (sorted(w.split(), key=len, reverse=True) for w in _BEING_ONE[language])
    pronouns = "|".join(map(re.escape, _I[language][0].split()))
    pattern = (
        rf"(?<!\w)(?:{pronouns})\s*({'|'.join(copulas)})\s+({'|'.join(map(re.escape, articles))})(?:(?<=')|\s+)"
        r"((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)(?!\w)"
    )
    if language == "de":  # "als ich ein Junge war": the verb at the end of the clause
        pattern += rf"|(?<!\w)(?:{pronouns})\s+()({'|'.join(articles)})\s+((?:[^\W\d_]+\s+){{0,2}}(?:{'|'.join(copulas)}))(?!\w)"
    out = []
    for m in re.finditer(pattern, told, re.IGNORECASE):
        words = (m.group(3) or m.group(6) or "").split()
        for i, word in enumerate(words):
            found = _noun(word, language)
            if found is not None and found[1] == "person" and found[3] in ("female", "male"):
                out.append((found[3], " ".join([*m.group(0).split()[: -len(words)], *words[: i + 1]])))
                break
    return out


def _agreement(word: str, language: str) -> str:
    """The gender an adjective or participle's ending tells, where the word is one that agrees."""
    if language == "fr":
        if word.endswith("ée") or (word.endswith("e") and lemma_of(word, language) == word[:-1]):
            return "female"
        return "male" if word.endswith("é") else ""
    if len(word) < 4 or lemma_of(word, language) == word and not word.endswith("o"):
        return ""  # no adjective's form: "estaba allí"
    if word.endswith("a"):
        return "female"
    return "male" if word.endswith("o") else ""


def cast_teller(characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]) -> None:
    """Casts the teller who acts in a tale told in the first person, named by the pronoun."""
    if not tells_and_acts(text, language):
        return
    name = _I[language][0].split()[0]
    name = name[:1].upper() + name[1:]
    cid = character_id(name)
    if cid in characters or cid == "narrator":
        return
    add_teller(characters, cid, name, *teller_gender(text, language), language)


def add_teller(
    characters: dict[str, Character], cid: str, name: str, gender: str, words: list[str], language: str
) -> None:
    """The teller as a character: named by the pronoun, gender only from what the text marks."""
    characters[cid] = Character(
        id=cid,
        name=name,
        gender=gender,  # type: ignore[arg-type]
        language=language,
        style="conversational",
        description=f"gender from {', '.join(words) if words else 'no evidence'}; age from no evidence; "
        "the teller of a tale told in the first person, who acts in it",
        gender_words=words,
        on_screen=True,
    )
