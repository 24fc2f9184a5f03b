"""Ages, counts and sizes as the reader and the frames give them: an age stated in any way ("(eleven)",
", aged six,", "a sixty-five-year-old widow", ", retired,") is the character's age; grey hair is an old
person's only; a crowd of pupils is drawn child-sized; a list of names, a number, "all the" or "many" say how
many are drawn; a close-up of a mouse shows it large, and two of one kind are told apart."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from filmstudio.animation import body
from filmstudio.animation.acting import Performer
from filmstudio.animation.kin_variety import own_coat
from filmstudio.animation.looks import HAIR_GREY, for_age, grey_hair
from filmstudio.animation.rig import build_rig
from filmstudio.animation.sprite import Sprite
from filmstudio.animation.staged import Figure, SpriteFactory, StagedScene, crowd_character
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script import parse_script
from filmstudio.script.age_numbers import spelled_years
from filmstudio.storyboard import Character, Extra, Look, Moment, Scene, Shot
from tests.staging_checks import moments, staged

SIZE = (1280, 720)

# -- 1 and 4. ages as a script states them --------------------------------------------------------------


def _age(text: str, cid: str) -> str:
    return parse_script(text).character(cid).age


@pytest.mark.parametrize(
    ("text", "cid", "age"),
    [
        ("INT. BARN - DAY\n\nWILLA (eleven) brushes the pony.\n\nWILLA\nHold still.\n", "willa", "child"),
        ("INT. BARN - DAY\n\nWILLA, aged six, brushes the pony.\n\nWILLA\nHold still.\n", "willa", "child"),
        ("INT. BARN - DAY\n\nWILLA, nine, brushes the pony.\n\nWILLA\nHold still.\n", "willa", "child"),
        (
            "INT. PORCH - DAY\n\nA sixty-eight-year-old widow, OPAL, shells beans.\n\nOPAL\nSit.\n",
            "opal",
            "elderly",
        ),
        ("INT. PORCH - DAY\n\nOPAL, seventy-one, shells beans.\n\nOPAL\nSit.\n", "opal", "elderly"),
        ("INT. PORCH - DAY\n\nOPAL (seventy) shells beans.\n\nOPAL\nSit.\n", "opal", "elderly"),
        ("Rudi was a twenty-four-year-old ferryman. Rudi sang as he rowed.", "rudi", "young_adult"),
        ("INT. CAFE - NIGHT\n\nOSWIN, retired, stirs his tea.\n\nOSWIN\nLate again.\n", "oswin", "elderly"),
        ("INT. CAFE - NIGHT\n\nOSWIN, a retired lighthouse keeper, stirs tea.\n\nOSWIN\nLate.\n", "oswin", "elderly"),
        ("The elderly tailor Casimir sewed by the window. Casimir hummed.", "casimir", "elderly"),
    ],
)
def test_an_age_stated_in_words_numbers_or_apposition_is_read(text: str, cid: str, age: str) -> None:
    assert _age(text, cid) == age


def test_an_age_said_of_two_names_is_both_s_and_a_son_s_years_are_not_his_father_s() -> None:
    pair = parse_script(
        "INT. PARK - DAY\n\nMAVIS and GWEN, both in their seventies, feed the swans.\n\nMAVIS\nMore.\n\nGWEN\nHere.\n"
    )
    assert (pair.character("mavis").age, pair.character("gwen").age) == ("elderly", "elderly")
    twins = parse_script("INT. YARD - DAY\n\nODO and FINN, nine-year-old twins, race.\n\nODO\nGo!\n\nFINN\nWait!\n")
    assert (twins.character("odo").age, twins.character("finn").age) == ("child", "child")
    father = parse_script(
        "INT. SHED - DAY\n\nIVAR, a joiner in his thirties, kneels beside his 6 year-old son, PIM.\n\n"
        "IVAR\nHold it.\n\nPIM\nLike this?\n"
    )
    assert (father.character("ivar").age, father.character("pim").age) == ("young_adult", "child")


def test_tens_and_units_are_one_number_not_the_units_alone() -> None:
    assert spelled_years("sixty-five") == 65
    assert spelled_years("seventy two years") == 72
    assert spelled_years("sesenta y cinco") == 65
    assert spelled_years("fünfundsechzig") == 65
    assert spelled_years("eight") == 8
    assert spelled_years("a five") is None


def test_a_screenplay_child_is_drawn_small_and_never_grey() -> None:
    board = parse_script(
        "INT. SHED - DAY\n\nIVAR sits on a crate with his 8 year-old son, PIM.\n\nIVAR\nPass the nail.\n\nPIM\nThis one?\n"
    )
    pim, ivar = board.character("pim"), board.character("ivar")
    assert pim.age == "child"
    old_look = Look(hair_color=HAIR_GREY[0], hair_style="bald", beard=True, build=1.0, head_scale=1.0)
    pim.look, ivar.look = old_look, old_look.model_copy()
    child, grown = build_rig(pim, 40), build_rig(ivar, 40)
    assert not grey_hair(child.look.hair_color) and child.look.head_scale > 1.2
    assert body.figure_height_units() > 0
    assert child.body.size[1] < 0.85 * grown.body.size[1]  # a child's body, under a grown-up's


def test_grey_hair_is_never_drawn_on_a_young_adult_or_a_crowd_s_young() -> None:
    assert not grey_hair(for_age(Look(hair_color=HAIR_GREY[1]), "young_adult").hair_color)
    assert grey_hair(for_age(Look(hair_color=HAIR_GREY[1]), "elderly").hair_color)
    for kind in ("people", "men", "women", "children"):
        for k in range(8):
            extra = crowd_character(kind, k, seed=11)
            drawn = build_rig(extra, 20).look
            if grey_hair(drawn.hair_color):
                assert extra.age == "elderly", (kind, k)


# -- 2. crowds of children ---------------------------------------------------------------------------------


def test_pupils_and_kids_are_a_crowd_of_children() -> None:
    board = staged(
        "Miss Orla rang the bell by the gate. The pupils ran across the yard. Miss Orla counted them. "
        "Kids shouted everywhere. The schoolchildren sat down."
    )
    kinds = {w.lower(): e.kind for m in moments(board) for e in m.extras for w in e.words}
    assert kinds.get("pupils") == "children"
    assert kinds.get("kids") == "children"


def _scene(
    chars: list[Character],
    shots: list[tuple[list[str], str, list[Extra]]],
    animals: dict[str, str],
    things: SpriteFactory = lambda key, height: None,
) -> StagedScene:
    ms, planned = [], []
    for k, (who, kind, extras) in enumerate(shots):
        ms.append(Moment(id=f"s1.m{k}", text="x", who=who, verb="stand", extras=extras, start=4.0 * k, end=4.0 * k + 4))
        planned.append(Shot(id=f"s1.{k}", kind=kind, actors=who, start=4.0 * k, end=4.0 * k + 4, moment=f"s1.m{k}"))
    scene = Scene(id="s1", moments=ms, shots=planned, start=0.0, end=4.0 * len(shots))
    people = {c.id: c for c in chars}
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
        lambda cid, unit: build_rig(people[cid], unit),
        {c.id: Performer.for_character(c.id, 0, 4.0 * len(shots), []) for c in chars},
        SIZE,
        things=things,
        animals=animals,
        seed=5,
        crowd_rig=lambda c, unit: build_rig(c, unit),
    )


def _rig_height(fig: Figure) -> float:
    assert fig.rig is not None
    return fig.rig.body.size[1] + fig.rig.head.size[1] * 0.6


def test_a_crowd_of_children_is_drawn_smaller_than_a_crowd_of_grown_ups() -> None:
    teacher = Character(id="orla", name="Orla", gender="female", age="young_adult")
    children = _scene([teacher], [(["orla"], "wide", [Extra(kind="children", words=["pupils"])])], {})
    grown = _scene([teacher], [(["orla"], "wide", [Extra(kind="people", words=["people"])])], {})
    kids = [_rig_height(f) for f in children.layouts[0].crowd]
    adults = [_rig_height(f) for f in grown.layouts[0].crowd]
    assert kids and adults and max(kids) < 0.85 * min(adults)


# -- 3. counts -------------------------------------------------------------------------------------------


def test_a_list_of_names_puts_all_of_them_in_the_shot() -> None:
    board = staged(
        "Ines, Bram and Tove walked to the mill by the stream. Ines carried a sack. Bram whistled, and Tove "
        "laughed. Then Ines, Bram and Tove sat on the bank."
    )
    first = moments(board)[0]
    assert set(first.who) == {"ines", "bram", "tove"}
    assert set(moments(board)[-1].who) == {"ines", "bram", "tove"}


def test_numbers_and_all_the_say_how_many_animals_are_drawn() -> None:
    board = staged(
        "Old Magda kept a farm under the hill. One evening Magda rang her bell and all the birds flew off. "
        "Magda fed the four ducks. Many hens pecked at the grain."
    )
    extras = {e.animal: e for m in moments(board) for e in m.extras if e.animal}
    assert extras["duck"].count == 4
    assert "bird" in extras and "chicken" in extras  # gathered: a flock drawn, not one bird
    staging = _scene([], [([], "wide", [extras["bird"]])], {}, box_picture)
    assert len(staging.layouts[0].crowd) >= 3


@pytest.mark.parametrize(
    ("language", "text", "animal"),
    [
        ("en", "Old Magda kept a farm. The geese honked and the ducks paddled on the pond.", "duck"),
        ("en", "Old Magda kept a farm. At dawn Magda fed her hens.", "chicken"),
        ("fr", "La vieille Magda avait une ferme. Les oiseaux chantaient dans la cour.", "bird"),
        ("es", "La vieja Magda tenía una granja. Los patos nadaban en el estanque.", "duck"),
    ],
)
def test_an_animal_written_in_the_plural_is_several(language: str, text: str, animal: str) -> None:
    extras = [e for m in moments(staged(text, language)) for e in m.extras if e.animal == animal]
    assert extras, text


def test_one_animal_written_in_the_singular_stays_one() -> None:
    board = staged("Old Magda kept a farm. The duck paddled on the pond. The hen's eggs were warm.")
    assert not [e for m in moments(board) for e in m.extras if e.animal in ("duck", "chicken")]


def test_a_counted_group_of_the_cast_is_drawn_as_many_in_every_shot() -> None:
    board = staged(
        "There were four little goats who lived with their mother. One day the four little goats ran to the "
        "meadow. The goats played in the grass."
    )
    counts = [e.count for m in moments(board) for e in m.extras if e.animal == "goat"]
    assert counts and all(c == 4 for c in counts)


# -- 5. small animals close up, two of a kind apart ----------------------------------------------------------


def box_picture(key: str, height: int) -> Image.Image:
    """Any thing drawn as a plain box: enough to count the figures a frame draws."""
    return Image.new("RGBA", (height, height), (180, 120, 60, 255))


@pytest.fixture
def emoji(settings: Settings) -> None:
    if thing_sprites(settings.assets_dir)("mouse", 32) is None:
        pytest.skip("the emoji set is not installed")


@pytest.mark.usefixtures("emoji")
def test_a_close_up_of_a_mouse_shows_it_large_and_a_wide_shot_of_it_alone_shows_it(settings: Settings) -> None:
    farmer = Character(id="wren", name="Wren", gender="female", age="young_adult")
    shots: list[tuple[list[str], str, list[Extra]]] = [
        (["wren", "pip"], "wide", []),
        (["pip"], "closeup", []),
        (["pip"], "wide", []),
    ]
    scene = _scene([farmer], shots, {"pip": "mouse"}, thing_sprites(settings.assets_dir))
    beside, close, alone = (next(f for f in layout.figures if f.character_id == "pip") for layout in scene.layouts)
    assert beside.animal is not None and close.animal is not None and alone.animal is not None
    assert close.animal.size[1] >= 0.3 * SIZE[1]
    assert beside.animal.size[1] < 0.08 * SIZE[1]  # beside the farmer it stays a mouse's size
    assert 0.1 * SIZE[1] <= alone.animal.size[1] < close.animal.size[1]  # alone, the shot is about it


@pytest.mark.usefixtures("emoji")
def test_two_characters_of_one_kind_are_told_apart(settings: Settings) -> None:
    things = thing_sprites(settings.assets_dir)
    scene = _scene([], [(["tib", "nub"], "wide", [])], {"tib": "mouse", "nub": "mouse"}, things)
    one, other = scene.layouts[0].figures
    assert one.animal is not None and other.animal is not None
    assert one.animal.size != other.animal.size
    assert abs(one.animal.rgb.mean() - other.animal.rgb.mean()) > 5 or one.animal.size[1] != other.animal.size[1]
    again = _scene([], [(["tib", "nub"], "wide", [])], {"tib": "mouse", "nub": "mouse"}, things).layouts[0].figures[0]
    assert again.animal is not None and again.animal.size == one.animal.size  # the same in every film


def test_the_only_one_of_its_kind_keeps_its_picture_and_a_second_gets_another_coat() -> None:
    sprite = Sprite.from_image(Image.new("RGBA", (8, 8), (200, 200, 200, 255)), (4, 8))
    assert own_coat(sprite, "tib", {"tib": "mouse", "rex": "dog"}) is sprite
    second = own_coat(sprite, "tib", {"tib": "mouse", "abe": "mouse"})
    assert second is not None and not np.array_equal(second.rgb, sprite.rgb)
