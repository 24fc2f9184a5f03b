"""Frames a viewer can read: in a staged wide shot the figures stand above the burnt-in subtitles (no
text over legs, feet or a small figure), the over-the-shoulder back view shows its hair and clothing (not a
dark blob), and a thing named as a toy is drawn toy-sized, never taller than a bed."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation import figure, sizes
from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.config import Settings
from filmstudio.engines.image.things import ThingLibrary, place_things, thing_height
from filmstudio.media.subtitles import subtitle_band
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Scene, Shot, Thing

PLATE = 90
CAST = {
    "ines": Character(id="ines", name="Ines", gender="female", look=Look(presents="female", attire="dress")),
    "bruno": Character(id="bruno", name="Bruno", gender="male", look=Look(presents="male", attire="shirt")),
}


def _staged(
    settings: Settings, size: tuple[int, int], who: list[str], text: str = "", verb: str = "stand", things=()
) -> StagedScene:
    moment = Moment(id="s1.m0", text=text, who=who, verb=verb, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=who, subject=(who or [None])[0], start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=who, things=list(things))
    still = np.full((size[1], size[0], 3), PLATE, np.uint8)
    return StagedScene(
        scene,
        still,
        lambda cid, unit: build_rig(CAST[cid], unit),
        {cid: Performer.for_character(cid, 0, 4.0, []) for cid in who},
        size,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=5,
    )


def _drawn_rows(frame: np.ndarray) -> np.ndarray:
    return np.nonzero((frame != PLATE).any(axis=2).any(axis=1))[0]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (640, 360)])
def test_figures_in_a_wide_shot_stand_above_the_subtitles(settings: Settings, size: tuple[int, int]) -> None:
    """Two people standing in a wide shot: everything drawn of them (feet and shadows included) is above
    the rows a two-line subtitle covers."""
    staged = _staged(settings, size, ["ines", "bruno"], "Ines and Bruno stood in the yard.")
    rows = _drawn_rows(staged.frame(2.0, 48))
    band_top, _ = subtitle_band(*size)
    assert rows.size and rows.max() < band_top + 2  # a shadow's soft edge may touch it, no more


def test_the_ground_is_unchanged_where_the_subtitles_are_lower(settings: Settings) -> None:
    """A tall frame (9:16) has its subtitles far below the ground line: the figures stand about where they did."""
    size = (720, 1280)
    staged = _staged(settings, size, ["ines"], "Ines stood in the yard.")
    feet = staged.layouts[0].figures[0].feet
    assert feet == pytest.approx(0.84 * size[1], rel=0.01)


def _look(hair: str, colour: str) -> Look:
    return Look(
        presents="female", skin="#8d5524", hair_style=hair, hair_color=colour, attire="sweater",
        attire_color="#285aa0", accent_color="#f5f0e1",
    )  # fmt: skip


@pytest.mark.parametrize("hair", ["short", "long", "braid", "bun", "curly", "bob"])
def test_the_back_view_shows_hair_in_its_colour_and_texture(hair: str) -> None:
    colour = np.array([200, 140, 60], np.float32)  # a light brown: seen against the darker back
    img = np.asarray(figure.draw_back(_look(hair, "#c88c3c"), 120.0)).astype(np.float32)
    solid = img[..., 3] > 250
    head = solid.copy()
    head[int(0.45 * img.shape[0]) :] = False  # the upper part: the back of the head
    near = np.linalg.norm(img[..., :3] - colour * figure.BACK_SHADE, axis=2) < 40
    assert (near & head).sum() > 0.3 * head.sum()  # the hair's own colour, a little shaded
    hair_px = img[..., :3][near & head]
    assert hair_px.std(axis=0).mean() > 4  # strands and a rim of light: not one flat colour
    assert img[..., :3][solid].std(axis=0).mean() > 20  # hair, skin and clothing: not a uniform blob
    cloth = np.array([40, 90, 160], np.float32) * figure.BACK_SHADE
    assert (
        np.linalg.norm(img[..., :3] - cloth, axis=2) < 30
    ).sum() > 0.2 * solid.sum()  # shoulders in the look's clothing


def test_the_back_view_is_not_darkened_to_a_silhouette() -> None:
    img = np.asarray(figure.draw_back(_look("short", "#c88c3c"), 120.0)).astype(np.float32)
    solid = img[..., 3] > 250
    assert img[..., :3][solid].mean() > 0.6 * np.array([200, 140, 60, 40, 90, 160]).mean()


@pytest.mark.parametrize(
    ("text", "key", "toy"),
    [
        ("A little toy dinosaur stood beside the bed.", "dinosaur", True),
        ("The boy built a small dragon of Lego.", "dragon", True),
        ("Anna painted a model giraffe for her shelf.", "giraffe", True),
        ("A small elephant waited at the gate.", "elephant", True),
        ("A little dog ran to the gate.", "dog", False),
        ("The dinosaur roared over the valley.", "dinosaur", False),
        ("She had a small cat.", "cat", False),
    ],
)
def test_things_named_as_toys_are_toy_sized(text: str, key: str, toy: bool) -> None:
    assert sizes.toy_sized(key, text) is toy


def test_a_toy_is_painted_shorter_than_a_bed(settings: Settings) -> None:
    """A painted bedroom with a toy dinosaur by the bed: the toy stands lower than the bed's top, and
    wholly inside the picture."""
    from PIL import Image

    library = ThingLibrary(settings.assets_dir)
    if not library.available():
        pytest.skip("no icon set")
    w, h = 1280, 720
    canvas = Image.new("RGB", (w, h), (200, 190, 210))
    toys = sizes.toys_in([("dinosaur", ["dinosaur"]), ("bed", ["bed"])], "A little toy dinosaur stood by the bed.")
    assert toys == ("dinosaur",)
    placed = place_things(
        canvas, ["dinosaur", "bed"], horizon=int(0.62 * h), interior=True, rng=np.random.default_rng(1),
        library=library, setting="bedroom", toys=frozenset(toys),
    )  # fmt: skip
    boxes = {p.key: p.box for p in placed}
    toy, bed = boxes["dinosaur"], boxes["bed"]
    assert toy[3] - toy[1] < bed[3] - bed[1]
    assert toy[0] >= 0 and toy[2] <= w
    assert thing_height("dinosaur") > 0.4  # a dinosaur not called a toy is as big as ever


def test_a_staged_toy_is_drawn_under_a_persons_knee(settings: Settings) -> None:
    size = (1280, 720)
    text = "Bruno set a little toy dinosaur down by his feet."
    staged = _staged(settings, size, ["bruno"], text, things=[Thing(key="dinosaur", words=["dinosaur"])])
    toy = staged._thing_figure("dinosaur", "stand", 1, 0.42 * size[1], 0.0)
    assert toy.animal is not None
    assert toy.animal.size[1] < 0.3 * 0.42 * size[1]
