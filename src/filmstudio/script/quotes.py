"""Quoted speech in prose, and who says it: “That’s for me,” said the Fox. / —Buenos días —dijo la
panadera. / おばあさんは「…」と言いました。 / माँ ने कहा, "…"

A paragraph is cut into narration and quotes (every published quote style: “ ”, „ “, « », " ",
「 」, 『 』, and the dialogue dash of Spanish and Russian prose). A quote's speaker is the one named
beside a verb of saying next to it, or the one a pronoun there points back to; a quote nothing
attributes continues a conversation (speakers take turns) or stays with the narrator. An attribution set
inside the marks (« Bonjour, dit le loup. Où vas-tu ? », «Привет, — сказал волк. — Как дела?») is cut out
of the quote as narration; a French dialogue set in one pair of guillemets is cut at each turn's dash, and
so is one set with dashes in the middle of a narrated paragraph ("il heurta. — Qui est là ? — C'est moi, dit
le Loup."). Speech a colon introduces without marks ("The wolf cried out: Open the door!") is a quote; turns
no attribution names alternate between two, and a quote that calls someone is said by the other one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from filmstudio.script.acting import addressed, deed_before
from filmstudio.script.collectives import collective_member, member_word
from filmstudio.script.lemmas import fold_yo, japanese_tokens, japanese_words, lemma_of
from filmstudio.script.lexicon import script_of
from filmstudio.script.mentions import DETERMINERS, find_mentions, owned
from filmstudio.script.pairs import picks_one
from filmstudio.script.people import apposed_beings
from filmstudio.script.persons import describing_words
from filmstudio.script.speech_verbs import SPEECH_VERBS
from filmstudio.script.time_words import is_time_word

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
    # a quote that goes on with the quote before it past the narration set inside it ("—Buenas tardes
    # —dijo el Alcalde—. ¿Está tu marido?"): the same turn, the same voice
    goes_on: bool = False
    new_turn: bool = False  # a quote a dash opens inside the marks: « Bonjour. — Bonsoir. », another's turn
    # a turn of a conversation set inside the narration with dashes, as older print does ("— C'est moi, dit le
    # Loup."): its attribution follows a comma, in any language
    comma_incise: bool = False
    guessed: bool = False  # a speaker only the turns of a conversation gave, none an attribution named


@dataclass
class Speech:
    """What the quote reader decided for a whole text: segments per paragraph, and the speakers."""

    paragraphs: list[list[Segment]] = field(default_factory=list)
    speakers: set[str] = field(default_factory=set)
    # who -> the words an attribution called them by instead ("坊やは言いました" of the child fox; "said the
    # old woman" of the grandmother): what the word tells (a boy, an old woman) is told of them
    called: dict[str, list[str]] = field(default_factory=dict)


def segments(paragraph: str, language: str = "") -> list[Segment]:
    """Narration and quotes, in order."""
    text = paragraph.strip()
    lines = _dialogue_lines(text)
    if lines is not None:  # a paragraph per line, some of them dialogue set with a dash
        return [seg for line in lines for seg in segments(line, language)]
    if _opens_with_dash(text):
        if language in _TURNS_IN_A_PARAGRAPH and len(_TURN_DASH.findall(text)) > 1:
            return _dash_turns(text.lstrip("—―–- "))
        return _dash_segments(text)
    middle = _MID_DASH.search(text)
    if middle is not None and language in _DASH_INCISES and not _quote_spans(text):
        # "il heurta : toc, toc. — Qui est là ? — C'est moi, dit le Loup.": the conversation set inside the
        # narration, each dash a turn
        return [Segment(text[: middle.start()].strip(), False), *_dash_turns(text[middle.end() :])]
    out: list[Segment] = []
    at = 0
    for start, end in _quote_spans(text):
        if text[at:start].strip():
            out.append(Segment(text[at:start].strip(), False))
        # a dash opening a line inside the quote marks marks another speaker's turn: « Où vas-tu ?
        # — Chez ma grand-mère. » (French sets a whole dialogue inside one pair so)
        for n, turn in enumerate(_TURN.split(text[start + 1 : end])):
            if turn.strip():
                out.append(Segment(turn.strip(), True, new_turn=n > 0))
        at = end + 1
    if text[at:].strip():
        out.append(Segment(text[at:].strip(), False))
    return _names_in_brackets(out)


_TURN = re.compile(r"\n\s*(?:[—―]|[-–](?=\s))\s*")
# where a sentence or a quote ends: a line that ends so is a paragraph of its own
_LINE_ENDS = '.!?…;:。！？।॥”»«"」』’)'


def _opens_with_dash(text: str) -> bool:
    return text[:1] in _DASHES or text[:2] in ("- ", "– ")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) of each quote, in order."""
    spans = []
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
                spans.append((i, end))
                i = end + 1
                continue
        i += 1
    return spans


def _dialogue_lines(text: str) -> list[str] | None:
    """A paragraph set a paragraph per line, where lines opened by a dash are its dialogue ("— Bonjour,
    dit le renard.\n— Bonjour, répondit la fille."): its lines, each read alone; a line that goes on
    from one that did not end a sentence is the same line, wrapped. None for any other paragraph."""
    spans = _quote_spans(text)
    breaks = [m.start() for m in re.finditer("\n", text) if not any(a < m.start() < b for a, b in spans)]
    if not breaks:
        return None
    pieces = [text[a + 1 : b] for a, b in zip([-1, *breaks], [*breaks, len(text)], strict=True)]
    if not any(_opens_with_dash(p.strip()) for p in pieces[1:]):
        return None
    lines: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if lines and not _opens_with_dash(piece) and not lines[-1].endswith(tuple(_LINE_ENDS)):
            lines[-1] = f"{lines[-1]} {piece}"
        elif piece:
            lines.append(piece)
    return lines


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
        return _closing_single(text, start)
    at = text.find(close, start)
    return at if at >= 0 else None


# an apostrophe that ends a word inside the words said: "goin’ there", "the dyers’ yard" (a letter
# before it, a word in lower case after it)
_WORD_END_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=\s+[a-zà-ÿ])")


def _closing_single(text: str, start: int) -> int | None:
    """The ’ that closes a quote opened by ‘: not an apostrophe inside a word (don’t), nor one ending a
    word inside the quote (‘I’m goin’ there now.’) while a later ’ closes it after its last mark, before
    the next quote opens."""
    next_open = text.find("‘", start)
    until = len(text) if next_open < 0 else next_open
    elided = None
    for m in re.finditer("’", text[start:]):
        at = start + m.start()
        if at + 1 < len(text) and text[at + 1].isalpha():
            continue
        if at > until:
            break
        if _WORD_END_APOSTROPHE.match(text, at):
            elided = at if elided is None else elided
            continue
        return at
    return elided


def _dash_segments(text: str) -> list[Segment]:
    """—Buenos días —dijo la panadera—. ¿Quieres pan? : quote, narration, quote."""
    parts = re.split(r"\s*[—―–]\s*", text.lstrip("—―–- "))
    out: list[Segment] = []
    for k, part in enumerate(parts):
        part = part.strip(" ,")
        if k % 2 == 1 and part[:1] in ".,;":
            part = part[1:].strip()
        if k % 2 == 0 and k and part[:1] in ".,;:":
            # "—dijo el Alcalde—. ¿Está…": the stop after the closing dash ends the words before the incise;
            # a colon there ends the narration, announcing another's words ("—y María respondió—: Adiós.")
            _end_quote(out, part[0])
            if part[0] == ":" and out and not out[-1].quoted:
                out[-1].text += ":"
            part = part[1:].strip()
        if part.strip(" .,;"):
            out.append(Segment(part, k % 2 == 0, goes_on=k % 2 == 0 and any(seg.quoted for seg in out)))
    return out


# a dialogue dash set after a sentence's end in the middle of a paragraph (in the languages that set dialogue
# with dashes: German and English print use it to break the narration); the dashes between the turns and
# incises of such a conversation; the languages whose print sets several turns in one paragraph, each opened
# by its dash ("— Кто там? — Это я, — сказал волк.")
_MID_DASH = re.compile(r"(?<=[.!?:;…»])\s+[—―]\s*(?=\S)")
_TURN_DASH = re.compile(r"\s*[—―]\s*|\s+–\s+")
_TURNS_IN_A_PARAGRAPH = {"fr", "ru", "uk"}


