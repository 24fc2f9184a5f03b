"""Dialogue in published prose: how editions set it and who says what. One test per class of error
seen on the blind set (tests/corpus_blind), each on sentences written for it here."""

from __future__ import annotations

from filmstudio.script import parse_script
from filmstudio.script.typography import normalise, split_front
from filmstudio.storyboard import Storyboard


def _board(text: str) -> Storyboard:
    return parse_script(text, filename="cuento.txt")


def _said_by(board: Storyboard) -> list[tuple[str, str]]:
    return [(line.character_id, line.text) for scene in board.scenes for line in scene.lines]


def test_dialogue_set_with_hyphens_is_dialogue() -> None:
    """Plain-text editions set the dialogue dash as a hyphen glued to the word: "-Hola -dijo ella-."."""
    text = normalise("-Buenos días -dijo la panadera-. ¿Quieres pan?\n\n-Dos barras -contestó el cartero.\n")
    assert text.startswith("—Buenos días —dijo la panadera—.")
    assert "—contestó el cartero." in text
    # a hyphen inside a word, or a text whose paragraphs never open with one, stays as it is
    assert normalise("A well-known baker - and a kind one.") == "A well-known baker - and a kind one."
    said = _said_by(
        _board(
            "La panadera abrió la tienda al alba.\n\n"
            "-Buenos días -dijo la panadera-. ¿Quieres pan?\n\n"
            "-Dos barras, por favor -contestó el cartero.\n"
        )
    )
    assert ("panadera", "Buenos días.") in said  # the stop after the incise's closing dash ends these words
    assert any(who == "panadera" and text.startswith("¿Quieres pan") for who, text in said)
    assert any(who == "cartero" and text.startswith("Dos barras") for who, text in said)


def test_a_chapter_number_set_alone_is_front_matter() -> None:
    front, rest = split_front("La tienda\n\n- IV -\n\nEl pan de Lucía\n\nLucía amasaba el pan cada mañana.\n")
    assert front.title == "La tienda"
    assert "- IV -" in front.headings
    assert rest.strip().startswith("Lucía amasaba")


def test_an_article_joined_to_a_preposition_never_names_the_speaker() -> None:
    """'preguntó al fin' is 'asked at last', not 'the end asked'."""
    board = _board(
        "Marta y Tomás cenaban en la cocina.\n\n"
        "-¿Y el perro? -preguntó Marta.\n\n"
        "-Duerme -dijo Tomás.\n\n"
        "-¿Ya? -preguntó al fin.\n"
    )
    assert "fin" not in {c.id for c in board.characters}


def test_a_dropped_subject_in_a_conversation_is_the_one_whose_turn_it_is() -> None:
    said = _said_by(
        _board(
            "Marta y Tomás cenaban en la cocina.\n\n"
            "-¿Y el perro? -preguntó Marta.\n\n"
            "-Duerme -dijo Tomás.\n\n"
            "-¿Ya? -preguntó al fin.\n"
        )
    )
    assert ("marta", "¿Ya?") in said


def test_a_paragraph_ending_in_a_colon_announces_the_next_quote() -> None:
    said = _said_by(
        _board(
            "Marta amasaba el pan. Tomás entró en la cocina y miró a Marta.\n\n"
            "-Es tarde -dijo Tomás.\n\n"
            "Marta se levantó despacio y contestó:\n\n"
            "-Nunca es tarde para el pan.\n"
        )
    )
    assert ("marta", "Nunca es tarde para el pan.") in said


def test_someone_only_talked_about_in_quotes_is_not_in_the_story() -> None:
    """'¿Y Lucas? ¿Duerme?': Lucas is asleep elsewhere; Marta and Tomás act in the narration."""
    cast = {
        c.id
        for c in _board(
            "Marta llegó al molino con su cesta. Tomás la esperaba en la puerta.\n\n"
            "-¿Y Lucas? ¿Duerme? -preguntó Tomás.\n\n"
            "-Lucas duerme, y Lucas no se despierta hasta la noche -dijo Marta.\n\n"
            "Marta dejó la cesta en el banco y Tomás la abrió.\n"
        ).characters
    }
    assert {"marta", "tomás"} <= cast
    assert "lucas" not in cast


