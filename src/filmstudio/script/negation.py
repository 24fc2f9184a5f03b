"""A verb said not to happen is not acted: "his hands could not hold the bowl", "she did not sit down",
"er konnte nicht schlafen", "no quiso comer". The shot shows what does happen (the bowl falls), not the
doing denied."""

from __future__ import annotations

import re

# the words that deny the verb after them (within a few words: "could not quite hold", "did not even sit")
_NOT = {
    "en": {"not", "never", "cannot", "can't", "couldn't", "didn't", "don't", "doesn't", "won't", "wouldn't", "nor"},
    "de": {"nicht", "nie", "niemals", "kein", "keine", "keinen"},
    "es": {"no", "nunca", "jamás", "ni"},
    "fr": {"ne", "n'", "n’", "jamais"},
    "it": {"non", "mai", "né"},
    "pt": {"não", "nunca", "jamais", "nem"},
    "nl": {"niet", "nooit", "geen"},
    "ru": {"не", "никогда", "ни"},
}
_WITHIN = 3  # words between the denial and its verb


def negated(text: str, at: int, language: str) -> bool:
    """Whether the verb that starts at `at` is denied by a word just before it in its own clause. German and
    Dutch deny after the verb ("er schlief nicht"): the words just after it count there too."""
    nots = _NOT.get(language)
    if not nots:
        return False
    clause_start = max(text.rfind(c, 0, at) for c in ",;:.!?")
    before = re.findall(r"[^\W\d_]+['’]?[^\W\d_]*", text[clause_start + 1 : at].lower())[-_WITHIN:]
    if language == "fr":
        before = [w.split("'")[0] + "'" if "'" in w else w for w in before]
    if any(w in nots for w in before):
        return True
    if language in ("de", "nl"):
        after = re.split(r"[,;:.!?]", text[at:], maxsplit=1)[0].lower().split()[1 : 1 + _WITHIN]
        return any(w in nots for w in after)
    return False