def _dash_turns(text: str) -> list[Segment]:
    """A conversation set with dashes: each dash opens another's turn ("Qui est là ? — C'est moi, dit le
    Loup. — Entre."), unless what follows it is an incise of narration (it opens in lower case, "— сказал
    волк", or a stop follows its closing dash, "—María se levantó—."); the words after an incise go on in the
    voice before it. Attributions set after a comma ("C'est moi, dit le Loup") are cut out later."""
    pieces = [p.strip() for p in _TURN_DASH.split(text)]
    out: list[Segment] = []
    last = ""  # "quote" or "incise"
    for k, piece in enumerate(pieces):
        if piece[:1] in ".,;:" and out:
            _end_quote(out, piece[0])
            piece = piece[1:].strip()
        if not piece.strip(" .,;"):
            continue
        closed = k + 1 < len(pieces) and pieces[k + 1][:1] in ".,;:"
        if last == "quote" and (piece[:1].islower() or closed):
            out.append(Segment(piece.strip(" ,"), False, attribution=len(piece.split()) <= 6))
            last = "incise"
            continue
        goes_on = last == "incise"
        out.append(Segment(piece, True, goes_on=goes_on, new_turn=bool(out) and not goes_on, comma_incise=True))
        last = "quote"
    return out


# the words of the first and second person: what a speaker says of themselves and to the one listening
_PERSONAL = {
    "en": "i me my mine we us our you your yours",
    "fr": "je j' me m' moi mon ma mes nous notre nos tu te t' toi ton ta tes vous votre vos",
    "de": "ich mich mir mein meine meinen wir uns unser unsere du dich dir dein deine ihr euch euer eure",
    "es": "yo me mí mi mis nosotros nosotras nos nuestro nuestra tú te ti tu tus usted ustedes vosotros os",
    "it": "io mi me mio mia miei mie noi ci nostro nostra tu ti te tuo tua voi vi vostro vostra",
    "pt": "eu me mim meu minha nós nos nosso nossa tu te ti teu tua você vocês vos",
    "ru": "я меня мне мной мой моя моё мои мы нас нам наш наша ты тебя тебе тобой твой твоя вы вас вам ваш ваша",
    "uk": "я мене мені мій моя ми нас нам наш ти тебе тобі твій твоя ви вас вам ваш",
    "hi": "मैं मुझे मेरा मेरी मेरे हम हमें हमारा हमारी तुम तुम्हें तुम्हारा तुम्हारी आप आपका आपकी तू तुझे",
}
_NO_COLON_SPEECH = {"ja", "zh", "ko"}  # their speech always stands in its brackets


def _colon_speech(parts: list[Segment], language: str, verbs: set[str]) -> list[Segment]:
    """Speech a colon introduces without quote marks, as older print sets it: "Le Loup lui dit en se
    cachant : Mets la galette sur la huche.", "The wolf cried out: Open the door, my children!", "Der Wolf
    rief: Macht auf!". Where the clause before the colon has a verb of saying and the words after it open
    with a capital and read as speech (a question, an exclamation, or words of the first or second person),
    they are a quote to the narration's end. "He knew one thing: the road was long." stays narration."""
    if language in _NO_COLON_SPEECH or not parts or any(seg.quoted for seg in parts):
        return parts
    out: list[Segment] = []
    for seg in parts:
        at = seg.text.find(":")
        while at >= 0:
            lead, rest = seg.text[: at + 1].strip(), seg.text[at + 1 :].strip()
            if _reads_as_speech(rest, language) and _has_verb(_last_clause(lead[:-1]), language, verbs) is not None:
                out += [Segment(lead, False), Segment(rest, True)]
                break
            at = seg.text.find(":", at + 1)
        else:
            out.append(seg)
    return out


def _reads_as_speech(text: str, language: str) -> bool:
    first = re.sub(r"^[¿¡\s]+", "", text)[:1]
    if not first.isupper() or text[:1] in _DASHES:
        return False
    sentence = _first_clause(text)
    if sentence.rstrip().endswith(("?", "!", "？", "！")):
        return True
    personal = set(_PERSONAL.get(language, "").split())
    words = re.findall(r"[^\W\d_]+'?|[\u0900-\u097F]+", sentence.lower())
    return any(w in personal for w in words)


def _end_quote(out: list[Segment], stop: str) -> None:
    """The last quote of `out`, before an incise, ended by the full stop set after the incise's closing
    dash ("Buenas tardes, Rosa —dijo el Alcalde—." says "Buenas tardes, Rosa."). Other marks are dropped."""
    quotes = [seg for seg in out if seg.quoted]
    if stop == "." and quotes and not quotes[-1].text.endswith(tuple(_LINE_ENDS)):
        quotes[-1].text += "."


def _incises(parts: list[Segment], language: str, verbs: set[str]) -> list[Segment]:
    """Quotes with the attribution set inside their marks cut around it: « Bonjour, dit le loup. Où
    vas-tu ? », «Здравствуй, — сказал волк. — Как дела?», «Hola —dijo ella—, ¿qué tal?». The attribution is
    narration between the two halves, as if the marks closed around it."""
    out: list[Segment] = []
    for seg in parts:
        if not seg.quoted:
            out.append(seg)
            continue
        text = seg.text
        halves = seg.goes_on
        while True:
            cut = _incise_in(text, language, verbs, seg.comma_incise)
            if cut is None:
                break
            start, end, said = cut
            if text[:start].strip(" ,"):
                out.append(Segment(text[:start].strip(), True, goes_on=halves, new_turn=seg.new_turn and not halves))
                halves = True
            # set inside the marks, it only says who speaks, unless it goes on ("dit le chien en baissant la tête")
            out.append(Segment(said, False, attribution=len(said.split()) <= 6))
            if text[end:].lstrip()[:1] == ".":  # «Hola —dijo ella—. ¿Qué tal?»
                _end_quote(out, ".")
            text = text[end:].lstrip(" .,;")
        if text.strip():
            out.append(Segment(text.strip(), True, goes_on=halves, new_turn=seg.new_turn and not halves))
    return out


# a dash between spaces, or glued to the incise it opens ("días —dijo la panadera—."), up to the dash that
# closes it or the quote's end
_DASH_INCISE = re.compile(r"(?:^|\s)[—―–]\s*([^—―–]{2,80}?)\s*(?:[—―–]|$)")
# after a comma, or the ! or ? that ends what is said, up to the next stop: "…, dit le loup, …"
_COMMA_INCISE = re.compile(r"(?<=[,!?…])\s+([^,.;:!?…—―–]{2,80}?)\s*(?:[,.;:!?…]|$)")
# the languages that set an incise between commas inside the quote marks, as French does; and those that
# set it between dashes ("—dijo ella—", "— сказал волк, —")
_COMMA_INCISES = {"fr", "it"}
_DASH_INCISES = {"es", "pt", "ca", "fr", "it", "ru", "uk", "bg", "pl"}
# a verb of saying and its subject turned round with a hyphen: "dit-il", "demanda-t-elle"
_INVERTED = re.compile(r"^(.+?)(?:-t)?-(il|elle|ils|elles|on|je|tu|nous|vous)$")
# the little words that come before a verb of saying ("lui dit-il", "le dijo", "ему ответил")
_CLITICS = {
    "fr": {"lui", "leur", "me", "te", "nous", "vous", "se"},
    "es": {"le", "les", "me", "te", "nos", "se"},
    "it": {"gli", "le", "mi", "ti", "ci", "vi", "si"},
    "pt": {"lhe", "lhes", "me", "te", "nos", "se"},
    "ru": {"ему", "ей", "им", "мне", "тебе", "нам", "вам", "тихо", "громко", "снова", "опять"},
}
# the endings of a verb of saying that bids rather than tells ("dis la vérité", "rispondi"): no incise
_BIDDING = {"fr": ("s", "z"), "it": ("i",)}
# verbs of saying only in an incise ("fit le loup", "fit-elle")
_INCISE_VERBS = {"fr": {"faire"}}


def _incise_in(text: str, language: str, verbs: set[str], comma: bool = False) -> tuple[int, int, str] | None:
    """(start, end, attribution) of the first incise in a quote's text, or None."""
    patterns = [
        p
        for p, used in ((_DASH_INCISE, _DASH_INCISES), (_COMMA_INCISE, _COMMA_INCISES))
        if language in used or comma and p is _COMMA_INCISE
    ]
    found = []
    for pattern in patterns:
        at = 0
        while (m := pattern.search(text, at)) is not None:
            said = m.group(1).strip()
            if _is_incise(said, language, verbs, dashed=pattern is _DASH_INCISE):
                found.append((m.start(), m.end(), said.rstrip(" .")))
                break
            at = m.start(1)  # the stop or dash that closed this one may open the next
    return min(found) if found else None


def _is_incise(said: str, language: str, verbs: set[str], *, dashed: bool = False) -> bool:
    """ "dit le loup", "lui demanda-t-il", "répondit Marie", "сказал волк", "dijo la niña": a verb of
    saying, its subject after it (turned round with a hyphen, or a noun with its article, or a name);
    set between dashes, the verb of saying alone says it is one."""
    words = said.split()
    if not 1 <= len(words) <= 8:
        return False
    if len(words) > 1 and words[0].lower() in _CLITICS.get(language, ()):
        words = words[1:]
    first = words[0].lower()
    inverted = _INVERTED.match(first)
    verb = inverted.group(1) if inverted else first
    verb = re.sub(r"^[smtl]'", "", verb)  # "s'écria", "m'a dit"
    lemma = lemma_of(verb, language)
    if not ({verb, lemma, f"s'{lemma}"} & (verbs | _INCISE_VERBS.get(language, set()))):
        return False
    if inverted or dashed:
        return True
    if verb.endswith(_BIDDING.get(language, ())) or len(words) < 2:
        return False
    subject = words[1]
    articles = set(DETERMINERS.get(language, "").split())
    return subject.lower() in articles or subject.lower().startswith(("l'", "l’")) or subject[:1].isupper()


