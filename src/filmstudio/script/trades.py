"""Groups of people named by a trade the lexicon does not hold: a quantifier and a plural noun made as
trades are ("some miners", "a few weavers", "quelques lavandières", "unos mineros", "alcuni minatori",
"alguns mineiros", "einige Wäscherinnen", "mehrere Bergleute"), who then act. groups.py casts a group
whose noun the lexicon knows as a person's ("sailors", "pescadores"); a trade is an open class, so its
noun is known here by how the languages make the word for one who does a work: an agent's ending on the
dictionary form (-er, -or, -ist; -eur, -ier, -euse; -ero, -dor; -aio, -tore; -eiro; German -er, -erin,
-leute). The quantifier is what makes the plural a group of people there (an article alone brings in any
plural: "the numbers", "les papiers"), and a word the lexicons name as a thing, a place, an animal or a
time ("some flowers", "quelques paniers", "alcuni bicchieri") is that, not a trade.

And the words of quantity that end in "of" ("a handful of porters", "un par de pastores", "une poignée de
marins", "un paio di pescatori", "um punhado de soldados"): their "of" brings in the group itself, not a
complement after a preposition."""

from __future__ import annotations

import re
from functools import lru_cache

from filmstudio.script.lemmas import fold_yo, lemma_of

LANGUAGES = frozenset({"en", "fr", "es", "it", "pt", "de"})
# the quantifiers proper (no article, no possessive): words that count a plural noun
_QUANTIFIERS = {
    "en": "some many several few both all",
    "fr": "quelques plusieurs certains certaines maints",
    "es": "unos unas algunos algunas muchos muchas varios varias",
    "it": "alcuni alcune molti molte parecchi parecchie diversi diverse",
    "pt": "uns umas alguns algumas muitos muitas vários várias",
    "de": "einige einigen viele vielen mehrere manche",
}
# an agent's endings on the dictionary form (the singular), and those of a woman's trade
_AGENT = {
    "en": ("er", "or", "ist", "ian", "smith", "wright", "man"),
    "fr": ("eur", "ier", "ière", "euse", "trice", "ien", "ienne", "iste", "eron"),
    "es": ("ero", "era", "dor", "dora", "tor", "tora", "ista"),
    "it": ("aio", "aia", "tore", "trice", "iere", "iera", "ista"),
    "pt": ("eiro", "eira", "dor", "dora", "tor", "tora", "ista"),
    "de": ("er", "erin", "mann", "leute"),
}
_FEMALE = {
    "fr": ("ière", "euse", "trice", "ienne"),
    "es": ("era", "dora", "tora"),
    "it": ("aia", "trice", "iera"),
    "pt": ("eira", "dora", "tora"),
    "de": ("erin",),
}
# words in -er that say who but are no trade, nor anyone of the story's: "some others laughed"
_NOT_TRADES = {"en": frozenset({"other", "others", "number", "member"}), "de": frozenset({"ander", "andere"})}
# words of quantity whose "of" brings in the group: "a couple of", "un par de", "une poignée de"
_QUANTITY_OF = {
    "en": r"a\s+(?:couple|handful|number|group|band|crowd|dozen)\s+of",
    "fr": r"une\s+(?:poignée|dizaine|douzaine|bande|foule)\s+d(?:e\s+|['’])",
    "es": r"un\s+(?:par|puñado|grupo|montón)\s+de|una\s+(?:docena|decena)\s+de",
    "it": r"un\s+(?:paio|gruppo|pugno)\s+di|una\s+(?:manciata|decina|dozzina)\s+di",
    "pt": r"um\s+(?:par|punhado|grupo|bando)\s+de|uma\s+(?:dúzia|dezena)\s+de",
}


def quantity_before(text: str, start: int, language: str) -> int | None:
    """Where a word of quantity ending in "of" begins, right before the noun at `start` ("a handful of
    porters"), or None."""
    pattern = _QUANTITY_OF.get(language)
    if pattern is None:
        return None
    m = re.search(rf"(?<!\w)(?:{pattern})\s*$", text[max(0, start - 30) : start], re.IGNORECASE)
    return None if m is None else max(0, start - 30) + m.start()


def counted(before: list[str], language: str, numbers: frozenset[str]) -> bool:
    """Whether a quantifier or a number stands before the noun (its phrase's words, nearest first)."""
    several = set(_QUANTIFIERS.get(language, "").split()) | numbers
    return any(w.isdigit() or w in several for w in before)


