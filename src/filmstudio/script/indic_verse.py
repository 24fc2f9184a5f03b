"""A first-person verb in a line of Tamil or Bengali verse, where the verb need not end the clause ("আমি
ফিরে এলাম ঘরে", "நான் கண்டேனே நிலவை") and may carry verse's emphatic -ஏ or -அடி ("சென்றேனடி"), or be
Bengali's plain present of a verb of one syllable ("আমি গান গাই", "আমি যাই নদীর পারে"). asian_teller.py asks it of each "I" of the narration."""

from __future__ import annotations

# first-person endings that only a verb has, wherever in the clause it stands
_ANYWHERE = {
    "ta": ("ேன்", "ேனே", "ேனடி", "ேனோ"),
    "bn": ("লাম", "লুম", "লেম", "ছি", "তাম", "তেম", "বো"),
}
# first-person endings a clause's last word has when it is the verb; Bengali's present -ি ("বসি") is left
# out, as adjectives and nouns end so too ("খুশি", "ছবি")
_LAST = {"ta": ("ேன்", "ேனே", "ேனடி"), "bn": ("লাম", "লুম", "ছি", "তাম", "বো", "ব")}
# last words ending so that are no verbs: "everyone", "brother", "not", "no"
_NOT_VERBS = {"bn": frozenset({"সবাই", "ভাই", "নাই", "নেই", "তাই", "কই", "সেই", "এই", "ওই"}), "ta": frozenset({"தேன்"})}


def first_person_verb(clause: list[str], language: str) -> bool:
    """Whether the words of a clause after "I" hold its verb in the first person."""
    if not clause or language not in _ANYWHERE:
        return False
    not_verbs = _NOT_VERBS[language]
    last = clause[-1]
    if last not in not_verbs and last.endswith(_LAST[language]):
        return True
    if any(w not in not_verbs and len(w) > 2 and w.endswith(_ANYWHERE[language]) for w in clause[:-1]):
        return True
    # Bengali's present of one syllable ("যাই", "গাই", "চাই") wherever it stands; longer words so ending are
    # nouns ("জামাই", "লড়াই")
    return language == "bn" and any(w not in not_verbs and len(w) == 3 and w.endswith("াই") for w in clause)
