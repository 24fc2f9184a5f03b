"""The picture goes where the sentence goes: a sentence that takes its people somewhere else (an idiom of
going, a room or a yard gone into, a vehicle ridden) moves the scene's place, and the sentences after it stay
there; the place a scene's first sentence sets its people in is where the scene starts. Checked on the plan
(each sentence's place) and on rendered frames (the still after the move is another picture). Every sentence
here was written for these tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.render import render_film
from filmstudio.script.moves import going_idiom, located_in
from filmstudio.storyboard import Storyboard
from tests.staging_checks import staged


def _places(text: str, language: str = "en") -> list[str]:
    """The setting of the scene (part) each sentence is staged in, in story order."""
    board = staged(text, language)
    return [scene.setting for scene in board.scenes for _ in scene.moments]


# -- 1. a scene starts where its first sentence sets its people, though it is named after a later place -----


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "Mara picked beans in the garden. She went into the kitchen and put the kettle on. She drank her tea.",
            ["garden", "kitchen", "kitchen"],
        ),
        (
            "en",
            "Mara played in the living room. Mara stepped outside into the garden. She picked a rose.",
            ["living_room", "garden", "garden"],
        ),
        (
            "en",
            "Tom sat by the fire in his cottage. Tom walked down to the river. He waved to a friend.",
            ["cabin", "river", "river"],
        ),
    ],
)
def test_the_scene_starts_where_its_first_sentence_sets_its_people(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


def test_a_sentence_that_sets_someone_elsewhere_mid_scene_moves_the_picture() -> None:
    text = "Lily read a book in the classroom. She wrote a letter. Anna sewed in her bedroom. Anna sang."
    assert _places(text) == ["classroom", "classroom", "bedroom", "bedroom"]


def test_a_paragraph_that_names_no_place_goes_on_where_the_last_one_ended() -> None:
    text = "Mara walked into the garden. She made her way to the river.\n\nShe sat down. She sang a song."
    assert _places(text) == ["garden", "river", "river", "river"]


# -- 2. idioms of going whose verb is no verb of going ------------------------------------------------------


def test_idioms_of_going_move_the_picture_each_time() -> None:
    text = (
        "Mara stepped outside into the garden. She made her way to the river. "
        "Then she headed for the village. She got back to the kitchen. She cut the bread."
    )
    assert _places(text) == ["garden", "river", "village", "kitchen", "kitchen"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "They make their way to the mill."),
        ("en", "The twins were heading towards the lake."),
        ("en", "At last he gets home."),
        ("es", "Luego se dirigió al mercado."),
        ("es", "Ana regresó a la casa."),
        ("fr", "Elle se rendit au marché."),
        ("fr", "Le garçon retourna dans la forêt."),
        ("de", "Er begab sich in die Küche."),
        ("de", "Die Kinder kehrten am Abend nach Hause zurück."),
    ],
)
def test_an_idiom_of_going_is_read_in_each_language(language: str, text: str) -> None:
    assert going_idiom(text, language)


def test_seeing_a_place_sets_nobody_in_it() -> None:
    assert located_in("The fox dreamed of the forest.", "en") is None
    assert located_in("The fox slept in the forest.", "en") == ("forest", ["forest"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Ana cosía en su dormitorio. Luego Ana se dirigió al mercado. Compró peras. "
         "Después Ana regresó a la cocina. Cortó el pan."),
        ("fr", "Léa cousait dans sa chambre. Puis Léa se rendit au marché. Elle acheta des poires. "
         "Ensuite Léa retourna dans la cuisine. Elle coupa le pain."),
        ("de", "Anna nähte in ihrem Schlafzimmer. Dann begab sich Anna auf den Markt. Sie kaufte Birnen. "
         "Am Abend kehrte Anna in die Küche zurück. Sie schnitt das Brot."),
    ],
)  # fmt: skip
def test_the_sentences_after_a_move_stay_in_the_new_place(language: str, text: str) -> None:
    assert _places(text, language) == ["bedroom", "market", "market", "kitchen", "kitchen"]


# -- 3. a room or a yard gone into is a place of its own ----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        ("en", "Tom and Ann stood in the hall. They climbed into the loft. They found an old trunk.",
         ["living_room", "pantry", "pantry"]),
        ("en", "The girls sat in the classroom. The girls came out to the yard and played. "
         "Later they went back into the classroom.", ["classroom", "patio", "classroom"]),
        ("de", "Anna saß in der Küche und trank Tee. Dann stieg Anna auf den Dachboden. Sie fand eine alte Kiste.",
         ["kitchen", "pantry", "pantry"]),
        ("es", "Tom estaba en la cocina. Luego Tom subió al desván. Encontró un baúl viejo.",
         ["kitchen", "pantry", "pantry"]),
    ],
)  # fmt: skip
def test_a_room_gone_into_moves_the_picture(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


# -- 4. a vehicle ridden: the sentence is inside it or on its road, the next goes on at the ride's end ------


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "Nora sat in the kitchen. Nora caught the train to the city. She bought a hat.",
            ["kitchen", "train", "city"],
        ),
        (
            "en",
            "Lily woke up in her bedroom. Lily rode the bus to school. She read a book.",
            ["bedroom", "road", "classroom"],
        ),
        ("es", "Tom estaba en su dormitorio. Tom tomó el tren a la ciudad. Compró pan.", ["bedroom", "train", "city"]),
        ("fr", "Tom était dans sa chambre. Tom prit le train pour la ville. Il acheta du pain.", ["bedroom", "train", "city"]),
        ("de", "Anna saß in der Küche und trank Tee. Anna fuhr mit dem Bus in die Stadt. Sie kaufte Brot.", ["kitchen", "road", "city"]),
    ],
)  # fmt: skip
def test_a_vehicle_ridden_sets_the_sentence_where_the_vehicle_is(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


def test_getting_off_a_bus_is_no_ride() -> None:
    assert _places("Lily stood in the city. Lily got off the bus. She smiled.") == ["city", "city", "city"]


# -- 4b. a doing the place cannot hold: a swim or a boat goes to water, "stepped outside" out of the house ----


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        ("en", "Tom sat in his bedroom. Then Tom swam for an hour. He dried his hair.",
         ["bedroom", "swimming_pool", "swimming_pool"]),
        ("es", "Tom estaba en la cocina. Luego Tom nadó un rato. Se secó el pelo.",
         ["kitchen", "swimming_pool", "swimming_pool"]),
        ("en", "Tom sat in the kitchen. Tom sailed away at noon. He saw whales.", ["kitchen", "sea", "sea"]),
        ("de", "Anna saß in der Küche und trank Tee. Dann segelte Anna los. Sie sah Delfine.",
         ["kitchen", "sea", "sea"]),
        ("en", "Anna sewed in her bedroom. Anna stepped outside. She looked at the sky.",
         ["bedroom", "garden", "garden"]),
        ("fr", "Léa cousait dans sa chambre. Puis Léa sortit dehors. Elle regarda le ciel.",
         ["bedroom", "garden", "garden"]),
    ],
)  # fmt: skip
def test_a_doing_the_place_cannot_hold_moves_the_picture(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


def test_a_swim_where_there_is_water_stays_there() -> None:
    assert _places("Tom sat by the river. Then Tom swam for an hour. He dried his hair.") == ["river"] * 3


# -- 5. rendered frames: the still after the move is another picture ----------------------------------------

STORY = "Mara picked beans in the garden. Mara went into the kitchen and put the kettle on. She drank her tea."


def _frame(video: Path, seconds: float, out: Path) -> np.ndarray:
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-ss", f"{seconds:.2f}", "-i", str(video), "-frames:v", "1", str(out)],
        check=True,
    )
    return np.asarray(Image.open(out).convert("RGB"), dtype=np.float32)


def _garden_colours(frame: np.ndarray) -> tuple[float, float]:
    """The share of the ground band (below the people's feet, above the subtitles) that is grass green, and
    of the top band that is sky blue: a garden's colours, never a kitchen's (its sage cupboards are greyer)."""
    height = frame.shape[0]
    ground, top = frame[int(height * 0.62) : int(height * 0.8)], frame[: int(height * 0.25)]
    grass = (ground[..., 1] > ground[..., 0] + 40) & (ground[..., 1] > ground[..., 2] + 40)
    sky = top[..., 2] > top[..., 0] + 40
    return float(np.mean(grass)), float(np.mean(sky))


def test_the_rendered_still_after_the_move_is_the_new_place(tmp_path: Path, cache_dir: Path) -> None:
    script = tmp_path / "moves.txt"
    script.write_text(STORY, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", cache_dir=cache_dir)
    video = tmp_path / "moves.mp4"
    render_film(
        script,
        video,
        FilmRequest(resolution="720p", fps=24),
        settings=settings,
        storyboard_path=tmp_path / "moves.json",
    )
    board = Storyboard.model_validate_json((tmp_path / "moves.json").read_text(encoding="utf-8"))
    assert [s.setting for s in board.scenes] == ["garden", "kitchen"]
    times = []
    for scene in board.scenes:
        shot = next(sh for sh in scene.shots if sh.start is not None and sh.end is not None)
        times.append(((shot.start or 0.0) + (shot.end or 0.0)) / 2)
    garden, kitchen = (_frame(video, t, tmp_path / f"f{i}.png") for i, t in enumerate(times))
    assert float(np.mean(np.abs(garden - kitchen))) > 20  # another picture, not the garden carried over
    grass, sky = _garden_colours(garden)
    assert grass > 0.3 and sky > 0.5  # the garden: grass below, sky above
    assert max(_garden_colours(kitchen)) < 0.05  # the kitchen: no grass, no sky


def test_a_train_ridden_is_all_around_and_no_thing_in_its_own_carriage() -> None:
    board = staged("Nora sat in the kitchen. Nora caught the train to the city. She bought a hat.")
    inside = next(s for s in board.scenes if s.setting == "train")
    assert "train" not in {t.key for t in inside.things}
    assert "train" not in {p.key for m in inside.moments for p in m.props}
