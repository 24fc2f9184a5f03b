"""No shot looks like the one before it: two shots in a row of the same people in the same framing (a
wide of the cast after a wide of the cast, the narration's wide views of the same people, a close-up of
one speaker after another of them, an acted wide after an acted wide) read as one shot that jumps, and the
cut tells the viewer nothing. The later one is varied: a wide becomes a close-up of its speaker, or for
narration of a listener; a close-up becomes the shot over the listener's shoulder, or a wide; an over the
shoulder shot becomes a close-up; an acted wide of one or two people comes closer, an acted close-up goes
wide. Where the text says the same again, the same shot says it again; an establishing view put later than
the first shot is kept where it was put (the creator moved it there)."""

from __future__ import annotations

from filmstudio.storyboard import Scene, Shot, ShotKind

_WIDE: frozenset[str] = frozenset({"wide", "establishing"})  # the talking heads' player draws them alike


def view(shot: Shot) -> tuple[bool, str, str | None, tuple[str, ...], tuple[str, ...]]:
    """What a shot looks like: acted or talking, how wide, on whom, with whom, and for an acted moment with
    what (another thing in hand is another picture)."""
    kind = "wide" if shot.kind in _WIDE else shot.kind
    subject = shot.subject if kind in ("closeup", "over_shoulder") else None
    things = tuple(sorted(shot.shows)) if shot.moment is not None else ()
    return shot.moment is not None, kind, subject, tuple(sorted(shot.actors)), things


def repeats(before: Shot, shot: Shot) -> bool:
    """Whether a shot shows the same people as the shot before it, framed the same."""
    return bool(shot.actors) and view(before) == view(shot)


def vary_shots(scene: Scene) -> None:
    """Each shot that repeats the one before it (the text not repeating) framed anew, in place."""
    texts = {line.id: " ".join(line.text.lower().split()) for line in scene.lines}
    moments = {m.id: " ".join(m.text.lower().split()) for m in scene.moments}
    speakers = {line.id: line.character_id for line in scene.lines}
    crowds = {m.id: bool(m.extras) for m in scene.moments}
    # a moment with a crowd, or one met midway ("they met a pedlar"), is no repeat of one without: its
    # wide view shows them, where a close one would leave them out
    crowded = {m.id for m in scene.moments if m.extras}
    for n in range(1, len(scene.shots)):
        before, shot = scene.shots[n - 1], scene.shots[n]
        if not repeats(before, shot) or shot.held or _said_again(before, shot, texts, moments):
            continue
        if shot.kind == "establishing" and n > 0:
            continue  # a view of the place put after the first shot was put there (a creator's storyboard): kept
        if shot.moment in crowded and before.moment not in crowded and shot.kind in _WIDE:
            continue
        if shot.moment is not None:
            if not crowds.get(shot.moment):  # a crowd (a cat running beside the dog) is drawn in a wide only
                _vary_acted(shot)
        else:
            _vary_talking(before, shot, scene, speakers, n)


def _said_again(before: Shot, shot: Shot, texts: dict[str, str], moments: dict[str, str]) -> bool:
    """The text repeats itself: the same words (a refrain, a call and its echo) over both shots."""
    if before.moment and shot.moment:
        return moments.get(before.moment) == moments.get(shot.moment)
    said = [texts.get(i, "") for i in before.line_ids], [texts.get(i, "") for i in shot.line_ids]
    return bool(said[1]) and said[0] == said[1]


def _vary_acted(shot: Shot) -> None:
    """An acted moment after another of the same people, framed alike: closer (one or two people), or
    back out wide after a close one."""
    if shot.kind in _WIDE and 0 < len(shot.actors) <= 2:
        shot.kind = "closeup"
    elif shot.kind == "closeup":
        shot.kind = "wide"


def _vary_talking(before: Shot, shot: Shot, scene: Scene, speakers: dict[str, str], n: int) -> None:
    """A shot of talking heads like the one before: a wide cuts to whoever speaks in it (a listener where
    the narrator speaks); a close-up to over the listener's shoulder, or wide; over the shoulder to close."""
    on_screen = list(shot.actors)
    own = next((speakers[i] for i in shot.line_ids if speakers.get(i) in on_screen), None)
    if shot.kind in _WIDE:
        others = [c for c in on_screen if c != before.subject] or on_screen
        who = own or others[n % len(others)]
        _close_on(shot, who)
    elif shot.kind == "closeup" and shot.subject is not None:
        listener = next((c for c in scene.cast if c != shot.subject), None)
        if listener is not None:
            _frame(shot, "over_shoulder", shot.subject, [listener, shot.subject])
        else:  # alone in the scene: seen smaller
            _frame(shot, "wide", None, [shot.subject])
    elif shot.kind == "over_shoulder" and shot.subject is not None:
        _close_on(shot, shot.subject)


def _close_on(shot: Shot, who: str) -> None:
    _frame(shot, "closeup", who, [who])


def _frame(shot: Shot, kind: ShotKind, subject: str | None, actors: list[str]) -> None:
    things = [k for k in shot.shows if k not in shot.actors]
    shot.kind, shot.subject, shot.actors = kind, subject, actors
    shot.shows = [*actors, *(things if kind in _WIDE else [])]
