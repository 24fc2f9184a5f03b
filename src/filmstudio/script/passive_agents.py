"""The doer of a passive: "They were greeted by the heron that lives by the pond", "la poule fut chassée
par un renard", "furono accolti dall'airone". The being after "by" does what the verb says: it acts in the
story as a subject would. "They walked by the river", "he sat by the fire" have no passive before "by";
"she was sitting by the king" is where she sat (a participle of the present, not of the past).

A passive is a verb of being and a past participle (one adverb may stand between), then the preposition of
the agent and its article: the being right after is the doer. A relative clause after it ("that lives by
the pond") tells about it and is no part of its name (the mention ends at its noun)."""

from __future__ import annotations

import re
from functools import lru_cache

from filmstudio.script.lemmas import lemma_of

# the verbs of being that make a passive, and the preposition (with its article) that brings its doer in
_BEING = {
    "en": r"was|were|is|are|be|been|being|got|gets|get",
    "fr": r"est|était|fut|été|sont|étaient|furent|être|sera|seront",
    "es": r"es|era|fue|son|eran|fueron|sido|ser|será|serán",
    "it": r"è|era|fu|sono|erano|furono|stato|stata|stati|state|essere|venne|vennero|viene|vengono|sarà|saranno",
    "pt": r"é|era|foi|são|eram|foram|sido|ser|será|serão",
}
_BY = {
    "en": r"by\s+(?:the|a|an|this|that|his|her|their|its|my|our|your|some|two|three)",
    "fr": r"par\s+(?:le|la|l'|les|un|une|des|son|sa|ses)|par\s+(?=[^\W\d_])",
    "es": r"por\s+(?:el|la|los|las|un|una|unos|unas|su|sus)",
    "it": r"(?:dal|dallo|dalla|dall'|dai|dagli|dalle|da\s+(?:un|uno|una|un'))",
    "pt": r"(?:pelo|pela|pelos|pelas|por\s+(?:um|uma|uns|umas|seu|sua))",
}
# the endings of a past participle, where the lemma does not tell it (en: "greeted", "chased", "taken")
_PARTICIPLE_END = {
    "fr": ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas", "cho", "cha"),
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "to", "ta", "ti", "te"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas"),
}
# the endings of the infinitive a participle's lemma has (so "recibidos" -> "recibir" is a verb's)
_INFINITIVE_END = {
    "fr": ("er", "ir", "re"),
    "es": ("ar", "er", "ir"),
    "it": ("are", "ere", "ire", "rre"),
    "pt": ("ar", "er", "ir", "or"),
}
LANGUAGES = frozenset(_BEING)


@lru_cache(maxsize=8)
def _passive_before(language: str) -> re.Pattern[str]:
    """A verb of being, perhaps an adverb, a participle (group 1), then the preposition of the agent."""
    return re.compile(
        rf"(?<!\w)(?:{_BEING[language]})\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)\s+(?:{_BY[language]})\s*"
        r"(?:[^\W\d_][\w'’-]*\s+)?$",
        re.IGNORECASE,
    )


def _participle(word: str, language: str) -> bool:
    """Whether a word reads as a past participle: its ending, and for the Romance languages a lemma that is
    a verb's infinitive; never a participle of the present ("sitting", "standing")."""
    low = word.lower()
    if language == "en":
        # "greeted", or an irregular form the dictionary takes back to its verb ("seen", "left", "caught")
        return not low.endswith("ing") and (low.endswith("ed") or lemma_of(low, "en") != low)
    if not low.endswith(_PARTICIPLE_END[language]):
        return False
    # the lemma, where the dictionary knows the form: an infinitive ("recibidos" -> "recibir") or the
    # participle itself ("chassée" -> "chassé"); a noun or an adjective of its own is no participle
    lemma = lemma_of(low, language)
    return lemma == low or lemma.endswith((*_INFINITIVE_END[language], *_PARTICIPLE_END[language]))


def agent_of_passive(text: str, start: int, language: str) -> bool:
    """Whether the noun at `start` is the doer of a passive in its sentence ("greeted by the heron")."""
    if language not in LANGUAGES:
        return False
    before = re.split(r"[.!?;:\n\"“”„«»]", text[max(0, start - 80) : start])[-1]
    found = _passive_before(language).search(before)
    return found is not None and _participle(found.group(1), language)
