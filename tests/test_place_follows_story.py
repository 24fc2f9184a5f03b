"""The picture's place follows the story within a scene: each sentence's moment carries the place it happens
in; a sentence that takes its people somewhere switches the shot there and the sentences after it stay; a
place only left or passed through is not where the next sentence happens; "on the way" is a road; up a
tree, onto a roof, down a ditch or a well are drawn as such, and coming down again goes back; going out and
coming in switch between a place's inside and its outside. Checked on the plan (sentence k's place) and on
rendered frames (the shot after the move has another background). Every sentence was written for these
tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from filmstudio.config import Settings
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import paint_scene
from filmstudio.film_request import FilmRequest
from filmstudio.render import render_film
from filmstudio.storyboard import Storyboard
from tests.staging_checks import moments, staged


def _places(text: str, language: str = "en") -> list[str | None]:
    """The place each sentence's moment says it happens in, in story order."""
    return [m.setting for m in moments(staged(text, language))]


def test_every_moment_carries_the_place_it_happens_in() -> None:
    text = "Tomas woke early in his cottage. Then Tomas and Lena went down to the river. Tomas washed his face."
    board = staged(text, "en")
    assert all(m.setting == scene.setting for scene in board.scenes for m in scene.moments)
    assert _places(text) == ["cabin", "river", "river"]


# -- 1. a place left or passed through is not where the sentence goes; "on the way" is a road --------------


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "Little Nora lived in a small village by the hills. Nora went out of the village and through the "
            "forest to the lake. Nora sat on a stone. Nora watched the swans.",
            ["village", "river", "river", "river"],
        ),
        (
            "es",
            "La pequeña Lucía vivía en un pueblo junto a las colinas. Lucía salió del pueblo y fue por el bosque "
            "hasta el río. Lucía se sentó en una piedra.",
            ["village", "river", "river"],
        ),
    ],
)
def test_a_place_left_or_passed_through_is_not_where_they_go(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


def test_leaving_a_place_without_naming_another_is_the_road() -> None:
    text = "Prince Arun lived happily in the old castle. Arun left the castle. Arun rode for three long days."
    assert _places(text)[1:] == ["road", "road"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Anil and Ravi walked to the market together. On the way Anil and Ravi saw a monkey. Anil laughed."),
        ("fr", "Paul et Léa allèrent au marché ensemble. En chemin, Paul et Léa virent un singe. Paul rit."),
        ("de", "Paul und Lea gingen zusammen zum Markt. Unterwegs sahen Paul und Lea einen Affen. Paul lachte."),
    ],
)
def test_on_the_way_is_the_road(language: str, text: str) -> None:
    assert _places(text, language)[1:] == ["road", "road"]