def read_speech(paragraphs: list[str], language: str, names: set[str]) -> Speech:
    """Every paragraph's segments with each quote's speaker: a mention's key or one of `names`."""
    speech = Speech()
    recent: list[str] = []  # who was named last, most recent last
    last_speakers: list[str] = []
    lead_in: Segment | None = None  # a paragraph of narration that ends announcing a quote
    told: list[str] = []  # the narration so far
    verbs = _verbs(language)
    genders: dict[str, str] = {}  # who -> "male" or "female", as the narration says
    # the beings a naming gives a name ("a lion named Max", "タマという猫"): what each name is
    beings = apposed_beings("\n\n".join(paragraphs), language)
    known: dict[str, tuple[str, str, str]] = {name: (m.kind, m.gender, m.age) for name, m in beings.items()}
    alias = {word: name for name, m in beings.items() for word in (m.key, m.name.lower())}
    calls: tuple[str, list[str]] | None = None  # the last to speak, and the names they called out to
    settled: dict[str, str] = {}  # a description of a speaker -> the one it was found to be ("la Molinera": Rosa)
    # the story's narration, quotes left out: what it tells of a name's gender ("la señá Rosa", "el tío Lucas")
    narrated = " ".join(seg.text for paragraph in paragraphs for seg in segments(paragraph, language) if not seg.quoted)
    brought: Counter[str] = Counter()  # the beings the narration so far brought in, and its words
    same: dict[str, str] = {}  # a description the narration set beside another ("el Alcalde, un viejo")
    titled: dict[str, str] = {}  # a title or role the narration set before a name ("el tío Lucas") -> the name
    for paragraph in paragraphs:
        parts = _incises(_colon_speech(segments(paragraph, language), language, verbs), language, verbs)
        incises: dict[int, str] = {}  # an attribution between a quote and the next -> the first one's speaker
        for k, seg in enumerate(parts):
            if not seg.quoted:
                same.update(_apposed_descriptions(seg.text, language, names))
                for word, name in _titles(seg.text, language, names).items():
                    titled[word] = name if titled.get(word, name) == name else ""  # two named so: neither
                recent.extend(_who_is_named(seg.text, language, names))
                for m in find_mentions(seg.text, language):
                    genders.update({m.key: m.gender} if m.gender else {})
                    known.setdefault(m.key, (m.kind, m.gender, m.age))
                brought.update(_brought(seg.text, language))
                told.append(seg.text)
                continue
            after = parts[k + 1] if k + 1 < len(parts) and not parts[k + 1].quoted else None
            before = parts[k - 1] if k and not parts[k - 1].quoted else None
            if after is not None and _leads_on(seg, after, parts[k + 2 :], language):
                after = None  # 'शेर बोला, "…"' after a quote that ended its sentence: the next one's
            speaker = None
            # "—¡Siéntese usted! —exclamó la hija de la sierra—. Y diga…": the words after the incise are the
            # same speaker's, unless the narration there hands over to another ("…, y Juan dijo:")
            handed = before is not None and _announces(before.text, language) and not before.attribution
            if seg.goes_on and k >= 2 and parts[k - 2].quoted and before is not None and not handed:
                speaker = parts[k - 2].speaker
                if after is not None and before.text.rstrip().endswith(_SENTENCE_ENDS):
                    # "— Кто там? — спросила Лиса. — Это я, — сказал медведь.": a turn with an attribution of
                    # its own that names another is that one's
                    theirs = _speaker_in(
                        _first_clause(after.text),
                        language,
                        names,
                        verbs,
                        recent,
                        False,
                        last_speakers,
                        genders,
                        guess=False,
                    )
                    speaker = None if theirs is not None and theirs != speaker else speaker
            if before is not None and id(before) in incises and not seg.new_turn:
                speaker = incises[id(before)]  # the incise of the quote before: its speaker goes on
            elif before is not None and not before.attribution and _announces(before.text, language):
                # "其子问曰：“…”", 'शेर बोला, "…"': the narration that leads into the quote says who speaks,
                # and the sentence after it is the story going on
                clause = _last_clause(before.text)
                speaker = _speaker_in(clause, language, names, verbs, recent, True, last_speakers, genders, guess=False)
                if speaker is not None and after is not None and _only_attribution(after.text, language, verbs):
                    # "Soon a cat came by: ‘Why so slow?’ said he, ‘and why so sad?’": the lead-in
                    # said who speaks, and "said he" is that one's incise: the quote after it goes on
                    incises[id(after)] = speaker
                after = None if speaker is not None else after
            if after is not None and speaker is None and _goes_on_before_a_beat(parts, k):
                speaker, after = parts[k - 2].speaker, None  # the sentence after is the story going on
            if after is not None and speaker is None:
                clause = _first_clause(after.text)
                speaker = _speaker_in(
                    clause, language, names, verbs, recent, False, last_speakers, genders, guess=False
                )
                if speaker is None and _OTHER_ONE.search(clause) and _has_verb(clause, language, verbs) is not None:
                    speaker = _the_other(last_speakers, recent)  # "replied the other": the one not speaking
                if speaker is None and before is not None and _has_verb(clause, language, verbs) is not None:
                    # おばあさんは「…」と言いました: the one who says stands before the quote, the verb after
                    speaker = _subject_before(before.text, language, names)
                if speaker is None:
                    # "At the pond they met a duck. “Who are you?” she asked.": whom the sentence before met
                    ended = before is not None and not before.attribution and before.text.endswith(_SENTENCE_ENDS)
                    lead = _who_is_named(_last_clause(before.text), language, names) if before and ended else []
                    speaker = _speaker_in(
                        clause, language, names, verbs, recent, False, last_speakers, genders, lead=lead
                    )
                if speaker and _only_attribution(after.text, language, verbs):
                    after.attribution = True
            if speaker is None and before is not None and before.attribution and k >= 2 and not seg.new_turn:
                # a quote split by its attribution ("I know you," said the goose. "Go home.") goes on
                # in the voice of the quote before it
                speaker = parts[k - 2].speaker
            if speaker is None and _continues(parts, k):
                speaker = parts[k - 2].speaker  # “We will,” he promised, “and soon.”: one sentence, one voice
            if speaker is None and before is None and k == 0 and lead_in is not None:
                before = lead_in  # "y Marta contestó:" closing the paragraph before
            if speaker is None and before is not None:
                clause = _last_clause(before.text)
                speaker = _speaker_in(clause, language, names, verbs, recent, True, last_speakers, genders)
            if speaker is None and len(last_speakers) >= 2 and last_speakers[-1] != last_speakers[-2]:
                speaker = last_speakers[-2]  # a conversation: speakers take turns
                seg.guessed = True
            if after is not None and _only_attribution(after.text, language, verbs):
                after.attribution = after.attribution or _has_verb(after.text, language, verbs) is not None
            # the attribution's own words ("La costurera contestó:") bring no one in; a sentence before the
            # quote does ("けんたくんも走ってきました。")
            leads = before is not None and not before.text.rstrip().endswith(_SENTENCE_ENDS)
            earlier = told[:-1] if leads and before is not None and told and told[-1] == before.text else told
            if speaker and speaker not in names and alias.get(speaker.lower()) in names:
                speaker = alias[speaker.lower()]  # "o seu Joaquim, o padeiro": the baker who speaks is Joaquim
            if speaker and speaker not in names and titled.get(speaker.lower()):
                # "su sobrina Paca … —dijo la sobrina": the niece is Paca
                speech.called.setdefault(titled[speaker.lower()], []).append(speaker)
                speaker = titled[speaker.lower()]
            meant = None
            if speaker and speaker not in names and speaker not in settled.values():
                meant = settled.get(speaker) or same.get(speaker.lower())  # met before, or set beside them
            if meant is None:
                own = (
                    _brought(before.text, language)
                    if before is not None and leads and told[-1:] == [before.text]
                    else None
                )
                brought.subtract(own or Counter())  # "La costurera contestó:" brings no one in
                meant = _described_speaker(speaker, language, names, last_speakers, calls, brought, known, narrated)
                brought.update(own or Counter())
            many = speaker is not None and _many_speak(speaker, [p.text for p in (before, after) if p], language)
            if speaker and meant is None and not many:  # "cried the boys": a group, no one named
                for who in {*last_speakers} & names - known.keys():  # the gender the narration tells of those talking
                    known[who] = ("person", _name_gender(who, narrated, language), "")
                meant = _epithet_meant(speaker, language, names, recent, last_speakers, " ".join(earlier), known, alias)
            if speaker and meant:  # "—dijo la gallega", "said the poor beast": one already there, by another name
                speech.called.setdefault(meant, []).append(speaker)
                settled[speaker] = meant
                speaker = meant
            if speaker is not None and not seg.goes_on and _nominal_age(speaker, language) and speaker not in names:
                # "—contestó el viejo": an age alone names no one new, but one of those there
                aged = _aged_one(speaker, language, names, last_speakers, recent, known, narrated)
                if aged is not None:
                    speech.called.setdefault(aged, []).append(speaker)
                    speaker = aged
            seg.speaker = speaker
            if speaker:
                if not (seg.goes_on and last_speakers and last_speakers[-1] == speaker):
                    last_speakers.append(speaker)  # a turn split by its incise is one turn
                speech.speakers.add(speaker)
                called_out = _vocatives(seg.text, names, language, titled)
                calls = (speaker, [*calls[1], *called_out]) if calls and calls[0] == speaker else (speaker, called_out)
        speech.paragraphs.append(parts)
        ends = parts[-1] if parts else None
        announced = ends is not None and not ends.quoted and ends.text.rstrip().endswith((":", "："))
        lead_in = ends if announced or _ends_saying(parts, language, verbs) else None
    _those_just_named(speech, language, names, known, narrated)
    _conversations(speech, language, names, verbs, narrated)
    return speech