def test_a_form_of_address_is_never_a_person_of_its_own() -> None:
    """'Su Señoría', 'Your Majesty': the one addressed, by another name."""
    board = parse_script(
        "The King sat in the hall. “Your Majesty is tired,” said the Queen. The King nodded.\n\n"
        "“Your Majesty should sleep,” said the Queen. His Majesty laughed, and Majesty rose.\n",
        filename="story.txt",
    )
    assert "majesty" not in {c.id for c in board.characters}


def test_a_new_description_of_a_speaker_in_a_conversation_is_one_of_the_two() -> None:
    """'—dijo la navarra', 'said the old fellow': stories vary how they call the two who talk; a newcomer
    is introduced before speaking."""
    said = _said_by(
        parse_script(
            "Pablo and Rosa sat by the fire.\n\n"
            "“Is the bread ready?” asked Pablo.\n\n"
            "“Not yet,” said Rosa.\n\n"
            "“Then we wait,” said the old fellow.\n",
            filename="story.txt",
        )
    )
    assert ("pablo", "Then we wait,") in said or ("pablo", "Then we wait") in said


def test_what_the_people_of_a_play_point_at_is_in_view() -> None:
    """'Open that door!': a thing dialogue points at with a demonstrative is in the scene, though no stage
    direction names it; a thing only mentioned ("I dream of lanterns") is not."""
    play = (
        "INT. ATTIC - NIGHT\n\n"
        "Rain falls on the roof. Maya and Leo sit among old boxes by the window.\n\n"
        "MAYA\nOpen that door, quick!\n\n"
        "LEO\nI dream of lanterns every night.\n"
    )
    things = {t.key for s in parse_script(play, filename="attic.fountain").scenes for t in s.things}
    assert "door" in things
    assert "lantern" not in things
    obra = "MARÍA\n¿Quién vive en esa torre?\n\nPEDRO\nNadie, señora.\n"
    assert "tower" in {t.key for s in parse_script(obra, filename="obra.fountain").scenes for t in s.things}


def test_a_being_only_talked_about_in_quotes_is_not_cast() -> None:
    """'Your uncle fell in the well,' said Mother Duck: the uncle is nowhere in the story."""
    story = (
        "Mother Duck led her ducklings to the pond. Mother Duck looked at them.\n\n"
        "“Never go near the farmer's well,” said Mother Duck. “Your uncle fell in the well.”\n\n"
        "The ducklings swam after Mother Duck."
    )
    assert "uncle" not in {c.id for c in parse_script(story, filename="pond.txt").characters}


def test_a_newcomer_introduced_in_another_form_speaks_for_itself() -> None:
    """'a Goosey-gander stood' and then 'said the Goosey' mid-conversation: the goose, met before, speaks."""
    story = (
        "Owl and Hen walked on the hill.\n\n"
        "“It is late,” said Owl.\n\n"
        "“It is,” said Hen.\n\n"
        "And there by a wall a Goosey-gander stood.\n\n"
        "“Good evening,” said the Goosey."
    )
    said = _said_by(parse_script(story, filename="hill.txt"))
    assert not any(who in ("owl", "hen") and text.startswith("Good evening") for who, text in said)


def test_a_russian_name_in_another_case_than_the_subject_is_not_the_speaker() -> None:
    board = parse_script(
        "Жил-был Медведь. Жила-была Сова. Медведь пошёл к реке, Сова полетела за ним.\n\n"
        "Медведь сел у реки. Сова села на ветку.\n\n"
        "Косолапый к дереву подходит, с Совы глаз не сводит и говорит: «Спой мне песню!»\n",
        filename="x.ru.txt",
    )
    said = {ln.text: ln.character_id for ln in board.lines() if ln.character_id != "narrator"}
    assert said == {"Спой мне песню!": "медведь"}  # "с Совы": whose eyes he watches, not who speaks
