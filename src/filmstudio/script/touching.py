"""One person touching another, written with the other as the verb's object ("Ann hugs her brother", "MIRA
slaps JONAH", "Tom shook hands with Ann", "patted him on the shoulder", "María abrazó a Tomás", "Marie
gifla Tom", "Anna gab Tom die Hand"): the moment keeps who touches (its doer, `who[0]`), who is touched
(`Moment.touched`) and the contact's class (`Moment.touch`), so the shot can put the two together, turned
to each other, the doer's hands on the other (animation/touching.py).

The contact verbs are a closed set per language (`touching` in data/staging/<language>.json), in classes
drawn alike:

- hug: both arms round the other (hug, embrace, kiss);
- hit: one arm out to the other's head (hit, slap, punch, strike);
- push: both hands on the other's chest (push, shove);
- pat: a hand on the other's shoulder (pat, clap, tap);
- hand: hands that meet between the two; the verb counts only with a word for the hand after it ("shook
  hands with", "took her hand", "led him by the hand", "tomó la mano", "serra la main", "gab ihm die Hand");
- help_up: a hand held down to the other, who is getting up; the verb counts only with a word for "up"
  after it ("to her feet", "a levantarse", "à se relever"), or a particle right after the one helped
  ("helped him up", "half Tom auf"; `up_particles`), not another verb's ("helped him pick up the cups").

`clitics` are the object pronouns a language puts before its verb ("la abrazó"). Tables exist for English,
Spanish, French, German, Italian, Portuguese and Russian. A contact needs its object: a person of the cast
named after the verb in its clause, or a pronoun for one next to it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from filmstudio.script.mentions import find_mentions
from filmstudio.script.presence import Word
from filmstudio.script.staging_data import staging_section

TOUCHES = ("hug", "hit", "push", "pat", "hand", "help_up")
_NEEDS = {"hand": "hand_words", "help_up": "up_words"}  # classes whose verb counts only with such a word after
_WORDS_AFTER = 6  # how far after its verb a contact's object, or its hand or "up" word, may be
_CLAUSE_END = re.compile(r"[.;:!?,—–]")


@lru_cache(maxsize=32)
def _table(language: str) -> dict[str, frozenset[str]]:
    section = staging_section(language, "touching")
    return {name: frozenset(w.lower() for w in words) for name, words in section.items()} if section else {}


def _is(tok: Word, words: frozenset[str]) -> bool:
    return tok.text in words or tok.lemma in words


def contact_verb(toks: Sequence[Word], text: str, language: str) -> tuple[str, int, int] | None:
    """The first contact verb of the sentence: (its class, its token's index, where its clause ends)."""
    table = _table(language)
    if not table:
        return None
    for i, tok in enumerate(toks):
        for touch in TOUCHES:
            if not _is(tok, table.get(touch, frozenset())):
                continue
            end = _clause_end(text, tok.end)
            need = table.get(_NEEDS.get(touch, ""), frozenset())
            after = [t for t in toks[i + 1 : i + 1 + _WORDS_AFTER] if t.start < end]
            if (
                touch in _NEEDS
                and not any(_is(t, need) for t in after)
                and not _particle(touch, toks, i, text, language)
            ):
                continue
            return touch, i, end
    return None


def _particle(touch: str, toks: Sequence[Word], i: int, text: str, language: str) -> bool:
    """ "helped Tom up", "half Tom auf": a particle that says "up" only right after the one helped (a name
    or a pronoun), not after another verb ("helped Tom pick up the apples")."""
    particles = _table(language).get("up_particles", frozenset())
    if touch != "help_up" or not particles:
        return False
    pronouns = {w for words in staging_section(language, "object_pronouns").values() for w in words}
    for k in range(i + 2, min(len(toks), i + 1 + _WORDS_AFTER)):
        before = toks[k - 1]
        named = text[before.start : before.start + 1].isupper() or before.text in pronouns
        if _is(toks[k], particles) and named:
            return True
    return False


def _clause_end(text: str, at: int) -> int:
    found = _CLAUSE_END.search(text, at)
    return found.start() if found else len(text)


def touched_pronoun(toks: Sequence[Word], text: str, language: str) -> str | None:
    """The subject form of the pronoun that stands for the one touched, where the sentence names them so
    ("pushed her away", "took his hand", "la abrazó"): right after the contact verb (as an object or the
    hand's owner) or, as a clitic, right before it; "_" where it tells no gender. None where there is none."""
    found = contact_verb(toks, text, language)
    if found is None:
        return None
    _, i, _ = found
    forms = {
        w: pronoun
        for name in ("object_pronouns", "possessives")
        for pronoun, words in staging_section(language, name).items()
        for w in words
    }
    for tok in toks[i + 1 : i + 3]:
        if tok.text in forms:
            return forms[tok.text]
    clitics = _table(language).get("clitics", frozenset())
    if i > 0 and toks[i - 1].text in clitics:
        return forms.get(toks[i - 1].text, "_")
    return None


def read_touch(
    toks: Sequence[Word], text: str, language: str, who: list[str], named: list[tuple[int, str, str]]
) -> tuple[str, str, str] | None:
    """(the contact's class, who touches, the one touched) where one of the sentence's people touches
    another. The doer is the one named last before the contact verb ("Maria ajudou Tomás a levantar-se":
    Maria, though another verb made Tomás the sentence's doer), else the sentence's doer (`who[0]`, a
    pronoun's); the one touched is one of the cast named after the verb in its clause ("slapped Tom",
    "took Ann's hand", "shook hands with the gardener"), else the one a pronoun next to the verb stands
    for (read_moment put them in `who`)."""
    found = contact_verb(toks, text, language)
    if found is None or not who:
        return None
    touch, i, end = found
    verb_at = toks[i].start
    before = [cid for at, cid, _ in named if at < verb_at and cid in who]
    doer = before[-1] if before else who[0]
    after = [cid for at, cid, _ in named if verb_at < at < end and cid != doer]
    if after:
        return touch, doer, after[0]
    others = [cid for cid in who if cid != doer]
    # "le estrechó la mano al abuelo": the pronoun stands for one named after it, no one of the cast
    someone_else = any(m.kind == "person" and verb_at < m.start < end for m in find_mentions(text, language))
    if others and not someone_else and touched_pronoun(toks, text, language) is not None:
        return touch, doer, others[0]
    return None