def _those_just_named(
    speech: Speech, language: str, names: set[str], known: dict[str, tuple[str, str, str]], narrated: str
) -> None:
    """A conversation that opens right after the narration named its people ("Doña Frasquita y el tío Lucas
    vivían en el molino.") and calls them by what they are ("—preguntó el molinero", "—contestó la
    molinera"): each description is the one person of its gender that narration named, where the story
    never brought the description in as someone of its own, and the two never answer each other (one does
    not answer oneself). The quotes are given to that one."""
    quotes = [seg for parts in speech.paragraphs for seg in parts if seg.quoted and seg.speaker]
    answered = {
        frozenset((a.speaker, b.speaker)) for a, b in zip(quotes, quotes[1:], strict=False) if a.speaker != b.speaker
    }
    keys: set[str] = set()  # what the narration so far brought in
    lead: list[Segment] = []  # the last paragraph of narration alone, before the conversation
    turns = 0  # the paragraphs of dialogue since
    seen: set[str] = set()
    for parts in speech.paragraphs:
        if not any(seg.quoted for seg in parts):
            lead, turns = parts, 0
        else:
            turns += 1
        for seg in parts:
            who = seg.speaker
            if not seg.quoted:
                keys.update(m.key for m in find_mentions(seg.text, language))
            if not seg.quoted or not who or who in seen or who in names or who in speech.called:
                continue
            seen.add(who)
            kind, gender, _ = word_traits(who, language)
            if turns > 2 or kind != "person" or not gender or _key_of(who, language) in keys:
                continue  # "el molinero salió": brought in by the narration, one of its own
            there = [n for n in names if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", s.text) for s in lead)]
            fitting = [
                n
                for n in there
                if ((known.get(n) or ("", "", ""))[1] or _name_gender(n, narrated, language)) == gender
                and frozenset((n, who)) not in answered
            ]
            if len(fitting) != 1 or len(there) < 2:
                continue
            for other in quotes:
                if other.speaker == who:
                    other.speaker = fitting[0]
            speech.called.setdefault(fitting[0], []).append(who)
            speech.speakers.discard(who)
            speech.speakers.add(fitting[0])


def _conversations(speech: Speech, language: str, names: set[str], verbs: set[str], narrated: str) -> None:
    """The turns of a conversation no attribution names, between two people: a quote that calls someone
    ("Grandmother, what big eyes you have!", 「おばあさん、今帰ったよ。」, "—Abuela, ¡qué ojos!") is said to
    them, so by the other one, and the reply is theirs; turns between two alternate, after the turns an
    attribution names and before them. The two are those the conversation names (who speaks, whom they call)
    and, where it names one alone, the one the narration named last before it."""
    recent: list[str] = []
    run: list[list[Segment]] = []  # a turn and the quotes going on with it

    def close() -> None:
        if run:
            _assign_turns(run, recent, speech, language, names, narrated)
        run.clear()

    for parts in speech.paragraphs:
        if not any(seg.quoted for seg in parts):
            close()
        for seg in parts:
            if not seg.quoted:
                said = seg.attribution or _has_verb(_first_clause(seg.text), language, verbs) is not None
                if not said:
                    close()
                    recent.extend(_who_is_named(seg.text, language, names))
            elif seg.goes_on and run:
                run[-1].append(seg)
            else:
                run.append([seg])
    close()


def _assign_turns(
    run: list[list[Segment]], recent: list[str], speech: Speech, language: str, names: set[str], narrated: str
) -> None:
    def unknown(turn: list[Segment]) -> bool:
        return turn[0].speaker is None or turn[0].guessed

    if not any(unknown(turn) for turn in run):
        return
    pool = list(dict.fromkeys([*names, *reversed(recent)]))
    called = [_addressee(turn[0].text, language, pool, narrated) for turn in run]
    people = list(dict.fromkeys(t[0].speaker for t in run if not unknown(t) and t[0].speaker))
    people = list(dict.fromkeys([*people, *(c for c in called if c)]))
    if len(people) == 1:
        people += [who for who in reversed(recent) if who != people[0] and who in pool][:1]
    if len(people) != 2:
        return
    speakers: list[str | None] = [None if unknown(t) else t[0].speaker for t in run]

    def other(who: str | None) -> str | None:
        return people[1 - people.index(who)] if who in people else None

    for k in range(len(run)):  # the one called does not speak; else the other of the one before
        if speakers[k] is None:
            speakers[k] = other(called[k]) or (other(speakers[k - 1]) if k else None)
    for k in range(len(run) - 2, -1, -1):  # the turns before the first named
        if speakers[k] is None:
            speakers[k] = other(speakers[k + 1])
    for turn, who in zip(run, speakers, strict=True):
        if who is not None and unknown(turn):
            for seg in turn:
                seg.speaker, seg.guessed = who, False
            speech.speakers.add(who)


# the words before a name one calls that say one's fondness ("my child", "ma mère-grand", "bambina mia")
_FOND_CALLS = {
    "my", "dear", "oh", "o", "ma", "mon", "mes", "ô", "chère", "cher", "mi", "querida", "querido", "mia",
    "mio", "cara", "caro", "minha", "meu", "mein", "meine", "liebe", "lieber", "liebes", "моя", "мой", "милая",
    "милый", "ay",
}  # fmt: skip
_CALL = re.compile(r"(?:^|[,、，;])\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*(?=[,、，.!?…。！？;]|$)")


def _addressee(text: str, language: str, pool: list[str], narrated: str) -> str | None:
    """Whom a quote calls, by a word set off by commas at its start or end ("Grandmother, …", "…, ma
    fille.", 「おばあさん、…」): one of `pool` (names and the beings the story named), or the word itself
    where the narration calls someone so ("la mère-grand")."""
    for m in _CALL.finditer(text.strip()):
        words = [w for w in m.group(1).split() if w.lower() not in _FOND_CALLS]
        if not words or len(words) > 2:
            continue
        word = " ".join(words)
        low = word.lower()
        for who in pool:
            w = who.lower()
            if low == w or (
                len(low) >= 4
                and len(w) >= 4
                and (w.startswith(low) or low.startswith(w))
                and abs(len(w) - len(low)) <= 3
            ):
                return who
        article = DETERMINERS.get(language, "").split()
        if article and re.search(
            r"(?<!\w)(?:" + "|".join(re.escape(a) for a in article) + r")\s+" + re.escape(low) + r"(?!\w)",
            narrated.lower(),
        ):
            return word[:1].upper() + word[1:]
    return None


def _ends_saying(parts: list[Segment], language: str, verbs: set[str]) -> bool:
    """A paragraph of narration whose last sentence ends on a verb of saying, in a language that puts the
    verb last: "おじいさんは犬に言いました。", "शेर ने गीदड़ से कहा।" announce the quote that opens the next."""
    if language not in _SUBJECT_FIRST or not parts or any(p.quoted for p in parts):
        return False
    clause = _last_clause(parts[-1].text)
    at = _has_verb(clause, language, verbs)
    if at is None:
        return False
    if language == "ja":
        return not any(w[4] == "動詞" for w in japanese_tokens(clause) if w[0] > at)
    return len(re.findall(r"[\w\u0900-\u0963\u0966-\u0DFF]+", clause[at:])) <= 3  # "कहा।", "कहने लगा।"


def _goes_on_before_a_beat(parts: list[Segment], k: int) -> bool:
    """ "Home," said the fox. "I am hungry." The farmer laughed.: a quote after its speaker's attribution that
    ends its own sentence, a new sentence after it, goes on in that speaker's voice; the sentence after it is
    the story going on (an attribution after a quote follows a comma or is set in lower case)."""
    if k < 2 or k + 1 >= len(parts) or not parts[k - 2].quoted or not parts[k - 2].speaker:
        return False
    seg, before, after = parts[k], parts[k - 1], parts[k + 1]
    return (
        before.attribution
        and not seg.new_turn
        and seg.text.rstrip().endswith(".")
        and after.text.lstrip()[:1].isupper()
    )


def _continues(parts: list[Segment], k: int) -> bool:
    """Whether the quote at k goes on with the sentence of the quote before it, past the narration
    between them: the quote and the narration both stop at a comma."""
    between = parts[k - 1].text if k >= 2 else ""
    return (
        k >= 2
        and parts[k - 2].quoted
        and not parts[k - 1].quoted
        and parts[k - 2].text.endswith((",", "،", "、"))
        and between.endswith((",", "،", "、"))
        and _CLAUSE_END.search(between[:-1].rstrip()) is None
    )


def _vocatives(text: str, names: set[str], language: str, titled: dict[str, str]) -> list[str]:
    """The names a quote calls out to ("Buenas tardes, Rosa.", "Tenho, seu Joaquim", "Rose, viens !"): a
    name (a title before it, or a word of kindness) set off by a comma or the quote's start and by a comma
    or a stop; or the title the narration gives one alone ("¿Quiere agua, tío?" to "el tío Lucas")."""
    out = []
    called = [(name, name) for name in names] + [(word, name) for word, name in titled.items() if name]
    for word, name in called:
        pattern = r"(?:^|[,;:!?¡¿.—–]\s*)(?:[^\W\d_]+\s+)?" + re.escape(word) + r"\s*(?:[,;:!?.…—–]|$)"
        found = re.search(pattern, text.strip(), flags=0 if word == name else re.I)
        if found is not None:
            out.append((found.start(), name))
    return list(dict.fromkeys(name for _, name in sorted(out)))  # in the order called: the last, last


def _titles(text: str, language: str, names: set[str]) -> dict[str, str]:
    """The title or the word for a person the narration sets right before a name ("el tío Lucas", "su
    sobrina Paca", "Dona Maria") -> that name."""
    from filmstudio.script.persons import person_words

    people = person_words(language)
    out: dict[str, str] = {}
    for name in names:
        for m in re.finditer(r"(?<!\w)([^\W\d_]+)\s+" + re.escape(name) + r"(?!\w)", text):
            word = m.group(1).lower()
            if word in people and word not in describing_words(language) or lemma_of(word, language) in people:
                out[word] = name if out.get(word, name) == name else ""
    return out


def _described_speaker(
    speaker: str | None,
    language: str,
    names: set[str],
    turns: list[str],
    calls: tuple[str, list[str]] | None,
    brought: Counter[str],
    known: dict[str, tuple[str, str, str]],
    narrated: str,
) -> str | None:
    """The one a speaker named by what they are ("—respondió la Molinera", "— ответила мельничиха") is,
    where the one who spoke before called a name out ("Buenas tardes, Rosa"): the one called answers.
    Only a description the narration never brought in as someone of their own, that fits the one called by
    gender (the miller's wife is no man); None otherwise."""
    if not speaker or calls is None or speaker in names or speaker in turns or calls[0] == speaker:
        return None
    kind, gender, _ = word_traits(speaker, language)
    if kind not in ("person", ""):
        return None
    key = _key_of(speaker, language)
    if brought[f"being:{key}"] > 0 or _nominal_age(speaker, language) and brought[key] > 0:
        return None  # "la molinera salió a la puerta", "entró un viejo": one the story brought in
    fits = [
        who
        for who in calls[1]
        if who != calls[0]
        and (
            not gender
            or (known.get(who, ("", "", ""))[1] or _name_gender(who, narrated, language)) in ("", "neutral", gender)
        )
    ]
    return fits[-1] if fits else None


def _brought(text: str, language: str) -> Counter[str]:
    """The beings a text of narration brings in ("being:" and their key), and its words."""
    words = Counter(re.findall(r"\w+", text.lower()))
    words.update(f"being:{m.key}" for m in find_mentions(text, language))
    return words


@lru_cache(maxsize=256)
def _name_gender(name: str, narration: str, language: str) -> str:
    """The gender the narration tells of a name ("la señá Rosa", "el tío Lucas", "Rosa ... ella"), or ""."""
    from filmstudio.script.people import infer_traits

    gender = infer_traits(name, parentheticals=[], context=narration, language=language).gender
    return gender if gender in ("male", "female") else ""


def _apposed_descriptions(text: str, language: str, names: set[str]) -> dict[str, str]:
    """A description the narration sets right after someone, between commas or to the sentence's end:
    "llegó el Alcalde, un viejo de cara seca", "вошёл староста, сухой старик". It is that one: the
    description -> the name or the key it describes."""
    out: dict[str, str] = {}
    described = describing_words(language)
    spans = {(m.start, m.end): (m.key, m.gender) for m in find_mentions(text, language) if m.kind == "person"}
    spans.update(
        ((m.start(1), m.end(1)), (m.group(1).lower(), described[m.group(1).lower()][0]))
        for m in re.finditer(r"(?<=\s)([^\W\d_]+)(?=\s+(?:de|do|da|di|du)\s|\s*[,.;])", text)
        if m.group(1).lower() in described
    )
    for name in names:  # a name is who is named, though its word is a kind of person too ("el Alcalde")
        spans.update(
            ((m.start(), m.end()), (name, "")) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
        )
    found = sorted((a, b, key, gender) for (a, b), (key, gender) in spans.items())
    for (_, end, first, first_gender), (start, then_end, then, gender) in zip(found, found[1:], strict=False):
        between = text[end:start]
        closed = re.match(
            r"\s*(?:[.;:!?]|,(?!\s*(?:and|y|e|et|und|и|ou|o|or)\b)|$)|\s+(?:de|do|da|di|du)\s", text[then_end:]
        )
        if (
            first != then
            and then not in names  # "Tom, Mary and the baker": a list of names
            and closed is not None
            and re.fullmatch(r"\s*,\s*(?:[^\W\d_]+\s+){0,2}", between)
            and not any(w.lower() in _AND_WORDS for w in between.split())
            and (not gender or not first_gender or gender == first_gender)
        ):
            out.setdefault(then, first)
    return out


_AND_WORDS = {"and", "y", "e", "et", "und", "и", "або", "ou", "o", "or"}


def _key_of(speaker: str, language: str) -> str:
    """The key a speaker's word has as a mention ("Old man": "man", "Molinera": "molinera")."""
    article = DETERMINERS.get(language, "").split()[:1]
    phrase = f"{article[0]} {speaker.lower()}" if article else speaker.lower()
    found = [m for m in find_mentions(phrase, language) if m.end == len(phrase)]
    return found[-1].key if found else speaker.lower()


def _aged_one(
    speaker: str,
    language: str,
    names: set[str],
    turns: list[str],
    recent: list[str],
    known: dict[str, tuple[str, str, str]],
    narration: str,
) -> str | None:
    """Whom an age said as a noun ("el viejo", "la vieja", "le vieux") means: in a conversation, the one
    whose turn it is; else the one person the story named (most recent first) that it fits by gender,
    other than the last to speak; None where none fits."""
    _, gender, _ = word_traits(speaker, language)

    def fits(who: str) -> bool:
        their = (known.get(who) or known.get(who.lower()) or ("", "", ""))[1] or _name_gender(who, narration, language)
        return not gender or their in ("", "neutral", gender)

    if len(turns) >= 2 and turns[-1] != turns[-2] and fits(turns[-2]):
        return turns[-2]
    talking = [who for who in dict.fromkeys(reversed(turns[-6:-1])) if who != turns[-1] and fits(who)]
    if len(talking) == 1:  # of those talking, the one it fits, other than the one who just spoke
        return talking[0]
    there = [who for who in dict.fromkeys(reversed(recent)) if who in names and who not in turns[-1:]]
    fitting = [who for who in there if fits(who)]
    return fitting[0] if len(fitting) == 1 else None


def _nominal_age(speaker: str, language: str) -> bool:
    """A speaker named by an age alone, as a noun ("el viejo", "la vieja", "le vieux", "o velho")."""
    return speaker.lower() in describing_words(language)


def _epithet_meant(
    speaker: str | None,
    language: str,
    names: set[str],
    recent: list[str],
    turns: list[str],
    told: str,
    known: dict[str, tuple[str, str, str]],
    alias: dict[str, str],
) -> str | None:
    """The one already in the story that a speaker named by a description is, or None for one of its own.
    A description never met before ("said the old woman", "—dijo la gallega") while people talk is one of
    those talking: stories vary how they call their people, and a newcomer is introduced before speaking
    ("a baker came in"). So is a word for any being ("said the poor beast", "dit l'animal", "сказал
    зверь", "と動物が言いました") and a word for a child ("坊やは言いました"), even with no conversation
    going on: the one of those who spoke, or else of those the story named, that the word fits (an animal
    for "the beast", a boy for "坊や", an old woman for "the old woman"), the one whose turn it is among
    those it fits equally."""
    if not speaker or speaker in names or speaker in turns:
        return None
    plain = _HONORIFIC_AFTER.sub("", speaker) if language == "ja" else speaker
    if plain != speaker and (plain in names or plain in turns or plain in recent):
        return plain  # "たろうくん", "花子ちゃん": the one named, called kindly
    general = _any_being(speaker, language)
    kind, gender, age = ("animal", "", "") if general else word_traits(speaker, language)
    loose = general or age == "child"  # a fable's animals have children too: "坊や" is the child fox
    if general:
        article = r"(?:a|an|un|une|ein|eine|einen|einem|einer|una|uno|um|uma)\s+(?:\w+\s+)?"
        if re.search(r"(?<!\w)" + article + re.escape(speaker.split()[-1]) + r"(?!\w)", told, re.I):
            return None  # "a strange creature came out of the lake": one of its own, brought in
    elif (
        not loose
        and len({*turns}) < 2
        or speaker.lower() in {r.lower() for r in recent}
        # "a Piggy-wig stood ... Said the Piggy": met before, in whatever form
        or re.search(r"(?<!\w)" + re.escape(speaker.split()[-1]), told, re.I) is not None
    ):
        return None
    spoke = list(dict.fromkeys(alias.get(t.lower(), t) for t in reversed(turns)))
    meant = _fitting([*spoke[1:4], *(spoke[:1] if loose else [])], (kind, gender, age), known, loose)
    if meant is None and loose:  # none of those talking: one the story named, most recent first, by a name
        named = dict.fromkeys(alias.get(r.lower(), r) for r in reversed(recent))  # unless the word is for any being
        pool = [w for w in named if w not in spoke and (general or w in names or w in alias.values())]
        meant = _fitting(pool, (kind, gender, age), known, loose)
    return meant


def _fitting(
    pool: list[str], traits: tuple[str, str, str], known: dict[str, tuple[str, str, str]], loose: bool
) -> str | None:
    """The first of `pool` that fits the traits a word tells best: of the kind of being it names (unless the
    word is `loose` about it), its gender and its age; None where none fits."""
    kind, gender, age = traits
    best: tuple[int, str] | None = None
    for who in pool:
        their = known.get(who) or known.get(who.lower()) or ("", "", "")
        if (
            gender
            and their[1]
            and their[1] != gender
            or age
            and their[2]
            and abs(_AGES.get(age, 1) - _AGES.get(their[2], 1)) > 1
        ):
            continue  # an old woman is not the boy, nor a mother the child
        if kind and their[0] and their[0] != kind and not (loose and kind == "person"):
            continue  # the beast is not the girl
        score = sum(bool(a and a == b) for a, b in zip((kind, gender, age), their, strict=True))
        if best is None or score > best[0]:
            best = (score, who)
    return best[1] if best is not None else None


# the words a story calls its child by fondly, where no word for a kind of person is: the gender and age
_FOND = {
    "ja": {
        "坊": ("male", "child"),
        "ぼう": ("male", "child"),
        "ぼうや": ("male", "child"),
        "ぼっちゃん": ("male", "child"),
    },
    "fr": {
        "petit": ("male", "child"),
        "petite": ("female", "child"),
        "gamin": ("male", "child"),
        "gamine": ("female", "child"),
    },
    "es": {
        "pequeño": ("male", "child"),
        "pequeña": ("female", "child"),
        "chiquillo": ("male", "child"),
        "chiquilla": ("female", "child"),
    },
    "it": {"piccolo": ("male", "child"), "piccola": ("female", "child")},
    "pt": {"pequeno": ("male", "child"), "pequena": ("female", "child")},
    "de": {"kleine": ("", "child"), "kleiner": ("male", "child")},
    "en": {"little one": ("", "child"), "youngster": ("", "child")},
    "ru": {"сынок": ("male", "child"), "дочка": ("female", "child"), "малыш": ("", "child")},
    "hi": {
        "बेटा": ("male", "child"),
        "बेटी": ("female", "child"),
        "मुन्ना": ("male", "child"),
        "मुन्नी": ("female", "child"),
    },
}
# what Japanese joins to a name to call its bearer politely or kindly (a name of two letters or more before)
_HONORIFIC_AFTER = re.compile(r"(?<=..)(?:さま|さん|様|殿|くん|君|ちゃん|坊)$")
_AGES = {"child": 0, "young_adult": 1, "middle_aged": 2, "elderly": 3}
# words for any being, not for a kind of one: a story calls the one it tells of so for variety ("said the
# creature", "dit l'animal", "sagte das Tier", "сказал зверь", "と動物が言いました")
_ANY_BEING = {
    "en": {"animal", "beast", "creature", "brute"},
    "fr": {"animal", "bête", "créature", "bestiole"},
    "de": {"tier", "tierchen", "biest", "geschöpf", "kreatur"},
    "es": {"animal", "animalito", "bestia", "criatura", "bicho"},
    "it": {"animale", "bestia", "creatura", "bestiola"},
    "pt": {"animal", "bicho", "fera", "criatura"},
    "ru": {"зверь", "зверёк", "зверек", "животное", "зверушка", "тварь"},
    "uk": {"звір", "звірятко", "тварина"},
    "ja": {"動物", "どうぶつ", "獣", "けもの", "けだもの"},
    "zh": {"动物", "野兽"},
    "hi": {"जानवर", "पशु", "प्राणी", "जीव"},
    "mr": {"प्राणी", "जनावर"},
}


def _any_being(word: str, language: str) -> bool:
    """Whether a speaker is named by a word for any being ("the poor beast", "l'animal", "зверь")."""
    words = _ANY_BEING.get(language, set())
    last = re.split(r"[\s']", word.strip().lower())[-1]
    return word.strip().lower() in words or last in words


def _any_being_by(text: str, language: str, verb_at: int) -> str | None:
    """A word for any being right beside the verb of saying, in a language without articles to mark it:
    "сказал зверь", "जानवर बोला"."""
    words = _ANY_BEING.get(language)
    if not words or language in DETERMINERS or script_of(language) not in ("cyrillic", "devanagari"):
        return None
    tokens = list(re.finditer(r"[\w\u0900-\u0963\u0966-\u097F]+", text))
    after = [t for t in tokens if t.start() > verb_at][:1]
    before = [t for t in tokens if t.end() <= verb_at][-2:]
    near = [*reversed(before), *after] if language in _SUBJECT_FIRST else [*after, *reversed(before)]
    return next((t.group(0) for t in near if t.group(0).lower() in words), None)


def word_traits(word: str, language: str) -> tuple[str, str, str]:
    """(kind, gender, age) a word for a being tells: ("person", "female", "elderly") for "old woman"."""
    fond = _FOND.get(language, {}).get(re.split(r"[\s']", word.strip().lower())[-1])
    if fond is not None:
        return ("person", *fond)
    article = DETERMINERS.get(language, "").split()[:1]
    phrase = word if language == "de" else word.lower()
    phrase = f"{article[0]} {phrase}" if article else phrase
    found = [m for m in find_mentions(phrase, language) if m.end == len(phrase)]
    if not found and word.strip().lower() in describing_words(language):  # "el viejo", "la vieja"
        return ("person", *describing_words(language)[word.strip().lower()])
    return (found[-1].kind, found[-1].gender, found[-1].age) if found else ("", "", "")


def _verbs(language: str) -> set[str]:
    return set(SPEECH_VERBS.get(language, SPEECH_VERBS["en"] if language == "en" else "").split())


# a clause ends at a sentence's end, not at a title's full stop ("said old Mrs. Rabbit")
_CLAUSE_END = re.compile(r"(?<=[.!?;。！？।॥])\s*")
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
    # Indic letters and their signs, never the danda (।, ॥) that ends a sentence
    words = re.finditer(r"[\w'\u0900-\u0963\u0966-\u0DFF]+", text)
    return [(m.start(), lemma_of(m.group(0).lower(), language)) for m in words]


def _has_verb(text: str, language: str, verbs: set[str]) -> int | None:
    """Where a verb of saying stands in the text, or None. In Japanese, any verb a quote's と leads to
    says it: 「…」とたのみました, 「…」とわらいました."""
    if language == "ja" and re.match(r"\s*(?:と|って)", text):
        words = japanese_tokens(text)
        if words and words[0][2] in ("と", "って"):
            led = next((w for w in words if w[4] == "動詞"), None)
            if led is not None:
                return led[0]
    for at, word in _tokens(text, language):
        if word in verbs or word.rstrip("'") in verbs:
            return at
    for m in re.finditer(r"\w+", text.lower()):
        if m.group(0) in verbs:
            return m.start()
    if script_of(language) not in ("latin", "cyrillic", "devanagari"):  # these part their words with spaces
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
    genders: dict[str, str] | None = None,
    *,
    guess: bool = True,
    lead: list[str] = [],  # noqa: B006 (read only): who the sentence just before the quote names
) -> str | None:
    """The one named next to a verb of saying in a clause beside a quote ("said the Fox", "The Fox
    said:", "—dijo la panadera", "おばあさんは…と言いました"); with `guess`, also the one a pronoun there
    points back to, or the one whose turn it is where the subject is left out."""
    verb_at = _has_verb(text, language, verbs)
    if verb_at is None:
        if not before or not text.rstrip().endswith((":", "：")):
            return None
        verb_at = len(text)
    elif before and script_of(language) in ("latin", "cyrillic"):
        # "she was told to wait, and the owl … spoke to her,": the verb that leads into the quote is the last
        verb_at = max((at for at, word in _tokens(text, language) if word in verbs), default=verb_at)
    if not before and language not in _SUBJECT_FIRST and deed_before(text[:verb_at], language):
        return None  # "The goose looked at him and laughed.": the story going on, not who said the quote
    who = _named_in(text, language, names)
    # "said the daughter of the Count": the Count is whose daughter, not who speaks
    who = [w for w in who if not owned(text, w[0], language)]
    oblique = {w[1] for w in who if _oblique(text, w, language, names) or _addressed(text, w, language)}
    who = [w for w in who if w[1] not in oblique]
    recent = [r for r in recent if r not in oblique]
    if language in _SUBJECT_FIRST and not before:
        # 「…」と母さん狐が言いました、かあいい坊やの…: the one who says comes before the verb; after it,
        # a new clause
        who = [w for w in who if w[0] < verb_at]
    if who:
        if before:  # "the fox clapped the horse on the shoulder, and said,": the sentence's subject
            return _subject_of_saying(text, verb_at, who, language) or who[0][1]
        after_verb = [w for w in who if w[0] >= verb_at]  # "said the Fox"
        return (after_verb or who)[0][1]
    thing = _noun_speaker(text, language, verb_at, before) or _any_being_by(text, language, verb_at)
    if thing:
        return thing
    if not guess:
        return None
    pronouns = _PRONOUN_SPEAKERS.get(language, {})
    said = [pronouns[w] for w in (w.lower() for w in re.findall(r"[\w']+", text)) if w in pronouns]
    if said and recent:
        return _pointed_back(said[0], recent, turns, genders or {}, lead)
    if language in ("ja", "zh", "hi", "ta", "te", "mr", "es", "it", "pt", "ru", "pl") and recent:
        # the subject is often left out ("y decía entre sí:"): in a conversation the other one answers,
        # else the one named last speaks
        if len(turns) >= 2 and turns[-1] != turns[-2]:
            return turns[-2]
        return recent[-1]
    return None


