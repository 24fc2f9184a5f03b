"""The timing plan: where every line, shot and scene sits in the film, fitted to a target duration by
pacing (the pauses between lines) and holds (the time a scene lingers before and after speech)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from filmstudio.errors import DurationTooShort
from filmstudio.languages import is_spaceless
from filmstudio.storyboard import Moment, Scene, Storyboard

# natural and tightest pauses, in seconds
LEAD_IN = (0.8, 0.3)
LEAD_OUT = (0.9, 0.4)
SAME_SPEAKER_GAP = (0.35, 0.12)
NEW_SPEAKER_GAP = (0.6, 0.2)
MAX_SPEED_UP = 1.2  # voices may be re-synthesised this much faster to fit
WORDS_PER_SECOND = 2.6  # typical narration, for estimates before any audio exists
CHARS_PER_SECOND_SPACELESS = 5.0


@dataclass(frozen=True)
class FitResult:
    speed: float  # 1.0 when the speech fits as synthesised; otherwise re-synthesise this much faster


SILENT_HOLD = (2.0, 8.0, 1.5)  # an action line without speech: shortest and longest natural hold, tightest


def action_holds(scene: Scene) -> list[float]:
    """How long each action line of a scene nobody speaks in is on screen: as long as it takes to read,
    at least SILENT_HOLD[0], at most SILENT_HOLD[1]."""
    if scene.lines:
        return []
    texts = [a for a in scene.action if a != scene.heading] or [scene.heading]
    return [min(max(len(a.split()) / WORDS_PER_SECOND, SILENT_HOLD[0]), SILENT_HOLD[1]) for a in texts]


def silent_hold(scene: Scene) -> tuple[float, float]:
    """How long a scene nobody speaks in is held (natural, tightest): its action lines' holds."""
    holds = action_holds(scene)
    return (sum(holds), SILENT_HOLD[2] * len(holds)) if holds else (0.0, 0.0)


def _pauses(board: Storyboard) -> tuple[float, float]:
    natural = tight = 0.0
    for scene in board.scenes:
        hold = silent_hold(scene)
        natural += LEAD_IN[0] + LEAD_OUT[0] + hold[0]
        tight += LEAD_IN[1] + LEAD_OUT[1] + hold[1]
        for before, after in action_stretches(scene).values():  # action a line is too short to hold
            natural += before[0] + after[0]
            tight += before[1] + after[1]
        for prev, line in zip(scene.lines, scene.lines[1:], strict=False):
            gap = SAME_SPEAKER_GAP if prev.character_id == line.character_id else NEW_SPEAKER_GAP
            natural += gap[0]
            tight += gap[1]
    return natural, tight


def spoken_units(board: Storyboard) -> int:
    """Words (or characters, for languages written without spaces) the film speaks."""
    total = 0
    for line in board.lines():
        total += len(line.text.replace(" ", "")) if is_spaceless(line.language) else len(line.text.split())
    return total


def words_to_cut(speech: float, allowed: float, words: int) -> int:
    if speech <= allowed or speech <= 0:
        return 0
    return max(1, math.ceil(words * (speech - allowed) / speech))


def check_estimate(board: Storyboard, target: float) -> None:
    """Before synthesis: refuse early when the script clearly cannot fit (generous, to avoid false alarms)."""
    units = 0.0
    for line in board.lines():
        if is_spaceless(line.language):
            units += len(line.text.replace(" ", "")) / CHARS_PER_SECOND_SPACELESS * WORDS_PER_SECOND
        else:
            units += len(line.text.split())
    speech = units / WORDS_PER_SECOND / MAX_SPEED_UP
    _, tight = _pauses(board)
    allowed = target - tight
    if speech > allowed * 1.3:
        _raise(board, target, speech, allowed)


def _raise(board: Storyboard, target: float, speech: float, allowed: float) -> None:
    words = spoken_units(board)
    cut = words_to_cut(speech, max(allowed, 0.0), words)
    raise DurationTooShort(
        f"The script's speech needs about {speech + (target - allowed):.0f} s but the film is {target:g} s: "
        f"cut about {cut} of its {words} words, ask for a longer duration, or let the studio fit it: "
        f"fit 'abridge' keeps the story's spine in {target:g} s, fit 'episodes' makes a series of "
        f"{target:g} s films.",
        details={
            "target_seconds": target,
            "words": words,
            "words_to_cut": cut,
            "fit": ["abridge", "episodes"],
        },
    )


def fit(board: Storyboard, target: float | None) -> FitResult:
    """Check the synthesised speech against the target; ask for faster voices if that would fit."""
    if target is None:
        return FitResult(1.0)
    speech = sum(line.audio_duration or 0.0 for line in board.lines())
    _, tight = _pauses(board)
    allowed = target - tight
    if speech <= allowed:
        return FitResult(1.0)
    speed = speech / max(allowed, 1e-6)
    if speed <= MAX_SPEED_UP and allowed > 0:
        return FitResult(min(MAX_SPEED_UP, speed * 1.02))
    _raise(board, target, speech / MAX_SPEED_UP, allowed)
    raise AssertionError("unreachable")


