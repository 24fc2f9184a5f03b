"""Hindi and Tamil words cast that name no one of the story:

- a Hindi word for people spoken of only in general: after "every" ("हर बच्चा", "प्रत्येक नौकर"), or in a
  sentence of what is always so or ought to be ("औरतें पानी लाती हैं", "बच्चे को दूध चाहिए"), in a story
  told in the past: that child, woman or servant never acts in it;
- a Tamil finite verb taken for a name ("ரகு சொன்னான் என்று அம்மா நினைத்தாள்": "சொன்னான்", he said).

A character who speaks a line is kept."""

from __future__ import annotations

import re

from filmstudio.storyboard import Character

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”]*”|‘[^’]*’|«[^»]*»")
_SENTENCE_END = re.compile(r"[।॥.!?;\n]")
_HI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")

# "every", "each", "all": what stands before a noun spoken of in general
_HI_EVERY = frozenset({"हर", "प्रत्येक", "हरेक", "सभी", "सारे", "सारी"})
# a sentence of what is always so ("लाती हैं", "जाता है") or ought to be ("चाहिए"), by its last words
_HI_GENERAL_END = re.compile(r"(?:[\u0900-\u097f]+त[ाीे]\s+(?:है|हैं)|चाहिए|चाहिये)\s*$")
# a sentence told in the past, by its last word ("गया", "खोली", "थे")
_HI_PAST_END = re.compile(r"(?:था|थी|थे|थीं|[ायीईएे]|ीं)\s*$")
# the endings a Hindi noun's plural and oblique forms put in place of its -आ or after it
_HI_FORMS = ("", "े", "ों", "ें", "ाएँ", "ियाँ", "ियों")
# Tamil: a person's verb (-ஆன், -ஆள்), less the honorific -அம்மாள் that ends women's names
_TA_PERSON_VERB = ("ான்", "ாள்")


def drop_generic_and_verbs(
    characters: dict[str, Character], identity: dict[str, str], language: str, text: str
) -> None:
    """Drops the characters above, unless one speaks."""
    speaking = set(identity.values())
    if language == "hi":
        doomed = _hindi_general(characters, text)
    elif language == "ta":
        doomed = [c.id for c in characters.values() if _tamil_verb(c.name)]
    else:
        return
    for cid in doomed:
        if cid not in speaking and cid != "narrator":
            characters.pop(cid, None)


def _hindi_general(characters: dict[str, Character], text: str) -> list[str]:
    from filmstudio.script.mentions import _people

    told = _QUOTED.sub("\n", text)
    sentences = [s.strip() for s in _SENTENCE_END.split(told) if _HI_WORD.search(s)]
    if sum(1 for s in sentences if _HI_PAST_END.search(s)) * 2 < len(sentences):
        return []  # a story told in the present: its present tells what happens, not what is always so
    people = _people("hi")
    out = []
    for character in characters.values():
        if character.name not in people or character.animal:
            continue
        forms = _hindi_forms(character.name)
        seen = [(s, i) for s in sentences for i, w in enumerate(_HI_WORD.findall(s)) if w in forms]
        if seen and all(_general(s, i) for s, i in seen):
            out.append(character.id)
    return out


def _hindi_forms(name: str) -> set[str]:
    stem = name[:-1] if name.endswith("ा") else name
    return {name} | {stem + e for e in _HI_FORMS if e}


def _general(sentence: str, i: int) -> bool:
    words = _HI_WORD.findall(sentence)
    return (i > 0 and words[i - 1] in _HI_EVERY) or bool(_HI_GENERAL_END.search(sentence))


def _tamil_verb(name: str) -> bool:
    """Whether a Tamil name is a finite verb of a person: one the verb lists know ("சொன்னான்")."""
    from filmstudio.script.verbs import is_verb, verb_words

    if " " in name or not name.endswith(_TA_PERSON_VERB) or name.endswith("அம்மாள்"):
        return False
    return is_verb(name, "ta", verb_words("ta"))
