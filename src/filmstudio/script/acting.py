"""Whether an animal a story names by what it is acts in it: it is the subject of a verb of doing,
feeling or perceiving ("the fox was afraid and ran away", "लोमड़ी डर गई", "狐は逃げました", "狐狸很害怕")
and is spoken to ("said to a fox", "dit au renard", "sagte zum Fuchs", "сказал лисе", "लोमड़ी से कहा",
"狐に言いました", "对狐狸说") or acts again. Such an animal is one of the story's beings, drawn as itself;
one only mentioned ("he had a dog", "a crow flew over", "the chicken was roasted") or met as a herd ("the
sheep grazed", "les moutons dormaient") is a thing in the picture.

The reading is a clause's word order, not a parse: in the languages whose subject comes first, the verb
follows the noun in its clause with no other noun phrase between; where the verb may come first (German,
Russian), the noun stands right after it in the subject's case; in Hindi the noun takes no postposition
but ने; in Japanese it takes は, が or も; in Chinese it opens its clause."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from filmstudio.script.beings import DETERMINERS, animal_words
from filmstudio.script.lemmas import japanese_words, lemma_of
from filmstudio.script.speech_verbs import SPEECH_VERBS
from filmstudio.script.staging_words import words_of
from filmstudio.script.verbs import verb_words


class Mention(Protocol):
    """A mention as mentions.py finds it: what this module reads of one (it is read here, made there)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def possessed(self) -> bool: ...
    @property
    def plural(self) -> bool: ...


LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "ru", "hi", "ja", "zh"})

# what ends a clause: its punctuation and quotation marks
_CLAUSE_END = re.compile(r"[.!?;:,\"“”„«»‘’()\[\]\n।॥。！？；：，、「」『』—–]")
_TOKEN = re.compile(r"[^\W\d_][\w\u0900-\u0DFF'’-]*")