def require_fit(board: Storyboard, target: float | None) -> None:
    """After the fastest voices allowed: speech that still overruns the target is the script's to cut."""
    if target is None:
        return
    speech = sum(line.audio_duration or 0.0 for line in board.lines())
    _, tight = _pauses(board)
    if speech > target - tight:
        _raise(board, target, speech, target - tight)


def plan(board: Storyboard, target: float | None, fps: int | None = None) -> None:
    """Set start and end of every line, shot and scene, and the film's duration. Given the frame rate and
    no target, each scene ends on a frame (a pause of under a frame more): a scene then draws the same
    frames wherever an edit before it moves it, and its encoded segment is reused (pipeline/segments.py)."""
    speech = sum(line.audio_duration or 0.0 for line in board.lines())
    natural, tight = _pauses(board)
    if target is None or math.isclose(target, speech + natural):
        mix = 1.0
        stretch = 1.0
    elif target < speech + natural:
        mix = max(0.0, (target - speech - tight) / max(natural - tight, 1e-6))  # 0 = tight, 1 = natural
        stretch = 1.0
    else:
        mix = 1.0
        stretch = (target - speech) / natural  # holds and pauses grow to fill the time

    def pause(values: tuple[float, float]) -> float:
        return (values[1] + (values[0] - values[1]) * mix) * stretch

    t = 0.0
    for scene in board.scenes:
        # timed from the scene's own start, then placed: its times less its start are the same numbers
        # wherever it stands (pipeline/segments.py keys its pictures by them)
        offset, scene.start = t, 0.0
        for moment in scene.moments:  # a moment no line or action times stays untimed
            moment.start = moment.end = None
        u = pause(LEAD_IN) + pause(silent_hold(scene))
        stretches = action_stretches(scene)
        shown: dict[str, tuple[float, float]] = {}  # line id -> the time its action has before and after it
        for i, line in enumerate(scene.lines):
            if i:
                prev = scene.lines[i - 1]
                u += pause(SAME_SPEAKER_GAP if prev.character_id == line.character_id else NEW_SPEAKER_GAP)
            own = stretches.get(line.id)
            if own is not None:  # the action written before the line, on screen before it is said
                shown[line.id] = (pause(own[0]), pause(own[1]))
                u += shown[line.id][0]
            if line.chant and board.music and board.music.tempo:  # a chant starts on the music's beat
                beat = 60.0 / board.music.tempo
                u = math.ceil((offset + u) / beat - 1e-9) * beat - offset
            line.start = round(u, 4)
            u += line.audio_duration or 0.0
            line.end = round(u, 4)
            u += shown[line.id][1] if line.id in shown else 0.0  # the action after the last line
        u += pause(LEAD_OUT)
        if fps and target is None:
            u = math.ceil((offset + u) * fps - 1e-6) / fps - offset
        scene.end = round(u, 4)
        _time_moments(scene, shown)
        _time_shots(scene)
        _place(scene, offset)
        t = offset + u
    if target is not None and board.scenes:
        board.scenes[-1].end = round(target, 4)  # absorb rounding
    board.duration = board.scenes[-1].end if board.scenes else 0.0


class _Timed(Protocol):
    """A scene, a line, a shot or a moment: what has a time span in the storyboard."""

    start: float | None
    end: float | None


def _span(item: _Timed) -> tuple[float, float]:
    """Where an item starts and ends, once plan() has timed it."""
    if item.start is None or item.end is None:
        raise ValueError(f"{type(item).__name__} {getattr(item, 'id', '')} is not timed yet")
    return item.start, item.end


def _place(scene: Scene, offset: float) -> None:
    timed: list[_Timed] = [scene, *scene.lines, *scene.shots, *scene.moments]
    for item in timed:
        if item.start is not None:
            item.start = round(item.start + offset, 6)
        if item.end is not None:
            item.end = round(item.end + offset, 6)


def _time_shots(scene: Scene) -> None:
    """Cuts fall in the pause before a shot's first line, two thirds of the way through it."""
    scene_start, scene_end = _span(scene)
    by_id = {line.id: line for line in scene.lines}
    order = {line.id: i for i, line in enumerate(scene.lines)}
    cuts: list[float] = []
    for shot in scene.shots[1:]:
        first = by_id[shot.line_ids[0]] if shot.line_ids else None
        if first is None:
            cuts.append(scene_end)
            continue
        index = order[first.id]
        before = _span(scene.lines[index - 1])[1] if index else scene_start
        cut = before + (_span(first)[0] - before) * 2 / 3
        # the action written before the line starts the shot: none of it is seen in the shot before
        acted = [m.start for m in scene.moments if m.start is not None and _over_before(scene, m, first.id)]
        cuts.append(round(min([cut, *(a for a in acted if a >= before)]), 4))
    for i, shot in enumerate(scene.shots):
        shot.start = scene_start if i == 0 else cuts[i - 1]
        shot.end = cuts[i] if i < len(cuts) else scene_end


