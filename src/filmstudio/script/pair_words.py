"""The words that pick one of a pair or a set out ("the other", "the elder", "el menor"), by the one they pick: read
by the pairs (script/pairs.py) and by the ranks said alone (script/ranks.py)."""

from __future__ import annotations

# the words that pick one of a pair or a set out, by the one they pick (a comparative as its words)
ONES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {  # "the one … the other": "the one" alone is anyone ("the one who"), left out
        "other": ("other",),
        "first": ("first",),
        "second": ("second",),
        "third": ("third",),
        "elder": ("elder", "eldest", "older", "oldest"),
        "younger": ("younger", "youngest"),
    },
    "de": {
        "one": ("eine",),
        "other": ("andere",),
        "first": ("erste",),
        "second": ("zweite",),
        "third": ("dritte",),
        "elder": ("ältere", "älteste"),
        "younger": ("jüngere", "jüngste"),
    },
    "fr": {
        "one": ("un", "une"),
        "other": ("autre",),
        "first": ("premier", "première"),
        "second": ("second", "seconde", "deuxième"),
        "third": ("troisième",),
        "elder": ("aîné", "aînée", "plus âgé", "plus âgée", "plus vieux", "plus vieille"),
        "younger": ("cadet", "cadette", "plus jeune", "plus petit", "plus petite"),
    },
    "es": {
        "other": ("otro", "otra"),
        "first": ("primero", "primera"),
        "second": ("segundo", "segunda"),
        "third": ("tercero", "tercera"),
        "elder": ("mayor", "más viejo", "más vieja"),
        "younger": ("menor", "más joven", "más pequeño", "más pequeña"),
    },
    "it": {
        "other": ("altro", "altra"),
        "first": ("primo", "prima"),
        "second": ("secondo", "seconda"),
        "third": ("terzo", "terza"),
        "elder": ("maggiore", "più vecchio", "più vecchia", "più grande"),
        "younger": ("minore", "più giovane", "più piccolo", "più piccola"),
    },
    "ru": {
        "one": ("один", "одна"),
        "other": ("другой", "другая"),
        "first": ("первый", "первая"),
        "second": ("второй", "вторая"),
        "third": ("третий", "третья"),
        "elder": ("старший", "старшая"),
        "younger": ("младший", "младшая"),
    },
    "zh": {
        "one": ("一个", "一位", "一只"),
        "other": ("另一个", "另外一个", "另一位", "另一只"),
        "first": ("第一个",),
        "second": ("第二个",),
        "third": ("第三个",),
    },
    "pt": {
        "other": ("outro", "outra"),
        "first": ("primeiro", "primeira"),
        "second": ("segundo", "segunda"),
        "third": ("terceiro", "terceira"),
        "elder": ("mais velho", "mais velha"),
        "younger": ("mais novo", "mais nova", "mais moço", "mais moça", "caçula"),
    },
}
