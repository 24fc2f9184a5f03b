"""Mentions of characters that a story names by what they are: "the Baker", "a little girl", "the old
man", "la panadera", "der Junge", "おばあさん", "माँ", and the animals that act ("the Fox", "a crow").

Words are matched through their lemma (simplemma's dictionaries for the languages it knows, MeCab's
for Japanese), so "the boys", "die Kinder" and "los niños" are found as their singular is. A mention
keeps the words that qualify it: an age ("the old man"), or capitalised words in a language that
capitalises names only ("the Town Mouse" and "the Country Mouse" are two). A mention becomes a
character when the story lets it act: it speaks, it is personified (a capital inside a sentence), or
it comes back."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.lexicon import cldr_annotations, script_of
from filmstudio.script.persons import animal_names, describing_words, person_words
from filmstudio.script.roles import HONORIFICS, PRONOUNS

# articles and possessives that open a noun phrase
DETERMINERS = {
    "en": "the a an this that these those his her their my your our its one some",
    "es": "el la los las un una unos unas su sus mi mis este esta ese esa aquel aquella al del",
    "fr": "le la les l' un une des du au aux son sa ses mon ma mes ce cet cette",
    "de": "der die das den dem des ein eine einen einem einer eines sein seine seinem seinen seiner ihr ihre "
    "ihrem ihren ihrer mein meine dieser diese dieses",
    "it": "il lo la i gli le l' un uno una un' suo sua suoi sue del della dello dei degli delle al alla",
    "pt": "o a os as um uma uns umas seu sua seus suas do da dos das ao à",
    "ca": "el la els les l' un una seu seva",
    "nl": "de het een zijn haar",
}
_LATIN_TOKEN = re.compile(r"[^\W\d_][\w-]*(?:'(?!s\b)[\w-]+)*", re.UNICODE)  # "baker's" is "baker"
# a line break inside a paragraph is the printer's (hard-wrapped text), not a new sentence
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s*|[\"“”„«»‘’—–\-(]\s*|\n\s*\n)\s*$")


@dataclass
class Mention:
    start: int
    end: int
    name: str  # as the story names it, without its determiner: "old man", "Field Mouse", "おばあさん"
    key: str  # who it is, for counting: the head's lemma with its distinguishing (capitalised) words
    kind: str  # person | animal
    animal: str | None = None  # the drawable animal it is
    gender: str = ""
    age: str = ""
    plural: bool = False
    personified: bool = False  # capitalised inside a sentence, as fables do ("the Fox")
    determined: bool = False
    possessed: bool = False  # "her dog", "su perro": someone's


@dataclass
class MentionedCharacter:
    name: str
    kind: str
    animal: str | None
    gender: str
    age: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def personified(self) -> bool:
        return any(m.personified for m in self.mentions)


@lru_cache(maxsize=64)
def animal_words(language: str) -> dict[str, str]:
    """Each word naming an animal the painter draws -> its key."""
    out: dict[str, str] = {}
    for name, keys in vocabulary.things(language).names().items():
        animal = next((k for k in sorted(keys) if vocabulary.THINGS[k][0] == "animal"), None)
        if animal is not None:
            out[name] = animal
    # every CLDR keyword that belongs to one animal's symbols alone ("キツネ", "狐" for 🦊)
    notes = cldr_annotations(language)
    owners: dict[str, set[str]] = defaultdict(set)
    named: dict[str, str] = {}  # the start of an animal symbol's name ("キツネ" of "キツネの顔")
    in_name: set[str] = set()  # a keyword its symbol's name holds, perhaps declined ("лиса" in "морда лисы")
    for cp, note in notes.items():
        key = _ANIMAL_OF.get(cp)
        for word in (note.name, *note.keywords):
            low = word.lower()
            owners[low].add(key or "")
            if key and note.name.lower().startswith(low):
                named[low] = key
            if key and (low in note.name.lower() or len(low) >= 4 and low[:-1] in note.name.lower()):
                in_name.add(low)
    shortest = 1 if script_of(language) in ("han", "kana") else 3
    for word, keys in owners.items():
        animals = keys - {""}
        # the animal's own name, not what its symbol suggests ("хвост", the peacock's tail)
        alone = len(animals) == 1 and (word in named or len(keys) == 1 and word in in_name)
        if alone and word not in out and len(word) >= shortest:
            out[word] = next(iter(animals))
    # animals CLDR does not name by themselves, or names oddly (Hindi's शेर is its tiger): ours win
    out.update(animal_names(language))
    if language == "ja":  # MeCab's lemma of each word: きつね and キツネ are both 狐
        for word, key in list(out.items()):
            for _, _, _, lemma in _japanese_tokens(word)[:1]:
                if len(_japanese_tokens(word)) == 1:
                    out.setdefault(lemma, key)
    return out


_ANIMAL_OF = {
    e.replace("\ufe0f", ""): key for key, (kind, emoji) in vocabulary.THINGS.items() if kind == "animal" for e in emoji
}


@lru_cache(maxsize=64)
def _people(language: str) -> dict[str, tuple[str, str]]:
    """Person words, less those that name a drawable thing too ("plane", "turban")."""
    things = vocabulary.things(language).names()
    return {w: t for w, t in person_words(language).items() if w not in things}


def find_mentions(text: str, language: str) -> list[Mention]:
    script = script_of(language)
    if script in ("han", "kana"):
        return _spaceless_mentions(text, language)
    return _spaced_mentions(text, language)


def _spaced_mentions(text: str, language: str) -> list[Mention]:
    people, animals = _people(language), animal_words(language)
    describing = describing_words(language)
    determiners = set(DETERMINERS.get(language, "").split())
    capitalises_nouns = language == "de"
    cased = script_of(language) in ("latin", "cyrillic", "greek")
    tokens = [(m.start(), m.end(), m.group(0)) for m in _LATIN_TOKEN.finditer(text)]
    if script_of(language) not in ("latin", "cyrillic", "greek"):
        tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w\u0900-\u0DFF]+", text)]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        after_article = i > 0 and tokens[i - 1][2].lower() in determiners
        found = _head_at(tokens, i, language, people, animals, after_article)
        if found is None:
            i += 1
            continue
        width, word, kind, traits, animal = found
        start, end = tokens[i][0], tokens[i + width - 1][1]
        head_text = text[start:end]
        initial = bool(_SENTENCE_START.search(text[max(0, start - 3) : start])) or start == 0
        capital = cased and head_text[:1].isupper() and not head_text.isupper()
        personified = capital and not initial and not capitalises_nouns
        # the words before it that qualify it: an age, or capitalised words of a name ("Field Mouse")
        qualifiers: list[str] = []
        age = traits[1]
        j = i - 1
        while j >= 0 and i - j <= 3:
            before = tokens[j][2]
            low = before.lower()
            if text[tokens[j][1] : tokens[j + 1][0]].strip():  # punctuation between: not one phrase
                break
            if low in describing:
                qualifiers.insert(0, low)
                age = describing[low][1] or age  # "ein alter Fischer": the stated age beats the noun's
            elif (
                personified
                and before[:1].isupper()
                and low not in determiners
                and not _SENTENCE_START.search(text[max(0, tokens[j][0] - 3) : tokens[j][0]])
            ):
                qualifiers.insert(0, before)
            else:
                break
            j -= 1
        determiner = tokens[j][2].lower() if j >= 0 and tokens[j][2].lower() in determiners else ""
        if not determiner and j >= 0 and capitalises_nouns:
            determiner = _article_before_adjectives(text, tokens, j, determiners)
        determined = bool(determiner)
        if capitalises_nouns and not head_text[:1].isupper():
            i += width
            continue  # German nouns are capitalised: "junge" is young, not a boy
        following = tokens[i + width] if i + width < len(tokens) else None
        gap = text[end : following[0]].strip() if following else ""
        # "Mrs. Rabbit", "Lady Bracknell": a title before a name; "the fisherman. He ..." ends a sentence
        titled = (
            following
            and cased
            and following[2][:1].isupper()
            and (not gap or gap == "." and head_text.lower() in HONORIFICS)
        )
        if titled and following is not None and (not capitalises_nouns or head_text.lower() in HONORIFICS):
            named = following[2]
            animal_named = animals.get(named.lower()) or animals.get(lemma_of(named.lower(), language))
            if animal_named and head_text.lower() in _TITLE_GENDER:  # "Mrs. Rabbit", "Mr. Fox": that animal
                name = " ".join(text[start : following[1]].split())  # as written: "Mrs. Rabbit"
                out.append(
                    Mention(
                        start,
                        following[1],
                        name,
                        name.lower(),
                        "animal",
                        animal_named,
                        _TITLE_GENDER[head_text.lower()],
                        "",
                        personified=True,
                        determined=True,
                    )
                )
            i += width + 1
            continue  # a title before a name ("Mrs. Rabbit", "Lady Bracknell", "maestro Ciliegia")
        if determiners and not (determined or personified):
            i += width
            continue  # "be of good cheer": a common noun that names a being comes with its article
        lemma = lemma_of(word.lower(), language)
        plural = lemma != word.lower() and kind == "person" and word.lower() not in people
        distinguishing = [q for q in qualifiers if q[:1].isupper()]
        key = " ".join([*(q.lower() for q in distinguishing), lemma])
        name = " ".join([*qualifiers, head_text]) if qualifiers else head_text
        # a person's article is grammar, not who they are ("un enfant"): only an animal takes its gender
        # from it, as fables do; a person only from a feminine ending ("la panadera")
        gender = traits[0] or grammatical_gender(word.lower(), lemma, determiner if kind == "animal" else "", language)
        if language == "de" and re.search(r"(?:lein|chen)$", word.lower()):
            gender, age = gender or "neutral", age or "child"  # "das Geislein": a little one
        possessed = determiner in _POSSESSIVES
        out.append(
            Mention(start, end, name, key, kind, animal, gender, age, plural, personified, determined, possessed)
        )
        i += width
    return out


def _article_before_adjectives(text: str, tokens: list[tuple[int, int, str]], j: int, determiners: set[str]) -> str:
    """The article of "ein armer alter Fischer": where every noun is capitalised, words in lower case between
    an article and its noun (no punctuation between them) describe it; at most two."""
    for k in range(j, max(-1, j - 3), -1):
        word = tokens[k][2]
        if word.lower() in determiners:
            return word.lower() if k < j else ""
        if not word.islower() or text[tokens[k][1] : tokens[k + 1][0]].strip():
            return ""
    return ""


def _tamil_acting(text: str, mentions: list[Mention]) -> int:
    """Sentences in which a Tamil animal, named as the subject is (its bare form), is followed by a verb
    of the neuter singular, as a being's deeds are told ("குரங்கு ... ஏறியது", "முதலை ... வந்தது")."""
    acting = set()
    for m in mentions:
        end = re.search(r"[.!?।]", text[m.end :])
        sentence = text[m.end : m.end + (end.start() if end else len(text))]
        verbs = re.findall(r"[\u0B80-\u0BFF]+", sentence)
        if verbs and verbs[-1].endswith("து") and verbs[-1] != "அது":
            acting.add(m.start if not end else m.end + end.start())
    return len(acting)


