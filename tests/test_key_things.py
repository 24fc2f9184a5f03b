"""The thing a sentence is about is in its shot: what its verb acts on in the hand ("cast the net"; one
mended is before the mender, a needle in the hand: tests/test_props_in_shot.py; a jacket put on is worn, in no hand: tests/test_things_that_act.py), a thing named with a preposition of place beside the one acting ("poured milk into a jug",
"hid the key under the mat": the key set down there, out of the hand), a thing put on a table on the table beside them; a table, a rug or a ladder
standing on the ground where they are, as tall beside them as it is. A common thing the picture set has no
picture of is drawn as the nearest one of the same use (a sieve as a bowl, a mat as a rug) or by us (a
table, a rug, a net). A language that drops its subject pronouns ("Luego vertió la leche en una jarra") goes
on with the one followed where a verb comes before the thing. The sentences are our own, in English, French,
German and Spanish, with some in Italian, Portuguese and Russian."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.animation.acting import Performer
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import FIGURE_SHARE, Figure, StagedScene
from filmstudio.config import Settings
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script import vocabulary
from filmstudio.storyboard import Character, Look, Moment, Prop, Scene, Shot
from tests.staging_checks import moments, staged

# language | a sentence | the thing it names, found as this key
_WORDS = """
en | She set the bowl on the kitchen table. | table
en | He wiped his boots on the doormat. | rug
en | The old carpet was full of holes. | rug
en | He coiled the rope by the door. | rope
en | The fishermen hauled in their nets. | net
en | She rinsed the berries in a colander. | bowl
en | He shook the flour through a sieve. | bowl
fr | Elle posa la soupière sur la table. | table
fr | Le chat dormait sur le tapis. | rug
fr | Il noua la corde autour du tronc. | rope
fr | Le pêcheur répara son filet de pêche. | net
fr | Elle passa la farine au tamis. | bowl
de | Die Katze schlief unter dem Tisch. | table
de | Er klopfte den Teppich aus. | rug
de | Sie band das Boot mit einem Seil fest. | rope
de | Der Fischer flickte sein Netz. | net
de | Sie goss die Nudeln durch ein Sieb. | bowl
es | El gato dormía debajo de la mesa. | table
es | Sacudió la alfombra en el patio. | rug
es | Ató la cabra con una soga. | rope
es | El pescador recogió sus redes. | net
es | Escurrió el arroz con un colador. | bowl
ru | Он сидел за столом. | table
ru | Рыбаки тянули сети. | net
ru | Он привязал лодку верёвкой. | rope
"""

# language | an opening that casts the people | sentences and the keys the moment holds: role:key, ...
_STORIES = {
    "en": "Marta and her brother Tobin lived in a small cottage by the lake. Marta smiled at Tobin.",
    "fr": "Il était une fois une jeune fille nommée Lucie et son frère Paul.",
    "de": "Es war einmal eine Bäuerin namens Hilde und ihr Bruder Karl.",
    "es": "Había una vez una muchacha llamada Lucía y su hermano Diego.",
    "it": "C'era una volta una ragazza di nome Giulia. Giulia viveva vicino al lago.",
    "pt": "Era uma vez uma menina chamada Rita. Rita morava perto do lago.",
    "ru": "Жила-была девочка Маша. Маша жила у озера.",
}
_MOMENTS = """
en | Marta sifted the flour through a sieve. | held:bowl
en | She set the bowl on the table. | near:bowl near:table
en | Then she poured milk into a jug. | held:milk near:jug
en | She hid the key under the mat. | near:key near:rug
en | Tobin mended the fishing net. | held:needle near:net near:table
en | Tobin cast the net into the water. | held:net
en | He tied the rope to a post. | held:rope
en | Tobin leaned the ladder against the wall. | near:ladder
en | Marta lit the candle on the table. | near:candle near:table
en | Tobin hammered a nail into the table. | held:hammer near:table
fr | Lucie tamisa la farine dans un tamis. | held:bowl
fr | Elle posa le bol sur la table. | near:bowl near:table
fr | Puis elle versa le lait dans une cruche. | held:milk near:jug
fr | Elle cacha la clé sous le tapis. | near:key near:rug
fr | Paul répara le filet de pêche. | held:needle near:net near:table
fr | Il attacha la corde à un poteau. | held:rope
de | Hilde stellte die Schüssel auf den Tisch. | near:bowl near:table
de | Dann goss sie die Milch in einen Krug. | held:milk near:jug
de | Sie versteckte den Schlüssel unter der Matte. | near:key near:rug
de | Karl flickte das Fischernetz. | held:needle near:net near:table
de | Er lehnte die Leiter an die Wand. | near:ladder
es | Lucía tamizó la harina con un colador. | held:bowl
es | Lucía puso el cuenco sobre la mesa. | near:bowl near:table
es | Lucía vertió la leche en una jarra. | held:milk near:jug
es | Lucía escondió la llave debajo de la alfombra. | near:key near:rug
es | Diego echó la red al agua. | held:net
es | Luego vertió la leche en una jarra. | held:milk near:jug
es | Colgó su abrigo en un gancho. | held:coat near:hook
it | Poi versò il latte in una brocca. | held:milk near:jug
pt | Depois pendurou o casaco num gancho. | held:coat near:hook
ru | Маша поставила миску на стол. | near:bowl near:table
ru | Маша спрятала ключ под коврик. | near:key near:rug
ru | Маша просеяла муку через сито. | held:bowl
"""
# sentences that name no thing one holds or sets down (a house, the sky, a horse ridden, a chair sat on)
_NOTHING = """
en | She put on a warm jacket.
fr | Elle mit une veste chaude.
de | Sie zog eine warme Jacke an.
es | Lucía se puso una chaqueta abrigada.
en | Marta walked to the house.
en | Tobin looked at the sky.
en | Marta sat on the chair.
en | Marta laughed with her brother.
en | Tobin climbed the tall tree.
fr | Lucie marcha jusqu'à la maison.
fr | Lucie s'assit sur la chaise.
de | Hilde ging zum Haus.
de | Hilde setzte sich auf den Stuhl.
es | Lucía caminó hasta la casa.
es | Lucía se sentó en la silla.
es | Brillaba la luna.
"""

# a sentence that drops its subject goes on with the one followed only where a verb comes before the thing
_NOBODY = """
es | Había un cuenco en la mesa.
es | La vela se apagó.
es | Por la mañana la jarra estaba vacía.
it | C'era una brocca sul tavolo.
"""


def _rows(table: str) -> list[tuple[str, ...]]:
    return [tuple(part.strip() for part in row.split("|")) for row in table.strip().splitlines()]


@pytest.mark.parametrize(("language", "sentence", "key"), _rows(_WORDS))
def test_a_common_thing_is_found_as_one_drawn(language: str, sentence: str, key: str) -> None:
    assert key in {m.key for m in vocabulary.things(language).find(sentence)}, sentence


def _moment(language: str, sentence: str) -> Moment:
    board = staged(f"{_STORIES[language]} {sentence}", language)
    return next(m for m in moments(board) if m.text.strip() == sentence)


@pytest.mark.parametrize(("language", "sentence", "props"), _rows(_MOMENTS))
def test_the_thing_a_sentence_acts_on_is_in_its_moment(language: str, sentence: str, props: str) -> None:
    moment = _moment(language, sentence)
    assert moment.who, sentence
    assert sorted(f"{p.role}:{p.key}" for p in moment.props) == sorted(props.split()), sentence
    assert all(p.holder == moment.who[0] for p in moment.props)


@pytest.mark.parametrize(("language", "sentence"), _rows(_NOTHING))
def test_a_sentence_without_such_a_thing_holds_none(language: str, sentence: str) -> None:
    assert not [p for p in _moment(language, sentence).props if p.role in ("held", "near")], sentence


@pytest.mark.parametrize(("language", "sentence"), _rows(_NOBODY))
def test_a_thing_that_is_there_is_no_ones_doing(language: str, sentence: str) -> None:
    assert not [p for p in _moment(language, sentence).props if p.holder is not None], sentence


def test_the_new_keys_are_drawn_by_the_set_or_by_us(settings: Settings) -> None:
    from filmstudio.animation import held

    sprites = thing_sprites(settings.assets_dir)
    if sprites("fox", 32) is None:
        pytest.skip("the emoji set is not installed")
    for key in ("table", "rug", "net", "rope"):
        assert key in vocabulary.THINGS
        assert sprites(key, 64) is not None or held.drawn(key, 64) is not None, key


SIZE = (640, 360)


def _stage(settings: Settings, props: list[Prop], verb: str = "stand") -> StagedScene:
    cast = {"marta": Character(id="marta", name="Marta", gender="female", look=Look(presents="female"))}
    moment = Moment(id="s1.m0", text="", who=["marta"], verb=verb, props=props, start=0.0, end=4.0)
    shot = Shot(id="s1.0", kind="wide", actors=["marta"], subject="marta", start=0.0, end=4.0, moment="s1.m0")
    scene = Scene(id="s1", moments=[moment], shots=[shot], start=0.0, end=4.0, people=["marta"])
    return StagedScene(
        scene,
        np.full((SIZE[1], SIZE[0], 3), 90, np.uint8),
        lambda cid, unit: build_rig(cast[cid], unit),
        {"marta": Performer.for_character("marta", 0, 4.0, [])},
        SIZE,
        things=thing_sprites(settings.assets_dir),
        animals={},
        seed=3,
    )


def _set_down(scene: StagedScene) -> dict[str, Figure]:
    layout = scene.layouts[0]
    return {f.animal_key: f for f in [*layout.figures, *layout.under] if f.set_down}


def test_a_table_stands_beside_the_one_acting_with_the_bowl_on_it(settings: Settings) -> None:
    bare = _stage(settings, [Prop(key="table", role="near", holder="marta")])
    laid = _stage(
        settings,
        [Prop(key="bowl", role="near", holder="marta"), Prop(key="table", role="near", holder="marta")],
    )
    person = next(f for f in laid.layouts[0].figures if f.rig is not None)
    table, bowl = _set_down(laid)["table"], _set_down(laid)["bowl"]
    assert bowl.on is table and bowl.feet < table.feet  # the bowl is on the table, not on the floor beside it
    assert table.feet == person.feet  # standing on the ground where she stands, not floating
    assert abs(table.x0 - person.x0) > 0.05 * SIZE[0]  # beside her, not inside her
    adult = FIGURE_SHARE * SIZE[1]
    alone = _set_down(bare)["table"].animal
    assert alone is not None and table.animal is not None
    assert 0.3 * adult < alone.size[1] < 0.6 * adult  # to her hip
    assert table.feet - table.animal.size[1] - 4 <= bowl.feet <= table.feet - 0.5 * table.animal.size[1]  # on its top
    assert table.shadow is not None
    frame = laid.frame(1.0)
    x = int(table.x0)
    column = frame[: int(table.feet) - 2, x - 3 : x + 3]
    assert (np.abs(column.astype(int) - 90).max(axis=2) > 20).any()  # drawn in the frame


def test_a_rug_lies_under_the_feet_and_a_ladder_stands_behind(settings: Settings) -> None:
    scene = _stage(
        settings, [Prop(key="key", role="held", holder="marta"), Prop(key="rug", role="near", holder="marta")]
    )
    person = next(f for f in scene.layouts[0].figures if f.rig is not None)
    rug = _set_down(scene)["rug"]
    assert rug in scene.layouts[0].under and rug.x0 == person.x0 and rug.feet > person.feet
    assert person.holds is not None and person.holds.key == "key" and person.thing is not None
    climb = _stage(settings, [Prop(key="ladder", role="near", holder="marta")], verb="climb")
    ladder = _set_down(climb)["ladder"]
    adult = FIGURE_SHARE * SIZE[1]
    assert ladder.animal is not None and ladder.animal.size[1] > 0.9 * adult
    assert ladder.climb == 0 and ladder.feet == next(f for f in climb.layouts[0].figures if f.rig).feet


def test_a_net_is_held_in_the_hand(settings: Settings) -> None:
    scene = _stage(settings, [Prop(key="net", role="held", holder="marta")])
    person = next(f for f in scene.layouts[0].figures if f.rig is not None)
    assert person.thing is not None and person.holds is not None and person.holds.key == "net"
    assert person.thing.size[1] > 0.2 * FIGURE_SHARE * SIZE[1]