# -- 2. up and down: a treetop, a roof, a pit; and down again -------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "Farmer Boris walked along the road in the evening. Boris sang loudly. Boris fell into a ditch. "
            "Boris shouted for help.",
            ["road", "road", "pit", "pit"],
        ),
        (
            "en",
            "The cat Mimi ran across the garden behind the house. Mimi climbed up the tree. Mimi sat on a branch "
            "all night. In the morning Mimi climbed down again.",
            ["garden", "treetop", "treetop", "garden"],
        ),
        (
            "en",
            "Old Hari drew water at the village well every morning. Hari slipped and fell into the well. Hari sat "
            "at the bottom and cried.",
            ["village", "pit", "pit"],
        ),
        (
            "en",
            "Pedro played in the garden behind his house. Pedro climbed onto the roof. Pedro sat there and looked "
            "at the stars.",
            ["garden", "rooftop", "rooftop"],
        ),
        (
            "de",
            "Der Kater Moritz lief durch den Garten. Moritz kletterte auf den Baum. Moritz saß lange auf einem Ast. "
            "Dann kletterte Moritz wieder herunter.",
            ["garden", "treetop", "treetop", "garden"],
        ),
        (
            "fr",
            "Pierre marchait sur la route du village. Pierre tomba dans un fossé. Pierre cria longtemps. "
            "Pierre sortit du fossé.",
            ["road", "pit", "pit", "road"],
        ),
        (
            "es",
            "Pedro caminaba por el bosque oscuro. Pedro cayó en un hoyo. Pedro gritó. Pedro salió del hoyo.",
            ["forest", "pit", "pit", "forest"],
        ),
        (
            "hi",
            "मोती नाम का एक बंदर नदी के किनारे खेल रहा था। मोती पेड़ पर चढ़ गया। मोती डाल पर बैठा। फिर मोती नीचे उतर आया।",
            ["river", "treetop", "treetop", "river"],
        ),
    ],
)
def test_up_a_tree_on_a_roof_down_a_pit_and_back(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


def test_only_a_thing_dropped_or_a_look_down_moves_nobody() -> None:
    text = "Old Hari stood at the village well. Hari dropped the bucket into the well. Hari sat under the tree."
    assert "pit" not in _places(text) and "treetop" not in _places(text)


def test_the_heights_are_drawn_as_such() -> None:
    """A treetop, a roof and a pit are pictures of their own: the pit has earth walls round a patch of sky, the
    treetop and the roof sky over their lower part."""

    def painted(setting: str) -> np.ndarray:
        spec = SceneSpec(setting, "day", "clear", "calm", "", "cinematic", 5)
        return np.asarray(paint_scene(spec, (320, 180)).image, dtype=np.float32)

    road, pit, treetop, roof = (painted(s) for s in ("road", "pit", "treetop", "rooftop"))
    for picture in (pit, treetop, roof):
        assert float(np.mean(np.abs(picture - road))) > 15

    def blue(region: np.ndarray) -> float:
        return float(np.mean(region[..., 2] > region[..., 0] + 30))

    assert blue(pit[:20, 140:180]) > 0.8 and blue(pit[:, :40]) < 0.05  # sky overhead, earth at the sides
    assert blue(treetop[40:100, 100:220]) > 0.8 and blue(roof[20:100]) > 0.8


# -- 3. going out and coming in ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mira was busy in the kitchen all morning. Mira went out. Mira fed the hens. Then Mira came in again."),
        (
            "fr",
            "Marie travaillait dans la cuisine depuis le matin. Marie sortit. Marie nourrit les poules. Marie rentra.",
        ),
        (
            "de",
            "Hans arbeitete den ganzen Morgen in der Küche. Hans ging hinaus. Hans fütterte die Hühner. "
            "Dann kam Hans wieder herein.",
        ),
        (
            "es",
            "Ana trabajaba en la cocina toda la mañana. Ana salió. Ana dio de comer a las gallinas. Luego Ana entró.",
        ),
        ("hi", "राम सुबह से रसोई में काम कर रहा था। राम बाहर निकला। राम ने मुर्गियों को दाना डाला। फिर राम अंदर आया।"),
    ],
)
def test_going_out_and_coming_in_switch_inside_and_outside(language: str, text: str) -> None:
    assert _places(text, language) == ["kitchen", "garden", "garden", "kitchen"]


def test_a_candle_that_goes_out_takes_nobody_outside() -> None:
    text = "Mira was busy in the kitchen all evening. The candle went out. Mira lit it again."
    assert _places(text) == ["kitchen", "kitchen", "kitchen"]


# -- 4. rendered: the shot after the move has another background ---------------------------------------------

STORY = "Farmer Boris walked along the road in the evening. Boris sang loudly. Boris fell into a ditch."


def _frame(video: Path, seconds: float, out: Path) -> np.ndarray:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-ss", f"{seconds:.2f}", "-i", str(video), "-frames:v", "1", str(out)],
        check=True,
    )
    return np.asarray(Image.open(out).convert("RGB"), dtype=np.float32)


def test_the_rendered_shot_after_the_fall_is_the_pit(tmp_path: Path, cache_dir: Path) -> None:
    script = tmp_path / "fall.txt"
    script.write_text(STORY, encoding="utf-8")
    video = tmp_path / "fall.mp4"
    render_film(
        script,
        video,
        FilmRequest(resolution="720p", fps=24),
        settings=Settings(data_dir=tmp_path / "data", cache_dir=cache_dir),
        storyboard_path=tmp_path / "fall.json",
    )
    board = Storyboard.model_validate_json((tmp_path / "fall.json").read_text(encoding="utf-8"))
    shots = [(m.setting, sh) for sc in board.scenes for sh in sc.shots for m in sc.moments if sh.moment == m.id]
    road = next(sh for setting, sh in shots if setting == "road" and sh.start is not None)
    pit = next(sh for setting, sh in shots if setting == "pit" and sh.start is not None)
    before, after = (
        _frame(video, ((sh.start or 0.0) + (sh.end or 0.0)) / 2, tmp_path / f"f{i}.png")
        for i, sh in enumerate((road, pit))
    )
    assert float(np.mean(np.abs(before - after))) > 20  # another picture, not the road carried over
    side = after[: int(after.shape[0] * 0.6), : int(after.shape[1] * 0.1)]
    assert float(np.mean(side[..., 2] > side[..., 0] + 30)) < 0.05  # earth walls beside them, no open sky
