"""Text as published, made plain before it is read: curly quotes and apostrophes, dashes, ellipses,
odd spaces and full-width Latin letters, in every script. A published story also opens with a title
line and often a byline ("by Aesop", "translated by …"): they name the film and its authors, they are
not narration and never people."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Quote marks as published, by the language traditions that use them; each pair opens and closes.
QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", "»": "«", "「": "」", "『": "』", '"': '"', "‹": "›", "‚": "‘"}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# an apostrophe between letters (I’m, l’eau, O’Neil) or after a plural (the boys’ cart)
_APOSTROPHE = re.compile(r"(?<=\w)[’ʼ′`](?=\w)|(?<=s)’(?=\s)")


def normalise(text: str) -> str:
    """Typography made plain where it changes nothing a reader hears: apostrophes become ', spaces
    become spaces, full-width Latin letters and digits become ASCII, the ellipsis three dots, and
    Unicode is composed (NFC). Quote marks and dashes stay (they say who speaks); a dash glued to
    words gets spaces so it does not join them."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = "".join(_narrow(ch) for ch in text)
    text = _APOSTROPHE.sub("'", text)
    text = _single_quotes(text)
    text = _dialogue_hyphens(text)
    text = text.replace("…", "...").replace("‥", "..")
    # "word—word" (an em dash as a pause) reads as two words, as does "word--word"
    text = re.sub(r"(?<=\w)(?:—|--)(?=\w)", " — ", text)
    return text


# straight single quotes around speech, as British printers set it: 'Now my dears,' said old Mrs. Rabbit
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[^\W\d_])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?;:—–-])'(?=[\s)\]]|$)", re.M)


def _single_quotes(text: str) -> str:
    """A text that sets its speech in straight single quotes gets curly ones (‘ ’), which the quote
    reader tells from apostrophes; a text that only has apostrophes keeps them. One quote alone ("'I am
    hot,' said the kettle.") is one: an opening mark before a closing one set after the words' last mark."""
    opens, closes = list(_SINGLE_OPEN.finditer(text)), list(_SINGLE_CLOSE.finditer(text))
    if not opens or not closes or opens[0].start() > closes[-1].start():
        return text
    if (len(opens) < 2 or len(closes) < 2) and not (len(opens) == len(closes) == 1):
        return text
    return _SINGLE_CLOSE.sub("’", _SINGLE_OPEN.sub("‘", text))


# a paragraph opened by a hyphen glued to its first word ("-Buenas tardes -dijo la maestra-."): plain-text
# editions set the dialogue dash of Spanish, Portuguese and Russian prose so
_HYPHEN_OPENS = re.compile(r"^[ \t]*-(?=[^\W\d_]|[¡¿«])", re.M)
_HYPHEN_AFTER_SPACE = re.compile(r"(?<=\s)-(?=[^\W\d_]|[¡¿«])")  # " -dijo"
_HYPHEN_BEFORE_STOP = re.compile(r"(?<=[^\W\d_.!?…])-(?=[.,;:]|\s|$)")  # "maestra-."


def _dialogue_hyphens(text: str) -> str:
    """Dialogue set with hyphens gets the dialogue dash (—) in the paragraphs it opens, which the quote
    reader splits into speech and narration; a hyphen inside a word ("well-known") stays."""
    if len(_HYPHEN_OPENS.findall(text)) < 2:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if _HYPHEN_OPENS.match(line):
            line = _HYPHEN_OPENS.sub("—", line, count=1)
            lines[k] = _HYPHEN_BEFORE_STOP.sub("—", _HYPHEN_AFTER_SPACE.sub("—", line))
    return "\n".join(lines)


def _narrow(ch: str) -> str:
    code = ord(ch)
    # full-width digits and Latin letters only: CJK punctuation (。！？「」) carries meaning here
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    return ch


_BYLINE = re.compile(
    r"^\s*(?:by|written by|retold by|translated by|translation by|tr\.|from the|von|übersetzt von|por|"
    r"traducción de|traducido por|par|traduit par|di|tradotto da|de|tradução de|автор|перевод)\s+\S",
    re.I,
)
_BYLINE_SCRIPTS = re.compile(r"(?:作|著|訳|譯|रचित|द्वारा|லேखक|எழுதியவர்)\s*$")
_TITLE_MAX_WORDS = 12


@dataclass
class Front:
    """What stands before the story: its title and the names of who wrote or translated it."""

    title: str | None = None
    bylines: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)


