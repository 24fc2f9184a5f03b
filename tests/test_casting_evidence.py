"""Casting from the screenplay's own evidence: which words decide gender and age, and who is present."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.people import infer_traits


@pytest.mark.parametrize(
    ("context", "gender", "age", "age_word"),
    [
        ("MAYA (8) runs in, laughing.", "female", "child", "(8)"),
        ("RAVI, 45, a tired fisherman, mends a net. He sighs.", "male", "middle_aged", "45"),
        ("KIM, AGE 3, waves at her.", "neutral", "child", "AGE 3"),
        ("LEO, a ten-year-old boy, hides.", "male", "child", "ten-year-old"),
        ("The retired detective LEO lights his pipe.", "male", "elderly", "retired"),
        ("LEO, a grumpy man in his seventies, waits.", "male", "elderly", "in his seventies"),
        ("KIM, a teen with headphones, skates past.", "neutral", "young_adult", "teen"),
    ],
)
def test_age_and_gender_from_the_action(context: str, gender: str, age: str, age_word: str) -> None:
    name = next(n for n in ("LEO", "KIM", "MAYA", "RAVI") if n in context)
    traits = infer_traits(name, parentheticals=[], context=context)
    assert (traits.gender, traits.age) == (gender, age), traits
    assert any(age_word.lower() in w.lower() for w in traits.age_words), traits


def test_titles_and_nouns_in_cues() -> None:
    assert infer_traits("MRS. PATEL", parentheticals=[], context="").gender == "female"
    assert infer_traits("MR. OKAFOR", parentheticals=[], context="").gender == "male"
    men = infer_traits("THE MEN", parentheticals=[], context="")
    assert men.gender == "male" and men.gender_words == ["men"]
    assert infer_traits("GRANNY", parentheticals=[], context="").age == "elderly"


def test_silent_characters_are_present_and_listen() -> None:
    board = parse_script(
        "INT. KITCHEN - DAY\n\nAsha cooks. Her son ARJUN (9), a quiet boy, watches from the table.\n\n"
        "ASHA\nHungry?\n\nASHA\nIt is nearly ready.\n",
        filename="x.fountain",
    )
    arjun = next(c for c in board.characters if c.id == "arjun")
    assert (arjun.gender, arjun.age) == ("male", "child")
    scene = board.scenes[0]
    assert scene.people == ["asha", "arjun"]
    from filmstudio.animation.shots import cast_of

    assert cast_of(scene, ["narrator"]) == ["asha", "arjun"]  # drawn as a listener
    from filmstudio.film_request import count_speakers

    assert count_speakers(board) == 1  # the plan counts those who speak


def test_names_a_narration_simply_uses_are_people() -> None:
    story = (
        "Once there was a shepherd. Every day Pablo took his sheep up to the Himalaya.\n\n"
        "At night Pablo slept under the stars, and the Moon watched over him."
    )
    board = parse_script(story, filename="story.txt")
    assert [c.id for c in board.characters] == ["narrator", "pablo"]  # not the Himalaya, not the Moon
    assert board.scenes[0].people == ["pablo"] and next(c for c in board.characters if c.id == "pablo").gender == "male"
    fable = "A Fox spied some grapes. The Fox jumped and missed.\n\nThen the Fox walked away."
    board = parse_script(fable, filename="fable.txt")
    fox = board.character("fox")  # a personified animal is a character, drawn as the animal it is
    assert [c.id for c in board.characters] == ["narrator", "fox"] and fox.animal == "fox" and not fox.drawn
    # present in every scene, as the character: not a second fox among the scene's things
    assert all("fox" in s.people and "fox" not in {t.key for t in s.things} for s in board.scenes)


def test_a_german_character_named_by_a_noun_takes_its_age_from_that_noun() -> None:
    context = "Der Vater hält das Kind im Arm. Das Kind schläft."
    traits = infer_traits("Kind", parentheticals=[], context=context, language="de")
    assert (traits.age, traits.age_words) == ("child", ["kind"])  # a child, not the father beside it


def test_a_title_at_the_end_of_a_line_belongs_to_the_name_on_the_next() -> None:
    from filmstudio.script.mentions import characters_mentioned

    text = (
        "The gardener was Mr.\nGrimwald, and the cook was Mrs.\nBeet. Mr. Grimwald dug the beds while\n"
        "Mrs. Beet baked the bread, and Mr.\nGrimwald ate it."
    )
    assert {c.name for c in characters_mentioned(text, "en")}.isdisjoint({"Mr", "Mrs"})


def test_a_chinese_story_names_its_people_without_capitals() -> None:
    from filmstudio.script.people import recurring_names

    text = "张三是一个渔夫。每天早上张三划船出海。有一天，张三在海上遇到了大风。他的妻子在岸边等他。张三终于回来了。"
    assert recurring_names(text, "zh") == ["张三"]


def test_a_capitalised_plural_of_a_kind_of_person_is_not_a_name() -> None:
    from filmstudio.script.people import recurring_names

    text = "Orlo met the Princes of the North. Later the Princes laughed at Orlo, and Orlo smiled at Princes."
    assert recurring_names(text, "en") == ["Orlo"]


def test_the_first_word_of_a_place_name_is_not_a_name() -> None:
    from filmstudio.script.people import recurring_names

    text = "Tarik sailed the Black Sea in spring. In summer the Black Sea was calm, and Tarik fished there."
    assert recurring_names(text, "en") == ["Tarik"]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Ilse lived behind the mill. In June she sold her honey in town and bought a red scarf.", "en", ["Ilse"]),
        ("Bruno vivía junto al puerto. Cada tarde él pescaba con su abuelo.", "es", ["Bruno"]),
        # named once, and never "he" or "she": a word, not the story's hero
        ("Tomorrow came the rains. The fields filled with water.", "en", []),
        # German capitalises every noun: a word opening a sentence once is no name
        ("Wer klopft so spät an die Tür? Er ist müde.", "de", []),
    ],
)
def test_a_hero_named_once_and_then_called_he_or_she_is_a_name(text: str, language: str, names: list[str]) -> None:
    from filmstudio.script.people import recurring_names

    assert recurring_names(text, language) == names


@pytest.mark.parametrize(
    ("text", "language", "animals"),
    [
        (
            "Once there were three little Kittens, and their names were Tibbles, Mog and Smudge. Tibbles liked "
            "milk. Mog liked fish. Smudge liked to sleep. Tibbles and Mog played while Smudge slept.",
            "en",
            {"tibbles": "cat", "mog": "cat", "smudge": "cat"},
        ),
        (
            "Había una vez un perro llamado Max. Max vivía con Ana. Ana quería mucho a Max. Un día Max corrió al río.",
            "es",
            {"max": "dog", "ana": None},
        ),
        ("The cat watched a girl called Lucy. Lucy sang all day. Lucy danced with the cat.", "en", {"lucy": None}),
        (
            "There were three little Foxes in a den, and their names were Red, Rusty and Blaze. They lived with their "
            "Mother under an oak. Mother hunted at night. Red and Rusty and Blaze waited for Mother.",
            "en",
            {"red": "fox", "rusty": "fox", "mother": "fox"},
        ),  # a family of foxes has a fox for a mother
        (
            "Anna walked her dog Rex every day. Rex loved Anna. Her Mother called Anna home. Mother made soup, and "
            "Anna ate with Mother.",
            "en",
            {"anna": None, "rex": "dog", "mother": None},
        ),
        (
            "There were two old Ducks, and their names\nwere--\n\n   Honk,\n   and Bramble.\n\nHonk swam. Bramble "
            "swam after Honk, and Honk and Bramble slept.",
            "en",
            {"honk": "duck", "bramble": "duck"},
        ),
    ],
)
def test_a_name_the_text_gives_an_animal_is_that_animal(text: str, language: str, animals: dict) -> None:  # type: ignore[type-arg]
    from filmstudio.film_request import FilmRequest, storyboard_for

    board = storyboard_for(text, FilmRequest(language=language))
    assert {c.id: c.animal for c in board.characters if c.id in animals} == animals


def test_speech_in_straight_single_quotes_goes_to_a_titled_animal() -> None:
    from filmstudio.script import parse_script

    text = (
        "Once there was a family of foxes in a wood.\n\n"
        "'Stay near the den,' said old Mrs. Fox one evening, 'and do not go near the farm.'\n\n"
        "'We won't,' said the cubs. But Mrs. Fox went out, and the cubs forgot."
    )
    board = parse_script(text, filename="story.txt")
    fox = next(c for c in board.characters if c.animal == "fox")
    assert (fox.name, fox.gender) == ("Mrs. Fox", "female")
    lines = {ln.text: ln.character_id for ln in board.lines()}
    assert lines["Stay near the den,"] == fox.id
    assert "don't" not in " ".join(lines) and "We won't," in lines  # an apostrophe is not a quote mark


def test_a_tamil_animal_whose_deeds_are_told_is_a_character() -> None:
    from filmstudio.script.mentions import characters_mentioned

    text = (
        "ஒரு காட்டில் ஒரு யானை இருந்தது. யானை தினமும் ஆற்றுக்குச் சென்றது. "
        "ஒரு நாள் யானை ஒரு பெரிய மரத்தை இழுத்தது. அவன் ஒரு நாய் வைத்திருந்தான்."
    )
    acting = {c.animal for c in characters_mentioned(text, "ta")}
    assert acting == {"elephant"}  # the dog is only had


def test_a_word_an_animal_only_suggests_is_not_that_animal() -> None:
    from filmstudio.script.mentions import animal_words

    words = animal_words("ru")
    assert words.get("лиса") == "fox" and words.get("павлин") == "peacock"
    assert "хвост" not in words  # a tail: a keyword of the peacock's symbol, not its name