def _subject_of_saying(text: str, verb_at: int, who: list[tuple[int, str]], language: str) -> str | None:
    """In a language that puts its subject first in each clause: the one who opens the nearest clause
    before the verb of saying ("once they reached the well, the owl said," is the owl; "the goose went to
    the pond, and said," the goose), not the first one the sentence names."""
    if language in _SUBJECT_FIRST or script_of(language) not in ("latin", "cyrillic"):
        return None
    starts = [0, *(m.end() for m in re.finditer(r"[,;:—–]", text[:verb_at]))]
    for start, end in reversed(list(zip(starts, [*starts[1:], verb_at], strict=True))):
        inside = [w for w in who if start <= w[0] < end]
        if inside and len(re.findall(r"\w+", text[start : inside[0][0]])) <= 3:
            return inside[0][1]
    return None


def _pointed_back(gender: str, recent: list[str], turns: list[str], genders: dict[str, str], lead: list[str]) -> str:
    """Whom "he", "elle", "она" says: the one the sentence just before the quote is about ("Marie haussa les
    épaules. « Pas du tout ! » s'exclama-t-elle."); else in a conversation the other one (the last to
    speak before the one who spoke last); else the last one named of the pronoun's gender ("la poule ...
    le renard ... lui dit-il" is the fox); else the last one named. Each where the pronoun fits."""

    def fits(who: str) -> bool:
        return not gender or genders.get(who, gender) == gender

    if gender and any(genders.get(who) == gender for who in lead):
        return next(who for who in lead if genders.get(who) == gender)
    if lead and fits(lead[0]):
        return lead[0]
    other = next((who for who in reversed(turns) if who != turns[-1]), None) if turns else None
    if other is not None and fits(other):
        return other
    if gender:
        same = [who for who in recent if genders.get(who) == gender]
        if same:
            return same[-1]
    return next((who for who in reversed(recent) if fits(who)), recent[-1])


