"""Who the characters are: one being met under several forms of its name (its cases, a fuller name, a
description) is one character, and what is only a likeness or someone's owner is no one in the story.
Every sentence here was written for these tests."""

from __future__ import annotations

from filmstudio.script import parse_script
from filmstudio.script.mentions import characters_mentioned, owned


def _cast(text: str, language: str) -> dict[str, tuple[str, str, str | None]]:
    board = parse_script(text, language=language)
    return {c.name: (c.gender, c.age, c.animal) for c in board.characters if c.style != "narrator"}


# an animal met in several cases is one animal


def test_a_russian_animal_in_its_cases_is_one_being() -> None:
    # "Лиса" lemmatises as the genitive of "лис", "Лису" as the accusative of "лиса": one fox
    text = (
        "Жила в лесу старая Лиса. Однажды Лиса пошла к реке.\n\n"
        "У реки Лису встретил Медведь. Медведь долго смотрел на Лису."
    )
    foxes = [mc for mc in characters_mentioned(text, "ru") if mc.animal == "fox"]
    assert len(foxes) == 1
    assert foxes[0].name == "Лиса"
    cast = _cast(text, "ru")
    assert [name for name, (_, _, animal) in cast.items() if animal == "fox"] == ["Лиса"]


def test_two_animals_of_two_kinds_stay_two() -> None:
    text = "Лиса увидела Волка. Волк сказал Лисе: «Здравствуй». Лиса ответила Волку."
    animals = {mc.animal for mc in characters_mentioned(text, "ru")}
    assert {"fox", "wolf"} <= animals


# a likeness is no one


def test_what_someone_is_like_is_not_a_character() -> None:
    text = "La vecchia sarta cantava come una ragazza. Poi la sarta ballava come una ragazza."
    assert not any(mc.name.lower() == "ragazza" for mc in characters_mentioned(text, "it"))
    text = "The old sailor sang like a child. The sailor danced like a child on the deck."
    assert not any(mc.name.lower() == "child" for mc in characters_mentioned(text, "en"))
    text = "El viejo pescador cantaba como un niño. El pescador saltaba como un niño."
    assert not any(mc.name.lower() == "niño" for mc in characters_mentioned(text, "es"))


def test_a_being_brought_in_by_an_article_alone_is_still_one() -> None:
    # no word of comparison before the article: the child is someone
    text = "Once there was a child who lived by the river. Every day the child sang to the fish."
    assert any(mc.name.lower() == "child" for mc in characters_mentioned(text, "en"))


# a fuller name and its last word are one being


def test_a_fuller_name_met_once_and_its_head_after_are_one_character() -> None:
    from filmstudio.script.builder import _character, _fuller_name
    from filmstudio.script.mentions import Mention, MentionedCharacter

    text = "The Tall Giraffe lived by the lake. Every morning the Giraffe drank from the lake."
    characters = {"tall_giraffe": _character("tall_giraffe", "Tall Giraffe", [], text, "en", speaks=False)}
    giraffe = Mention(53, 60, "Giraffe", "giraffe", "animal", "giraffe", personified=True, determined=True)
    one = MentionedCharacter("Giraffe", "animal", "giraffe", "", "", [giraffe])
    assert _fuller_name(one, characters) is characters["tall_giraffe"]
    # several giraffes, or two fuller names ending so: no one of them is "the Giraffe"
    many = MentionedCharacter(
        "Giraffes",
        "animal",
        "giraffe",
        "",
        "",
        [Mention(0, 1, "Giraffes", "giraffe", "animal", "giraffe", plural=True)],
    )
    assert _fuller_name(many, characters) is None
    characters["old_giraffe"] = _character("old_giraffe", "Old Giraffe", [], text, "en", speaks=False)
    assert _fuller_name(one, characters) is None


# an owner is not the one who speaks


def test_the_owner_of_a_noun_is_not_the_speaker() -> None:
    assert owned("dijo la hija del Conde", len("dijo la hija del "), "es")
    assert owned("said the servant of the King", len("said the servant of the "), "en")
    assert not owned("said the King", len("said the "), "en")
    # "the gaze of Tom, who cried": a relative clause makes him the subject of its verb
    assert not owned("the gaze of Tom, who cried", len("the gaze of "), "en")


def test_someone_only_met_as_an_owner_is_not_cast() -> None:
    text = (
        "Marta barría el patio cuando vino el cartero del Rey con una carta.\n\n"
        "-Buenos días, Marta -dijo entonces el cartero del Rey, quitándose la gorra.\n\n"
        "-¿Qué trae usted? -contestó Marta.\n\n"
        "-Una carta -dijo el cartero.\n\n"
        "Marta abrió la carta."
    )
    cast = _cast(text, "es")
    assert "Rey" not in cast, cast
    assert "Marta" in cast


# a name that is, or lives, in the narration is someone in the story


