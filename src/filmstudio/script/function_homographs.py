"""Function words spelled like a place or a thing. A lexicon reads a word by its form, so a conjunction, an
adverb, an ordinal or an auxiliary that is spelled as a noun names that noun to it: Italian "onde" (so that) is
"waves", "ancora" (still) an anchor; Portuguese and Spanish ordinals "quarto", "cuarto", "quinta" (fourth,
fifth) are a bedroom or a farm; French "nous avions" (we had) is planes and "bon marché" (cheap) a market;
German "weg" (away), written small as no German noun is, a road. Each form is refused where the grammar
around it says it is the function word: the table holds, per language, the form, what before it makes it
the function word, and what after it does (written from each language's grammar, not from any one text).
A refused use is blanked (spaces, so every offset stays) before places and things are read."""

from __future__ import annotations

import re
from functools import lru_cache

# the nouns an ordinal counts ("o quarto dia", "la cuarta vez", "quinta-feira")
_COUNTED = {
    "pt": r"(?:dia|dias|vez|vezes|ano|mês|hora|parte|filho|filha|lugar|andar|século|capítulo|feira|-feira|noite|"
    r"semana|irmão|irmã|de\s+hora|de\s+século)",
    "es": r"(?:día|días|vez|veces|año|mes|hora|parte|hijo|hija|lugar|piso|siglo|capítulo|noche|semana|hermano|"
    r"hermana|de\s+hora|de\s+siglo|de\s+legua)",
}
# an Italian noun's determiners and articulated prepositions, before the noun (a number or a common adjective
# may stand between: "le due chiese", "le alte onde")
_IT_DETERMINER = (
    r"(?:le|l'|un'|una|delle|dell'|sulle|sull'|nelle|nell'|dalle|dall'|alle|all'|colle|tra\s+le|fra\s+le|"
    r"il|del|sul|nel|dal|al|un|quel|quello|quella|quelle|sue|suo|sua|mie|tue)"
    r"(?:\s+(?:due|tre|quattro|molte|poche|grandi|alte|piccole|belle|vecchie|antiche|nuove|bianche|nere|altre))?"
)

# the forms of Hindi आना (to come) after "बाज" that make an idiom of it, a negation between ("बाज नहीं आता")
_HI_REFRAIN = r"(?:(?:नहीं|न|ना)\s+)?(?:आ|आना|आने|आया|आई|आए|आओ|आऊँ|आएगा|आएगी|आएँगे|आता|आती|आते|आइए)"

# the numbers that count hours before the word a bell shares with the hour (Hindi घंटा, Bengali ঘণ্টা, Telugu
# గంట, Tamil மணி: "two hours later", "at five o'clock")
_HOURS = {
    "hi": r"(?:[\d०-९]+|एक|दो|तीन|चार|पाँच|पांच|छह|छः|सात|आठ|नौ|दस|बारह|कई|कुछ|आधा|आधे|डेढ़|ढाई|सवा)\s+$",
    "bn": r"(?:[\d০-৯]+|এক|দুই|দু|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ|বারো|কয়েক|আধ|দেড়|আড়াই)\s+$",
    "te": r"(?:[\d౦-౯]+|ఒక|ఒక్క|రెండు|మూడు|నాలుగు|ఐదు|ఆరు|ఏడు|ఎనిమిది|తొమ్మిది|పది|కొన్ని|చాలా|అర)\s+$",
    "ta": r"(?:[\d௦-௯]+|ஒரு|இரண்டு|மூன்று|நான்கு|ஐந்து|ஆறு|ஏழு|எட்டு|ஒன்பது|பத்து|பல|சில|அரை)\s+$",
}