# titles that say who bears them: a titled animal ("Mrs. Rabbit") is a she or a he
_TITLE_GENDER = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "sir": "male",
    "madam": "female",
}

_POSSESSIVES = set(
    [
        "his",
        "her",
        "their",
        "my",
        "your",
        "our",
        "its",
        "su",
        "sus",
        "mi",
        "mis",
        "son",
        "sa",
        "ses",
        "mon",
        "ma",
        "mes",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "mein",
        "meine",
        "suo",
        "sua",
        "suoi",
        "sue",
        "seu",
        "seus",
        "suas",
    ]
)
# articles and possessives that tell a noun's grammatical gender (a fable's "la cigale", "le loup")
_FEMININE = {
    "la",
    "una",
    "une",
    "eine",
    "einer",
    "die",
    "ihre",
    "seine",
    "sa",
    "ma",
    "cette",
    "esta",
    "esa",
    "aquella",
    "a",
    "uma",
    "sua",
    "minha",
    "della",
    "alla",
}
_MASCULINE = {
    "el",
    "un",
    "le",
    "il",
    "lo",
    "der",
    "ein",
    "einen",
    "dem",
    "den",
    "o",
    "um",
    "son",
    "mon",
    "ce",
    "cet",
    "este",
    "ese",
    "aquel",
    "del",
    "al",
    "do",
    "ao",
    "du",
    "au",
    "seu",
    "meu",
    "suo",
}
_NEUTER = {"das"}
_GENDERED = {"es", "fr", "de", "it", "pt", "ca"}  # languages whose articles tell a noun's gender


