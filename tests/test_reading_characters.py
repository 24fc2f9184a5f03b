"""The characters of published stories and screenplays: who a screenplay's capitals bring in, the
words of blame that point back at someone, old German spellings of beings, and newcomers met with an
indefinite article who then act. Every sentence here is written for the test."""

from __future__ import annotations

from filmstudio.script.mentions import find_mentions
from filmstudio.script.parse import parse_script


def _cast(text: str, filename: str, language: str) -> dict[str, tuple[str, str, str | None]]:
    board = parse_script(text, filename=filename, language=language)
    return {c.id: (c.gender, c.age, c.animal) for c in board.characters if c.id != "narrator"}


_SCREENPLAY = """INT. LAUNDROMAT - NIGHT

DELIA hurries in from the storm. The POSTMAN is just leaving. A loud BANG outside. The PHONE rings.

CRASH!

ANGLE ON the dryer.

SUPER: THREE WEEKS LATER

GUS (8) sits on a bench, reading.

OLD WOMAN watches from the doorway.

RAFE (40s) enters, dripping.

RAFE
Anyone seen my keys?
"""


def test_capitals_in_the_action_bring_in_silent_characters() -> None:
    cast = _cast(_SCREENPLAY, "night.en.fountain", "en")
    assert {"delia", "postman", "gus", "old_woman", "rafe"} <= set(cast)
    assert cast["postman"][0] == "male"
    assert cast["gus"][1] == "child"
    assert cast["old_woman"][:2] == ("female", "elderly")
    assert cast["rafe"][1] == "middle_aged"


def test_sounds_props_and_camera_words_are_nobody() -> None:
    cast = _cast(_SCREENPLAY, "night.en.fountain", "en")
    for word in ("bang", "phone", "crash", "angle", "angle_on", "super", "three_weeks_later", "weeks_later"):
        assert word not in cast
    assert not any("later" in cid for cid in cast)


def test_a_word_of_blame_is_the_predator_named_before() -> None:
    text = (
        "A jackal lived at the edge of the desert. One evening the jackal met a young goat at the well. "
        'The scoundrel said: "This well is mine." The goat trembled, but the villain only laughed.'
    )
    cast = _cast(text, "well.en.txt", "en")
    assert "jackal" in cast
    assert cast["jackal"][2]  # drawn as its animal
    assert not {"scoundrel", "villain"} & set(cast)


def test_a_word_of_blame_points_back_in_other_languages() -> None:
    fr = "Un renard vivait près du moulin. Un matin, le renard vit une poule. Le coquin s'approcha doucement."
    assert "coquin" not in _cast(fr, "moulin.fr.txt", "fr")
    ru = "Жил-был волк. Однажды волк увидел зайца. Негодяй сказал: «Стой!» Злодей побежал за ним."
    cast = _cast(ru, "лес.ru.txt", "ru")
    assert not {"злодей", "негодяй"} & set(cast)
    assert any(animal == "wolf" for _, _, animal in cast.values())


def test_old_german_spelling_names_the_animal() -> None:
    text = (
        "Es war einmal eine alte Geis, die wohnte am Bach und hatte drei kleine Geislein. Eines Morgens ging "
        "die Geis in den Wald. Die Geislein blieben daheim und spielten vor der Thür. Am Abend kam die Geis heim."
    )
    cast = _cast(text, "bach.de.txt", "de")
    animals = {animal for _, _, animal in cast.values()}
    assert animals == {"goat"}
    # a diminutive in the old spelling is the animal's young
    young = find_mentions("Da sprangen die Geislein aus dem Bett.", "de")
    assert [(m.animal, m.age) for m in young] == [("goat", "child")]


def test_someone_met_with_an_indefinite_article_who_acts_is_a_character() -> None:
    assert "cobbler" in _cast("Lena was cold. She went to a cobbler and asked for boots.", "boots.en.txt", "en")
    de = _cast("Karl war müde. Er ging zu einem Krämer und kaufte Kerzen.", "kerzen.de.txt", "de")
    assert "krämer" in de
    it = _cast("Il mercante dormiva. Arrivò uno schiavo e gridò forte.", "notte.it.txt", "it")
    assert "schiavo" in it


def test_a_kind_only_compared_to_is_nobody() -> None:
    cast = _cast("Lena was as strong as a blacksmith and worked like a farmer all day.", "lena.en.txt", "en")
    assert "blacksmith" not in cast
    assert "farmer" not in cast


def test_a_word_of_degree_keeps_the_describing_word_with_its_noun() -> None:
    from filmstudio.script.mentions import find_mentions

    (old,) = find_mentions("There was once a very old man who lived by the sea.", "en")
    assert (old.kind, old.gender, old.age) == ("person", "male", "elderly")
    (alter,) = find_mentions("Es war einmal ein sehr alter Fischer.", "de")
    assert alter.age == "elderly"
    assert find_mentions("He was very tired.", "en") == []


def test_a_described_man_is_the_one_of_the_story_the_description_fits() -> None:
    from filmstudio.script import parse_script

    board = parse_script(
        "There was once a very old woman who could hardly see. Her daughter and the daughter's husband "
        "lived with her. The old grandmother sat by the fire every evening, and the daughter scolded her. "
        "The old grandmother wept. The daughter's husband said nothing.",
        filename="tale.en.txt",
    )
    old = [c for c in board.characters if c.age == "elderly"]
    assert [c.name.lower() for c in old] == ["old grandmother"]  # "a very old woman" is she, not another


def test_two_words_for_the_one_animal_of_a_story_are_one_character() -> None:
    from filmstudio.script import parse_script

    board = parse_script(
        "Жила-была Лошадь у реки. Лошадь паслась на лугу. Конь поднял голову и сказал: «Какой тёплый день!» "
        "Лошадь снова стала есть траву.",
        filename="x.ru.txt",
    )
    horses = [c for c in board.characters if c.animal == "horse"]
    assert len(horses) == 1  # Лошадь and Конь: the story's one horse
    assert {ln.character_id for ln in board.lines() if ln.character_id != "narrator"} <= {horses[0].id}
