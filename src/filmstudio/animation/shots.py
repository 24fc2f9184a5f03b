"""Shots: who is in frame and how, cut on changes of speaker.

A scene with characters on screen opens on a wide shot of everyone, then cuts at each change of
speaker between a close-up of the speaker and an over-the-shoulder shot from the listener, going back
wide now and then and whenever the narrator speaks. Shots shorter than MIN_SHOT are folded into the
one before (which becomes wide when it then holds two speakers). A scene nobody appears in is one
establishing shot with the slow camera moves of the still."""

from __future__ import annotations

from collections.abc import Iterable

from filmstudio.animation.kept import held_props
from filmstudio.animation.shot_variety import vary_shots
from filmstudio.storyboard import Line, Moment, Prop, Scene, Shot, ShotKind

MIN_SHOT = 1.5  # seconds
_TURN_KINDS: tuple[ShotKind, ...] = ("closeup", "over_shoulder", "closeup", "wide")


def plan_shots(scene_id: str, lines: list[Line], off_screen: Iterable[str] = ("narrator",)) -> list[Shot]:
    hidden = set(off_screen)
    drawn = [ln.character_id for ln in lines if ln.character_id not in hidden]
    turns: list[list[Line]] = []
    for line in lines:
        # the narrator's sentences are a shot each: each is its own action, acted (its moment)
        if turns and turns[-1][-1].character_id == line.character_id and line.character_id not in hidden:
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
        kind: ShotKind
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
        shots.append(Shot(id=f"{scene_id}.{len(shots)}", kind=kind, line_ids=ids, subject=subject))
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


def settle_shots(
    scene: Scene, off_screen: Iterable[str], actors: Iterable[str] = (), animals: Iterable[str] = ()
) -> None:
    """Fold too-short shots into the one before and say who is in each frame. Needs the timing plan.
    A scene nobody on screen speaks in is staged from its moments (`actors`: the people who may act in
    them; `animals`: the animals that are characters, acting as themselves), or directed as narration.
    No shot then looks like the one before it (animation/shot_variety.py)."""
    _settle_shots(scene, off_screen, actors, animals)
    vary_shots(scene)


def _settle_shots(scene: Scene, off_screen: Iterable[str], actors: Iterable[str], animals: Iterable[str]) -> None:
    scene.cast = cast_of(scene, off_screen)
    hidden = set(off_screen)
    actors, animals = list(actors), list(animals)
    people = (
        {c for c in actors if c not in hidden} if actors or animals else {c for c in scene.people if c not in hidden}
    )
    if not scene.cast and stage_shots(scene, people | set(animals), people):
        return
    if not scene.cast:
        direct_narration(scene)
        hidden = set(off_screen)
        present = [cid for cid in scene.people if cid not in hidden][:MAX_CAST]
        scene.cast = present  # those the narration names stand in its wide views, idle, the same in each
        arrivals = _arrivals(scene)
        for shot in scene.shots:
            shot.actors = (
                [c for c in present if _there(c, shot, arrivals)] if shot.kind in ("establishing", "wide") else []
            )
            shot.shows = shot.actors + shot.shows
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
    arrivals = _arrivals(scene)
    for shot in scene.shots:
        if shot.subject not in scene.cast:
            shot.subject = None
        if shot.kind in ("closeup", "over_shoulder") and shot.subject is None:
            shot.kind = "wide"
        subject = shot.subject  # not None for a closeup or over the shoulder (above)
        if shot.kind == "over_shoulder" and subject is not None:
            listener = (
                previous_speaker
                if previous_speaker not in (None, shot.subject)
                else next((c for c in scene.cast if c != shot.subject and _there(c, shot, arrivals)), None)
            )
            if listener is None:
                shot.kind = "closeup"
            else:
                shot.actors = [listener, subject]
        if shot.kind == "closeup" and subject is not None:
            shot.actors = [subject]
        elif shot.kind != "over_shoulder":
            shot.actors = [c for c in scene.cast if _there(c, shot, arrivals)]
        if shot.subject is not None:
            previous_speaker = shot.subject
        drawn_things = [t.key for t in scene.things if t.box]
        shot.shows = list(shot.actors) + (drawn_things if shot.kind in ("establishing", "wide") else [])
    _stage_narrated_shots(scene, people | set(animals))


def _arrivals(scene: Scene) -> dict[str, float]:
    """When those a scene's narration or action first names later come into it ("Tom enters", "then her
    father came home"): the start of that sentence; none for one who speaks before it (they were there)."""
    arrivals: dict[str, float] = {}
    for moment in sorted((m for m in scene.moments if m.start is not None), key=lambda m: m.start or 0.0):
        for cid in moment.who:
            arrivals.setdefault(cid, moment.start or 0.0)
    for line in scene.lines:
        if line.start is not None and line.start < arrivals.get(line.character_id, line.start):
            del arrivals[line.character_id]
    return arrivals