def _time_moments(scene: Scene, shown: dict[str, tuple[float, float]] | None = None) -> None:
    """A narrated moment lasts its line (with the pause before the next); action moments share the
    scene's time as their lines take to read (`shown`: the time the action among the lines has of its own,
    before and after each line, as plan() gave it)."""
    scene_start, scene_end = _span(scene)
    by_id = {line.id: line for line in scene.lines}
    spoken = [(m, by_id[m.line_id]) for m in scene.moments if m.line_id is not None and m.line_id in by_id]
    for k, (moment, line) in enumerate(spoken):
        moment.start = scene_start if k == 0 else line.start
    for k, (moment, _) in enumerate(spoken):
        moment.end = scene_end if k == len(spoken) - 1 else spoken[k + 1][0].start
    acted = [m for m in scene.moments if m.action is not None]
    _time_action_among_lines(scene, acted, shown or {})
    if acted and not scene.lines:
        holds = [read_hold(m.text) for m in acted]
        span, t = (scene_end - scene_start) / sum(holds), scene_start
        for moment, hold in zip(acted, holds, strict=True):
            moment.start, moment.end = round(t, 4), round(t + hold * span, 4)
            t += hold * span


def _time_action_among_lines(scene: Scene, acted: list[Moment], shown: dict[str, tuple[float, float]]) -> None:
    """Action written between lines is seen while the line after it is heard (after the last line: over
    that one): its moments share that line's time, with the time of their own plan() gave them before it
    (or after the last line) where the line is too short to hold them, in their order, as long as each
    takes to read."""
    by_id = {line.id: line for line in scene.lines}
    for line_id, moments in _action_over(scene, acted).items():
        start, end = _span(by_id[line_id])
        before, after = shown.get(line_id, (0.0, 0.0))
        start, end = start - before, end + after
        holds = [read_hold(m.text) for m in moments]
        t, share = start, (end - start) / sum(holds)
        for moment, hold in zip(moments, holds, strict=True):
            moment.start, moment.end = round(t, 4), round(t + hold * share, 4)
            t += hold * share


def read_hold(text: str) -> float:
    """How long an action sentence is on screen: as long as it takes to read, SILENT_HOLD[0] to [1]."""
    return min(max(len(text.split()) / WORDS_PER_SECOND, SILENT_HOLD[0]), SILENT_HOLD[1])


def _action_over(scene: Scene, acted: list[Moment]) -> dict[str, list[Moment]]:
    """For each line, the action moments seen over it, in story order."""
    ids = {line.id for line in scene.lines}
    over: dict[str, list[Moment]] = {}
    for moment in acted:
        line_id = scene.action_seen_over(moment.action) if moment.action is not None else None
        if line_id is not None and line_id in ids:
            over.setdefault(line_id, []).append(moment)
    return over


def _over_before(scene: Scene, moment: Moment, line_id: str) -> bool:
    """Whether a moment is action written right before the line (not after the last one)."""
    return (
        moment.action is not None
        and len(scene.action_before) == len(scene.action)
        and 0 <= moment.action < len(scene.action)
        and scene.action_before[moment.action] == line_id
    )


Stretch = tuple[tuple[float, float], tuple[float, float]]  # (natural, tightest) before the line, and after it


def action_stretches(scene: Scene) -> dict[str, Stretch]:
    """For each line whose action (the sentences written before it, or after the last line) takes longer
    to show than the line takes to say: the time of their own those sentences get, natural and tightest,
    before the line (or, for action after the last line alone, after it). Each sentence is then on screen
    for its own share, in order, at least SILENT_HOLD[0] and at most SILENT_HOLD[1], with the scene's music
    under it; the line and its subtitle keep their own time. A film fitted to a duration too short for them
    may give them less, down to none (they share the line's time, as plan() fits the pauses)."""
    acted = [m for m in scene.moments if m.action is not None]
    by_id = {line.id: line for line in scene.lines}
    out: dict[str, Stretch] = {}
    for line_id, moments in _action_over(scene, acted).items():
        line = by_id[line_id]
        said = line.audio_duration if line.audio_duration is not None else len(line.text.split()) / WORDS_PER_SECOND
        natural = max(0.0, sum(read_hold(m.text) for m in moments) - said)
        if natural <= 0:
            continue
        # tightest, none: a film fitted to a short duration shows them over the line, as time allows
        none = (0.0, 0.0)
        before = any(_over_before(scene, m, line_id) for m in moments)
        out[line_id] = ((natural, 0.0), none) if before else (none, (natural, 0.0))
    return out