# the verbs whose past participle, after a verb of being, is a passive ("the chicken was roasted"): what is
# done to the noun, not by it; a verb of going or of resting keeps it the doer ("le renard est parti")
_DONE_TO = frozenset({"chase", "carry", "hold", "give", "take", "eat", "cook", "fight", "hug", "sell_buy", "ride"})
_BEING = {
    "en": "was were is are been be being got",
    "fr": "est était fut été sont étaient furent être",
    "es": "fue era es fueron eran son sido ser",
    "it": "è era fu stato stata stati state furono erano sono venne viene vennero",
    "pt": "foi era é foram eram são sido ser",
    "de": "wurde wurden worden wird werden",
    "ru": "был была было были",
}
# words that may stand between a subject and its verb in its clause: who, which, and the like
_RELATIVE = {
    "en": "who which that",
    "fr": "qui",
    "es": "que quien",
    "it": "che",
    "pt": "que",
    "de": "",
    "ru": "который которая которое",
}
# words that join two clauses or two nouns: a verb after them may be another's
_JOINING = {
    "en": "and or but nor than as like",
    "fr": "et ou mais comme que",
    "es": "y e o u pero como",
    "it": "e ed o ma come",
    "pt": "e ou mas como",
    "de": "und oder aber wie als",
    "ru": "и а но или как",
}
# prepositions that make the noun after them no subject ("to the fox", "with a fox")
_PREPOSITIONS = {
    "en": "to at of with for from by about on in into onto upon near behind under over beside after before "
    "towards toward against without like as than",
    "fr": "à au aux de du des avec pour par sur sous dans vers chez contre sans comme",
    "es": "a al de del con para por sobre bajo en hacia contra sin como tras",
    "it": "a al allo alla ai agli alle di del della dello dei degli delle con per su sul sulla in nel nella "
    "da dal dalla verso contro senza come tra fra",
    "pt": "a ao à aos às de do da dos das com para por pelo pela sobre em no na nos nas sem como",
    "de": "zu zum zur mit von vom bei beim aus auf an am in im nach für gegen ohne unter über vor hinter neben wie als",
    "ru": "к ко с со о об от у в во на за под над по при для без из про",
}
# determiners that make a noun more than one ("the foxes", "les moutons", "die Füchse")
_MANY = {
    "en": "these those some many several two three",
    "fr": "les des ces mes tes ses nos vos leurs aux plusieurs deux trois",
    "es": "los las unos unas estos estas esos esas sus mis muchos muchas dos tres",
    "it": "i gli le dei degli delle ai agli alle questi queste quei quegli molti molte due tre",
    "pt": "os as uns umas dos das aos às estes estas esses essas seus suas muitos muitas dois duas três",
    "de": "",
    "ru": "",
}
# English nouns whose plural is as written: a herd unless a word says one ("a sheep", "the sheep was")
_AS_WRITTEN_PLURAL = frozenset({"sheep", "deer", "fish", "moose", "bison", "buffalo", "cattle", "swine", "geese"})
_ONE_EN = re.compile(r"(?:^|\s)(?:a|an|this|that|one|each|every)\s+(?:\w+\s+)?$", re.I)
_ONE_AFTER_EN = re.compile(r"\s+(?:was|is|has|does|itself)\b", re.I)
# German articles of the subject's case (der Fuchs, die Maus, das Schaf, ein Hund, eine Ziege)
_DE_SUBJECT = frozenset(
    {"der", "die", "das", "ein", "eine", "kein", "keine", "sein", "seine", "ihr", "ihre", "mein", "meine"}
    | {"dieser", "diese", "dieses", "jener", "jene", "jenes"}
)
# what stands between a verb of saying and whom it goes to ("said to the", "dit au", "sagte zum", "dijo a
# la"): a preposition of the dative and its article; a few more words may come first ("dijo el león al")
_TO = {
    "en": r"(?:back\s+)?(?:to|unto)(?:\s+(?:the|a|an|this|that|his|her|their|its|my|our|your))?",
    "fr": r"(?:au|aux|à\s+la|à\s+l'|à\s+un|à\s+une|à\s+son|à\s+sa|à\s+ce|à\s+cet|à\s+cette)",
    "es": r"(?:al|a\s+la|a\s+un|a\s+una|a\s+su|a\s+este|a\s+esta)",
    "it": r"(?:al|allo|alla|all'|a\s+un|a\s+uno|a\s+una|a\s+un'|ad\s+un|ad\s+una)",
    "pt": r"(?:ao|à|a\s+um|a\s+uma|para\s+o|para\s+a|a\s+seu|a\s+sua)",
    "de": r"(?:zum|zur|zu\s+(?:dem|der|einem|einer|seinem|seiner|ihrem|ihrer))",
}
# verbs of saying whose object is whom they speak to ("asked the fox", "fragte den Fuchs")
_ASKING = {
    "en": (
        frozenset({"tell", "ask", "answer", "greet", "thank", "beg", "warn", "order", "command", "scold", "call"}),
        r"(?:the|a|an|this|that|his|her|their|its|my|our|your)",
    ),
    "de": (
        frozenset({"fragen", "bitten", "anrufen", "grüßen", "warnen"}),
        r"(?:den|einen|seinen|ihren)",  # "fragte die Maus" may be the mouse asking
    ),
}
# Hindi's postpositions after a noun that make it another's, and those of whom a verb of saying goes to
_HI_POSTPOSITIONS = frozenset(
    {"को", "से", "का", "की", "के", "में", "पर", "तक", "वाला", "वाली", "वाले", "जैसा", "जैसी", "जैसे", "सा", "सी"}
)
_HI_TO = frozenset({"से", "को"})
_HI_TELLING = frozenset({"बताया", "बताई", "बताए", "समझाया", "पुकारा"})
# Japanese: the particles of a subject and of whom a verb goes to; words that make a noun many
_JA_SUBJECT = frozenset({"は", "が", "も"})
_JA_TO = frozenset({"に", "へ"})
_JA_MANY = ("たち", "達", "ども", "ら")
_JA_PASSIVE = frozenset({"れる", "られる"})
# Chinese: what before a noun makes it another's object or spoken to; what after it makes it owned or many
_ZH_TO = ("对", "向", "跟", "问", "朝", "冲")
_ZH_NOT_SUBJECT = frozenset("对向跟问朝冲给把被和与同让叫将帮替")
_ZH_COUNTED = re.compile(r"(?:这|那|一|两|三)?(?:只|个|头|条|匹|位|群)?$")
_ZH_OPENING = frozenset("天后时候里上中下也就便又却才还都先再")


# quoted speech, and a paragraph that goes on with someone's words (Spanish and French verse open each with »)
_QUOTED = re.compile(
    r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|\"[^\"\n]*\"|(?:^|(?<=\n\n))[ \t]*»[\s\S]*?(?=\n[ \t]*\n|\Z)"
)


