"""A scene's setting is where its people are, not a place the text only names in passing: the goal others
leave for while the scene's people stay, a load carried along the way to a market, the place come back
from, a place never been to or only wished for, and the plain house of a tale's poor family (a cottage) or
rich one (a mansion). Invented sentences, several languages each."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


def _settings(text: str, name: str) -> list[str]:
    return [scene.setting for scene in parse_script(text, filename=name).scenes]


# -- the goal someone else leaves for: the scene stays with those who stay ------------------------------------
@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "stay.en.txt",
            "The children sat in the kitchen with their mother.\n\n"
            "The mother went off to the forest to gather wood. The children played with the kitten.",
        ),
        (
            "stay.de.txt",
            "Die Kinder saßen mit der Mutter in der Küche.\n\n"
            "Die Mutter ging in den Wald, um Holz zu holen. Die Kinder spielten mit dem Kätzchen.",
        ),
        (
            "stay.ru.txt",
            "Дети сидели с матерью на кухне.\n\nМать ушла в лес за дровами. Дети играли с котёнком.",
        ),
        (
            "stay.fr.txt",
            "Les enfants étaient dans la cuisine avec leur mère.\n\n"
            "La mère partit dans la forêt chercher des champignons. Les enfants jouèrent avec le chaton.",
        ),
        (
            "stay.es.txt",
            "Los niños estaban en la cocina con su madre.\n\n"
            "La madre se fue al bosque a buscar leña. Los niños jugaron con el gatito.",
        ),
        (
            "stay.ja.txt",
            "子どもたちはお母さんと台所にいました。\n\nお母さんは森へ行きました。子どもたちは子ねこと遊びました。",
        ),
        ("stay.zh.txt", "孩子们和妈妈在厨房里。\n\n妈妈到森林里去砍柴了。孩子们和小猫一起玩。"),
        ("stay.hi.txt", "बच्चे माँ के साथ रसोई में बैठे थे।\n\nमाँ लकड़ी लाने जंगल को गई। बच्चे बिल्ली के साथ खेलते रहे।"),
    ],
)
def test_a_place_someone_else_leaves_for_does_not_move_those_who_stay(name: str, text: str) -> None:
    assert _settings(text, name) == ["kitchen", "kitchen"]


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        (
            "went.en.txt",
            "The children sat in the kitchen with their mother.\n\n"
            "The mother went off to the forest. There she gathered wood under the tall trees.",
            "forest",
        ),
        (
            "ging.de.txt",
            "Die Kinder saßen mit der Mutter in der Küche.\n\nDie Mutter ging in den Wald. Dort sammelte sie Holz.",
            "forest",
        ),
    ],
)
def test_the_goal_is_the_scene_where_the_text_goes_there_with_them(name: str, text: str, where: str) -> None:
    assert _settings(text, name)[-1] == where


# -- a load carried to a place: on the way there -----------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("wood.en.txt", "The boy carried a bundle of firewood to the town on his back. He thought of his supper."),
        ("holz.de.txt", "Der Knecht trug das Bündel Holz auf dem Rücken zur Stadt. Er dachte an sein Abendbrot."),
        ("bois.fr.txt", "Le garçon portait un fagot de bois à la ville sur son dos. Il pensait à son souper."),
        ("lena.es.txt", "El muchacho llevaba un haz de leña a la ciudad sobre la espalda. Pensaba en la cena."),
        ("legna.it.txt", "Il ragazzo portava una fascina di legna in città sulla schiena. Pensava alla cena."),
        ("lenha.pt.txt", "O rapaz levava um feixe de lenha para a cidade no ombro. Pensava no jantar."),
        ("drova.ru.txt", "Мальчик нёс вязанку дров в город. Он думал об ужине."),
        ("maki.ja.txt", "男の子はまきを背負って町へ運んでいました。夕ごはんのことを考えていました。"),
    ],
)
def test_a_load_carried_to_a_place_is_on_the_way(name: str, text: str) -> None:
    assert _settings(text, name) == ["road"]


# -- the place come back from --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("feld.de.txt", "Der Vater kam vom Markt. Er setzte sich ans Feuer und aß seine Suppe."),
        ("village.fr.txt", "Le père revint du village. Il s'assit près du feu et mangea sa soupe."),
        ("pueblo.es.txt", "El padre volvió desde el pueblo. Se sentó junto al fuego y comió su sopa."),
        ("paese.it.txt", "Il padre tornò dal villaggio. Si sedette vicino al fuoco e mangiò la minestra."),
    ],
)
def test_the_place_come_back_from_is_not_the_scene(name: str, text: str) -> None:
    assert _settings(text, name) == ["living_room"]


# -- a place never been to, or only wished for -------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text", "room"),
    [
        (
            "wish.en.txt",
            "The boy sat in his room.\n\nHe wished he could go to the sea. He looked at the ceiling.",
            "living_room",
        ),
        (
            "never.en.txt",
            "The boy sat in his room.\n\nHe had never been to the sea. He looked at the ceiling.",
            "living_room",
        ),
        (
            "nie.de.txt",
            "Der Junge saß in seinem Zimmer.\n\nEr war noch nie am Meer gewesen. Er sah an die Decke.",
            "living_room",
        ),
        (
            "jamais.fr.txt",
            "Le garçon était dans sa chambre.\n\nIl n'était jamais allé à la mer. Il regardait le plafond.",
            "bedroom",
        ),
        ("nunca.es.txt", "El niño estaba en su cuarto.\n\nNunca había estado en el mar. Miraba el techo.", "bedroom"),
        (
            "nikogda.ru.txt",
            "Мальчик сидел в своей комнате.\n\nОн никогда не был на море. Он смотрел в потолок.",
            "living_room",
        ),
        (
            "koto.ja.txt",
            "男の子は部屋にすわっていました。\n\n海に行ったことがありませんでした。天井を見ていました。",
            "bedroom",
        ),
        (
            "gorod.ru.txt",
            "Старуха сидела на кухне.\n\nОна хотела когда-нибудь поехать в город. Она вздохнула.",
            "kitchen",
        ),
    ],
)
def test_a_place_never_been_to_or_wished_for_is_not_the_scene(name: str, text: str, room: str) -> None:
    assert _settings(text, name)[-1] == room


# -- the plain house of a tale's family: a cottage for the poor, a mansion for the rich ----------------------
@pytest.mark.parametrize(
    ("name", "text", "home"),
    [
        ("hut.en.txt", "A poor woodcutter lived with his wife in a little house at the edge of the wood.", "cabin"),
        ("rich.en.txt", "A rich merchant lived in a big house with his three daughters.", "mansion"),
        ("haus.de.txt", "Ein armer Bauer hatte ein Häuschen und eine Kuh. Er lebte dort mit seiner Frau.", "cabin"),
        ("maison.fr.txt", "Un pauvre pêcheur vivait avec sa femme dans une petite maison.", "cabin"),
        ("casita.es.txt", "Un pobre leñador vivía con su mujer en una casita.", "cabin"),
        ("casinha.pt.txt", "Um pobre lenhador vivia com a mulher numa casinha.", "cabin"),
        ("ghar.hi.txt", "एक गरीब लकड़हारा अपनी पत्नी के साथ एक छोटे से घर में रहता था।", "cabin"),
    ],
)
def test_a_tale_family_house_is_drawn_by_their_station(name: str, text: str, home: str) -> None:
    assert _settings(text, name) == [home]