def test_a_name_that_lives_somewhere_or_is_someone_is_cast() -> None:
    cast = _cast("Pedro lived with his granddaughter Lucia by the sea. Pedro was old.", "en")
    assert set(cast) == {"Pedro", "Lucia"}
    assert cast["Pedro"][:2] == ("male", "elderly")  # "Pedro was old": what he is, told by the verb of being
    cast = _cast("Pedro vivía con su nieta Lucía junto al mar. Pedro era viejo.", "es")
    assert set(cast) == {"Pedro", "Lucía"}
    cast = _cast("Pierre vivait avec sa petite-fille Lucie au bord de la mer. Pierre était vieux.", "fr")
    assert set(cast) == {"Pierre", "Lucie"}
    cast = _cast("Ana era una niña. Ana vivía junto al mar.", "es")
    assert cast["Ana"][:2] == ("female", "child")


def test_what_is_but_is_no_person_is_not_cast() -> None:
    # "Paris was big": being told of a place; "Everything was dark": of no one
    assert "Paris" not in _cast("Paris was far away. Paris was big. The girl walked on.", "en")  # the girl acts
    assert "Everything" not in _cast("Everything was quiet in the house. Everything was dark. Anna slept.", "en")
    assert _cast("Todo era silencio. Todo era oscuro.", "es") == {}
    # German writes every noun with a capital: "Glück war es" tells of luck, not of someone
    assert _cast("Glück war es nicht. Glück war nur ein Wort.", "de") == {}


# a name and a description given together are one character


def test_an_apposition_makes_the_description_the_named_one() -> None:
    from filmstudio.script.people import apposed_names

    assert apposed_names("Tom, the old sailor, walked into the inn.", "en") == {"sailor": "Tom"}
    assert apposed_names("The sailor, whose name was Tom Brown, came in.", "en") == {"sailor": "Tom Brown"}
    assert apposed_names("Llegó un pescador llamado Julián. El pescador era alto.", "es") == {"pescador": "Julián"}
    # a list, not an apposition; a capital that opens a sentence; a vocative of a kinship word
    assert apposed_names("Tom, the baker, and the miller went home.", "en") == {}
    assert apposed_names("Then, the baker said hello. The baker left then.", "en") == {}
    assert apposed_names("„Mein Sohn, mein Sohn, der Vater ist da.“", "de") == {}


def test_the_described_speaker_is_the_named_character() -> None:
    text = (
        "Tom, the sailor, walked into the inn. The innkeeper looked up.\n\n"
        '"Have you a room?" asked the sailor.\n\n'
        '"I have," said the innkeeper.\n\n'
        "The sailor sat down by the fire. Tom was tired. Tom slept."
    )
    board = parse_script(text, language="en")
    cast = {c.id: c.name for c in board.characters if c.style != "narrator"}
    assert cast == {"tom": "Tom", "innkeeper": "Innkeeper"}
    said = {ln.text: ln.character_id for s in board.scenes for ln in s.lines}
    assert said["Have you a room?"] == "tom"
    text = (
        "Marta, una doctora, llegó al pueblo por la tarde. Un niño la miraba.\n\n"
        "-¿Dónde está la fonda? -preguntó la doctora.\n\n"
        "-Allí -dijo el niño.\n\n"
        "La doctora sonrió. Marta estaba cansada. Marta caminó."
    )
    assert set(_cast(text, "es")) == {"Marta", "Niño"}


# in a dialogue, a description that speaks is one of those talking


def test_a_description_answering_in_a_dialogue_is_the_one_of_its_gender() -> None:
    text = (
        "Rosalía cosía junto a la ventana cuando entró el alcalde.\n\n"
        "-Buenas tardes, Rosalía -dijo el alcalde.\n\n"
        "-Buenas tardes -respondió Rosalía.\n\n"
        "-¿Y su marido? -preguntó el alcalde.\n\n"
        "-En el campo -contestó la costurera, sin levantar los ojos.\n\n"
        "-Volveré mañana -dijo el alcalde."
    )
    cast = _cast(text, "es")
    assert set(cast) == {"Rosalía", "Alcalde"}, cast


def test_a_newcomer_brought_in_by_the_narration_is_someone_new() -> None:
    text = (
        "Rosalía cosía junto a la ventana cuando entró el alcalde.\n\n"
        "-Buenas tardes, Rosalía -dijo el alcalde.\n\n"
        "-Buenas tardes -respondió Rosalía.\n\n"
        "Entonces entró la criada con una carta en la mano.\n\n"
        "-¿Y su marido? -preguntó el alcalde.\n\n"
        "-En el campo -contestó la criada.\n\n"
        "-Volveré mañana -dijo el alcalde."
    )
    cast = _cast(text, "es")
    assert {"Rosalía", "Alcalde", "Criada"} <= set(cast), cast


# what a verb of being says someone is, and someone only owning something, are no one met


def test_a_predicate_is_not_someone_met() -> None:
    text = (
        "There was once a Duchess who wished for a husband. She met a shepherd in the hills and made him "
        "her husband. He must be a knight now, said the Duchess. Was he not a knight indeed?"
    )
    keys = {mc.mentions[0].key for mc in characters_mentioned(text, "en")}
    assert "husband" not in keys and "knight" not in keys
    assert "duchess" in keys
    # "there was a widow": being brought in, not a predicate
    text = "There was a widow who lived by the sea. Every morning the widow walked."
    assert "widow" in {mc.mentions[0].key for mc in characters_mentioned(text, "en")}
    text = "Juan era un pescador. Todos decían que era un pescador muy bueno."
    assert "pescador" not in {mc.mentions[0].key for mc in characters_mentioned(text, "es")}


