"""Getting into a vehicle one sits in, or into a bed: "got into the cart", "climbed into the carriage",
"stieg in den Wagen", "monta dans la charrette", "subió al carro", "salì sul carro", "entrou no carro",
"залез в телегу" seat the one who gets in (the vehicle is ridden: script/key_things.py draws them in
it); "got into bed", "crept into bed" lays them in it. Getting out ("climbed out of the truck") leaves
them standing by it, as before.

The verbs that get one in are those of climbing, jumping, going and coming, and each language's plain
verb of getting ("get", "einsteigen", "meterse"); the vehicle or the bed must follow in the verb's
clause after a preposition of going into or onto it, an article or a possessive perhaps between."""

from __future__ import annotations

import re
from collections.abc import Sequence

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.key_things import BEDS, SEATED_IN
from filmstudio.script.presence import Word

Hit = tuple[int, str, str]  # (position, verb class, words)

# the classes whose verbs may get one into a thing (not running or falling into one: a collision)
_GETTING_IN = frozenset({"climb", "jump", "go", "arrive", "walk", "kneel"})
# each language's plain verb of getting in, by lemma: a closed class
_GET = {
    "en": frozenset({"get", "hop", "pile", "step", "clamber", "crawl", "creep", "slip", "board"}),
    "de": frozenset({"einsteigen", "steigen", "kriechen", "schlüpfen"}),
    "fr": frozenset({"monter", "entrer", "grimper", "glisser"}),
    "es": frozenset({"meter", "meterse", "subir", "subirse", "entrar", "montar", "montarse"}),
    "it": frozenset({"salire", "entrare", "montare", "infilare"}),
    "pt": frozenset({"entrar", "subir", "montar", "meter"}),
    "ru": frozenset({"залезть", "влезть", "забраться", "сесть", "садиться", "запрыгнуть", "войти"}),
}
# the prepositions (with their articles) of going into or onto a thing
_INTO = {
    "en": frozenset({"into", "in", "onto", "aboard", "on"}),
    "de": frozenset({"in", "ins", "auf"}),
    "fr": frozenset({"dans", "en", "sur"}),
    "es": frozenset({"a", "al", "en"}),
    "it": frozenset({"in", "nel", "nella", "sul", "sulla", "su"}),
    "pt": frozenset({"em", "no", "na", "num", "numa"}),
    "ru": frozenset({"в", "во", "на"}),
}
_REACH = 4  # words at most between the preposition and the thing ("into the old farm cart")
_LEAD = 2  # words at most between the verb and the preposition ("got back into", "kletterte hinauf auf")
# verbs whose object is the vehicle boarded, no preposition between ("boarded the bus")
_BOARD = frozenset({"board"})
_CLAUSE_BREAK = re.compile(r"[,.;:!?।。，；]|\b(?:and|und|et|y|e|и)\b")


def boarded(verbs: list[Hit], text: str, toks: Sequence[Word], language: str) -> list[Hit]:
    """The verbs, with one that gets its doer into a seated vehicle read as sitting, into a bed as lying."""
    into = _INTO.get(language)
    if into is None:
        return verbs
    things = [
        (m.position, "sit" if m.key in SEATED_IN else "lie")
        for m in vocabulary.things(language).find(text)
        if m.key in SEATED_IN or m.key in BEDS
    ]
    if not things:
        return verbs
    out = list(verbs)
    gets = _GET.get(language, frozenset())
    for tok in toks:
        hit = next((v for v in out if v[0] == tok.start), None)
        if not (tok.lemma in gets or tok.text in gets or (hit is not None and hit[1] in _GETTING_IN)):
            continue
        end = tok.start + len(hit[2]) if hit is not None else tok.end
        direct = tok.lemma in _BOARD
        cls = next((cls for at, cls in things if at > end and _gets_into(text[end:at], into, direct)), None)
        if cls is not None:
            out = [v for v in out if v[0] != tok.start] + [(tok.start, cls, text[tok.start : end])]
    return sorted(out)


def _gets_into(between: str, into: frozenset[str], direct: bool) -> bool:
    """Whether the words between a verb and a thing after it put one into it: a preposition of going into
    it right after the verb, the thing a few words on, no clause between ("got into the cart", "stieg in
    den alten Wagen"); a verb of boarding takes the thing as its object."""
    if _CLAUSE_BREAK.search(between):
        return False
    words = re.findall(r"\w+", between.lower())
    if direct:
        return len(words) <= _REACH
    lead = next((k for k, w in enumerate(words[: _LEAD + 1]) if w in into), None)
    rest = words[lead + 1 :] if lead is not None else []
    return lead is not None and len(rest) <= _REACH and not any(w in into for w in rest)
