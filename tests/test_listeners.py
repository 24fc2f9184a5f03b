"""Who listens when someone speaks: only those still there (not one who left, was eaten or is only
thought of), and the one a line calls by name or title. Our own sentences, in English, French, German
and Spanish."""

from __future__ import annotations

import pytest

from filmstudio.storyboard import Moment, Scene, Storyboard
from tests.staging_checks import moments, staged


def _said_by(board: Storyboard, words: str) -> Moment:
    return next(m for m in moments(board) if words in m.text)


def _scene_of(board: Storyboard, line_words: str) -> Scene:
    return next(s for s in board.scenes if any(line_words in ln.text for ln in s.lines))


def test_one_who_ran_off_does_not_listen() -> None:
    board = staged(
        'Mara and Jonas walked to the market. Jonas ran off to see the horses. Mara said, "Where did he go?"'
    )
    assert _said_by(board, "Mara said").who == ["mara"]
    assert "jonas" not in _scene_of(board, "Where did he go").people


def test_those_who_ran_off_together_are_together_when_one_speaks() -> None:
    """Two who leave together are beside each other when one of them speaks; eating is no leaving of
    those who eat ("the Hen and the Duck ate grain": nobody was eaten)."""
    board = staged(
        "The Hen and the Duck ate grain by the barn. A dog barked at them, and the Hen and the Duck had to run "
        'off. "That was close," said the Hen. "Far too close," said the Duck.'
    )
    assert sorted(_said_by(board, "That was close").who) == ["duck", "hen"]
    people = staged(
        "Mara and Jonas ate plums under the tree. A dog barked, and Mara and Jonas ran off. "
        '"That was close," said Mara.'
    )
    assert "jonas" in _scene_of(people, "That was close").people


def test_one_who_went_home_leaves_the_others_where_they_are() -> None:
    board = staged(
        "Tilda and Oskar played with a ball in the garden. After a while Oskar went home. Tilda sat on the "
        'grass. "Now I have nobody to play with," Tilda said.'
    )
    scene = _scene_of(board, "nobody to play with")
    assert scene.setting == "garden"  # the story stays with Tilda, not at Oskar's home
    assert scene.people == ["tilda"]


def test_one_who_was_eaten_does_not_listen() -> None:
    board = staged(
        'The Hen and the Duck walked by the pond. The Fox jumped out and ate the Hen. "Help!" cried the Duck. '
        '"Nobody can help you now," said the Fox.'
    )
    assert _said_by(board, "Help!").who == ["duck", "fox"]
    assert _said_by(board, "Nobody can help").who == ["fox", "duck"]


def test_one_only_thought_of_is_not_in_the_shot() -> None:
    board = staged(
        "Lina walked into the dark forest. She thought of her Grandmother, who lived beyond the hill. "
        '"How dark it is," said Lina.'
    )
    assert _said_by(board, "She thought of").who == ["lina"]
    assert "grandmother" not in _scene_of(board, "How dark").people


def test_one_who_had_told_is_not_there() -> None:
    board = staged(
        "Ida and her Mother lived by the sea. One morning Ida walked along the beach. Her Mother had told her "
        'never to swim there. "The water looks so warm," said Ida.'
    )
    assert "mother" not in _said_by(board, "had told her").who


def test_a_line_said_to_someone_by_title_has_them_listen() -> None:
    board = staged(
        'The Master sat by the fire. Piet and Karl carried sacks into the mill. "Here it is, Master," said Piet.'
    )
    assert set(_scene_of(board, "Here it is").people) >= {"piet", "master"}


