"""Case forms of a thing's name that the stemmers leave apart from it, and verb forms they join to it.

- Hindi: a masculine noun in -ā takes -e in its oblique and plural cases and -oṃ in its oblique plural
  (कुआँ: कुएँ, कुओं; कौआ: कौए, कौओं; घोड़ा: घोड़े, घोड़ों). Snowball's Hindi stemmer cuts -आँ but not -एँ, so
  "कुएँ से" (from the well) never meets कुआँ: the direct form is rebuilt here and looked up.
- Tamil: a noun in -இ takes its cases after a glide, -யின், -யை, -யால் (கத்தியின், by the knife's); the same
  letters with -ன after the -இ and no glide are a verb's past (கத்தின, they cried out): no knife.
- Telugu: a noun's endings are its plural and its cases (-లు, -లో, -తో, -ని, -కి, -పై, -గా, -యొక్క ...) and the
  vowels of emphasis; a longer word that merely begins with a noun is another word (కత్తిరించాడు, he cut: no
  knife, కత్తి)."""

from __future__ import annotations

# oblique and plural endings of a Hindi noun -> the direct endings it has in the dictionary, longest first
_HINDI_OBLIQUE = (
    ("एँ", ("आँ", "आं")),
    ("एं", ("आं", "आँ")),
    ("ओं", ("आँ", "आं", "आ")),
    ("ए", ("आ",)),
    ("ों", ("ा",)),
    ("े", ("ा",)),
)
_LEAST_STEM = 2  # letters left before the ending


def hindi_direct_forms(token: str) -> list[str]:
    """The direct (dictionary) forms a Hindi oblique or plural form may be of: कुएँ -> कुआँ, कुआं."""
    for ending, direct in _HINDI_OBLIQUE:
        if token.endswith(ending) and len(token) - len(ending) >= _LEAST_STEM:
            stem = token[: -len(ending)]
            return [stem + d for d in direct]
    return []


_TA_I = "ி"  # the vowel sign of a final -இ
_TA_PAST = "ன"  # a past verb's -ின (-இன), -ினார், -ினாள், -ினான், -ினர்


def tamil_verb_not_noun(token: str, name: str) -> bool:
    """A Tamil token read as a noun in -இ that is a verb's past: the noun's own forms take -ய- after -இ."""
    return name.endswith(_TA_I) and token.startswith(name) and token[len(name) : len(name) + 1] == _TA_PAST


# the first letters of the Telugu plural, case and particle endings a noun takes (లు, లో, తో, ని/ను, కి/కు, పై, గా,
# యొక్క, వల్ల, దాకా, చేత, మీద), and the vowel signs of its emphatic and vocative forms (కత్తే, బండీ)
_TE_ENDING_STARTS = frozenset("లతనకపగయవదచమ" + "ాిీుూేైొోౌం")


def telugu_ending(rest: str) -> bool:
    """Whether what follows a Telugu noun in a word is one of the noun's endings."""
    return not rest or rest[0] in _TE_ENDING_STARTS