def _leads_on(quote: Segment, after: Segment, rest: list[Segment], language: str) -> bool:
    """'किसान ने कहा, "…।" पत्नी बोली, “…”': in a language that names the one who speaks before the verb,
    narration after a quote that ended its sentence, itself ending in a comma or a colon before the
    next quote, introduces that quote; it says nothing of the one before."""
    return (
        language in _SUBJECT_FIRST
        and bool(rest)
        and rest[0].quoted
        and quote.text.rstrip().endswith(_SENTENCE_ENDS)
        and after.text.rstrip().endswith((",", ":", "：", "、"))
        and _CLAUSE_END.search(after.text.rstrip()[:-1].rstrip()) is None
    )


def _announces(text: str, language: str) -> bool:
    """Narration that ends announcing a quote: with a colon, or, where the one who speaks is named before
    the verb, with a comma ('शेर बोला,')."""
    ends = (":", "：", ",", "，", "、") if language in _SUBJECT_FIRST else (":", "：")
    return text.rstrip().endswith(ends)


_SENTENCE_ENDS = (".", "!", "?", "।", "॥", "。", "！", "？", "…")


def _subject_before(text: str, language: str, names: set[str]) -> str | None:
    """おばあさんは「…」と言いました: in a language that names the one who speaks before the verb, the
    subject of the sentence the quote stands inside, named before the quote (a sentence that ended
    before the quote has none)."""
    if language not in _SUBJECT_FIRST or text.rstrip().endswith(_SENTENCE_ENDS):
        return None
    clause = _last_clause(text)
    who = [w for w in _named_in(clause, language, names) if not owned(clause, w[0], language)]
    if who:
        return who[-1][1]
    return _japanese_subject(clause) if language == "ja" else None


