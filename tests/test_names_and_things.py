"""Names and things: a pet name made of an animal's word is that animal (not a person, and no second animal
drawn as a thing); a thing's word inside a name names no thing; a thing that is a cast being's plural is it."""

from __future__ import annotations

from filmstudio.script import parse_script
from filmstudio.script.lexicon import Match
from filmstudio.script.named_things import names_no_things
from filmstudio.script.pet_names import pet_name_animal


def _board(text: str, filename: str = "story.en.txt"):  # type: ignore[no-untyped-def]
    return parse_script(text, filename=filename)


def _things(board) -> set[str]:  # type: ignore[no-untyped-def]
    return {t.key for s in board.scenes for t in s.things}


def test_a_hyphened_pet_name_is_its_animal_and_no_thing() -> None:
    board = _board(
        "The Heron and the Bunny-rabbit walked along the shore.\n\n"
        '"What a fine evening," said Bunny to the Heron. "Shall we find a rabbit to dance with?"\n\n'
        '"Yes," said the Heron, and they went on.'
    )
    bunny = next(c for c in board.characters if c.name.lower().startswith("bunny"))
    assert bunny.animal == "rabbit"
    assert "rabbit" not in _things(board)


def test_an_english_nursery_name_is_its_animal() -> None:
    animals = {"pig": "pig", "frog": "frog", "bird": "bird", "mole": "mole", "horse": "horse"}
    assert pet_name_animal("Piggy", "Piggy ran.", animals, "en") == "pig"
    assert pet_name_animal("Froggy", "Froggy sang.", animals, "en") == "frog"
    assert pet_name_animal("Birdie", "Birdie flew.", animals, "en") == "bird"
    assert pet_name_animal("Moley", "Moley dug.", animals, "en") == "mole"
    assert pet_name_animal("Horsey", "Horsey trotted.", animals, "en") == "horse"
    # a person's pet name is no animal's, and another language has no English endings
    assert pet_name_animal("Billy", "Billy ran.", animals, "en") is None
    assert pet_name_animal("Mary", "Mary ran.", {**animals, "mare": "horse"}, "en") is None
    assert pet_name_animal("Piggy", "Piggy corrió.", animals, "es") is None
    assert pet_name_animal("Piggy Lee", "Piggy Lee sang.", animals, "en") is None


def test_a_nursery_name_in_a_story_is_drawn_as_its_animal() -> None:
    board = _board(
        'Froggy sat on a stone by the pond. "The water is warm today," said Froggy.\n\n'
        '"Then I shall swim," said Anna, and she jumped in.'
    )
    froggy = next(c for c in board.characters if c.name == "Froggy")
    lily = next(c for c in board.characters if c.name == "Anna")
    assert froggy.animal == "frog"
    assert lily.animal is None


def _kept(key: str, text: str, language: str = "en") -> bool:
    return bool(names_no_things([Match(key, (key,), 0)], text, language))


def test_a_word_inside_a_name_names_no_thing() -> None:
    # a street's, an inn's or a ship's name
    assert not _kept("moon", "They dined at a house in New-Moon Lane.")
    assert not _kept("falcon", "Control: Falcon, you are clear to land, Falcon.\nPilot: The Falcon is down.")
    # old fables capitalise the things they turn on: "the Pail" is a pail
    assert _kept("pail", "She set the Pail on her head. Then the Pail fell off it.")
    assert not _kept("falcon", "We hear you, Falcon.")
    # the thing itself: written in lower case somewhere, or the name's head, or its kind before a name
    assert _kept("falcon", "A falcon circled. The Falcon is down.")
    assert _kept("tree", "They came to the land where the Plum-Tree grows.")
    assert _kept("comet", "Tonight we looked at the Comet Hale through the glass.")
    # a sentence's and a verse line's first word is capitalised anyway; the heavens are named so
    assert _kept("lamp", "Lamp in hand, she went down.")
    assert _kept("lamp", "The night was dark and cold,\nLamp and candle burned.")
    assert _kept("moon", "Then the Moon rose over the hill.")
    # German capitalises every noun; a screenplay's capitals are the thing
    assert _kept("mond", "Sie sahen den Mond.", "de")
    assert _kept("phone", "Anna sits. Her PHONE rings.")


def test_a_ship_named_for_a_thing_is_not_drawn_as_it() -> None:
    board = _board(
        "TOWER: Falcon, this is the tower. You are clear to land.\nPILOT: Roger, tower. The Falcon is turning now.\n"
        "TOWER: We see you, Falcon. Wheels down.\nPILOT: Wheels down and locked.\n",
        "radio.en.txt",
    )
    assert "falcon" not in _things(board) and "bird" not in _things(board)


def test_a_beings_plural_is_that_being_not_a_thing() -> None:
    board = _board(
        'Once there was a little Kettle on a stove. "I am hot," said the Kettle. '
        "The other kettles in the kitchen laughed at him."
    )
    assert any(c.name == "Kettle" for c in board.characters)
    assert "teapot" not in _things(board)  # the kettles are the Kettle's kind, not a thing of the kitchen


def test_a_german_compound_is_read_on_its_dictionary_form() -> None:
    import filmstudio.script.vocabulary as vocabulary

    things = vocabulary.things("de")
    assert things.find("Die Schwestern kamen herein.") == []  # "Schwester" holds no star (Stern)
    assert [m.key for m in things.find("Er sah die Apfelbäume.")] == ["tree"]  # "Apfelbaum": a tree
    assert [m.key for m in things.find("Zwei Gartenstühle standen dort.")] == ["chair"]
    assert [m.key for m in things.find("Die Haustüren waren zu.")] == ["door"]


def test_a_name_that_says_a_quote_once_is_its_speaker() -> None:
    board = _board(
        'Tom sat on a stone by the pond. "The water is warm today," said Tom.\n\n'
        '"Then I shall swim," said Maren.\n\n"Wait for me!" Pablo cried from the bank.'
    )
    lines = [(ln.character_id, ln.text) for s in board.scenes for ln in s.lines]
    assert ("maren", "Then I shall swim,") in lines
    assert ("pablo", "Wait for me!") in lines
    # a pronoun or a kind of person beside the verb is read elsewhere, never as a name
    from filmstudio.script.speaker_names import speaking_names

    assert speaking_names('"Come," said He. "Go," said the Fox. "Eat," said Mother.', "en") == []


def test_a_cast_name_is_no_prop_in_the_staging() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from staging_checks import moments, staged

    board = staged(
        "EXT. GARDEN - DAY\n\nSTONE, a gardener, sits by the pool.\n\nStone stands and waves to the gate.\n\n"
        "EXT. STREET - DAY\n\nA car passes.\n",
        "en",
    )
    props = [(p.key, p.words) for m in moments(board) for p in m.props]
    assert props, "the gardener sits on something"
    assert not any(key == "rock" or "stone" in [w.lower() for w in words] for key, words in props), props
