"""A Hindi noun's own forms: the endings its number and case put on it, by how its dictionary form ends.

Snowball's Hindi stemmer cuts any vowel sign off a word's end, so a name (शेरू, a dog's) and
another word share a stem with a noun (शेर, a lion). A word is
read as a noun only when it is the noun's stem and one of these endings."""

from __future__ import annotations

import unicodedata

# a consonant takes only the plurals (मोर, मोरों; मोरे is Awadhi's "my"), a long ā gives way to e and oṃ (गधा,
# गधे, गधों; कौआ, कौए, कौओं; a feminine -iyā takes the nasal: चिड़ियाँ), a long ī or ū shortens before the
# plural (मुर्गियाँ, सुइयाँ, आलुओं); another vowel takes the plural after it
CONSONANT_ENDINGS = ("", "ों", "ें")
VOWEL_ENDINGS = {
    "ा": ("ा", "े", "ों", "ाओं", "ाँ", "ां", "ाएँ", "ाएं"),
    "आ": ("आ", "ए", "ओं", "एँ"),
    "ी": ("ी", "ियाँ", "ियों", "ियां", "ीं"),
    "ई": ("ई", "इयाँ", "इयों", "इयां", "ईं"),
    "ू": ("ू", "ुओं", "ुएँ", "ूओं"),
    "ऊ": ("ऊ", "उओं"),
    "": ("", "ओं", "एँ", "एं"),
}
# a noun in a nasal ā (कुआँ, धुआँ) takes e and oṃ in its oblique and plural (कुएँ, कुओं)
_NASAL_A = {"आँ": ("आँ", "आं", "एँ", "एं", "ओं", "ए"), "ाँ": ("ाँ", "ां", "ें", "ों", "े")}
CONSONANT_MARKS = "\u093c\u0902\u0901"  # a nukta, an anusvara, a candrabindu end a consonant's sound


def noun_form(token: str, name: str) -> bool:
    """Whether a Hindi token is one of the noun `name`'s forms: its stem and an ending of its number or case."""
    if token == name:
        return True
    for nasal, endings in _NASAL_A.items():
        folded = name.replace("आं", "आँ").replace("ां", "ाँ")
        if folded.endswith(nasal):
            stem = folded[: -len(nasal)]
            return token.startswith(stem) and token[len(stem) :] in endings
    last = name[-1]
    if last not in VOWEL_ENDINGS and (unicodedata.category(last) == "Lo" or last in CONSONANT_MARKS):
        return token.startswith(name) and token[len(name) :] in CONSONANT_ENDINGS
    vowel = last if last in VOWEL_ENDINGS else ""
    stem = name[:-1] if vowel else name
    # a noun in -ā and its feminine in -ī name one thing, the larger and the smaller (घंटा, घंटी: a bell); a
    # short one's pair is as often another word (गला, a throat; गली, a lane)
    if vowel in _PAIRED and len(name) > _LEAST_PAIRED and token == stem + _PAIRED[vowel]:
        return True
    return token.startswith(stem) and token[len(stem) :] in VOWEL_ENDINGS[vowel]


_PAIRED = {"ा": "ी", "ी": "ा"}
_LEAST_PAIRED = 3
