"""A story at the length asked: abridged to its spine, or split into episodes.

Abridging is extractive and offline: every spoken line is scored by what the reading found in it (it
introduces a character or a place, someone speaks, it opens or ends the story or a scene, the story
turns there), and the best lines are kept, in their order, until the speech fits the duration (voices
may then speak up to 10% faster). A chanted verse is kept or cut whole. Episodes split at scene
boundaries (at line boundaries only inside a scene too long for one part), each part at most the
duration, titled "Part n of m"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from filmstudio.languages import is_spaceless
from filmstudio.storyboard import Character, Line, Scene, Storyboard

WORDS_PER_SECOND = 2.6  # as the timing plan estimates before any voice exists
CHARS_PER_SECOND_SPACELESS = 5.0
FASTER = 1.1  # the most a voice may speed up to fit: still natural
PAUSE_PER_SCENE = 1.7  # lead-in and lead-out of a scene, natural
PAUSE_PER_LINE = 0.45
# words where a story turns (a change, an ending): a line holding one is kept before its neighbours
_TURNS = re.compile(
    r"\b(?:but|suddenly|then|at last|finally|however|until|when|so|therefore|moral|"
    r"pero|de pronto|entonces|al fin|finalmente|mais|soudain|alors|enfin|aber|plötzlich|da|endlich|"
    r"ma|improvvisamente|allora|infine|mas|de repente|então|но|вдруг|тогда|наконец)\b",
    re.I,
)


def line_seconds(line: Line) -> float:
    """A line's speech, estimated from its words (or characters, for scripts written without spaces)."""
    if is_spaceless(line.language):
        return len(line.text.replace(" ", "")) / CHARS_PER_SECOND_SPACELESS
    return len(line.text.split()) / WORDS_PER_SECOND


def estimate(scenes: list[Scene]) -> float:
    """A film's length from its lines, with natural pauses (a scene cut in pieces pauses once)."""
    lines = [line for scene in scenes for line in scene.lines]
    count = len({_origin(scene.id) for scene in scenes})
    return sum(line_seconds(ln) for ln in lines) + PAUSE_PER_SCENE * count + PAUSE_PER_LINE * len(lines)


@dataclass
class Abridgement:
    kept: list[str]
    cut: list[str]
    seconds: float  # the estimate of what is kept


def abridge(board: Storyboard, target: float) -> Abridgement:
    """Keep the story's spine within `target` seconds (at the most natural speed-up); the board is
    changed in place: cut lines leave their scenes, and scenes left without a line leave the film.
    What was kept and cut is returned and written in the storyboard's analysis."""
    lines = [(si, li, line) for si, scene in enumerate(board.scenes) for li, line in enumerate(scene.lines)]
    if not lines or estimate(board.scenes) <= target * FASTER:
        return Abridgement([ln.text for _, _, ln in lines], [], estimate(board.scenes))
    scores = _scores(board)
    order = sorted(range(len(lines)), key=lambda k: (-scores[k], k))
    keep: set[int] = set()
    for k in order:
        trial = keep | _unit(lines, k)
        if _estimate_kept(board, lines, trial) <= target * FASTER:
            keep = trial
    kept: list[str] = []
    cut: list[str] = []
    for k, (_, _, line) in enumerate(lines):
        (kept if k in keep else cut).append(line.text)
    kept_ids = {id(lines[k][2]) for k in keep}
    for scene in board.scenes:
        scene.lines = [ln for ln in scene.lines if id(ln) in kept_ids]
        scene.shots = []  # planned again from the lines that stay
    board.scenes = [s for s in board.scenes if s.lines]
    seconds = estimate(board.scenes)
    board.analysis = {
        **board.analysis,
        "abridged": f"kept {len(kept)} of {len(lines)} lines (about {seconds:.0f} s of film for {target:g} s)",
        "cut": " | ".join(cut)[:4000],
    }
    return Abridgement(kept, cut, seconds)


def _unit(lines: list[tuple[int, int, Line]], k: int) -> set[int]:
    """A line, or the whole chanted verse it belongs to: a verse is never split."""
    si, _, line = lines[k]
    if not line.chant:
        return {k}
    return {j for j, (sj, _, other) in enumerate(lines) if sj == si and other.chant}


def _estimate_kept(board: Storyboard, lines: list[tuple[int, int, Line]], keep: set[int]) -> float:
    scenes = {lines[k][0] for k in keep}
    speech = sum(line_seconds(lines[k][2]) for k in keep)
    return speech + PAUSE_PER_SCENE * len(scenes) + PAUSE_PER_LINE * len(keep)