@lru_cache(maxsize=8)
def _narrated(text: str) -> str:
    """The text with its quoted speech blanked (its length kept): what a speaker says a being will do ("I'll buy
    a goat that will leap about the meadow") is not the being acting."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def in_speech(text: str, mention: Mention) -> bool:
    """Whether a mention stands in quoted speech: a being met only there is someone's words."""
    return _narrated(text)[mention.start : mention.end].isspace()


def one_that_acts(text: str, mentions: Iterable[Mention], language: str) -> bool:
    """Whether the being named by `mentions` (one key) acts in the narration: the subject of a verb of
    doing or feeling once and spoken to, or twice. A herd, someone's animal and a likeness never."""
    if language not in LANGUAGES:
        return False
    single = [
        m for m in mentions if not m.possessed and not m.plural and _one(text, m, language) and not in_speech(text, m)
    ]
    acting = sum(1 for m in single if acts_here(text, m, language))
    return acting >= 2 or (acting >= 1 and any(spoken_to(text, m, language) for m in single))


def acts_here(text: str, mention: Mention, language: str) -> bool:
    """Whether a mention is the subject of a verb of doing, feeling or perceiving in its clause."""
    if language == "hi":
        return _acts_hindi(text, mention)
    if language == "ja":
        return _acts_japanese(text, mention)
    if language == "zh":
        return _acts_chinese(text, mention)
    before = _clause_before(text, mention.start)
    words = [w.lower() for w in _TOKEN.findall(before)]
    determiner, at = _determiner(words, language)
    if language == "ru" and not _nominative(text[mention.start : mention.end]):
        return False
    if language == "de" and determiner and determiner not in _DE_SUBJECT:
        return False
    rest = words[:at]
    if rest and rest[-1] in _PREPOSITIONS.get(language, "").split():
        return False
    if _verb_follows(_clause_after(text, mention.end), language):
        return True
    # "Da lief der Fuchs davon", "Испугалась лиса": the verb first, the noun right after it, no one before
    if language in ("de", "ru") and 1 <= len(rest) <= 3 and _acting_word(rest[-1], language) is not None:
        return not any(_someone(w, language) for w in rest[:-1]) and (language == "ru" or determiner != "")
    return False


def spoken_to(text: str, mention: Mention, language: str) -> bool:
    """Whether a mention is whom a verb of saying goes to: "said to a fox", "dit au renard", "sagte zum
    Fuchs", "dijo al zorro", "сказал лисе", "लोमड़ी से कहा", "狐に言いました", "对狐狸说"."""
    return addressed(text, mention.start, mention.end, language)


def addressed(text: str, start: int, end: int, language: str) -> bool:
    """Whether the word written from `start` to `end` is whom a verb of saying goes to (see spoken_to)."""
    after = _clause_after(text, end)
    if language == "hi":
        words = after.split()
        return bool(words) and words[0] in _HI_TO and any(_saying(w, language) or w in _HI_TELLING for w in words[1:4])
    if language == "ja":
        return _spoken_to_japanese(text, end)
    if language == "zh":
        before = _clause_before(text, start)
        said = re.match(r"(?:们)?(?:说|问|喊|叫|道|大喊|大叫|答)", after)
        return before.endswith(_ZH_TO) and (said is not None or before.endswith("问"))
    before = _clause_before(text, start)
    words = [w.lower() for w in _TOKEN.findall(before)]
    if language == "ru":
        # "сказал лисе", "лисе сказал": a verb of saying beside the noun, the noun in another case
        if _nominative(text[start:end]):
            return False
        near = [*words[-2:], *[w.lower() for w in _TOKEN.findall(after)][:1]]
        return any(_saying(w, language) for w in near)
    to = _TO.get(language)
    if to is None:
        return False
    # the verb of saying, then up to three words ("dijo el león"), then the article of whom it goes to
    adjective = r"(?:\s+[^\W\d_][\w'’-]*)?"
    told = re.compile(r"(\S+)(?:\s+\S+){0,3}?\s+" + to + adjective + r"\s*$", re.I)
    asking, article = _ASKING.get(language, (frozenset(), ""))
    asked = re.compile(r"(\S+)\s+" + article + adjective + r"\s*$", re.I) if asking else None
    for found in re.finditer(r"\S+", before):
        tail = before[found.start() :]
        verb = found.group(0).strip(".,;:!?\"'“”«»").lower()
        if told.match(tail) and _saying(verb, language):
            return True
        # "the lion asked the fox", not '"Where to?" asked the fox' (the verb first: its subject follows)
        opened = bool(before[: found.start()].strip())
        if asked is not None and opened and asked.match(tail) and lemma_of(verb, language) in asking:
            return True
    return False


