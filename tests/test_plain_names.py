"""Proper names a narration tells plainly are cast, in every language that capitalises names: a name opening
its sentence before a finite verb ("Giulia abitava …", "Otto war ein dicker Mann"), names apposed to kin or a
group ("sus hijos Inés y Rodrigo"), and a name a dictionary also knows as a word ("Rosa", "Hope", "Pierre")
where it stands as no common word would. Capitals that name no one stay uncast. All texts are our own."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.plain_names import finite_verb, plain_names


def _cast(text: str, language: str) -> set[str]:
    return {c.name for c in parse_script(text, language=language).characters if c.id != "narrator"}


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        ("de", "Otto war ein dicker Mann. Er wohnte am Rand des Dorfes und backte jeden Morgen Brot.", {"Otto"}),
        ("de", "Greta pflückte Äpfel im Garten. Sie summte ein Lied.", {"Greta"}),
        ("de", "Rosa arbeitete in einer Bäckerei. Sie stand jeden Tag früh auf.", {"Rosa"}),
        ("es", "Rosa llevaba una cesta de huevos al mercado. Por el camino cantaba.", {"Rosa"}),
        ("es", "Tomás pescaba cada mañana en el lago. Luego vendía los peces en la plaza.", {"Tomás"}),
        ("es", "Por la mañana, Lucía barría el patio.", {"Lucía"}),
        ("it", "Giulia abitava in un paese di montagna. Ogni mattina portava le capre al pascolo.", {"Giulia"}),
        ("it", "Marco lavorava in un'officina. La sera tornava a casa stanco.", {"Marco"}),
        ("it", "Rosa era una vecchia contadina. Coltivava pomodori nell'orto.", {"Rosa"}),
        ("it", "Ogni mattina Giulia portava le capre al pascolo.", {"Giulia"}),
        ("pt", "Rosa levava uma cesta de ovos ao mercado. No caminho cantava.", {"Rosa"}),
        ("pt", "Tiago morava numa aldeia perto do mar. Todas as manhãs pescava.", {"Tiago"}),
        ("fr", "Pierre réparait ses filets près du port. Il sifflait en travaillant.", {"Pierre"}),
        ("fr", "Rose habitait une maison près de la rivière. Elle cultivait des fleurs.", {"Rose"}),
        ("en", "Rose picked apples in the orchard. She sang as she worked.", {"Rose"}),
        ("en", "Hope carried the lamp down the stairs. She was not afraid.", {"Hope"}),
        ("ru", "Роза работала в пекарне. Она пекла хлеб.", {"Роза"}),
        ("ru", "Пётр был старым рыбаком. Он чинил сети.", {"Пётр"}),
        ("es", "Ignacio cuidaba las vacas de su tío. Cada tarde las llevaba al establo.", {"Ignacio"}),
        ("it", "Lorenzo faceva il falegname nel villaggio. Costruiva sedie e tavoli.", {"Lorenzo"}),
        ("pt", "Amparo vendia flores na praça. Sorria para todos.", {"Amparo"}),
        ("fr", "Blanche portait de l'eau au puits. Elle marchait lentement.", {"Blanche"}),
        ("de", "Lotte fütterte jeden Morgen die Hühner. Danach ging sie zur Schule.", {"Lotte"}),
        ("ru", "Катя собирала грибы в лесу. Она пела песни.", {"Катя"}),
        ("en", "Ivo mended shoes in a small shop. He hummed all day.", {"Ivo"}),
    ],
)
def test_a_name_opening_its_sentence_before_a_verb_is_cast(language: str, text: str, people: set[str]) -> None:
    assert people <= _cast(text, language)


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        ("en", "The old king had two children, Anna and Piet, who lived in the tower.", {"Anna", "Piet"}),
        ("es", "El molinero vivía con sus hijos Inés y Rodrigo junto al río.", {"Inés", "Rodrigo"}),
        ("fr", "La veuve vivait avec ses filles, Jeanne et Marie, dans une petite maison.", {"Jeanne", "Marie"}),
        ("de", "Der Schmied arbeitete mit seinen Söhnen Hans und Peter in der Werkstatt.", {"Hans", "Peter"}),
        ("it", "Il pescatore viveva con i suoi figli Luca e Sara vicino al porto.", {"Luca", "Sara"}),
        ("pt", "Ela morava com os filhos, Joana e Mateus, numa casa velha.", {"Joana", "Mateus"}),
        ("ru", "У старика были два сына, Иван и Фёдор.", {"Иван", "Фёдор"}),
        ("es", "La anciana tenía tres nietos, Pablo, Inés y Mario, que la visitaban.", {"Pablo", "Inés", "Mario"}),
        ("fr", "Le meunier avait trois fils, Paul, Louis et Henri.", {"Paul", "Louis", "Henri"}),
        ("de", "Die Bäuerin hatte zwei Töchter, Liese und Marie.", {"Liese", "Marie"}),
    ],
)
def test_names_apposed_to_kin_are_cast(language: str, text: str, people: set[str]) -> None:
    assert people <= _cast(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a common noun opening its sentence
        ("en", "Bread was cheap that year. She bought two loaves."),
        ("en", "Silence filled the hall. She waited."),
        ("de", "Brot war teuer in jenem Winter. Sie kaufte trotzdem zwei Laibe."),
        ("de", "Holz hackte er jeden Morgen. Dann trank er Tee."),
        ("de", "Angst packte ihn. Er rannte davon."),
        ("es", "Valdoro era un pueblo pequeño. Tenía una iglesia y una plaza."),
        ("ru", "Снег падал всю ночь. Он сидел у печки."),
        # a place
        ("en", "London woke under the rain. She walked to the station."),
        ("es", "Madrid dormía bajo la nieve. Ella caminaba sola por la calle."),
        ("fr", "Paris s'éveillait lentement. Elle ouvrit la fenêtre."),
        ("de", "Berlin war kalt im Januar. Er fror."),
        ("de", "Wien schlief unter dem Schnee. Sie ging allein."),
        ("it", "Roma dormiva sotto la neve. Lei camminava sola."),
        ("ru", "Москва спала под снегом. Она шла одна."),
        # a day or a month
        ("en", "Monday came slowly. She went to work."),
        ("fr", "Lundi arriva enfin. Le marché ouvrit ses portes."),
        ("pt", "Ontem choveu muito. O rio subiu."),
        ("pt", "Setembro trouxe as chuvas. O rio encheu."),
        ("it", "Domenica arrivò presto. La piazza era piena."),
        ("de", "Winter kam früh in jenem Jahr. Die Bäuerin fror."),
        # a sentence-initial adverb
        ("es", "Entonces llegó la tormenta. Todos corrieron a casa."),
        ("es", "Lentamente bajaba el sol. Las ovejas volvían al corral."),
        ("fr", "Ensuite vint l'hiver. Il faisait froid."),
        ("it", "Presto venne l'inverno. Faceva freddo."),
        ("ru", "Утром пришёл почтальон. Он принёс письмо."),
        # a title line, an author's byline
        ("es", "Cuentos del invierno\nEl viejo pescador vivía junto al mar."),
        ("en", "by Marta Vellini\nThe boat drifted in the fog. Nobody spoke."),
    ],
)
def test_a_capital_that_names_no_one_is_not_cast(language: str, text: str) -> None:
    # the people named by a common noun who act are cast (lone_doers.py); the capitals are not
    assert _cast(text, language) <= {"Ovejas", "Pescador", "Viejo pescador", "Bäuerin", "Postino", "Почтальон", "Todos"}


@pytest.mark.parametrize(
    ("language", "text", "gender"),
    [
        ("fr", "La veuve vivait avec ses filles, Jeanne et Marie, dans une petite maison.", "female"),
        ("it", "Il mugnaio aveva due figlie, Chiara e Elena.", "female"),
        ("fr", "Le meunier avait trois fils, Paul, Louis et Henri.", "male"),
        ("ru", "У старика были два сына, Иван и Фёдор.", "male"),
        # a masculine plural said of sons and daughters alike, a father's word: neither tells theirs
        ("es", "El molinero vivía con sus hijos Inés y Julián junto al río.", "neutral"),
        ("en", "The old king had two children, Anna and Piet, who lived in the tower.", "neutral"),
    ],
)
def test_names_apposed_to_kin_take_its_gender(language: str, text: str, gender: str) -> None:
    board = parse_script(text, language=language)
    # the names' genders: the parent named by a common noun ("the miller") may be cast beside them
    genders = [c.gender for c in board.characters if c.id != "narrator" and f" {c.name}" in text]
    assert len(genders) >= 2 and set(genders) == {gender}


def test_a_verb_is_told_by_its_form() -> None:
    assert finite_verb("abitava", "it") and finite_verb("wohnte", "de") and finite_verb("жила", "ru")
    assert finite_verb("llevaba", "es") and finite_verb("était", "fr") and finite_verb("morava", "pt")
    assert not finite_verb("lugares", "es") and not finite_verb("mari", "it") and not finite_verb("Otto", "de")


def test_names_only_spoken_of_are_not_plain_names() -> None:
    assert plain_names("«Giulia abitava qui», disse il vecchio.", "it") == []