def grammatical_gender(word: str, lemma: str, determiner: str, language: str) -> str:
    """The gender a noun's article or ending gives it, where the language marks one: what a story
    calls its fox or crow by ("la zorra", "der Wolf", "лиса")."""
    if language in ("es", "it", "pt") and word.endswith("a") and lemma.endswith("o"):
        return "female"  # "la lechera", "la panadera": the feminine of a masculine noun
    if language == "ru":
        return "female" if word.endswith(("а", "я")) else "male"
    # English articles mark no gender ("a" is Portuguese's feminine article, not English's)
    if language not in _GENDERED or not determiner or word != lemma and determiner in ("die", "les", "las"):
        return ""
    if determiner in _FEMININE:
        return "female"
    if determiner in _MASCULINE:
        return "male"
    return "neutral" if determiner in _NEUTER else ""


def _head_at(
    tokens: list[tuple[int, int, str]],
    i: int,
    language: str,
    people: dict[str, tuple[str, str]],
    animals: dict[str, str],
    determined: bool = True,
) -> tuple[int, str, str, tuple[str, str], str | None] | None:
    """A person or animal word starting at token i: (tokens it spans, its words, kind, traits, animal)."""
    for width in (3, 2, 1):
        if i + width > len(tokens):
            continue
        written = " ".join(t[2] for t in tokens[i : i + width])
        words = written.lower()
        candidates = [words]
        # a capitalised word without an article before it is read as written, not through its lemma, in a
        # language that has articles: a name's "lemma" is another word ("Maria" is not "mare")
        if width == 1 and not (written[:1].isupper() and language in DETERMINERS and not determined):
            candidates.append(lemma_of(words, language))
        for word in candidates:
            if word in people and word not in describing_words(language):
                return width, words, "person", people[word], None
            if word in animals:
                return width, words, "animal", ("", ""), animals[word]
    compound = _compound_head(tokens[i][2], language, people)
    if compound is not None:
        whole, head = compound
        return 1, whole, "person", people[head], None
    return None