def _japanese_subject(text: str, until: int | None = None) -> str | None:
    """The noun that は or が marks as the subject, last before `until` ("と、つるはこたえました": つる),
    written as it stands: a being the lexicon does not know ("つる", "ももたろう") is still the one who
    speaks. Never a pronoun, a time or a place word."""
    words = [w for w in japanese_tokens(text) if until is None or w[0] < until]
    for k in range(len(words) - 1, 0, -1):
        if words[k][2] not in ("は", "が") or words[k][4] != "助詞":
            continue
        j = k
        while j > 0 and words[j - 1][4] not in _NOT_IN_A_NAME:
            j -= 1
        phrase = words[j:k]
        # a name MeCab cuts in pieces that are no noun ("きん" "たろう") stands alone after a comma
        alone = j == 0 or words[j - 1][4] in ("補助記号", "空白") or words[j - 1][2] in ("と", "って")
        if (
            phrase
            and (alone or any(w[4] == "名詞" for w in phrase))
            and not any(w[3] in _NOT_SUBJECTS or w[4] == "動詞" for w in phrase)
        ):
            return text[phrase[0][0] : phrase[-1][1]]
    return None


# parts of speech that end a noun phrase going back from は or が; and nouns that are never the speaker
_NOT_IN_A_NAME = {"助詞", "補助記号", "空白", "動詞", "形容詞", "連体詞", "代名詞", "接続詞", "感動詞"}
_NOT_SUBJECTS = {"日", "今日", "朝", "夜", "晩", "時", "今", "昔", "後", "前", "中", "上", "下", "事", "話", "声", "方"}


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
    if lemma_of(form, language) == fold_yo(who.lower()) and _RU_PLURAL_VERB_NEXT.match(text, at):
        return False  # "Дети закричали": a plural with its plural verb is the subject
    return not any(form == name.split()[-1] for name in own if name)


# a plural's past verb right after it (its subject): "дети закричали", "волки сказали"
_RU_PLURAL_VERB_NEXT = re.compile(r"\w+\s+(?:\w+\s+)?\w+ли(?:сь)?(?!\w)")


