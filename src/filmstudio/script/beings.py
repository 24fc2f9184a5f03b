"""The words that name beings before any mention is read: the articles and possessives that open a noun
phrase, and each word naming an animal the painter draws (mentions.py finds beings with them; acting.py
tells a subject by them)."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.lemmas import fold_yo, japanese_words
from filmstudio.script.lexicon import cldr_annotations, script_of
from filmstudio.script.persons import animal_names

# articles and possessives that open a noun phrase
DETERMINERS = {
    "en": "the a an this that these those his her their my your our its one some",
    "es": "el la los las un una unos unas su sus mi mis este esta ese esa aquel aquella al del",
    "fr": "le la les l' un une des du au aux son sa ses mon ma mes ce cet cette",
    "de": "der die das den dem des ein eine einen einem einer eines sein seine seinem seinen seiner ihr ihre "
    "ihrem ihren ihrer mein meine dieser diese dieses zum zur",
    "it": "il lo la i gli le l' un uno una un' suo sua suoi sue del della dello dei degli delle al alla "
    "dell' all' nell' dall' sull' dal dallo dalla dai dagli dalle",
    "pt": "o a os as um uma uns umas seu sua seus suas do da dos das ao à pelo pela pelos pelas",
    "ca": "el la els les l' un una seu seva",
    "nl": "de het een zijn haar",
}


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
    for word, key in list(out.items()):  # looked up as written or by a lemma, which writes "ё" as "е"
        out.setdefault(fold_yo(word), key)
    if language == "ja":  # MeCab's lemma of each word: きつね and キツネ are both 狐
        for word, key in list(out.items()):
            for _, _, _, lemma in japanese_words(word)[:1]:
                if len(japanese_words(word)) == 1:
                    out.setdefault(lemma, key)
    return out


_ANIMAL_OF = {
    e.replace("\ufe0f", ""): key for key, (kind, emoji) in vocabulary.THINGS.items() if kind == "animal" for e in emoji
}

# words of kinship: a family's names for each other
KIN = {
    "en": "mother father mom mum dad son daughter brother sister wife husband grandmother grandfather granny "
    "grandma grandpa uncle aunt baby cousin",
    "es": "madre padre mamá papá hijo hija hermano hermana esposa esposo abuela abuelo tío tía",
    "fr": "mère père maman papa fils fille frère sœur femme mari grand-mère grand-père oncle tante",
    "de": "mutter vater mama papa sohn tochter bruder schwester frau mann großmutter großvater onkel tante",
    "it": "madre padre mamma papà figlio figlia fratello sorella moglie marito nonna nonno zio zia",
    "pt": "mãe pai mamãe papai filho filha irmão irmã esposa marido avó avô tio tia",
    "ru": "мать мама отец папа сын дочь брат сестра жена муж бабушка дедушка",
}