_SLUGLINE = re.compile(r"^\s*(?:INT|EXT|EST|INT\./EXT|I/E)[.\s]", re.I)
_BY_ALONE = {"by", "von", "por", "par", "di", "de", "автор"}
_TITLE_PAGE_KEY = re.compile(r"^(?:title|author|credit|source|translator|illustrator|date|draft date)\s*:", re.I)
_FRONT_MAX = 10  # lines of front matter at most
# a printer's or publisher's lines (the imprint): front matter even with commas and over two lines
_IMPRINT = re.compile(
    r"(?:\b(?:printed|published|publishers?|copyright|all rights reserved|first edition|isbn|ltd|limited|inc)\b"
    r"|©|&\s*co\b|\bco\.,|\b(?:gedruckt|verlag|imprimé|éditions?|editorial|impreso|stampato|editora|"
    r"издательство|出版)\b)",
    re.I,
)


def split_front(text: str) -> tuple[Front, str]:
    """The front matter of a published text is taken off it: a run of short lines that each stand alone
    (a blank line after them), with no sentence end, no quote and no comma, before the story starts:
    the first is the title, the others name its authors, translators, publishers, acts. A title page
    (`Title:`, `Author:`) is front matter too. The rest is returned as it was."""
    front = Front()
    lines = text.split("\n")
    blocks: list[tuple[int, list[str]]] = []  # (line index after the block, its lines)
    i = 0
    while i < len(lines) and len(blocks) <= _FRONT_MAX:
        if not lines[i].strip():
            i += 1
            continue
        start = i
        while i < len(lines) and lines[i].strip():
            i += 1
        blocks.append((i, [ln.strip() for ln in lines[start:i]]))
    taken_to = 0
    after_by = False
    for end, block in blocks:
        if _TITLE_PAGE_KEY.match(block[0]):
            value = block[0].split(":", 1)[1].strip()
            if block[0].lower().startswith("title") and front.title is None:
                front.title = " ".join([value, *block[1:]]).strip()
            else:
                front.bylines.extend([value, *block[1:]])
        elif len(block) <= 3 and _imprint(block) and end < len(lines):
            front.bylines.append(" ".join(block))
        elif len(block) == 1 and _front_line(block[0]) and end < len(lines):
            line = block[0]
            if front.title is None:
                front.title = line.strip("#*_ ").strip()
            elif _BYLINE.match(line) or after_by or _BYLINE_SCRIPTS.search(line):
                front.bylines.append(line)
            else:
                front.headings.append(line)  # the title's second line, a chapter, an act
            after_by = line.lower() in _BY_ALONE
        else:
            break
        taken_to = end
    if not taken_to or not "\n".join(lines[taken_to:]).strip():
        return Front(), text
    return front, "\n".join(lines[taken_to:])


def _imprint(block: list[str]) -> bool:
    joined = " ".join(block)
    return len(joined.split()) <= 30 and not any(q in joined for q in QUOTE_PAIRS) and bool(_IMPRINT.search(joined))


# two sentences or more in italics, each with its stop: what a play's edition sets its directions in
_ITALIC_SENTENCES = re.compile(r"([_*])[^_*]+?[.!?]\s+[^_*]+[.!?]\1")
_NUMBER_ALONE = re.compile(r"[\s*·—–-]*(?:[IVXLCDM]+|\d{1,3})[.\s*·—–-]*")


def _front_line(line: str) -> bool:
    words = line.split()
    if not words or len(words) > _TITLE_MAX_WORDS or any(q in line for q in QUOTE_PAIRS):
        return False
    if _BYLINE.match(line) or _BYLINE_SCRIPTS.search(line):
        return True
    if _NUMBER_ALONE.fullmatch(line):
        return True  # a chapter's number set alone: "- XI -", "III.", "— 3 —"
    if re.search(r"[,;:，、]", line) or line.startswith(("—", "-", "(", "[")):
        return False
    if _SLUGLINE.match(line):
        return False  # a screenplay's scene heading heads a scene
    if _ITALIC_SENTENCES.fullmatch(line.strip()):
        return False  # a play's stage direction in italics ("_Selva espesa. Es de noche._"), no title
    line = line.strip("_* ")  # the italics a plain-text edition marks a heading or a direction with
    if not re.search(r"[.!?。！？।॥]\s*$", line):
        return True
    # a full stop ends a title only in a printed heading: "5. Der Wolf …", "THE END.", "Wilhelm Hauff."
    capitalised = all(w[:1].isupper() for w in words if w[:1].isalpha())
    return line.endswith(".") and (line.isupper() or line[:1].isdigit() or capitalised and len(words) <= 4)