def _there(cid: str, shot: Shot, arrivals: dict[str, float]) -> bool:
    """Whether one of the cast is on screen in a shot: not in one that ends before they come in."""
    return cid not in arrivals or (shot.end or 0.0) > arrivals[cid] + 0.05


def _stage_narrated_shots(scene: Scene, actors: set[str]) -> None:
    """In a scene with dialogue, a shot the narrator speaks alone is the action it tells, acted (its
    moment), not the speakers listening; so is a shot of lines an animal says (it speaks as itself); and
    a line that action is written before (or the last line, for action after it) is heard over that action,
    acted: a moment a shot, where the line's time allows."""
    narrated = {line.id for line in scene.lines if line.character_id not in scene.cast}
    moments = {m.line_id: m for m in scene.moments if m.line_id}
    acted = _acted_over(scene, actors)
    speakers = {line.id: line.character_id for line in scene.lines}
    previous: str | None = None
    shots: list[Shot] = []
    for shot in scene.shots:
        voiced = _voiced_off_cast(shot, scene.cast, speakers, moments)
        moment: Moment | None = None
        if shot.line_ids and (set(shot.line_ids) <= narrated or voiced):
            moment = voiced or next(
                (moments[i] for i in shot.line_ids if i in moments and _stageable(moments[i], actors)), None
            )
        pieces = [(shot, moment)] if moment is not None else _acted_pieces(shot, acted)
        for piece, played in pieces:
            if played is not None:
                # the shot's speakers all stand in it: none is heard while another is shown in their place
                said = [speakers[i] for i in piece.line_ids if speakers.get(i) in actors]
                who = [c for c in dict.fromkeys([*played.who, *said]) if c in actors][:4]
                piece.moment, piece.actors, piece.subject = played.id, who, who[0] if who else None
                piece.kind = _staged_kind(previous, played, len(who))
                piece.shows = [*who, *(p.key for p in played.props)]
            previous = piece.kind
            shots.append(piece)
    _hold_postures(scene, shots)
    if len(shots) != len(scene.shots):  # a shot was cut between actions: the scene's shots numbered again
        for n, shot in enumerate(shots):
            shot.id = f"{scene.id}.{n}"
    scene.shots = shots


def _hold_postures(scene: Scene, shots: list[Shot]) -> None:
    """A wide view of the lines said after the action sat someone down (or laid them down, or knelt them)
    shows them so, where they sat, till a sentence gets them up (script/postures.py): the shot is played
    from the moment before it, its people as that moment left them, saying their lines (`Shot.held`). A
    close view of one seated, the face, stays as it is; one lying is seen lying, close or not."""
    timed = [(k, m) for k, m in enumerate(scene.moments) if m.start is not None]
    for shot in shots:
        if shot.moment or not shot.actors:
            continue
        before = [(k, m) for k, m in timed if (m.start or 0.0) <= (shot.start or 0.0) + 0.05]
        if not before:
            continue
        k, source = before[-1]
        wide = shot.kind in ("wide", "establishing")
        if not any(cid in source.postures and (wide or source.postures[cid] == "lie") for cid in shot.actors):
            continue
        if shot.kind == "over_shoulder":  # the staged shot draws the two whole: side by side
            shot.kind = "wide"
        shot.moment, shot.held = source.id, True
        props = held_props(scene.moments, k, shot.actors, alone=True)
        shot.shows = [*shot.actors, *dict.fromkeys(p.key for p in props)]


def _stageable(moment: Moment, actors: set[str]) -> bool:
    """Whether a moment has something to show: people who can act it, a crowd, or a thing it is about."""
    return any(c in actors for c in moment.who) or bool(moment.extras) or subject_thing(moment) is not None


def _acted_over(scene: Scene, actors: set[str]) -> dict[str, list[Moment]]:
    """For each line that action written among a scene's lines is seen over, its moments with something
    to show, in story order."""
    acted: dict[str, list[Moment]] = {}
    for moment in scene.moments:
        line_id = scene.action_seen_over(moment.action) if moment.action is not None else None
        if line_id is not None and _stageable(moment, actors):
            acted.setdefault(line_id, []).append(moment)
    return acted


