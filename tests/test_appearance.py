"""How the text says a person looks is drawn: a cloak and its colour, a cap, a white beard, a tall thin
body, glasses, bare feet, rags, long black hair, in English, Spanish, French, German and Russian; said
once, it stays on that person in every shot; what a newcomer wears or a garment taken off is not put on
anyone. The rendered figure shows it: the cloak's pixels in its colour, beard pixels under the mouth,
bare feet in skin, a cap above the hair."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.body import draw_figure, limbs_at
from filmstudio.animation.looks import assign_looks, for_person
from filmstudio.animation.palette import rgb
from filmstudio.animation.rig import build_rig
from filmstudio.script import parse_script
from filmstudio.script.staging import stage_story
from filmstudio.storyboard import Character, Storyboard

SAID = {  # a line the person speaks: someone who speaks is a character of the story
    "en": ' "Good day," said {name}.',
    "es": " —Buenos días —dijo {name}.",
    "fr": " « Bonjour », dit {name}.",
    "de": " »Guten Tag«, sagte {name}.",
    "ru": " — Здравствуйте, — сказала {name}.",
}


def _read(text: str, language: str, name: str = "") -> Storyboard:
    said = SAID[language].format(name=name) if name else ""
    board = parse_script(text + said + "\n", language=language)
    stage_story(board)
    return board


def _stated(board: Storyboard, name: str) -> dict:
    found = [c for c in board.characters if c.name.lower() == name.lower()]
    assert found, [c.name for c in board.characters]
    return found[0].stated


RED, BLUE, GREEN, YELLOW = "#c82828", "#2d5ac8", "#32963c", "#ebc832"


@pytest.mark.parametrize(
    ("text", "language", "name", "expected"),
    [
        (
            "Greta was an old woman in a green cloak. She walked to the well.",
            "en",
            "Greta",
            {"outer": "cloak", "outer_color": GREEN},
        ),
        ("Pip wore a blue cap. He ran along the lane.", "en", "Pip", {"hat": "cap", "hat_color": BLUE}),
        ("Ivo, a fat merchant with spectacles, counted coins.", "en", "Ivo", {"build": 1.38, "glasses": True}),
        ("Nora smoothed her yellow dress and sat down.", "en", "Nora", {"attire": "dress", "attire_color": YELLOW}),
        ("Barefoot and in rags, Kit begged at the gate.", "en", "Kit", {"barefoot": True, "ragged": True}),
        ("Lila was a girl with long black hair.", "en", "Lila", {"hair_style": "long", "hair_color": "#161210"}),
        ("Abel was a tall thin man with a grey beard.", "en", "Abel", {"height": 1.12, "build": 0.8, "beard": True}),
        ("Elena llevaba un delantal blanco y caminaba descalza.", "es", "Elena", {"outer": "apron", "barefoot": True}),
        ("Julio era un hombre gordo con bigote.", "es", "Julio", {"build": 1.38, "moustache": True}),
        ("Odile portait un manteau noir et des lunettes.", "fr", "Odile", {"outer": "coat", "glasses": True}),
        ("Luc était un homme maigre à la barbe blanche.", "fr", "Luc", {"build": 0.8, "beard": True}),
        ("Hanna trug eine rote Schürze und ein Kopftuch.", "de", "Hanna", {"outer": "apron", "hat": "kerchief"}),
        ("Konrad trug eine Brille und war sehr dick.", "de", "Konrad", {"build": 1.38, "glasses": True}),
        ("Ирина была в синем платье.", "ru", "Ирина", {"attire": "dress", "attire_color": BLUE}),
    ],
)
def test_traits_the_text_states_are_read(text: str, language: str, name: str, expected: dict) -> None:
    stated = _stated(_read(text, language, name), name)
    assert {k: stated.get(k) for k in expected} == expected, stated


def test_a_newcomers_clothes_and_a_cloak_taken_off_are_no_ones() -> None:
    board = _read("Tom sat by the road. A man in a red cloak walked past. Tom waved.", "en", "Tom")
    assert "outer" not in _stated(board, "Tom")
    board = _read("Ada took off her cloak and sat down by the fire.", "en", "Ada")
    assert "outer" not in _stated(board, "Ada")
    board = _read("Ben looked at a tall tree.", "en", "Ben")
    assert "height" not in _stated(board, "Ben")


def test_what_is_said_once_stays_in_every_scene() -> None:
    text = (
        "INT. KITCHEN - DAY\n\nMira, an old woman in a purple shawl, stirs the soup.\n\nMIRA\nIt is ready.\n\n"
        "EXT. GARDEN - DAY\n\nMira walks among the roses.\n\nMIRA\nWhat a fine day.\n"
    )
    board = parse_script(text, language="en")
    stage_story(board)
    assign_looks(board)
    mira = next(c for c in board.characters if c.name.lower() == "mira")
    assert mira.look is not None
    assert (mira.look.outer, mira.look.outer_color) == ("shawl", "#7d3ca5")
    assert mira.look.stick  # an old woman: a stick
    mira.look = None  # a look chosen again (an edited age) keeps what the text said
    assign_looks(board)
    assert mira.look is not None and mira.look.outer == "shawl"


def _figure(character: Character, verb: str = "stand") -> tuple[np.ndarray, tuple[float, float]]:
    rig = build_rig(character, 60)
    frame = np.full((900, 500, 3), (255, 0, 255), np.uint8)  # a colour no figure is drawn in
    j = draw_figure(frame, rig, 250, 860, limbs_at(verb, 0.0))
    return frame, j.neck


def _share(frame: np.ndarray, box: tuple[int, int, int, int], colour: str, tol: int = 40) -> float:
    x0, y0, x1, y1 = box
    region = frame[y0:y1, x0:x1].astype(int)
    return float((np.abs(region - np.array(rgb(colour))).sum(axis=2) < tol).mean())


def test_a_stated_cloak_is_drawn_in_its_colour() -> None:
    plain = Character(id="a", name="Greta", gender="female", age="young_adult")
    cloaked = plain.model_copy(update={"stated": {"outer": "cloak", "outer_color": GREEN}})
    for_person_look = for_person(build_rig(cloaked, 60).look, cloaked)
    assert for_person_look.outer == "cloak"
    frame, (nx, ny) = _figure(cloaked)
    bare, _ = _figure(plain)
    # beside the hips and thighs, where only a cloak hangs out past the body
    box = (int(nx + 62), int(ny + 230), int(nx + 78), int(ny + 270))
    assert _share(frame, box, GREEN, 90) > 0.5
    assert _share(bare, box, GREEN, 90) < 0.05


def test_a_bearded_face_has_beard_pixels_and_bare_feet_are_skin() -> None:
    man = Character(id="m", name="Abel", gender="male", age="young_adult")
    man.stated = {"skin": "#f1c27d"}  # a light skin: feet apart from dark shoes
    bearded = man.model_copy(
        update={"stated": {**man.stated, "beard": True, "hair_color": "#ececec", "barefoot": True}}
    )
    frame, (nx, ny) = _figure(bearded)
    chin = (int(nx - 10), int(ny - 18), int(nx + 10), int(ny - 8))  # below the mouth, above the neck
    assert _share(frame, chin, "#ececec") > 0.3
    look = build_rig(bearded, 60).look
    feet = (int(nx - 60), 845, int(nx + 60), 875)
    assert _share(frame, feet, look.skin, 90) > 0.1
    shod, _ = _figure(man)
    assert _share(shod, feet, look.skin, 90) < 0.02


def test_a_stated_cap_sits_on_the_head() -> None:
    boy = Character(id="b", name="Pip", gender="male", age="child", stated={"hat": "cap", "hat_color": BLUE})
    frame, (nx, ny) = _figure(boy)
    rig = build_rig(boy, 60)
    top = int(ny - 1.2 * rig.unit)
    crown = (int(nx - 20), top - 20, int(nx + 20), top + 10)
    assert _share(frame, crown, BLUE) > 0.3


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "INT. HALL - NIGHT\n\nIna, a young woman in a blue cloak, comes in.\n\nINA\nIt is cold.\n\n"
            "Ina takes off her cloak.\n\nINT. KITCHEN - NIGHT\n\nIna sits by the stove.\n\nINA\nNow I am warm.\n",
            "en",
            "Ina",
        ),
        (
            "INT. FLUR - NACHT\n\nLena trägt einen grünen Mantel.\n\nLENA\nEs ist kalt.\n\n"
            "Lena zieht den Mantel aus.\n\nINT. KÜCHE - NACHT\n\nLena sitzt am Ofen.\n\nLENA\nJetzt ist mir warm.\n",
            "de",
            "Lena",
        ),
    ],
)
def test_a_coat_taken_off_is_not_drawn_in_the_scenes_after(text: str, language: str, name: str) -> None:
    from filmstudio.animation.stated_looks import dressed_for

    board = parse_script(text, language=language)
    stage_story(board)
    assign_looks(board)
    person = next(c for c in board.characters if c.name.lower() == name.lower())
    assert person.stated.get("outer") in ("cloak", "coat"), person.stated
    ids = [s.id for s in board.scenes]
    assert "outer" in person.taken_off, person.taken_off
    off_in = person.taken_off["outer"]
    assert build_rig(dressed_for(person, off_in), 40).look.outer  # still on where it is taken off
    assert ids.index(off_in) < len(ids) - 1 and build_rig(dressed_for(person, ids[-1]), 40).look.outer == ""