def _one(text: str, mention: Mention, language: str) -> bool:
    """Whether a mention names one being, not a herd: "the foxes", "les moutons", "die Füchse", "狐たち"
    are many; an English noun whose plural is as written needs a word that says one."""
    head = text[mention.start : mention.end].lower()
    before = _clause_before(text, mention.start)
    words = [w.lower() for w in _TOKEN.findall(before)]
    determiner, _ = _determiner(words, language)
    if language == "ja":
        return not text[mention.end :].startswith(_JA_MANY)
    if language == "zh":
        return not text[mention.end :].startswith("们") and not before.endswith("群")
    if words and words[-1] in _MANY.get(language, "").split():
        return False
    if determiner and determiner in _MANY.get(language, "").split():
        return False
    lemma = lemma_of(head, language)
    if language == "en":
        if head in _AS_WRITTEN_PLURAL:
            return bool(_ONE_EN.search(before) or _ONE_AFTER_EN.match(text[mention.end : mention.end + 12]))
        return lemma == head or not head.endswith("s")
    if language == "de":
        return lemma == head or determiner not in ("die", "")
    if language in ("fr", "es", "pt"):
        return lemma == head or not head.endswith(("s", "x"))
    return True


def _determiner(words: list[str], language: str) -> tuple[str, int]:
    """The determiner of the noun phrase whose words before the noun are `words` (an adjective may come
    between), and where it stands; ("", len(words)) for none."""
    determiners = set(DETERMINERS.get(language, "").split())
    for at in range(len(words) - 1, max(-1, len(words) - 4), -1):
        word = words[at]
        if word in determiners or word.rstrip("'’") + "'" in determiners:
            return word, at
        if _acting_word(word, language) is not None:
            break
    return "", len(words)


def _someone(word: str, language: str) -> bool:
    """A word that names a subject of its own: a pronoun, or an article of the subject's case."""
    if word in words_of(language).pronouns:
        return True
    return word in _DE_SUBJECT if language == "de" else word in animal_words(language)


def _clause_before(text: str, at: int) -> str:
    before = text[max(0, at - 120) : at]
    return _CLAUSE_END.split(before)[-1]


def _clause_after(text: str, at: int) -> str:
    return _CLAUSE_END.split(text[at : at + 160])[0]


def _nominative(head: str) -> bool:
    """A Russian animal word as the dictionary writes it: the subject's case ("лиса", not "лисе")."""
    low = head.lower().replace("ё", "е")
    return low in {w.replace("ё", "е") for w in animal_words("ru")} or lemma_of(low, "ru") == low


@lru_cache(maxsize=32)
def _classes(language: str) -> dict[str, str]:
    """Each verb or feeling word the staging reads -> its class ("ran": run, "afraid": fear)."""
    table = words_of(language)
    out = {w: cls for cls, entries in table.expressions.items() for w in entries}
    out.update({w: cls for cls, entries in table.verbs.items() for w in entries})
    out.update({w: "say" for w in SPEECH_VERBS.get(language, "").split()})
    return out


def _acting_word(word: str, language: str) -> str | None:
    """The class of a verb or feeling word, as written or by its lemma (with its elided pronoun: "s'enfuit")."""
    classes = _classes(language)
    low = word.lower().replace("’", "'")
    for form in (low, low.split("'")[-1]):
        if form in classes:
            return classes[form]
        lemma = lemma_of(form, language)
        if lemma in classes:
            return classes[lemma]
    return None


def _saying(word: str, language: str) -> bool:
    return _acting_word(word, language) == "say" or word.lower() in SPEECH_VERBS.get(language, "").split()


