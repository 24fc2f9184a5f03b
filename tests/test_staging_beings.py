"""Staging beings: an animal the story names is cast as that animal, in every language we read (every
drawable animal has a word in each: CLDR's, or ours where CLDR names none by itself, such as the crow
outside English, the lion in Hindi and Russian, the donkey and the moose, and the jackal, drawn as its
kin the wolf), the shot of a sentence shows its subject, and an animal's still is
not a person's. The sentences are our own."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.render import analyse, asset_cache
from filmstudio.script import parse_script
from filmstudio.script.mentions import animal_words
from filmstudio.storyboard import Storyboard
from filmstudio.storyboards.pictures import shot_still
from tests.staging_checks import settled

RUSSIAN_CROW = (
    "Жила-была Ворона на старом дубе. Однажды Ворона нашла блестящую пуговицу. "
    "Ворона спрятала пуговицу в гнезде. Вечером Ворона громко каркала."
)
HINDI_LION = (
    "एक पहाड़ पर मोती नाम का शेर रहता था। मोती रोज़ सुबह नदी पर जाता था। एक दिन मोती ने पानी पिया। फिर मोती पेड़ के नीचे सो गया।"
)
ENGLISH_JACKAL = (
    "A jackal lived at the edge of the village. One night the jackal crept into a garden. "
    'The jackal saw a melon and said, "What a feast!" Then the jackal ran home.'
)


def _board(text: str, language: str, tmp_path: Path) -> Storyboard:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    return analyse(board, FilmRequest(), settings=Settings(data_dir=tmp_path))


def _beings(board: Storyboard) -> dict[str, str | None]:
    return {c.name.lower(): c.animal for c in board.characters if c.id != "narrator"}


# one-character names (鳥, 魚; 熊, 鸟, 鸡, 鱼) are matched only as words of their own, through word
# segmentation, not as animal words inside other words; fish has no longer name (sheep, birds, bears and
# hens have: ヒツジ, ツル, 狗熊, 小鸟, 母鸡)
ONE_CHARACTER_ONLY = {"ja": {"fish"}, "zh": {"fish"}}


@pytest.mark.parametrize(
    "language", ["en", "de", "es", "fr", "it", "pt", "ru", "uk", "hi", "mr", "bn", "ta", "te", "ja", "zh"]
)
def test_every_drawable_animal_has_a_word_in_every_language_we_read(language: str) -> None:
    from filmstudio.script import vocabulary

    drawable = {key for key, row in vocabulary.THINGS.items() if row[0] == "animal"}
    named = set(animal_words(language).values())
    assert drawable - named == ONE_CHARACTER_ONLY.get(language, set())


@pytest.mark.parametrize(
    ("language", "word", "key"),
    [
        ("ru", "ворона", "crow"),
        ("de", "krähe", "crow"),
        ("fr", "corbeau", "crow"),
        ("hi", "शेर", "lion"),
        ("ru", "лев", "lion"),
        ("en", "jackal", "wolf"),
        ("hi", "सियार", "wolf"),
        ("es", "zorro", "fox"),  # CLDR's own words stay
        ("de", "esel", "donkey"),
        ("hi", "गधा", "donkey"),
    ],
)
def test_animal_words_name_the_animal_drawn(language: str, word: str, key: str) -> None:
    assert animal_words(language)[word] == key


def test_a_crow_named_in_russian_is_cast_as_a_crow(tmp_path: Path) -> None:
    board = _board(RUSSIAN_CROW, "ru", tmp_path)
    crow = next(c for c in board.characters if c.name == "Ворона")
    assert crow.animal == "crow"
    assert not crow.drawn  # drawn as the animal, never as a person's rig
    assert crow.gender == "female"  # the word's own gender


def test_a_lion_named_by_a_hindi_naming_phrase_is_a_lion(tmp_path: Path) -> None:
    """Hindi puts the name first: "मोती नाम का शेर" (a lion named Moti)."""
    board = _board(HINDI_LION, "hi", tmp_path)
    assert _beings(board).get("मोती") == "lion"


def test_a_jackal_is_drawn_as_its_kin_the_wolf(tmp_path: Path) -> None:
    board = _board(ENGLISH_JACKAL, "en", tmp_path)
    assert "wolf" in _beings(board).values()
    assert all(c.animal for c in board.characters if c.id != "narrator")  # no person stands in for it


def test_each_sentence_with_the_animal_as_subject_shows_it(tmp_path: Path) -> None:
    board = settled(_board(RUSSIAN_CROW, "ru", tmp_path))
    crow = next(c.id for c in board.characters if c.animal == "crow")
    staged = [(m, s) for sc in board.scenes for m in sc.moments for s in sc.shots if s.moment == m.id]
    assert staged
    subjects = [(m, s) for m, s in staged if m.who and m.who[0] == crow]
    assert len(subjects) >= 2
    assert all(crow in s.actors and s.subject == crow for _, s in subjects)


def test_an_animal_still_is_not_a_person_still(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    board = _board(RUSSIAN_CROW, "ru", tmp_path)
    moment = next(m for sc in board.scenes for m in sc.moments if m.who)
    as_crow = np.asarray(Image.open(io.BytesIO(shot_still(board, moment.id, settings, asset_cache(settings)))))
    person = board.model_copy(deep=True)
    for character in person.characters:
        if character.animal:
            character.animal, character.on_screen = None, True
    as_person = np.asarray(Image.open(io.BytesIO(shot_still(person, moment.id, settings, asset_cache(settings)))))
    assert as_crow.shape == as_person.shape == (180, 320, as_crow.shape[2])
    changed = np.abs(as_crow.astype(int) - as_person.astype(int)).max(axis=2) > 30
    assert changed.mean() > 0.005  # the crow is drawn where a person would stand, not the same picture


def test_the_cast_animal_is_not_painted_again_as_another_thing(tmp_path: Path) -> None:
    """CLDR's Hindi gives शेर to the tiger too: the lion cast is the only being that word draws."""
    board = _board(HINDI_LION, "hi", tmp_path)
    assert not any(t.key == "tiger" for sc in board.scenes for t in sc.things)


FOX_AND_CROW = (
    "A crow sat on a branch with a piece of cheese. A fox came by and looked up at the crow. "
    "“What a fine bird you are,” said the fox. “Your feathers shine like silver.”\n\n"
    "“I am tired of flattery,” said the crow, “and tonight a storm will come.”"
)


def test_a_speaking_animal_is_on_screen_for_its_own_lines(tmp_path: Path) -> None:
    """An animal has no talking face: each of its lines is a moment of it speaking to the one it meets,
    in the shot while it talks, and nothing it says ("a storm tonight") changes the scene's sky."""
    board = settled(_board(FOX_AND_CROW, "en", tmp_path))
    ids = {c.animal: c.id for c in board.characters if c.animal}
    assert {"fox", "crow"} <= set(ids)
    spoken = [ln for sc in board.scenes for ln in sc.lines if ln.character_id in ids.values()]
    assert len(spoken) >= 3
    for scene in board.scenes:
        moments = {m.line_id: m for m in scene.moments}
        for line in scene.lines:
            if line.character_id not in ids.values():
                continue
            moment = moments[line.id]
            assert moment.who[0] == line.character_id and len(moment.who) == 2
            shot = next(s for s in scene.shots if line.id in s.line_ids)
            assert line.character_id in shot.actors
    assert all(m.weather is None and m.time_of_day is None for sc in board.scenes for m in sc.moments)
