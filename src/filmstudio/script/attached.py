"""What stands before a name describes it only up to the nearest verb, preposition or conjunction: "the old
baker Tomás" and "a girl named Meera" are Tomás and Meera, but "The old fisherman waved to Lena", "Beside
the old man sat Marta", "Junto al viejo pescador estaba Marta" and "the old woman and Lena" put a neighbour
there, whose age and gender are not the name's (people.py's _description reads the lead this leaves). Nor
is a possessive the name's in the sentence where that neighbour acts on it ("waved to Lena from his boat":
the fisherman's boat; people.py's _pronouns_for skips it)."""

from __future__ import annotations

import re

from filmstudio.script.lemmas import lemma_of

# prepositions, conjunctions and the words that open a clause
_BOUNDARIES = {
    "en": "to at with beside behind near from by for of in on into onto toward towards past after before under "
    "over among between than like as and or but while when because that who which whom where whose",
    "de": "zu zum zur an am mit neben hinter bei beim von vom für aus in im auf unter über zwischen gegen "
    "und oder aber als wie während weil dass",
    "es": "a al de del con junto cerca para por en sobre entre hacia desde sin contra y e o u pero mientras "
    "cuando porque que como quien",
    "fr": "à au aux de du des d' avec près chez pour par en sur sous dans entre vers contre et ou mais pendant "
    "quand comme qui que qu'",
    "it": "a al alla ai di del della dei da dal dalla con per in nel nella su sul tra fra verso e ed o ma mentre "
    "quando perché che come",
    "pt": "a ao à às de do da dos das com para por em no na sobre entre até e ou mas enquanto quando porque que como",
    "ru": "у с со к ко о об в во на за от до для про без из по под над перед при через около возле рядом и а но "
    "когда что как который которая",
    "uk": "у в з зі із до від для про без на за під над перед при через біля коло поруч і й та а але коли що як",
}
# the verbs of being, which stand between a neighbour and a name as any verb does
_BEING = frozenset(["be", "sein", "être", "ser", "estar", "essere", "stare", "быть", "бути"])
# the nouns for a name that a preposition brings ("старик по имени Иван", "una niña de nombre Ana")
_NAME_NOUNS = frozenset(["имени", "ім'я", "ім’я", "nombre", "nome", "nom"])
# words that give the name to what stands before them ("a girl named Meera"): the lead's own
_NAMING = frozenset(
    [
        "named",
        "called",
        "nicknamed",
        "llamado",
        "llamada",
        "llamados",
        "nommé",
        "nommée",
        "appelé",
        "appelée",
        "prénommé",
        "prénommée",
        "namens",
        "genannt",
        "chiamato",
        "chiamata",
        "chamado",
        "chamada",
    ]
)


def attached_lead(lead: str, language: str) -> str:
    """The end of `lead` (the words right before a name) after its last preposition or conjunction, or
    nothing where a verb stands right before the name ("sat Marta": a verb there may be an adjective's
    form elsewhere, "the tired nurse Ana")."""
    from filmstudio.script.roles import role_words
    from filmstudio.script.verbs import is_verb, verb_words

    boundaries = set(_BOUNDARIES.get(language, "").split())
    roles = role_words(language)
    words = re.findall(r"\S+", lead)
    for at in range(len(words) - 1, -1, -1):
        word = words[at].strip(",;\"'“”‘’()").lower()
        named = at + 1 < len(words) and words[at + 1].lower() in _NAME_NOUNS  # "по имени", "de nombre"
        if word in _NAMING or word in _NAME_NOUNS or named or word in roles:
            continue  # "a girl named Meera", "the old cook Tomás", "старик по имени Иван": the name's own
        last = at == len(words) - 1
        verb = last and (
            is_verb(word, language, verb_words(language))
            or lemma_of(word, language) in _BEING
            or language == "en"
            and _english_past(word)
        )
        if (word in boundaries and not _age_complement(words[at + 1 : at + 2])) or verb:
            return " ".join(words[at + 1 :])
    return lead


def _age_complement(after: list[str]) -> bool:
    """The preposition brings the noun's age, which is the name's own: "a boy of seven named Ravi", "una
    niña de ocho años llamada Ana"."""
    from filmstudio.script.age_numbers import years_in_phrase

    return bool(after) and years_in_phrase(after[0].strip(",;\"'“”‘’()").lower()) is not None


def _english_past(word: str) -> bool:
    """Whether an English word is a verb's past ("stood", "greeted", "met"): its lemma differs, and not as a
    plural's or a comparative's does."""
    return word.isalpha() and lemma_of(word, "en") not in (word, "") and not word.endswith(("s", "er", "est"))


def another_acts_on(before: str, language: str) -> bool:
    """Whether the name after `before` is the object of someone else named earlier in its sentence: "The old
    fisherman waved to Lena", "the queen looked at Ana" (a verb or a preposition right before the name, a
    person's word before that)."""
    from filmstudio.script.persons import describing_words
    from filmstudio.script.roles import PRONOUNS, role_words

    sentence = re.split(r"[.!?।\n]", before)[-1]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", sentence)]
    if len(words) < 2 or attached_lead(words[-1], language):
        return False  # nothing stands between: "the old baker Tomás" is Tomás
    people = set(role_words(language)) - PRONOUNS - set(describing_words(language))  # "the old house" is no one
    return any(w in people for w in words[:-1])


def acted_on_spans(text: str, name_words: list[str], language: str, *, from_start: bool) -> list[tuple[int, int]]:
    """The stretches of `text` (which follows a mention of the name) from each mention where another acts on
    the name to its sentence's end ("waved to Lena from his boat."): a possessive there is the actor's.
    `from_start`: the mention before `text` is one such."""
    ends = [m.end() for m in re.finditer(r"[.!?।]", text)] + [len(text)]
    starts = [0] if from_start else []
    if name_words:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name_words)) + r"(?!\w)"
        starts += [m.end() for m in re.finditer(pattern, text, re.I) if another_acts_on(text[: m.start()], language)]
    return [(start, next(end for end in ends if end > start or end == len(text))) for start in starts]