def _acted_pieces(shot: Shot, acted: dict[str, list[Moment]]) -> list[tuple[Shot, Moment | None]]:
    """A shot over lines that action is seen over: a piece for each of those moments, cut where the next
    one starts; where a piece would be shorter than MIN_SHOT, the whole shot plays the last of them (what
    the people are doing by the time the line is said)."""
    played = [m for i in shot.line_ids for m in acted.get(i, [])]
    if not played:
        return [(shot, None)]
    start, end = shot.start or 0.0, shot.end or 0.0
    cuts = [start, *(m.start or start for m in played[1:]), end]
    if len(played) > 1 and end - start >= MIN_SHOT * len(played):  # time for each: cuts moved to give it
        cuts = _spaced(cuts)
    if len(played) == 1 or any(b - a < MIN_SHOT - 1e-6 for a, b in zip(cuts, cuts[1:], strict=False)):
        return [(shot, played[-1])]
    return [
        (shot.model_copy(update={"start": a, "end": b, "line_ids": list(shot.line_ids)}), m)
        for a, b, m in zip(cuts, cuts[1:], played, strict=False)
    ]


def _spaced(cuts: list[float]) -> list[float]:
    """The cuts between a shot's acted pieces moved as little as they must for each piece to last MIN_SHOT
    (the shot is long enough for all): "MIRA hugs JONAH." over a short line keeps its share of the shot
    rather than giving it all to the action after it."""
    out = list(cuts)
    for i in range(1, len(out) - 1):
        out[i] = max(out[i], out[i - 1] + MIN_SHOT)
    for i in range(len(out) - 2, 0, -1):
        out[i] = min(out[i], out[i + 1] - MIN_SHOT)
    return out


def _voiced_off_cast(
    shot: Shot, cast: list[str], speakers: dict[str, str], moments: dict[str, Moment]
) -> Moment | None:
    """The moment of a line in a shot of talking heads that one outside them says (an animal speaks as
    itself, in its moment): played as that moment, else the speaker would be heard over the others' faces."""
    if not any(speakers.get(i) in cast for i in shot.line_ids):
        return None
    return next(
        (
            moments[i]
            for i in shot.line_ids
            if speakers.get(i) not in (*cast, "narrator") and i in moments and speakers[i] in moments[i].who
        ),
        None,
    )


MAX_STILL = 6.0  # seconds a narrated picture may be held before the camera finds a new view