def _addressed(text: str, named: tuple[int, str], language: str) -> bool:
    """Whom a verb of saying goes to does not speak: "He said to a crane", "ライオンは狐に言いました", "对狐狸说"."""
    if language in ("ru", "uk"):
        return False  # their endings say it (_oblique)
    at, who = named
    end = next((m.end for m in find_mentions(text, language) if m.start == at), None)
    if end is None:
        word = re.match(r"\w+", text[at:])
        written = text[at : at + len(who)].lower() == who.lower()
        end = at + (len(who) if written else len(word.group(0)) if word else 0)
    return addressed(text, at, end, language)


# languages whose speaker never follows the verb of saying ("राम ने कहा", "他说", "と言った")
_SUBJECT_FIRST = {"ja", "ko", "zh", "hi", "mr", "ta", "te", "bn", "ur", "ne"}


def _noun_speaker(text: str, language: str, verb_at: int, before: bool) -> str | None:
    """A fable's talking thing, named by its article beside the verb: "sprach die Bohne", "said the
    Kettle", "dijo el pez": the noun is the speaker; in Japanese, the noun は or が marks before the verb
    ("と、つるはこたえました")."""
    if language == "ja":
        return _japanese_subject(text, None if before else verb_at)
    determiners = DETERMINERS.get(language)
    if not determiners:
        return None
    # "preguntó al rato", "dijo del pan": an article joined to a preposition opens a phrase, never the subject
    own = [d for d in determiners.split() if d not in _WITH_PREPOSITION.get(language, ())]
    articles = "|".join(re.escape(d) for d in sorted(own, key=len, reverse=True))
    # an age word before the noun is part of who speaks ("said the old woman"), never the speaker alone
    ages = "|".join(re.escape(w) for w in sorted(describing_words(language), key=len, reverse=True))
    noun = r"((?:(?:" + ages + r")\s+)*[^\W\d_][\w-]{2,})" if ages else r"([^\W\d_][\w-]{2,})"
    match, source = None, text
    if before:  # "The Fox said:", or the inverted "said the goose." before the quote
        match = re.match(r"\W*(?:(?:and|then|und|da|y|et|e)\s+)?(?:" + articles + r")\s+" + noun, text, re.I)
        # "One day the eldest chick said": a being named before the verb, rather than the time it was
        beings = [
            m
            for m in re.finditer(r"(?<!\w)(?:" + articles + r")\s+" + noun, text[:verb_at], re.I)
            if _is_being(m.group(1).split()[-1], language) or _is_being(_word_after(text, m.end()), language)
        ]
        if beings and (match is None or not _is_being(match.group(1).split()[-1], language)):
            match = beings[0]
        elif match is not None and not beings and _pronoun_between(text[match.end() : verb_at], language):
            return None  # "Un matin, elle leur dit :": the morning is when, the pronoun who
        if match is not None and is_time_word(match.group(1).split()[-1], language):
            match = None  # "Eines Tages sagte er:", "Una noche dijo la cocinera:": a time is no one
    if match is None:
        source = text[verb_at:]
        match = re.match(r"\W*\w+\s+(?:" + articles + r")\s+" + noun, source, re.I)
    if match is None:
        return None
    word = match.group(1)

    def known(w: str) -> bool:
        return _is_being(w, language) or member_word(w, language)

    member = collective_member(word.split()[-1], source[match.end() :], language, known)
    if member is not None:  # "said a troop of girls", "Eine Schar Kinder rief": the girls (by their key, as
        return _being_key(member, language)  # "the girls said" gives them), not a troop
    # "répondit la petite fille", "dijo la pequeña niña": a word before a noun for a being qualifies it
    then = _word_after(source, match.end())
    if then and _is_being(then, language):
        word = f"{word} {then}"
    elif then and picks_one(f"{word} {then}", language):
        word = f"{word} {then}"  # "disse o mais velho": a comparative of two words
    said = word.split()
    if len(said) > 1 and _saying_word(said[-1], language):
        word = " ".join(said[:-1])  # "The elder said", "Il vecchio disse": the age word is the noun
        if word.lower() in describing_words(language) or picks_one(word, language):
            return word[:1].upper() + word[1:]
    head = word.split()[-1]
    if language == "de" and not head[:1].isupper() or head.lower() in determiners.split():
        return None
    if is_time_word(head, language):  # "dijo una mañana": when it was said
        return None
    if head.lower() in describing_words(language) and word == head and language != "en":
        return head[:1].upper() + head[1:]  # "contestó el viejo", "fit le vieux": an age as a noun
    if head.lower() in _NOT_SPEAKERS or head.lower() in describing_words(language):
        return None  # "said the other": one of those already speaking, taking their turn
    if word == match.group(1) and not _is_being(head, language):
        word += _made_of(source[match.end() :], language)  # "said the piece of iron": the thing, whole
    return word[:1].upper() + word[1:]


# "piece of iron", "pezzo di ferro", "morceau de bois": what a thing is made of, with no article, belongs
# to its name (the son "of the miller" has one: another being)
_MADE_OF = re.compile(r"\s+(?:of|de|di|do|da|von)\s+([^\W\d_][\w-]*)|\s+(d')([^\W\d_][\w-]*)", re.IGNORECASE)


def _made_of(after: str, language: str) -> str:
    found = _MADE_OF.match(after)
    if found is None:
        return ""
    noun = found.group(1) or found.group(3)
    if noun.lower() in DETERMINERS.get(language, "").split() or _is_being(noun, language):
        return ""
    return " " + " ".join(found.group(0).split())


def _saying_word(word: str, language: str) -> bool:
    low = word.lower()
    return low in _verbs(language) or lemma_of(low, language) in _verbs(language)


def _pronoun_between(text: str, language: str) -> bool:
    pronouns = {w for w, gender in _PRONOUN_SPEAKERS.get(language, {}).items() if gender}
    return any(w.lower() in pronouns for w in re.findall(r"[\w']+", text))


def _word_after(text: str, at: int) -> str:
    then = re.match(r"\s+([^\W\d_][\w-]{2,})", text[at:])
    return then.group(1) if then else ""


def _many_speak(speaker: str, texts: list[str], language: str) -> bool:
    """Whether the clause beside a quote names its speaker in the plural ("cried the boys", "gritó un grupo
    de niños"): a group speaks, not one of those named."""
    for text in texts:
        for mention in find_mentions(text, language):
            written = mention.name.split()[-1].lower() if mention.name.split() else ""
            key = mention.key.split()[-1] if mention.key.split() else ""
            if mention.key == speaker and written != key and lemma_of(written, language) == key:
                return True
    return False


def _being_key(word: str, language: str) -> str:
    """The key the lexicon reads a word for a being by ("girl" for "girls"), or the word as a name."""
    article = DETERMINERS.get(language, "").split()[:1]
    phrase = f"{article[0]} {word}" if article else word
    return next((m.key for m in find_mentions(phrase, language) if m.name == word), word[:1].upper() + word[1:])


def _is_being(word: str, language: str) -> bool:
    """Whether the lexicon knows a word as a person or an animal ("fille", "loup")."""
    if not word:
        return False
    article = DETERMINERS.get(language, "").split()[:1]
    phrase = f"{article[0]} {word}" if article else word
    return any(m.end == len(phrase) and m.name == word for m in find_mentions(phrase, language))


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


# "replied the other", "dit l'autre", "dijo el otro", "sagte der andere": the other of two talking
_OTHER_ONE = re.compile(
    r"(?<!\w)(?:the|l['’]|el|la|der|die|das|il|lo|o|a)\s*(?:other|autre|otro|otra|andere|altro|altra|outro|outra)"
    r"(?!\w)",
    re.IGNORECASE,
)


def _the_other(turns: list[str], recent: list[str]) -> str | None:
    """Who answers the one who spoke last: the one who spoke before them, else the one named last."""
    if not turns:
        return None
    last = turns[-1]
    return next((w for w in reversed(turns) if w != last), None) or next(
        (w for w in reversed(recent) if w != last), None
    )


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
    if language == "ja" and not rest:
        # 「…」と、つるはこたえました。 is; 「…」とわらって、山へ帰っていきました。 goes on past the verb of saying
        at = _has_verb(clause, language, verbs)
        words = japanese_tokens(clause)
        return at is not None and not any(w[4] == "動詞" for w in words if w[0] > at) and len(words) <= 12
    # "exclamó la hija de la sierra", "said the daughter of the miller": whose, or where from, is part of who
    owner = _OF_PHRASE.search(clause)
    if owner is not None and any(m.end == owner.start() for m in find_mentions(clause, language)):
        clause = clause[: owner.start()]
    return not rest and len(re.findall(r"\w+", clause)) <= 5


# a phrase of the one who speaks that says whose or where from they are, to the clause's end
_OF_PHRASE = re.compile(
    r"\s+(?:of|de|del|do|da|dos|das|di|della|dello|dei|degli|delle|des|du)\s+"
    r"(?:(?:the|la|el|los|las|o|a|os|as|il|lo|le|les|l')\s*)?[^\W\d_][\w'-]*\s*[.!?]?$",
    re.I,
)
