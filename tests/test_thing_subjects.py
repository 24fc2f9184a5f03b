"""A sentence about a thing ("a basket came floating down the river", "the bowl fell from the shelf") is a
shot of that thing doing its verb, not an empty view nor people it does not name. Our own sentences."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.rig import build_rig
from filmstudio.animation.shots import subject_thing
from filmstudio.animation.staged import StagedLayout, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, settled, staged

_EN = 'Ana and Ben sat by the river. "What a fine day," said Ana. "Yes," said Ben. '
_FR = "Jeanne et Paul étaient assis au bord de la rivière. « Quelle belle journée », dit Jeanne.\n\n"
_ES = "Lucía y Pablo estaban sentados junto al río. —Qué día tan bonito —dijo Lucía.\n\n"


@pytest.mark.parametrize(
    ("language", "text", "thing", "verb"),
    [
        ("en", _EN + "A basket came floating down the river.", "basket", "swim"),
        ("en", _EN + "The bowl fell from the shelf.", "bowl", "fall"),
        ("en", _EN + "The apple rolled away.", "apple", "stand"),
        ("fr", _FR + "Le bol tomba de l'étagère.", "bowl", "fall"),
        ("es", _ES + "El cuenco cayó del estante.", "bowl", "fall"),
    ],
)
def test_a_thing_that_does_the_verb_is_the_shot(language: str, text: str, thing: str, verb: str) -> None:
    board = settled(staged(text, language))
    moment = moments(board)[-1]
    assert moment.who == [] and moment.verb == verb
    prop = subject_thing(moment)
    assert prop is not None and prop.key == thing
    shots = [sh for s in board.scenes for sh in s.shots if moment.line_id in sh.line_ids]
    assert shots and all(sh.moment == moment.id and sh.actors == [] and thing in sh.shows for sh in shots)
    scene = next(s for s in board.scenes if moment in s.moments)
    assert next(t for t in scene.things if t.key == thing).staged  # drawn doing it, not painted in the still


@pytest.mark.parametrize("text", ["Then the sun rose over the hills.", "It was a fine day.", "Ben picked up the bowl."])
def test_a_sentence_about_the_place_or_someone_has_no_thing_subject(text: str) -> None:
    assert subject_thing(moments(staged(_EN + text))[-1]) is None


def _layout(settings: Settings, moment: Moment, actors: list[str], animals: dict[str, str]) -> StagedLayout:
    size = (640, 360)
    shot = Shot(id="s1.0", kind="wide", actors=actors, start=0.0, end=4.0, moment=moment.id)
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=actors)
    cast = {cid: Character(id=cid, name=cid.title(), look=Look()) for cid in actors}
    stage = StagedScene(
        scene,
        np.full((size[1], size[0], 3), 90, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {},
        size,
        things=thing_sprites(settings.assets_dir),
        animals=animals,
    )
    return stage.layouts[0]


def test_a_falling_thing_drops_to_the_ground_and_a_floating_one_crosses(settings: Settings) -> None:
    fell = Moment(id="s1.m0", text="The bowl fell.", verb="fall", start=0.0, end=4.0)
    fell.props = [Prop(key="bowl", role="near")]
    (bowl,) = _layout(settings, fell, [], {}).figures
    assert bowl.animal is not None and bowl.climb < 0  # from up high, down
    floated = Moment(id="s1.m0", text="A basket floated by.", verb="swim", start=0.0, end=4.0)
    floated.props = [Prop(key="basket", role="near")]
    (basket,) = _layout(settings, floated, [], {}).figures
    assert basket.animal is not None and basket.x0 != basket.x1


def test_the_animal_chased_runs_ahead_the_same_way(settings: Settings) -> None:
    chase = Moment(id="s1.m0", text="The dog chased the cat.", who=["dog"], verb="chase", start=0.0, end=4.0)
    chase.props = [Prop(key="cat", role="near")]
    dog, cat = _layout(settings, chase, ["dog"], {"dog": "dog"}).figures
    assert cat.animal is not None and cat.verb == "run"
    assert dog.facing == cat.facing
    going = 1 if dog.x1 > dog.x0 else -1
    assert going == dog.facing and (cat.x0 - dog.x0) * going > 0  # the cat in front, the dog behind


def test_someone_not_of_the_cast_doing_something_to_a_thing_is_no_thing_subject() -> None:
    for text in ("A stranger opened the box.", "Ana opened the box."):
        board = staged("The wind blew over the hills.\n\n" + text)
        assert subject_thing(moments(board)[-1]) is None