# (form, a pattern of what just before it makes it a function word or None, what just after it does or None,
#  a determiner before it that makes it the noun whatever follows or None); the form as a word, lower-cased
_TABLE: dict[str, tuple[tuple[str, str | None, str | None, str | None], ...]] = {
    # "onde" (whence, so that) and "ancora" (still, again) as a noun take a determiner: "le onde", "l'ancora";
    # "colle" (with the) is the hill only after its article ("il colle")
    "it": (
        ("onde", r"", None, _IT_DETERMINER),
        ("ancora", r"", None, _IT_DETERMINER),
        ("ancor", r"", None, _IT_DETERMINER),  # the apocopated adverb of verse and old prose
        ("colle", r"", None, _IT_DETERMINER),
        ("chiese", r"", None, _IT_DETERMINER),  # asked (chiedere), or churches after their article
    ),
    # an ordinal before what it counts, "um quarto de hora"
    "pt": (("quarto", None, _COUNTED["pt"], None), ("quinta", None, _COUNTED["pt"], None)),
    "es": (("cuarto", None, _COUNTED["es"], None), ("cuarta", None, _COUNTED["es"], None)),
    # "nous avions", "vous aviez": the auxiliary; "bon marché", "meilleur marché", "par-dessus le marché": cheap,
    # moreover
    "fr": (
        ("avions", r"(?:nous|n')\s*(?:ne\s+|n')?$", None, None),
        ("marché", r"(?:bon|meilleur|par-dessus\s+le)\s+$", None, None),
    ),
    # "बाज आना" (to give up, to refrain: "बाज नहीं आया"), no falcon: the noun is never followed by आना's forms;
    # a bell's word is the hour's too, counted ("दो घंटे बाद", "घंटों तक", "घंटे भर")
    "hi": (
        ("बाज", None, _HI_REFRAIN, None),
        ("बाज़", None, _HI_REFRAIN, None),
        ("घंटा", _HOURS["hi"], r"(?:भर)", None),
        ("घंटे", _HOURS["hi"], r"(?:भर|तक|बाद|पहले|से\s+(?:ज़्यादा|अधिक))", None),
        ("घंटों", r"", None, None),  # for hours: bells are घंटियाँ
    ),
    "bn": (("ঘণ্টা", _HOURS["bn"], r"(?:ধরে|পরে|আগে)", None), ("ঘণ্টার", _HOURS["bn"], None, None)),
    "te": (("గంట", _HOURS["te"], None, None), ("గంటలు", _HOURS["te"], r"(?:గడిచ\w*|పాటు|తర్వాత)", None)),
    "ta": (("மணி", _HOURS["ta"], r"(?:நேரம்\w*)", None), ("மணிக்கு", _HOURS["ta"], None, None)),
    # "at present", "was present": a time and a being there, no gift
    "en": (("present", r"(?:at|was|were|is|are|be|been|being|all)\s+$", None, None),),
}
# German writes every noun with a capital: these forms written small are adverbs and prepositions ("lief weg",
# "wegen des Regens"), never the road
_DE_SMALL = ("weg", "wegen")
_LOOK_BACK = 30  # characters read before a form


def without_function_homographs(text: str, language: str) -> str:
    """The text with each function-word use of a place's or a thing's form blanked."""
    spans = function_uses(text, language)
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def function_uses(text: str, language: str) -> list[tuple[int, int]]:
    """Where the text uses a place's or a thing's form as a function word."""
    spans = []
    low = text.lower()
    if len(low) != len(text):
        return []
    if language == "de":
        for form in _DE_SMALL:
            spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){form}(?![\w-])", text)]
    for form, before, after, noun_before in _TABLE.get(language, ()):
        for m in _form(form).finditer(low):
            ahead = low[max(0, m.start() - _LOOK_BACK) : m.start()]
            if noun_before and re.search(rf"(?<![\w']){noun_before}\s*$", ahead):
                continue
            by_before = before is not None and re.search(before, ahead) is not None
            by_after = after is not None and re.match(rf"[\s-]*{after}(?![\w])", low[m.end() : m.end() + 20])
            if by_before or by_after:
                spans.append((m.start(), m.end()))
    return sorted(spans)


@lru_cache(maxsize=64)
def _form(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'-]){re.escape(form)}(?![\w'-])")
