"""The first person as the text writes it ("I", "Ich", "Nous", "நான்"): a pronoun that opens sentences,
capitalised, is no one's name. (A rule that also cast the "I" who acts with others as one of the people
was tried and left out: on published texts it cast the "I" of quoted speech, and found no teller a
reader listed. The teller of a tale told in the first person, who acts in its narration, is cast by
script/teller.py, outside every kind of quote.)"""

from __future__ import annotations

# the first person singular as a subject, and the first person plural that puts the "I" with others
_I = {
    "en": ("I", "we"),
    "fr": ("je j' j’", "nous"),
    "de": ("ich", "wir"),
    "es": ("yo", "nosotros nosotras"),
    "it": ("io", "noi"),
    "pt": ("eu", "nós"),
    "ru": ("я", "мы"),
    "hi": ("मैं", "हम"),
    "mr": ("मी", "आम्ही"),
    "ta": ("நான் நானும்", "நாங்கள் நாம் நாங்களும்"),
    "te": ("నేను", "మేము మనం"),
}


def first_person_word(word: str, language: str) -> bool:
    """Whether a word is the first person ("Ich", "Yo", "Nous"): no one's name, though capitalised."""
    pronouns = _I.get(language)
    return pronouns is not None and word.lower() in {w.lower() for part in pronouns for w in part.split()}