def _compound_head(word: str, language: str, people: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """A German compound is what its last noun is: der Großwesir is a vizier, der Erlkönig a king (and
    "Erlkönigs" the same king's). Returns (the compound with its head's lemma, the head)."""
    if language != "de" or not word[:1].isupper():
        return None
    low = word.lower()
    for cut in range(1, len(low) - 3):
        tail = low[cut:]
        for head in (tail, lemma_of(tail, language)):
            if head in people and head not in describing_words(language) and head not in PRONOUNS:
                return low[:cut] + head, head
    return None


def _spaceless_mentions(text: str, language: str) -> list[Mention]:
    """Chinese and Japanese: person words as written; animals by their word or, in Japanese, by the
    lemma MeCab gives it (きつね is 狐)."""
    people, animals = _people(language), animal_words(language)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for word in sorted(people, key=len, reverse=True):
        if len(word) < 2:
            continue
        for m in re.finditer(re.escape(word), text):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                g, a = people[word]
                out.append(Mention(m.start(), m.end(), word, word, "person", None, g, a))
    if language == "ja":
        for start, end, surface, lemma in _japanese_tokens(text):
            for word in (surface, lemma):
                if word in animals and free(start, end):
                    taken.append((start, end))
                    out.append(Mention(start, end, surface, animals[word], "animal", animals[word]))
                    break
    else:
        for word in sorted(animals, key=len, reverse=True):
            for m in re.finditer(re.escape(word), text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    out.append(Mention(m.start(), m.end(), word, animals[word], "animal", animals[word]))
    return sorted(out, key=lambda m: m.start)


def _japanese_tokens(text: str) -> list[tuple[int, int, str, str]]:
    from filmstudio.script.lemmas import japanese_words

    return japanese_words(text)


# the words a tale introduces its people with ("Once upon a time there lived an old woman"): whoever
# they bring in is in the story, even when the story goes on with "she"
_INTRODUCING = {
    "en": r"\b(?:there\s+(?:once\s+)?(?:was|were)|once\s+upon\s+a\s+time|lived|dwelt)\b",
    "de": r"\b(?:es\s+war\s+einmal|wohnte|lebte)\b",
    "es": r"\b(?:(?:había|érase|era)\s+una\s+vez|había|vivía)\b",
    "fr": r"\b(?:il\s+était\s+une\s+fois|il\s+y\s+avait|vivait)\b",
    "it": r"\b(?:c'era\s+una\s+volta|c'era|viveva)\b",
    "pt": r"\b(?:era\s+uma\s+vez|havia|vivia)\b",
    "ru": r"(?<!\w)(?:жил[аи]?-был[аи]?|жил[аи]?)(?!\w)",
}


def _introduced(text: str, mention: Mention, language: str) -> bool:
    """Whether the words just before a mention, in its sentence, introduce it."""
    pattern = _INTRODUCING.get(language)
    if pattern is None:
        return False
    before = re.split(r"[.!?;:\n]", text[max(0, mention.start - 80) : mention.start])[-1]
    found = re.search(pattern, before, re.I)
    return found is not None and len(before[found.end() :].split()) <= 6


def characters_mentioned(
    text: str, language: str, *, speakers: AbstractSet[str] = frozenset()
) -> list[MentionedCharacter]:
    """The beings the story names by what they are and lets act: they speak (`speakers`, keys), are
    personified, or come back (a person, twice)."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for mention in find_mentions(text, language):
        by_key[mention.key].append(mention)
    out = []
    for key, mentions in by_key.items():
        first = mentions[0]
        kind = first.kind
        acts = (
            key in speakers
            or any(m.personified for m in mentions)
            or (kind == "person" and len(mentions) >= 2)
            # an animal the story keeps coming back to ("the lion") acts; one someone has ("her dog") is a
            # thing in the picture
            or (
                kind == "animal"
                and language in DETERMINERS
                and len(mentions) >= 3
                and not any(m.possessed for m in mentions)
            )
            or (kind == "animal" and language == "ta" and _tamil_acting(text, mentions) >= 2)
            or any(_introduced(text, m, language) for m in mentions if not m.plural and not m.possessed)
        )
        if not acts:
            continue
        # the being's name as its word is written alone ("Ворона"), not in a case it was first met in
        named = max(mentions, key=lambda m: (len(m.name.split()), m.name.lower() == m.key, -m.start)).name
        gender = next((m.gender for m in mentions if m.gender), "")
        age = next((m.age for m in mentions if m.age), "")
        out.append(MentionedCharacter(named, kind, first.animal, gender, age, mentions))
    return sorted(out, key=lambda c: c.mentions[0].start)