def direct_narration(scene: Scene) -> None:
    """A scene told by the narrator alone is directed, not held: a shot per sentence; a sentence that
    names a thing not yet seen opens on that thing (an insert, framed on where the picture shows it);
    the others look at another part of the setting; no shot is held longer than MAX_STILL. Needs the
    timing plan and the things' places in the picture."""
    start, end = scene.start or 0.0, scene.end or 0.0
    if end <= start or not scene.lines:
        return
    seen: set[str] = set()
    shots: list[Shot] = []
    for i, line in enumerate(scene.lines):
        a = start if i == 0 else (line.start or start)
        b = end if i == len(scene.lines) - 1 else (scene.lines[i + 1].start or end)
        if b - a <= 0.05:
            continue
        text = line.text.lower()
        new = [t for t in scene.things if t.box and t.key not in seen and any(w.lower() in text for w in t.words)]
        seen.update(t.key for t in new)
        new = new[: max(1, int((b - a) // MIN_SHOT))]  # each thing the sentence brings, as time allows
        if not new:
            kind: ShotKind = "establishing" if not shots else "wide"
            shots.append(
                Shot(id="", kind=kind, line_ids=[line.id], start=a, end=b, shows=[t.key for t in scene.things if t.box])
            )
            continue
        if not shots and b - a >= 2 * MIN_SHOT:  # a scene opens on its place (and its people), then the thing
            split = a + max(MIN_SHOT, (b - a) * 0.4)
            shots.append(
                Shot(
                    id="",
                    kind="establishing",
                    line_ids=[line.id],
                    start=a,
                    end=split,
                    shows=[t.key for t in scene.things if t.box],
                )
            )
            a = split
            new = new[: max(1, int((b - a) // MIN_SHOT))]
        step = (b - a) / len(new)
        for k, thing in enumerate(new):
            shots.append(
                Shot(
                    id="",
                    kind="insert",
                    line_ids=[line.id],
                    subject=thing.key,
                    start=a + k * step,
                    end=a + (k + 1) * step,
                    shows=[thing.key],
                )
            )
    if not shots:
        return
    shots = [piece for shot in _merged(shots) for piece in _split(shot, MAX_STILL)]
    for n, shot in enumerate(shots):
        shot.id = f"{scene.id}.{n}"
    scene.shots = shots


def _merged(shots: list[Shot]) -> list[Shot]:
    """Shots shorter than MIN_SHOT join the one before (an insert keeps its subject)."""
    kept: list[Shot] = []
    for shot in shots:
        if kept and ((shot.end or 0) - (shot.start or 0)) < MIN_SHOT and shot.kind != "insert":
            kept[-1].end = shot.end
            kept[-1].line_ids += shot.line_ids
        else:
            kept.append(shot)
    return kept


def _split(shot: Shot, longest: float) -> list[Shot]:
    span = (shot.end or 0.0) - (shot.start or 0.0)
    pieces = max(1, int(-(-span // longest)))
    if pieces == 1:
        return [shot]
    out = []
    for k in range(pieces):
        a = (shot.start or 0.0) + span * k / pieces
        part = shot.model_copy(update={"start": a, "end": a + span / pieces, "line_ids": list(shot.line_ids)})
        if k > 0:  # the rest of a long sentence: another view of the setting
            part.kind, part.subject = "wide", None
        out.append(part)
    return out


def subject_thing(moment: Moment) -> Prop | None:
    """The thing a sentence nobody acts in is about ("the bowl fell from the shelf"): staged as itself."""
    if moment.who:
        return None
    return next((p for p in moment.props if p.role == "near" and p.holder is None), None)


def _staged_kind(previous: str | None, moment: Moment, actors: int) -> ShotKind:
    """Wide and closer views take turns, so no shot repeats the one before; a crowd, three or more
    people, or a new place are seen wide; so is a moral or a comment (the story's people at rest)."""
    if moment.general or (moment.acts and actors > 1):  # two doing each their own are seen together
        return "wide" if previous is not None else "establishing"
    if previous is None:
        return "establishing" if moment.place is None else "wide"
    if previous in ("wide", "establishing") and not moment.extras and 0 < actors <= 2:
        return "closeup"
    return "wide"


def stage_shots(scene: Scene, actors: set[str], people: Iterable[str] = ()) -> bool:
    """A shot per moment: one whose sentence has people acting shows them (`Shot.moment`); one without
    looks at the setting, or at a thing it names first. Long moments cut to a closer view of the same
    action. False (nothing changed) when no moment has anyone to act it. Needs the moments' times."""
    people = set(people)
    timed = [
        (m, m.start, m.end) for m in scene.moments if m.start is not None and m.end is not None and m.end > m.start
    ]
    if not any(any(c in actors for c in m.who) or m.extras or subject_thing(m) for m, _, _ in timed):
        return False
    seen: set[str] = set()
    shots: list[Shot] = []
    for m, start, end in timed:
        who = [cid for cid in m.who if cid in actors][:4]
        line_ids = [m.line_id] if m.line_id else []
        shows = [*who, *(p.key for p in m.props)]
        if who or m.extras or subject_thing(m):
            pieces = max(1, int(-(-(end - start) // MAX_STILL)))
            step = (end - start) / pieces
            # two clauses, two doers ("Tomas cast the net, and Lena sat"): both together, then closer on each
            doers = [c for c in who if c == who[0] or c in m.acts] if m.acts else []
            for k in range(pieces):
                kind = _staged_kind(shots[-1].kind if shots else None, m, len(who))
                if m.general and k % 2 and 0 < len(who) <= 2:  # a long one: closer on them, then back
                    kind = "closeup"
                on = [doers[(k - 1) % len(doers)]] if len(doers) > 1 and k > 0 else who
                if on != who:  # closer on one of them: with the things that are theirs
                    kind = "closeup"
                shown = shows if on == who else [*on, *(p.key for p in m.props if p.holder in (*on, None))]
                shots.append(
                    Shot(
                        id="",
                        kind=kind,
                        line_ids=list(line_ids),
                        subject=on[0] if on else None,
                        actors=on,
                        shows=shown,
                        start=start + k * step,
                        end=start + (k + 1) * step,
                        moment=m.id,
                    )
                )
            continue
        text = m.text.lower()
        new = [t for t in scene.things if t.box and t.key not in seen and any(w.lower() in text for w in t.words)]
        seen.update(t.key for t in new)
        if new:
            shots.append(
                Shot(
                    id="",
                    kind="insert",
                    line_ids=line_ids,
                    subject=new[0].key,
                    start=m.start,
                    end=m.end,
                    shows=[new[0].key],
                )
            )
        else:
            kind = "establishing" if not shots else "wide"
            shots.append(
                Shot(
                    id="",
                    kind=kind,
                    line_ids=line_ids,
                    start=m.start,
                    end=m.end,
                    shows=[t.key for t in scene.things if t.box],
                )
            )
    if shots:
        shots[0].start, shots[-1].end = scene.start, scene.end
    kept: list[Shot] = []
    for shot in shots:  # a view of the setting shorter than MIN_SHOT joins the shot before
        if kept and shot.moment is None and ((shot.end or 0) - (shot.start or 0)) < MIN_SHOT:
            kept[-1].end = shot.end
            kept[-1].line_ids += shot.line_ids
        else:
            kept.append(shot)
    for n, shot in enumerate(kept):
        shot.id = f"{scene.id}.{n}"
    scene.shots = kept
    # the people drawn (animals act as themselves, not as rigs)
    scene.cast = [cid for cid in dict.fromkeys(c for shot in kept for c in shot.actors) if cid in people]
    return True