def _scores(board: Storyboard) -> list[float]:
    """How much each line carries the story: who it introduces, who speaks, where it goes, where the
    story opens, turns and ends."""
    names = {c.id: _name_pattern(c.name) for c in board.characters if c.style != "narrator"}
    main = {c.id for c in main_characters(board)}  # a line about them is the spine
    seen_people: set[str] = set()
    seen_places: set[str] = set()
    all_lines = [line for scene in board.scenes for line in scene.lines]
    last = len(all_lines) - 1
    scores = []
    k = 0
    for scene in board.scenes:
        for i, line in enumerate(scene.lines):
            score = 0.0
            if k == 0 or k == last:
                score += 6  # the opening and the ending
            elif k >= last - 1:
                score += 3
            if i == 0 and scene.setting not in seen_places:
                score += 3  # a new place
                seen_places.add(scene.setting)
            elif i == 0:
                score += 1
            named = {cid for cid, pattern in names.items() if pattern and pattern.search(line.text)}
            if line.character_id != "narrator":
                named.add(line.character_id)
                score += 2  # someone speaks
            new = named - seen_people
            score += 3 * len(new)
            seen_people |= named
            score += 0.5 * len(named) + 1.5 * len(named & main)
            if _TURNS.search(line.text):
                score += 1.5
            words = len(line.text.split())
            score -= 0.02 * words  # of two lines alike, the shorter
            if words < 4 and k != last:
                score -= 3  # "Ah!", "Jip!": a cry out of its context tells nothing
            scores.append(score)
            k += 1
    return scores


def main_characters(board: Storyboard, count: int = 2) -> list[Character]:
    """The characters a story names or voices most, most first (those never named nor heard left out)."""
    told = " ".join(ln.text for ln in board.lines())
    weight: dict[str, int] = {}
    for c in board.characters:
        pattern = _name_pattern(c.name)
        if c.style != "narrator":
            weight[c.id] = (len(pattern.findall(told)) if pattern else 0) + sum(
                ln.character_id == c.id for ln in board.lines()
            )
    ranked = sorted((c for c in board.characters if weight.get(c.id)), key=lambda c: -weight[c.id])
    return ranked[:count]


def _name_pattern(name: str) -> re.Pattern[str] | None:
    words = [w for w in re.findall(r"\w+", name) if len(w) > 1]
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", re.I)


def episodes(board: Storyboard, target: float) -> list[Storyboard]:
    """The story as films of at most `target` seconds each (at the most natural speed-up), split at
    scene boundaries, or between lines inside a scene too long for one part (never inside a chanted
    verse). Each part is titled "Part n of m" and keeps only the characters it has."""
    limit = target * FASTER
    whole = [piece for scene in board.scenes for piece in _pieces(scene, limit)]
    fewest = max(1, int(-(-estimate(whole) // limit)))
    parts = _fill(whole, limit, fewest)
    if len(parts) > fewest:  # whole scenes make more parts than the story needs: cut between lines too
        lines = [piece for scene in board.scenes for piece in _pieces(scene, 0.0)]
        parts = min(parts, _fill(lines, limit, fewest), key=len)
    out = []
    for n, scenes in enumerate(parts, start=1):
        part = board.model_copy(deep=True)
        part.scenes = [s.model_copy(deep=True) for s in scenes]
        part.title = f"{board.title} — Part {n} of {len(parts)}"
        present = {ln.character_id for s in part.scenes for ln in s.lines} | {p for s in part.scenes for p in s.people}
        part.characters = [c for c in part.characters if c.id in present or c.style == "narrator"]
        out.append(part)
    return out


def _fill(pieces: list[Scene], limit: float, count: int) -> list[list[Scene]]:
    """Pieces in order into parts of even length: each filled to its share of the story, never past
    the limit; a last scrap joins the part before it when they fit together."""
    share = min(limit, estimate(pieces) / count * 1.05)
    parts: list[list[Scene]] = [[]]
    for piece in pieces:
        longer, now = estimate([*parts[-1], piece]), estimate(parts[-1])
        # a piece joins the part when that leaves it nearer its share (and within the limit)
        if parts[-1] and (longer > limit or longer > share and longer - share > share - now):
            parts.append([])
        parts[-1].append(piece)
    parts = [p for p in parts if p]
    if len(parts) > 1 and estimate([*parts[-2], *parts[-1]]) <= limit:
        parts[-2:] = [[*parts[-2], *parts[-1]]]
    return _merge_runs(parts)


def _merge_runs(parts: list[list[Scene]]) -> list[list[Scene]]:
    """Runs of one scene that landed in the same part are one scene again."""
    out = []
    for part in parts:
        merged: list[Scene] = []
        for piece in part:
            if merged and _origin(merged[-1].id) == _origin(piece.id):
                merged[-1] = merged[-1].model_copy(update={"lines": [*merged[-1].lines, *piece.lines]})
            else:
                merged.append(piece)
        out.append(merged)
    return out


def _origin(scene_id: str) -> str:
    return scene_id.split("p", 1)[0] if "p" in scene_id[1:] else scene_id


def _pieces(scene: Scene, limit: float) -> list[Scene]:
    """A scene, or its lines in runs that each fit one part (a chanted verse stays in one run)."""
    if estimate([scene]) <= limit:
        return [scene]
    runs: list[list[Line]] = [[]]
    for line in scene.lines:
        chant_continues = runs[-1] and line.chant and runs[-1][-1].chant
        trial = scene.model_copy(update={"lines": [*runs[-1], line]})
        if runs[-1] and not chant_continues and estimate([trial]) > limit:
            runs.append([])
        runs[-1].append(line)
    return [
        scene.model_copy(update={"id": f"{scene.id}{'' if i == 0 else f'p{i}'}", "lines": run, "shots": []})
        for i, run in enumerate(runs)
    ]