def test_one_singular_and_one_plural_mention_do_not_make_someone_who_comes_back() -> None:
    text = "The farmer met many sailors at the market, and he spoke with the sailor from the north."
    assert "sailor" not in {mc.mentions[0].key for mc in characters_mentioned(text, "en")}
    text = "The farmer met the sailor at the market, and later he spoke with the sailor again."
    assert "sailor" in {mc.mentions[0].key for mc in characters_mentioned(text, "en")}


def test_someone_only_met_as_an_owner_by_a_possessive_is_not_cast() -> None:
    text = "Tom and Ann row out in Grandpa's boat. Tom rows. Grandpa's boat is slow, and Ann sings."
    assert "grandpa" not in {mc.mentions[0].key for mc in characters_mentioned(text, "en")}
    text = "Grandpa's boat is slow. Then Grandpa laughs and rows it to the island."
    assert "grandpa" in {mc.mentions[0].key for mc in characters_mentioned(text, "en")}


def test_a_name_met_only_as_an_owner_is_no_character() -> None:
    from filmstudio.script.people import recurring_names

    text = (
        "El barco llegó al puerto de Valdoro, pero en el puerto de Valdoro llovía. "
        "Pero Julián, que amaba el puerto de Valdoro, cantaba. Luego Julián comió, y luego durmió."
    )
    names = recurring_names(text, "es")
    assert "Valdoro" not in names and "Julián" in names
    # the owner who is then the subject of a relative clause acts: "el perro de Julián, que ..."
    text = "Vino corriendo el perro de Julián, que sonrió. Después Julián caminó hacia el río."
    assert "Julián" in recurring_names(text, "es")


def test_a_word_only_used_to_call_on_someone_told_of_is_that_one() -> None:
    text = (
        "Die Mutter backt mit dem Kind einen Kuchen. Das Kind ist hungrig.\n"
        "„Meine Tochter, warte noch!“\n"
        "„Meine Tochter, gleich ist er fertig.“"
    )
    keys = {mc.mentions[0].key for mc in characters_mentioned(text, "de")}
    assert "tochter" not in keys and "kind" in keys
    # a mother calling on her daughter is not the daughter
    text = "Die Mutter steht am Herd. Die Mutter ruft: „Meine Tochter, komm!“ Und: „Meine Tochter, schnell!“"
    assert "tochter" in {mc.mentions[0].key for mc in characters_mentioned(text, "de")}
    # a child only ever called on, where no one told of could be that child, stays a character
    text = "La mère attendait à la porte. La mère dit: « Viens, mon enfant! » Puis: « Dors, mon enfant! »"
    keys = {mc.mentions[0].key for mc in characters_mentioned(text, "fr")}
    assert "enfant" in keys


def test_a_person_said_to_be_another_is_that_one() -> None:
    from filmstudio.script.mentions import said_to_be

    assert said_to_be("Now it was clear that the old man must be the king himself.", "en") == {"old man": "king"}
    assert said_to_be("El pescador era el rey de aquellas tierras.", "es") == {"pescador": "rey"}
    assert said_to_be("The old man saw the king.", "en") == {}
    text = (
        "The King had lost his son long ago. One night a boy knocked at the gate, and the King let him in. "
        "The King looked at the boy for a long time. Then he knew that the boy was the Prince, his son. "
        "The Prince stayed, and the Prince was happy."
    )
    board = parse_script(text, language="en")
    names = {c.name for c in board.characters if c.style != "narrator"}
    assert "Prince" in names and "Boy" not in names, names


def test_the_last_word_of_a_longer_capitalised_name_is_not_a_name_of_its_own() -> None:
    from filmstudio.script.people import recurring_names

    text = (
        "Far off, in the Empty Lowlands, lived a goat. Nobody visited the Empty Lowlands, and "
        "Anna liked it there. Every day Anna climbed a rock."
    )
    names = recurring_names(text, "en")
    assert "Lowlands" not in names and "Anna" in names
    # a title before a name is no longer name: "Mr. Brown" is Brown
    text = "The boy ran past Mr. Brown. Then Mr. Brown shouted at the boy."
    assert "Brown" in recurring_names(text, "en")


def test_a_name_opening_a_line_the_printer_wrapped_is_inside_its_sentence() -> None:
    from filmstudio.script.people import _hard_wrapped, recurring_names

    text = (
        "The children walked along the river\n"
        "bank until they met\n"
        "Graciela near the old mill, and they\n"
        "sang songs with her. Later they saw\n"
        "Graciela again by the bridge, where the\n"
        "water was deep and cold."
    )
    assert _hard_wrapped(text)
    assert "Graciela" in recurring_names(text, "en")
    verse = "The wind is cold\nThe night is long\nThe stars are old\nAnd sing their song\nTill morning comes"
    assert not _hard_wrapped(verse)
