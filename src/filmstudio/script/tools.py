"""The tool a piece of handwork is done with: one who sews holds a needle, one who digs a pick, one who writes
a pen, one who sweeps a broom, one who chops wood an axe, though the sentence names none of them ("Mara sewed
a shirt", "Paul creusait dans le jardin", "Anna schrieb einen Brief"). The tool is in the hand and the thing
worked on is before them: on a table for work done at a bench (a shirt sewn, a letter written, bread cut),
on the ground for the rest (wood chopped). A tool the sentence names ("swept the floor with a broom") is
the one held.

Which verb takes which tool is data (`data/tools.json`, by the verb's lemma, per language), each tool a thing
the painter draws: where it has not the very tool, the nearest one it has (digging: the pick)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.vocabulary import THINGS
from filmstudio.storyboard import Moment, Prop, PropRole

# work done at a bench: the thing worked on lies on a table before the one working; sewing and writing are
# done at one though the sentence names nothing worked on ("she sewed by the window", "he wrote all night")
_AT_A_BENCH = {"needle", "pen", "knife", "scissors", "hammer"}
_ALWAYS_AT_A_BENCH = {"needle", "pen"}
# a tool that stands on the ground by the one working, not in the hand (the pail under the cow)
_SET_DOWN = {"bucket"}
# things worked on that are not set down on a bench: they stand where they are (a house built, a door painted)
_IN_PLACE_KINDS = {"building", "vehicle", "animal", "plant", "nature"}


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, list[str]]]:
    path = resources.files("filmstudio.script") / "data" / "tools.json"
    return {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if isinstance(v, dict)}


@lru_cache(maxsize=1)
def _cloth() -> frozenset[str]:
    """The things a needle or scissors work on: what is worn (data/worn.json), and thread, rope and nets."""
    path = resources.files("filmstudio.script") / "data" / "worn.json"
    return frozenset([*json.loads(path.read_text(encoding="utf-8"))["keys"], "thread", "rope", "net", "bag"])


def tools() -> frozenset[str]:
    """Every tool some verb of handwork takes."""
    return frozenset(t.split("@")[0] for by_verb in _data().values() for ts in by_verb.values() for t in ts)


def tool_for(verb: str, worked: str | None, language: str) -> str | None:
    """The tool a verb of handwork takes (by its word or its lemma), fitted to the thing worked on: cutting
    cloth takes scissors, cutting bread a knife."""
    by_verb = _data().get(language, {})
    low = verb.lower()
    choices = by_verb.get(low) or by_verb.get(lemma_of(low, language)) or []
    for choice in choices:
        tool, _, only = choice.partition("@")
        if not only or (worked is not None and _is(worked, only)):
            return tool
    return None


def _is(key: str, kind: str) -> bool:
    if kind == "cloth":
        return key in _cloth()
    return THINGS.get(key, ("",))[0] == kind


def settle(moment: Moment, language: str) -> None:
    """Put the tool of a moment's handwork in its doer's hand, and the thing worked on before them."""
    if moment.verb != "work" or not moment.who or not moment.verb_words:
        return
    known = tools()
    if any(p.role == "held" and p.key in known for p in moment.props):
        return  # "swept the floor with a broom": the tool the sentence names
    worked = next((p for p in moment.props if p.role == "held"), None)
    tool = tool_for(moment.verb_words[0], worked.key if worked else None, language)
    if tool is None:
        return
    doer = moment.who[0]
    props = [p.model_copy(update={"role": "near"}) if p.role == "held" else p for p in moment.props]
    small = worked is not None and THINGS.get(worked.key, ("",))[0] not in _IN_PLACE_KINDS
    has_surface = any(p.role == "near" and p.key == "table" for p in props)
    if tool in _AT_A_BENCH and (small or (worked is None and tool in _ALWAYS_AT_A_BENCH)) and not has_surface:
        props.append(Prop(key="table", role="near", holder=doer))  # the bench the work is done at
    role: PropRole = "near" if tool in _SET_DOWN else "held"
    moment.props = [Prop(key=tool, role=role, holder=doer), *props]
