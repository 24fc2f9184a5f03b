"""Age and gender read from what a text states of a named person, in the languages that state it so:
the noun's own meaning (widow, lad, Knabe, viejito, vecchietto, 老汉), the round ages and the dative of
years, white hair or beard, the predicates of Hindi, Japanese and Chinese, and the pronoun that refers back
to the nearest name it fits. A neighbour's age is not the name's ("Lena was beside the old man")."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Character


def _character(text: str, language: str, name: str) -> Character:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    found = [c for c in board.characters if c.name.lower() == name.lower()]
    assert found, [c.name for c in board.characters]
    return found[0]


AGED = [
    # the noun's meaning, made by a suffix or held by the person lexicons
    ("es", "Tomás era un viejito muy alegre. Tomás cantaba.", "Tomás", "male", "elderly"),
    (
        "it",
        "Beppe era un vecchietto simpatico. Beppe fumava la pipa.\n«Buongiorno!» disse Beppe.",
        "Beppe",
        "",
        "elderly",
    ),
    (
        "pt",
        "Joaquim era um velhinho. Joaquim pescava no rio.\n— Bom dia! — disse Joaquim.",
        "Joaquim",
        "male",
        "elderly",
    ),
    ("it", "Lucia era una fanciulla gentile. Lucia cantava.\n«Ciao», disse Lucia.", "Lucia", "female", "child"),
    ("de", "Jonas war ein Knabe. Jonas lief zum Fluss.\n„Hallo“, sagte Jonas.", "Jonas", "male", "child"),
    ("de", "Die Witwe Hanne wohnte am See. Hanne fischte.\n„Guten Tag“, sagte Hanne.", "Hanne", "female", "elderly"),
    ("fr", "La veuve Odile vivait seule. Odile cousait.\n« Bonjour », dit Odile.", "Odile", "female", "elderly"),
    ("ru", "Ваня был мальчишка. Ваня бегал по двору.\n— Мама! — крикнул Ваня.", "Ваня", "male", "child"),
    (
        "en",
        'The old woman had a grandchild named Lily. Lily fed the hens.\n"Granny!" called Lily.',
        "Lily",
        "",
        "child",
    ),
    # years said with a dative or as a round number
    ("de", "Jonas war ein Mann von sechzig Jahren. Jonas lief zum Fluss.", "Jonas", "male", "elderly"),
    ("es", "Paco era un hombre de sesenta y cinco años. Paco cantaba.\n—Hola —dijo Paco.", "Paco", "male", "elderly"),
    ("it", "Nello era un uomo di settant'anni. Nello cantava.\n«Ciao», disse Nello.", "Nello", "male", "elderly"),
    ("pt", "João era um homem de oitenta anos. João cantava.\n— Olá — disse João.", "João", "male", "elderly"),
    (
        "fr",
        "Margaux, une femme d'une soixantaine d'années, ouvrit la porte.\n« Entrez », dit Margaux.",
        "Margaux",
        "female",
        "elderly",
    ),
    (
        "it",
        "Nello era un uomo sulla cinquantina. Nello lavorava al porto.\n«Ciao», disse Nello.",
        "Nello",
        "male",
        "middle_aged",
    ),
    # white or grey hair or beard
    ("en", "Hugo, a man with a white beard, sat by the fire. Hugo smoked his pipe.", "Hugo", "male", "elderly"),
    ("ru", "Агафья была седая женщина. Агафья пряла.\n— Ох, — сказала Агафья.", "Агафья", "female", "elderly"),
    ("hi", "गोपाल सफ़ेद बालों वाला आदमी था। गोपाल ने चाय पी।", "गोपाल", "male", "elderly"),
    ("zh", "王五白发苍苍。王五坐在门口。王五说：“今天天气很好。”", "王五", "", "elderly"),
    # what the name is, said before the verb or after a topic
    ("hi", 'रामू एक बूढ़ा किसान था। रामू खेत में काम करता था। रामू ने कहा, "आज बारिश होगी।"', "रामू", "male", "elderly"),
    ("ja", "太郎はおじいさんでした。太郎は山へ行きました。", "太郎", "male", "elderly"),
    ("ja", "花子は小さな女の子でした。花子は「こんにちは」と言いました。", "花子", "female", "child"),
    ("zh", "李四是个老汉。李四每天去田里干活。李四说：“今天天气很好。”", "李四", "male", "elderly"),
    ("zh", "小红是个小姑娘。小红喜欢唱歌。小红说：“我们去玩吧。”", "小红", "female", "child"),
]


@pytest.mark.parametrize(("language", "text", "name", "gender", "age"), AGED)
def test_the_age_the_text_states(language: str, text: str, name: str, gender: str, age: str) -> None:
    character = _character(text, language, name)
    assert character.age == age, character.age_words
    if gender:
        assert character.gender == gender, character.gender_words


NOT_THEIRS = [
    ("en", 'Lena was beside the old man. Lena smiled.\n"Hello," said Lena.', "Lena"),
    ("en", 'Lena was beside the white-bearded man. Lena smiled.\n"Hello," said Lena.', "Lena"),
    ("es", "Lucía estaba con un viejito. Lucía sonreía.\n—Hola —dijo Lucía.", "Lucía"),
    ("en", 'The old man and his son Pip went to market. Pip carried the basket.\n"Father," said Pip.', "Pip"),
]


@pytest.mark.parametrize(("language", "text", "name"), NOT_THEIRS)
def test_a_neighbours_age_is_not_the_names(language: str, text: str, name: str) -> None:
    character = _character(text, language, name)
    assert character.age == "young_adult", character.age_words
    assert character.gender != "male" or name == "Pip", character.gender_words


def test_the_old_mother_is_old_in_german() -> None:
    text = "Der Junge lebte mit seiner alten Mutter in einer Hütte. Die Mutter spann Wolle.\n„Mutter, ich habe Hunger“, sagte der Junge."
    board = parse_script(text, filename="story.de.txt", language="de")
    mother = [c for c in board.characters if "mutter" in c.name.lower()]
    assert mother and mother[0].age == "elderly", [(c.name, c.age) for c in board.characters]


PRONOUNS = [
    # the pronoun is the nearest name it fits: Tom is no "she", Sarah no "he"
    (
        "en",
        'Harriet walked into the room with Tom. She poured some tea.\n"Good morning," said Harriet.\n"Hello," said Tom.',
        "Harriet",
        "female",
    ),
    (
        "en",
        'Robin met Sarah at the gate. He smiled at the sky.\n"Hello," said Robin.\n"Hi," said Sarah.',
        "Robin",
        "male",
    ),
    ("en", 'Robin met Mrs Kettering at the gate. He smiled at the sky.\n"Hello," said Robin.', "Robin", "male"),
]


@pytest.mark.parametrize(("language", "text", "name", "gender"), PRONOUNS)
def test_a_pronoun_is_the_nearest_name_it_fits(language: str, text: str, name: str, gender: str) -> None:
    assert _character(text, language, name).gender == gender


def test_a_pronoun_after_a_name_of_no_stated_gender_stays_unread() -> None:
    text = 'Robin met Kettering at the gate. He smiled at the sky.\n"Hello," said Robin.\n"Hi," said Kettering.'
    assert _character(text, "en", "Robin").gender == "neutral"
