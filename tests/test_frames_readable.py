"""Frames a viewer can read, checked on rendered frames: no face is under the subtitles as libass really
draws them (one line and two, 720p and 1080p) in a dialogue's close-ups, over-the-shoulder shots and
two-shots, nor in the wide of a large cast; no shot looks like the one before it; and a character looks
the same from scene to scene (a crowd too), changed only where the text changes it ("put on a red cloak")."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from filmstudio.animation import figure
from filmstudio.animation.acting import Performer
from filmstudio.animation.clear_of_subtitles import raised_cues
from filmstudio.animation.film_cast import film_cast
from filmstudio.animation.player import ActorScene
from filmstudio.animation.rig import build_rig
from filmstudio.animation.shot_variety import repeats
from filmstudio.animation.shots import plan_shots, settle_shots
from filmstudio.config import Settings
from filmstudio.media.burn import BurnedCue, burned_cues
from filmstudio.media.subtitles import Cue
from filmstudio.pipeline.stages.video_composition import scene_players
from filmstudio.script.appearance import read_appearance
from filmstudio.storyboard import Character, Extra, Line, Look, Moment, Scene, Shot, Storyboard

PLATE = (90, 110, 90)
SKINS = ["#e0ac69", "#8d5524", "#f1c27d", "#c68642", "#ffdbac", "#a0662e"]
PEOPLE = ["ines", "bruno", "tomas", "lena", "pia", "oskar"]


def _cast(ages: dict[str, str] | None = None) -> dict[str, Character]:
    ages = ages or {}
    out = {}
    for k, cid in enumerate(PEOPLE):
        female = k % 2 == 0
        gender = "female" if female else "male"
        age = ages.get(cid, "middle_aged" if k == 1 else "young_adult")
        look = Look(
            presents=gender, skin=SKINS[k], attire="dress" if female else "shirt", beard=k == 1,
            hair_style="long" if female else "short", attire_color="#2e6db4" if female else "#c0392b",
        )  # fmt: skip
        out[cid] = Character(id=cid, name=cid.title(), gender=gender, age=age, look=look)  # type: ignore[arg-type]
    return out


def _rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], np.int32)


def _talking_scene(cast: dict[str, Character], who: list[str], kinds: list[str], size: tuple[int, int]) -> ActorScene:
    lines, shots = [], []
    for i, kind in enumerate(kinds):
        speaker, listener = who[i % len(who)], who[(i + 1) % len(who)]
        lines.append(Line(id=f"s1.l{i}", character_id=speaker, text=f"Line {i}.", start=3.0 * i, end=3.0 * i + 2.6))
        actors = {"closeup": [speaker], "over_shoulder": [listener, speaker]}.get(kind, list(who))
        shots.append(
            Shot(id=f"s1.{i}", kind=kind, subject=speaker, actors=actors, line_ids=[f"s1.l{i}"],
                 start=3.0 * i, end=3.0 * i + 3.0)
        )  # fmt: skip
    scene = Scene(id="s1", lines=lines, shots=shots, cast=list(who), people=list(who), start=0.0, end=3.0 * len(kinds))
    still = np.full((size[1], size[0], 3), PLATE, np.uint8)
    performers = {cid: Performer.for_character(cid, 3, scene.end or 0.0, lines) for cid in who}
    return ActorScene(scene, still, lambda cid, unit: build_rig(cast[cid], unit), performers, size)


def _face_boxes(player: ActorScene, t: float, cast: dict[str, Character]) -> list[tuple[int, int, int, int]]:
    """The faces in the frame drawn at t: for each person facing the camera, the box of the skin-coloured
    region around its face centre (the face, chin and mouth; not the neck, drawn in shade)."""
    frame = player.frame(t).astype(np.int32)
    layout = player.layout_at(t)
    boxes = []
    for actor in layout.actors:
        if actor.back:
            continue
        skin = np.abs(frame - _rgb(cast[actor.character_id].look.skin)).sum(axis=2) < 8  # type: ignore[union-attr]
        count, labels, stats, _ = cv2.connectedComponentsWithStats(skin.astype(np.uint8))
        u = actor.rig.unit
        cx, cy = int(actor.x), int(actor.y - figure.NECK_TO_FACE * u)
        near = labels[max(0, cy - int(0.25 * u)) : cy + int(0.25 * u), max(0, cx - int(0.25 * u)) : cx + int(0.25 * u)]
        found = np.bincount(near[near > 0].ravel(), minlength=count)
        assert found.any(), f"no face drawn for {actor.character_id} at {t}"
        x, y, w, h, _ = stats[int(found.argmax())]
        boxes.append((int(x), int(y), int(x + w), int(y + h)))
    return boxes


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


SIZES = [(1280, 720), (1920, 1080), (720, 1280)]  # and a phone's upright frame


@pytest.fixture(scope="module")
def drawn_cues(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, int], list[BurnedCue]]:
    """A one-line and a two-line cue (the longest lines a cue has) as libass really draws them, per size."""
    work = tmp_path_factory.mktemp("cues")
    cues = [
        Cue(0.0, 1.0, ("Wherever you go, the lanterns will follow.",)),
        Cue(0.0, 1.0, ("Wherever you go, the lanterns will follow,", "and the hill will jog your memory, Ágnes.")),
    ]
    return {size: burned_cues("ffmpeg", cues, size=size, font="Noto Sans", work_dir=work) for size in SIZES}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("who", "ages"),
    [
        (["ines", "bruno"], {}),  # a two-person dialogue
        (["tomas", "bruno"], {"tomas": "child"}),  # a child and a grown man
        (PEOPLE, {"tomas": "child"}),  # six at a table, all of them speaking: a wide of small faces
        (PEOPLE[:4], {}),
    ],
)
def test_no_face_is_under_the_subtitles(
    drawn_cues: dict[tuple[int, int], list[BurnedCue]], size: tuple[int, int], who: list[str], ages: dict[str, str]
) -> None:
    """Close-ups, over-the-shoulder shots and two-shots (and the wide of the whole cast): at the start,
    middle and end of each shot, as the heads nod and talk, no face box meets the box a one-line or a
    two-line cue covers where the film burns it (at the bottom; at the top over a row too crowded to raise).
    A dialogue of two keeps its subtitles at the bottom."""
    cast = _cast(ages)
    player = _talking_scene(cast, who, ["wide", "closeup", "over_shoulder", "closeup", "wide", "over_shoulder"], size)
    if len(who) == 2:
        assert not player.covered
    for layout in player.layouts:
        start, end = layout.shot.start or 0.0, layout.shot.end or 0.0
        for t in (start + 0.4, (start + end) / 2, end - 0.4):
            shown = [dataclasses.replace(cue, start=t - 0.05, end=t + 0.05) for cue in drawn_cues[size]]
            for face in _face_boxes(player, t, cast):
                for cue in raised_cues(shown, player.covered, size):
                    assert not _overlap(face, cue.box), (layout.shot.kind, t, face, cue.box)


def _dialogue(speakers: list[str]) -> Scene:
    """A scene of lines timed one after another (3 s each, narration among them), shots planned and settled."""
    lines = [
        Line(id=f"s1.l{i}", character_id=who, text=f"Sentence number {i}.", start=3.0 * i, end=3.0 * i + 2.6)
        for i, who in enumerate(speakers)
    ]
    shots = plan_shots("s1", lines)
    starts = {line.id: line.start or 0.0 for line in lines}
    for k, shot in enumerate(shots):
        shot.start = 0.0 if k == 0 else starts[shot.line_ids[0]]
    for k, shot in enumerate(shots):
        shot.end = shots[k + 1].start if k + 1 < len(shots) else 3.0 * len(lines)
    people = sorted({w for w in speakers if w != "narrator"})
    scene = Scene(id="s1", lines=lines, shots=shots, people=people, start=0.0, end=3.0 * len(lines))
    settle_shots(scene, ["narrator"], people)
    return scene


@pytest.mark.parametrize(
    "speakers",
    [
        ["bruno", "ines", "narrator", "narrator", "narrator", "ines"],  # narration over the two: a wide, then?
        ["ines", "narrator", "bruno", "ines", "bruno", "narrator", "narrator", "ines"],
        ["ines", "bruno", "ines", "bruno", "ines", "bruno", "ines", "bruno"],
        ["ines", "bruno", "tomas", "narrator", "narrator", "tomas", "ines"],
    ],
)
def test_no_shot_looks_like_the_one_before(speakers: list[str]) -> None:
    """A dialogue with narration between its lines: no two shots in a row are framed alike, in the plan
    and in the frames drawn from it (the middle frames of two shots in a row differ, not by a mouth)."""
    scene = _dialogue(speakers)
    for before, shot in zip(scene.shots, scene.shots[1:], strict=False):
        assert not repeats(before, shot), [(s.kind, s.subject, s.actors) for s in scene.shots]
    size = (640, 360)
    cast = _cast()
    still = np.full((size[1], size[0], 3), PLATE, np.uint8)
    performers = {cid: Performer.for_character(cid, 3, scene.end or 0.0, scene.lines) for cid in scene.cast}
    player = ActorScene(scene, still, lambda cid, unit: build_rig(cast[cid], unit), performers, size)
    middles = [player.frame(((s.start or 0.0) + (s.end or 0.0)) / 2).astype(np.float32) for s in scene.shots]
    for a, b in zip(middles, middles[1:], strict=False):
        assert np.abs(a - b).mean() > 4.0


@pytest.mark.parametrize(("second", "varied"), [("Knock, knock.", False), ("Nobody answered.", True)])
def test_the_same_words_said_again_keep_their_shot(second: str, varied: bool) -> None:
    """Narration over two people: a second sentence is seen anew (closer, on one of them); a refrain (the
    same words again) is seen as it was."""
    lines = [
        Line(id="s1.l0", character_id="narrator", text="Knock, knock.", start=0.0, end=2.6),
        Line(id="s1.l1", character_id="narrator", text=second, start=3.0, end=5.6),
    ]
    scene = Scene(id="s1", lines=lines, people=["ines", "bruno"], start=0.0, end=6.0)
    settle_shots(scene, ["narrator"], ["ines", "bruno"])
    assert len(scene.shots) == 2
    assert repeats(*scene.shots) is not varied
    assert (scene.shots[1].kind == "closeup") is varied


def _dominant(frame: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The commonest colour in a box of a frame, plate and skin aside (quantised to eights)."""
    x0, y0, x1, y1 = box
    pixels = frame[y0:y1, x0:x1].reshape(-1, 3).astype(np.int32)
    pixels = pixels[np.abs(pixels - np.array(PLATE)).sum(axis=1) > 12]
    keys, counts = np.unique(pixels // 8, axis=0, return_counts=True)
    return keys[counts.argmax()] * 8 + 4


def test_a_garment_is_worn_from_the_scene_that_puts_it_on() -> None:
    """Ines is in a blue dress in the first two scenes and puts on a red cloak in the third: her clothes'
    dominant colour is the dress's in both scenes before it (the same in each), the cloak's from it on."""
    cast = _cast()
    ines = cast["ines"]
    texts = ["Ines stood by the window.", "Ines looked at the sea.", "Ines put on a red cloak and went out."]
    scenes = [
        Scene(id=f"s{k + 1}", setting="living_room", people=["ines"], cast=["ines"],
              moments=[Moment(id=f"s{k + 1}.m0", text=text, who=["ines"])])
        for k, text in enumerate(texts)
    ]  # fmt: skip
    board = Storyboard(seed=3, characters=[ines], scenes=scenes)
    read_appearance(board)
    size = (640, 360)
    colours = []
    for scene in board.scenes:
        dressed = film_cast(board, scene.id)["ines"]
        line = Line(id=f"{scene.id}.l0", character_id="ines", text="Hm.", start=0.0, end=1.0)
        shot = Shot(
            id=f"{scene.id}.0", kind="wide", subject="ines", actors=["ines"], line_ids=[line.id], start=0, end=2
        )
        timed = Scene(id=scene.id, lines=[line], shots=[shot], cast=["ines"], people=["ines"], start=0.0, end=2.0)
        still = np.full((size[1], size[0], 3), PLATE, np.uint8)
        player = ActorScene(
            timed, still, lambda cid, unit, c=dressed: build_rig(c, unit),
            {"ines": Performer.for_character("ines", 3, 2.0, [line])}, size,
        )  # fmt: skip
        actor = player.layouts[0].actors[0]
        u = actor.rig.unit
        frame = player.frame(1.0)
        colours.append(_dominant(frame, (int(actor.x - u), int(actor.y + 0.3 * u), int(actor.x + u), size[1])))
    dress = _rgb("#2e6db4")
    assert np.abs(colours[0] - colours[1]).max() <= 8  # the same in the two scenes before
    assert np.abs(colours[0] - dress).max() <= 24  # her dress, not the cloak to come
    assert np.abs(colours[2] - dress).sum() > 60  # the cloak over it, once put on


def test_a_crowd_looks_the_same_in_every_scene(settings: Settings, tmp_path: Path) -> None:
    """The villagers standing in the square in two scenes: the frames' colours (their clothes, hair and
    skin) are the same in both, as the film's seed chose them, not each scene's."""
    size = (640, 360)
    picture = tmp_path / "square.png"
    Image.new("RGB", size, PLATE).save(picture)
    scenes = []
    for k in range(2):
        sid = f"s{k + 1}"
        moment = Moment(
            id=f"{sid}.m0", text="The villagers stood in the square.", start=4.0 * k, end=4.0 * k + 4.0,
            extras=[Extra(kind="people", words=["villagers"], count=4)],
        )  # fmt: skip
        shot = Shot(id=f"{sid}.0", kind="wide", moment=moment.id, start=4.0 * k, end=4.0 * k + 4.0)
        line = Line(id=f"{sid}.l0", character_id="narrator", text=moment.text, start=4.0 * k, end=4.0 * k + 3.5)
        scenes.append(
            Scene(id=sid, image=str(picture), lines=[line], moments=[moment], shots=[shot],
                  start=4.0 * k, end=4.0 * k + 4.0)
        )  # fmt: skip
    narrator = Character(id="narrator", name="Narrator", style="narrator")
    board = Storyboard(seed=11, characters=[narrator], scenes=scenes, duration=8.0)
    from filmstudio.pipeline.segments import scene_board

    histograms = []
    for index in range(2):
        (player,) = scene_players(scene_board(board, index), size, 24, film_seed=board.seed)
        frame = player.frame(2.0).reshape(-1, 3).astype(np.int32)
        drawn = frame[np.abs(frame - np.array(PLATE)).sum(axis=1) > 12] // 16
        keys, counts = np.unique(drawn[:, 0] * 256 + drawn[:, 1] * 16 + drawn[:, 2], return_counts=True)
        histograms.append(dict(zip(keys.tolist(), (counts / counts.sum()).tolist(), strict=True)))
    a, b = histograms
    shared = sum(min(a[k], b.get(k, 0.0)) for k in a)
    assert shared > 0.8, shared