def _verb_follows(after: str, language: str) -> bool:
    """Whether the clause after a noun goes on with a verb of its own within four words; a verb of being
    before a verb of doing to makes it a passive ("was roasted"), and another noun phrase ends the search."""
    stops = {*DETERMINERS.get(language, "").split(), *_JOINING.get(language, "").split()}
    stops |= set(_PREPOSITIONS.get(language, "").split())
    skip = set(_RELATIVE.get(language, "").split())
    being = set(_BEING.get(language, "").split())
    joining = set(_JOINING.get(language, "").split())
    passive = False
    passed: list[str] = []
    for word in [w.lower() for w in _TOKEN.findall(after)][:5]:
        if word in skip:
            continue
        if word in joining and len(passed) == 1 and _past_verb(passed[0], language):
            continue  # "the hare stopped and looked": a verb the reading does not know, then one it does
        passed.append(word)
        if word in being:
            passive = True
            continue
        cls = _acting_word(word, language)
        if cls is not None:
            # "was roasted" is done to it; "was sleeping", "est parti" it does
            return not (passive and cls in _DONE_TO and not (language == "en" and word.endswith("ing")))
        if word in stops:
            # "lo stagnaio alzò gli occhi": a past form the reading does not know, then its object
            return (
                language in ("fr", "es", "it", "pt")
                and len(passed) == 2
                and _past_verb(passed[0], language)
                and lemma_of(passed[0], language) != passed[0]
            )
    return False


# endings of a past verb that the staging words do not know ("stopped", "s'arrêta", "blieb stehen" aside)
_PAST = {
    "en": ("ed",),
    "fr": ("a", "it", "ut", "èrent", "ait"),
    "es": ("ó", "ió", "aba", "ía"),
    "it": ("ò", "ì", "è", "ava", "eva"),
    "pt": ("ou", "eu", "iu", "ava", "ia"),
    "de": ("te",),
    "ru": ("л", "ла", "ло", "ли", "лся", "лась"),
}


def deed_before(text: str, language: str) -> bool:
    """Whether the words before a clause's verb of saying hold a verb of doing ("The goose looked at him
    and laughed"): narration going on after a quote, not the quote's attribution ("laughed the goose")."""
    verbs = words_of(language).verbs
    deeds = {w for entries in verbs.values() for w in entries}
    for word in _TOKEN.findall(text):
        low = word.lower()
        if low in deeds or lemma_of(low, language) in deeds:
            return True
    return False


def _past_verb(word: str, language: str) -> bool:
    return len(word) > 3 and word.endswith(_PAST.get(language, ()))


def _acts_hindi(text: str, mention: Mention) -> bool:
    words = _clause_after(text, mention.end).split()
    if words and words[0] in _HI_POSTPOSITIONS:
        return False
    verbs = verb_words("hi")
    for word in words:
        if word == "और":
            return False
        if word in verbs or any(len(v) >= 2 and " " not in v and word.startswith(v) for v in verbs):
            return True
    clause = " ".join(words)
    return any(" " in v and v in clause for v in verbs)


def _japanese_clause(text: str, at: int) -> list[tuple[int, int, str, str]]:
    end = re.search(r"[。！？!?「」『』\n]", text[at:])
    stop = at + (end.start() if end else len(text) - at)
    return list(japanese_words(text[at:stop]))


def _acts_japanese(text: str, mention: Mention) -> bool:
    words = _japanese_clause(text, mention.end)
    while words and words[0][2] in ("さん", "くん", "君", "ちゃん", "様"):
        words = words[1:]
    if not words or words[0][2] not in _JA_SUBJECT:
        return False
    for i, (_, _, surface, lemma) in enumerate(words[1:], start=1):
        if _acting_word(lemma, "ja") is not None or _acting_word(surface, "ja") is not None:
            following = words[i + 1][3] if i + 1 < len(words) else ""
            return following not in _JA_PASSIVE
    return False


def _spoken_to_japanese(text: str, end: int) -> bool:
    words = _japanese_clause(text, end)
    while words and words[0][2] in ("さん", "くん", "君", "ちゃん", "様"):
        words = words[1:]
    if not words or words[0][2] not in _JA_TO:
        return False
    return any(_saying(lemma, "ja") and lemma not in ("思う",) for _, _, _, lemma in words[1:5])


def _acts_chinese(text: str, mention: Mention) -> bool:
    before = _clause_before(text, mention.start)
    before = _ZH_COUNTED.sub("", before) if not before.endswith("群") else before
    if before and (before[-1] in _ZH_NOT_SUBJECT or before[-1] not in _ZH_OPENING):
        return False
    after = _clause_after(text, mention.end)
    if after.startswith(("的", "被", "们")):
        return False
    verbs = verb_words("zh")
    return any(v in after for v in verbs)
