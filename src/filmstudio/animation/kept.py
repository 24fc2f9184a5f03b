"""What one a screenplay's action sat down, laid down or knelt keeps while they stay so (script/postures.py
reads who that is, `Moment.postures`): the seat they sat on and the table they sat at, drawn with them again
in the shots that follow (animation/shots.py, animation/staged.py)."""

from __future__ import annotations

from filmstudio.storyboard import Moment, Prop

# the verb classes a moment draws its people in and keeps them in afterwards (script/staging.py's classes)
HELD = {"sit": "sit", "lie": "lie", "sleep": "lie", "kneel": "kneel"}


def put_down(moment: Moment) -> dict[str, str]:
    """Those the moment sits, lays or kneels down: the doer by the sentence's verb, another by a clause of
    their own ("…, and Lena sat"); all of them where the verb is sitting (as they are drawn)."""
    out: dict[str, str] = {}
    held = HELD.get(moment.verb)
    if held is not None:
        for cid in moment.who if held == "sit" else moment.who[:1]:
            if moment.acts.get(cid, moment.verb) == moment.verb:
                out[cid] = held
    for cid, verb in moment.acts.items():
        if verb in HELD:
            out[cid] = HELD[verb]
    return out


# what one sits at, kept with them while they stay (the table before one seated); their seat is the "seat"
# prop the reading gave them (script/staging.py). A bed or a couch one lies on is drawn by the sentence that
# lays them there (animation/staged.py), not carried on.
_KEPT = {"table", "desk"}


def held_props(moments: list[Moment], at: int, drawn: list[str], *, alone: bool = False) -> list[Prop]:
    """For those of `drawn` still sitting, lying or kneeling at the scene's moment `at`, what the moment that
    sat or laid them (it, or one before) sat them on or at (their seat, the table they sat at), as theirs:
    drawn with them again; only what the moment `at` lacks, unless it is drawn `alone` (their lines)."""
    moment = moments[at]
    out: list[Prop] = []
    for cid in drawn:
        if cid not in moment.postures:
            continue
        # what the moment has already: their own seat, and any table or couch it draws
        have = set() if alone else {p.key for p in moment.props if p.holder == cid or p.role != "seat"}
        for earlier in reversed(moments[: at + 1]):
            if cid in put_down(earlier):  # the moment that put them so: what it gave them
                for prop in earlier.props:
                    theirs = prop.holder == cid or (prop.holder is None and earlier.who[:1] == [cid])
                    kept = prop.role == "seat" or (prop.role == "near" and prop.key in _KEPT)
                    if theirs and kept and prop.key not in have:
                        out.append(prop.model_copy(update={"holder": cid}))
                        have.add(prop.key)
                break
    return out


def held_moment(moments: list[Moment], at: int, drawn: list[str]) -> Moment:
    """The scene's people as its moment `at` left them, saying their lines (a `Shot.held`): those of them
    still sitting, lying or kneeling so, on their seats and at their tables, the others standing by."""
    source = moments[at]
    return Moment(
        id=source.id,
        text="",
        who=list(drawn),
        postures={c: p for c, p in source.postures.items() if c in drawn},
        props=held_props(moments, at, drawn, alone=True),
    )