def test_a_line_that_calls_someone_has_them_listen_before_those_followed() -> None:
    board = staged(
        'Mother Cat slept by the stove. The Kitten and the Puppy played with a ball. "Mother, look!" said the Kitten.'
    )
    assert _said_by(board, "Mother, look").who[:2] == ["kitten", "mother"]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        (
            "fr",
            "Jeanne et Paul jouaient dans le jardin. Ensuite Paul s'en alla. Jeanne s'assit sur l'herbe. "
            "« Je n'ai plus personne avec qui jouer », dit Jeanne.",
            "jouer",
        ),
        (
            "de",
            "Anna und Paul spielten im Garten. Dann lief Paul weg. Anna setzte sich ins Gras. "
            "„Jetzt bin ich allein“, sagte Anna.",
            "allein",
        ),
        (
            "es",
            "Lucía y Pablo jugaban en el jardín. Luego Pablo se fue a casa. Lucía se sentó en la hierba. "
            "—Ahora no tengo con quién jugar —dijo Lucía.",
            "jugar",
        ),
    ],
)
def test_one_who_left_does_not_listen_in_other_languages(language: str, text: str, said: str) -> None:
    board = staged(text, language)
    assert "paul" not in _scene_of(board, said).people
    assert "pablo" not in _scene_of(board, said).people


@pytest.mark.parametrize(
    ("language", "text", "thought", "who"),
    [
        (
            "fr",
            "Jeanne marchait dans la forêt. Elle pensa à sa Grand-mère. « Que c'est sombre ! » dit Jeanne.",
            "pensa",
            "jeanne",
        ),
        (
            "de",
            "Anna ging durch den Wald. Sie dachte an ihre Großmutter. „Wie dunkel es ist“, sagte Anna.",
            "dachte",
            "anna",
        ),
        ("es", "Lucía caminaba por el bosque. Pensó en su Abuela. —¡Qué oscuro está! —dijo Lucía.", "Pensó", "lucía"),
    ],
)
def test_one_only_thought_of_is_not_there_in_other_languages(language: str, text: str, thought: str, who: str) -> None:
    board = staged(text, language)
    assert _said_by(board, thought).who == [who]
    assert all(s.people == [who] for s in board.scenes)


def test_those_still_there_listen() -> None:
    """The negative: nobody left, so the one followed still listens."""
    board = staged('Mara and Jonas walked to the market. Jonas looked at the horses. Mara said, "How big they are!"')
    assert _said_by(board, "Mara said").who == ["mara", "jonas"]
    assert "jonas" in _scene_of(board, "How big").people


def test_eating_with_someone_or_a_left_hand_takes_nobody_away() -> None:
    """The negatives: "ate with the Hen" eats nobody, "his left hand" is no leaving."""
    board = staged('The Hen and the Duck walked by the pond. The Fox sat and ate with the Hen. "Help!" cried the Duck.')
    assert "hen" in _said_by(board, "Help!").who
    board = staged('Mara and Jonas walked to the market. Jonas raised his left hand. Mara said, "Look at him!"')
    assert _said_by(board, "Mara said").who == ["mara", "jonas"]


def test_one_who_fell_asleep_does_not_listen() -> None:
    board = staged(
        'Mara and Jonas sat on the bench. Jonas fell asleep. Mara looked at the sky. Mara said, "What a quiet morning."'
    )
    assert _said_by(board, "Mara said").who == ["mara"]


def test_one_only_thought_of_is_not_drawn_in_a_told_scene() -> None:
    board = staged(
        "Lina walked into the dark forest. She thought of her Grandmother, who lived beyond the hill. "
        "The trees were tall.\n\nThe Grandmother sat by her fire and knitted."
    )
    assert board.scenes[0].people == ["lina"]
    assert board.scenes[-1].people == ["grandmother"]


def test_one_the_story_follows_home_listens_there() -> None:
    """The negative: nobody stays behind, so the story goes home with Ana, and she hears her mother."""
    board = staged(
        'Ana sat in the field. "I am tired," said Ana. Then Ana walked home.\n\n'
        'Her Mother stood at the door. "Welcome back, Ana," said the Mother.'
    )
    assert board.scenes[1].setting == "living_room"
    assert set(_scene_of(board, "Welcome back").people) == {"mother", "ana"}
