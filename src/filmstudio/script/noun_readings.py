"""Whether a word read as a thing's or a place's name by its letters is that noun, or another word that begins
or ends alike: a verb's form (German "bergen", to salvage: no Berg; Russian "мыл", washed: no soap), another
noun (German "Bauer", a farmer: no Bau), or a longer Tamil word that merely begins with a short noun. The dictionary's reading decides where one exists (simplemma's lemma, which
German capitalises for nouns alone); Tamil's case and number endings where none does."""

from __future__ import annotations

import re
from functools import lru_cache

from filmstudio.script.word_forms import tamil_bases

# a German plural in -er umlauts a stem's a, o, u (Tal: Täler, Dorf: Dörfer, Buch: Bücher): the letters with
# no umlaut are another word (Bauer, a farmer)
_DE_UMLAUTING_PLURALS = ("er", "ern")
_DE_LAST_VOWEL = re.compile(r"([aeiouäöüy])[^aeiouäöüy]*$")


def german_form_of_another(token: str, written: str, name: str) -> bool:
    """A German token that is `name` with an ending, whose dictionary form (read as written: a noun is
    capitalised) is another word: a verb's ("bergen": to salvage) or another noun's ("Bauern": Bauer), or
    a verb itself ("sie bergen"). `written` is the word as the text writes it; a text written all in lower case
    should pass it capitalised, as its nouns would be."""
    if token == name or not token.startswith(name):
        return False
    lemma = _german_lemma(written)
    if lemma.lower() not in (token, name):
        return True
    if written[:1].islower() and lemma[:1].islower():  # "sie bergen": a verb, as written and as a dictionary has it
        return True
    vowel = _DE_LAST_VOWEL.search(name)
    return token[len(name) :] in _DE_UMLAUTING_PLURALS and vowel is not None and vowel.group(1) in "aou"


@lru_cache(maxsize=50_000)
def _german_lemma(written: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(written, lang="de"))


# the endings of a Russian verb's past (мыл, мыла, мыли, мыло; with -ся): the same letters are often a noun's
# form (мыла, of soap), which the words before it decide (script/lexicon.py's _ru_noun_here)
_RU_PAST = re.compile(r"^(\w{2,}?)(?:л|ла|ло|ли)(?:сь|ся)?$")
_RU_INFINITIVE_ENDS = ("ть", "ться")


def russian_past_of_a_verb(token: str, name: str) -> bool:
    """A Russian token, other than the name itself, that is the past of a verb the dictionary knows: "мыл" (he
    washed; мыть), "шила" (she sewed; шить)."""
    found = _RU_PAST.match(token)
    if token == name or found is None:
        return False
    return any(_known_verb(found.group(1) + end) for end in _RU_INFINITIVE_ENDS)


@lru_cache(maxsize=50_000)
def _known_verb(infinitive: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(infinitive, lang="ru")) and simplemma.lemmatize(infinitive, lang="ru") == infinitive


# a Tamil noun this short (in code points: மான், பின், ஆடு) is matched by a stem only with one of its own case
# or number endings after it: a longer word that begins with it is as often another word
_TA_SHORT = 4
# Tamil's plural joins the noun's oblique stem: மரம் -> மரங்கள், பசு -> பசுக்கள், கதை -> கதைகள்
_TA_PLURALS = (("ங்கள்", "ம்"), ("க்கள்", ""), ("கள்", ""))
# the clitics of emphasis and doubt a noun takes after its case (நாய்தான், "the dog itself"; வீட்டிலேயே)
_TA_CLITICS = ("தான்", "ேயே", "ையே", "ா")
_TA_OBLIQUE_INCREMENT = "ின்"
# the oblique a noun's cases are made on: காடு -> காட்டில், ஆறு -> ஆற்றில், மரம் -> மரத்தில்
_TA_OBLIQUES = (("ட்டு", "டு"), ("ற்று", "று"), ("த்து", "ம்"))


def tamil_noun_form(token: str, name: str) -> bool:
    """Whether a Tamil token is the short noun `name` itself, or it with a case or number ending."""
    if token == name or len(name) > _TA_SHORT:
        return True
    bare = next((token[: -len(c)] for c in _TA_CLITICS if token.endswith(c) and len(token) > len(c) + 1), token)
    forms = [token, bare, *tamil_bases(token), *tamil_bases(bare)]
    # a case on the oblique -இன் (verse's மலை-யின்-இலே), not a clitic on a case
    forms += [base for form in forms[2:] if form.endswith(_TA_OBLIQUE_INCREMENT) for base in tamil_bases(form)]
    for form in list(forms):
        for plural, base in _TA_PLURALS:
            if form.endswith(plural) and len(form) - len(plural) >= 2:
                forms.append(form[: -len(plural)] + base)
        for oblique, own in _TA_OBLIQUES:
            if form.endswith(oblique):
                forms.append(form[: -len(oblique)] + own)
    return name in forms


# Tamil's postpositions and the adverbs they make, which stand as words of their own after a noun or a
# pronoun (அதன் பின், "after that"; மரத்தின் மேல், "on the tree"): the same letters as an English loan a
# dictionary of pictured things holds (பின், a pin) are these words in a Tamil sentence
TAMIL_POSTPOSITIONS = frozenset(
    [
        "பின்",
        "பின்பு",
        "பின்னர்",
        "பின்னால்",
        "முன்",
        "முன்பு",
        "முன்னர்",
        "முன்னால்",
        "மேல்",
        "மேலே",
        "கீழ்",
        "கீழே",
        "பிறகு",
        "போது",
        "வரை",
        "மீது",
        "அருகே",
        "அருகில்",
        "இடையே",
        "உடன்",
        "கூட",
        "மூலம்",
        "பற்றி",
        "தவிர",
        "போல",
        "போல்",
        "அப்பால்",
        "எதிரே",
        "சுற்றி",
        "நடுவே",
        "உள்ளே",
        "வெளியே",
    ]
)