# -- old spelling, for looking words up ------------------------------------------------------------
# German before 1901 (and Project Gutenberg's editions of it): an h after t (Thür, Hausthür, Muth, Noth,
# thun), "ie" in the past of gehen, fangen, hangen (gieng, fieng), "ey" for "ei" (seyn, bey), "dt" for a
# final t (todt). A form is modernised only where the modern one is a word and the old one is none (a
# "Thron" or a "Theater" keeps its h).
_DE_OLD = (
    (re.compile(r"([tT])h(?=[aeiouäöüy])|(?<=[aeiouäöü])(t)h(?=\b|[^\W\d_])"), r"\1\2"),
    (re.compile(r"(?<=[gfhGFH])ieng"), "ing"),
    (re.compile(r"ey(?=n?\b|[^\W\d_])"), "ei"),
    (re.compile(r"dt\b"), "t"),
)
# Spanish before 1952 wrote an accent on the one-letter words (á, é, ó, ú) and on some monosyllables
# (fué, dió, vió): the accent taken off where the plain form is a word and the accented one is none
_ES_ACCENTED = re.compile(r"(?<![^\W\d_])[^\W\d_]{0,3}[áéíóú](?![^\W\d_])")
_PLAIN_VOWEL = str.maketrans("áéíóú", "aeiou")
_WORD = re.compile(r"[^\W\d_]+")


def modern_spelling(text: str, language: str) -> str:
    """The text with its old spellings in today's, for looking its words up ("Hausthür" is "Haustür",
    "gieng" is "ging", Spanish "á la puerta" is "a la puerta"); other languages as they are."""
    if language == "de":
        return _WORD.sub(lambda m: _modern_german(m.group(0)), text)
    if language == "es":
        text = _ES_ENCLITIC.sub(lambda m: _proclitic(m.group(0)), text)
        return _ES_ACCENTED.sub(lambda m: _modern_spanish(m.group(0)), text)
    return text


# Older Spanish prose puts the pronouns after the verb ("Díjole", "acercóse", "hallábase", "metióse en ella",
# "fuése"): read in today's order ("le dijo", "se acercó", "se hallaba"), as the reading's verbs are written
_ES_ENCLITIC = re.compile(r"(?<![^\W\d_])[^\W\d_]*[áéíóú][^\W\d_]*(?:me|te|se|nos|os|le|les|lo|la|los|las)(?![^\W\d_])")
_CLITICS = ("me", "te", "se", "nos", "os", "le", "les", "lo", "la", "los", "las")
_VERB_ENDINGS = ("ar", "er", "ir", "ír")


def _proclitic(word: str) -> str:
    """An accented verb with its pronouns after it, those pronouns before it; any other word as it is."""
    from filmstudio.script.lemmas import lemma_of

    low = word.lower()
    whole = lemma_of(low, "es")
    for first in _CLITICS:  # one pronoun, or two ("díjoselo")
        for cluster in [c for second in ("", *_CLITICS) if low.endswith(c := first + second)]:
            stem = low[: -len(cluster)]
            if len(stem) < 2:
                continue
            for form in dict.fromkeys([stem, stem.translate(_PLAIN_VOWEL)]):
                lemma = lemma_of(form, "es")
                if form == lemma or not lemma.endswith(_VERB_ENDINGS) or not _known(form, "es"):
                    continue  # "cántaros" is no "cantar" and "os"
                if whole != low and whole != lemma:
                    continue
                out = " ".join(p for p in (first, cluster[len(first) :], form) if p)
                return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return word


def _modern_german(word: str) -> str:
    modern = word
    for pattern, new in _DE_OLD:
        modern = pattern.sub(new, modern)
    if modern == word or _known(word, "de") or not _known(modern, "de"):
        return word
    return modern


# a monosyllable whose diphthong bore the accent before 1959 ("fué", "dió", "vió", "pié"); not "río", "día"
_ES_OLD_DIPHTHONG = re.compile(r"[^aeiouáéíóú]*[iu][áéó][^aeiouáéíóú]*", re.I)


def _modern_spanish(word: str) -> str:
    plain = word.translate(_PLAIN_VOWEL)
    if len(word) == 1 or (not _known(word, "es") and _known(plain, "es")):
        return plain
    if _ES_OLD_DIPHTHONG.fullmatch(word) and _known(plain, "es"):
        return plain
    return word


def _known(word: str, language: str) -> bool:
    """A word simplemma's dictionary of the language holds, as written or with its first letter in
    the other case (a German noun begins a sentence, an adjective may be written capitalised)."""
    import simplemma  # a dictionary in its wheel: loaded only when old spelling is looked at

    other = word[:1].swapcase() + word[1:]
    return bool(simplemma.is_known(word, lang=language) or simplemma.is_known(other, lang=language))
