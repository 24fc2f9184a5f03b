"""Shots: who is in frame and how, cut on changes of speaker.

A scene with characters on screen opens on a wide shot of everyone, then cuts at each change of
speaker between a close-up of the speaker and an over-the-shoulder shot from the listener, going back
wide now and then and whenever the narrator speaks. Shots shorter than MIN_SHOT are folded into the
one before (which becomes wide when it then holds two speakers). A scene nobody appears in is one
establishing shot with the slow camera moves of the still."""

from __future__ import annotations

from collections.abc import Iterable

from filmstudio.storyboard import Line, Scene, Shot

MIN_SHOT = 1.5  # seconds
_TURN_KINDS = ("closeup", "over_shoulder", "closeup", "wide")


def plan_shots(scene_id: str, lines: list[Line], off_screen: Iterable[str] = ("narrator",)) -> list[Shot]:
    hidden = set(off_screen)
    drawn = [ln.character_id for ln in lines if ln.character_id not in hidden]
    turns: list[list[Line]] = []
    for line in lines:
        if turns and turns[-1][-1].character_id == line.character_id:
            turns[-1].append(line)
        else:
            turns.append([line])
    if not drawn:
        return [Shot(id=f"{scene_id}.0", kind="establishing", line_ids=[ln.id for ln in lines])]
    several = len(set(drawn)) > 1
    shots: list[Shot] = []
    spoken = 0
    for turn in turns:
        speaker = turn[0].character_id
        ids = [ln.id for ln in turn]
        if not shots:
            kind = "establishing"
        elif speaker in hidden:
            kind = "wide"
        elif several:
            kind = _TURN_KINDS[spoken % len(_TURN_KINDS)]
        else:
            kind = "closeup" if spoken % 2 == 0 else "wide"
        if speaker not in hidden and shots:
            spoken += 1
        subject = None if speaker in hidden else speaker
        shots.append(Shot(id=f"{scene_id}.{len(shots)}", kind=kind, line_ids=ids, subject=subject))  # type: ignore[arg-type]
    return shots


MAX_CAST = 6


def cast_of(scene: Scene, off_screen: Iterable[str]) -> list[str]:
    """The characters drawn in a scene, in the order they first speak (that is also left to right),
    then those present who do not speak: they listen. A scene nobody on screen speaks in stays a
    still under camera moves."""
    hidden = set(off_screen)
    cast: list[str] = []
    for line in scene.lines:
        if line.character_id not in hidden and line.character_id not in cast:
            cast.append(line.character_id)
    if cast:
        cast += [cid for cid in scene.people if cid not in hidden and cid not in cast]
    return cast[:MAX_CAST]


def settle_shots(scene: Scene, off_screen: Iterable[str]) -> None:
    """Fold too-short shots into the one before and say who is in each frame. Needs the timing plan."""
    scene.cast = cast_of(scene, off_screen)
    if not scene.cast:
        for shot in scene.shots:
            shot.actors = []
        return
    kept: list[Shot] = []
    for shot in scene.shots:
        length = (shot.end or 0.0) - (shot.start or 0.0)
        if kept and length < MIN_SHOT:
            prev = kept[-1]
            prev.end = shot.end
            prev.line_ids += shot.line_ids
            if prev.subject != shot.subject and prev.kind != "establishing":
                prev.kind, prev.subject = "wide", None
            continue
        kept.append(shot)
    if len(kept) > 1 and (kept[-1].end or 0.0) - (kept[-1].start or 0.0) < MIN_SHOT:  # a short last shot
        last = kept.pop()
        kept[-1].end = last.end
        kept[-1].line_ids += last.line_ids
        if kept[-1].subject != last.subject and kept[-1].kind != "establishing":
            kept[-1].kind, kept[-1].subject = "wide", None
    scene.shots = kept
    previous_speaker: str | None = None
    for shot in scene.shots:
        if shot.subject not in scene.cast:
            shot.subject = None
        if shot.kind in ("closeup", "over_shoulder") and shot.subject is None:
            shot.kind = "wide"
        if shot.kind == "over_shoulder":
            listener = (
                previous_speaker
                if previous_speaker not in (None, shot.subject)
                else next((c for c in scene.cast if c != shot.subject), None)
            )
            if listener is None:
                shot.kind = "closeup"
            else:
                shot.actors = [listener, shot.subject]  # type: ignore[list-item]
        if shot.kind == "closeup":
            shot.actors = [shot.subject]  # type: ignore[list-item]
        elif shot.kind != "over_shoulder":
            shot.actors = list(scene.cast)
        if shot.subject is not None:
            previous_speaker = shot.subject