def trade_noun(word: str, language: str) -> tuple[str, str, str, str, str, None] | None:
    """(lemma, "person", crowd, gender, age, None) for a plural noun of a trade, groups.py's reading of a
    noun; None where the word is no such plural."""
    if language not in LANGUAGES or (language == "de") != word[:1].isupper():
        return None  # German nouns are capitalised; elsewhere a capital is a name's ("some Carters")
    low = fold_yo(word.lower())
    lemma = lemma_of(word if language == "de" else low, language)
    plural = low.endswith(("s", "x")) if language in ("en", "fr", "es", "pt") else True
    if language == "en" and low.endswith("men"):
        plural, lemma = True, low[:-3] + "man"
    if language == "it":
        plural = lemma != low
    if not plural or len(lemma) < 5 or lemma in _NOT_TRADES.get(language, ()) or low in _NOT_TRADES.get(language, ()):
        return None
    if not lemma.endswith(_AGENT[language]) or not _a_trade(lemma, language) or _named_otherwise(lemma, low, language):
        return None
    female = lemma.endswith(_FEMALE.get(language, ()))
    gender = "female" if female else "male" if lemma.endswith(("mann", "leute", "man")) else ""
    crowd = {"female": "women", "male": "men"}.get(gender, "people")
    return lemma, "person", crowd, gender, "", None


@lru_cache(maxsize=4096)
def _a_trade(lemma: str, language: str) -> bool:
    """Whether a word with an agent's ending is made as one who does a work is, by what the dictionary
    holds beside it. Romance trades have a man's and a woman's form, each the other's dictionary form
    ("minera" is a form of "minero", "boulangère" of "boulanger"), where a thing's word in -ero or -eur
    has none ("sombrera", "couleuse") or a verb's ("colora" is "colorar"). An English agent in -er or -or
    is a verb with the ending ("miner": mine, "weaver": weave), the verb four letters at least. German's
    -erin is a woman's trade, -leute and -mann people; its -er is too often a thing's ("Messer", "Fenster")."""
    if language == "de":
        return lemma.endswith(("erin", "leute", "mann"))
    if language == "en":
        if not lemma.endswith(("er", "or")):
            return True  # -ist, -ian, -smith, -wright, -man
        stem = lemma[:-2]
        return any(len(verb) >= 4 and _known(verb, language) for verb in (stem, stem + "e"))
    if lemma.endswith(_FEMALE.get(language, ())):
        masculine = [lemma[: -len(f)] + m for m, f in _GENDER_PAIRS.get(language, ()) if lemma.endswith(f)]
        return any(_known(m, language) and lemma_of(m, language) == m for m in masculine)
    feminine = [lemma[: -len(m)] + f for m, f in _GENDER_PAIRS.get(language, ()) if lemma.endswith(m)]
    return any(_known(f, language) and lemma_of(f, language) == lemma for f in feminine)


# a trade's man's and woman's endings (persons.py's, with Italian's -aio and the French agent's -eur)
_GENDER_PAIRS = {
    "es": (("ero", "era"), ("dor", "dora"), ("tor", "tora"), ("ista", "ista")),
    "pt": (("eiro", "eira"), ("dor", "dora"), ("tor", "tora"), ("ista", "ista")),
    "it": (("aio", "aia"), ("tore", "trice"), ("iere", "iera"), ("ista", "ista")),
    "fr": (("ier", "ière"), ("eur", "euse"), ("teur", "trice"), ("ien", "ienne"), ("iste", "iste"), ("eron", "eronne")),
}


def _known(word: str, language: str) -> bool:
    import simplemma

    return bool(word) and bool(simplemma.is_known(word, lang=language))


@lru_cache(maxsize=4096)
def _named_otherwise(lemma: str, low: str, language: str) -> bool:
    """Whether a lexicon names the word as a thing, a place, an animal or a time ("flowers", "paniers")."""
    import filmstudio.script.vocabulary as vocabulary
    from filmstudio.script.mentions import _animals

    if lemma in _animals(language) or low in _animals(language):
        return True
    written = [low[:1].upper() + low[1:], lemma[:1].upper() + lemma[1:]] if language == "de" else [low, lemma]
    lexicons = (vocabulary.things(language), vocabulary.places(language), vocabulary.times(language))
    return any(lexicon.find(word) for lexicon in lexicons for word in written)
