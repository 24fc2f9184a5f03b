"""A group named by a plural word for people, or by a quantified phrase, that acts in a story is one group
character, in every language read: "Fishermen hauled in their nets at dawn", "Die Holzfäller kehrten heim",
"Les vendangeurs chantaient", "Косари вышли на луг", "मछुआरे नदी पर गए", "漁師たちは船を出しました",
"渔夫们回来了", "a dozen or so idlers watched", "beaucoup de gens vinrent", "许多看热闹的人围了过来",
"दस-बारह आदमी खड़े थे". A plural only said of anyone ("Farmers are lazy"), negated, compared, in someone's
words, or only acted upon is none."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Character

# (language, story, a word the group's name holds)
ACTING = [
    ("en", "Fishermen hauled in their nets at dawn. Old Tom watched them from the pier.", "fishermen"),
    ("en", "Tom sat on the fence. A dozen or so idlers watched him from the road.", "idlers"),
    ("en", "Tom walked to the river. Ten or fifteen carefree youths ran down the road after him.", "youths"),
    ("en", "Tom walked into town. Some twenty peddlers shouted their wares at him.", "peddlers"),
    ("de", "Anna wartete am Fenster. Die Holzfäller kehrten abends heim und aßen Suppe.", "holzfäller"),
    ("de", "Anna ging über die Brücke. Holzfäller kamen ihr aus dem Wald entgegen.", "holzfäller"),
    ("fr", "Marie écoutait. Les vendangeurs chantaient dans les vignes jusqu'au soir.", "vendangeurs"),
    ("fr", "Marie dansait sur la place. Beaucoup de gens vinrent à la fête.", "gens"),
    ("es", "Juan miraba desde la ventana. Muchos vecinos salieron a la calle.", "vecinos"),
    ("it", "Maria cucinava la cena. I mietitori tornavano a casa cantando.", "mietitori"),
    ("pt", "Maria ouvia o mar. Os marinheiros cantavam no convés.", "marinheiros"),
    ("ru", "Маша смотрела в окно. Косари вышли на луг и запели.", "косари"),
    ("ru", "Маша смотрела в окно. Много людей пришло на ярмарку.", "люд"),
    ("hi", "राम किनारे पर बैठा था। मछुआरे नदी पर गए।", "मछुआरे"),
    ("hi", "राम घर में था। दस-बारह आदमी दरवाज़े पर खड़े थे।", "आदमी"),
    ("ja", "花子は浜で待っていました。漁師たちは船を出しました。", "漁師"),
    ("zh", "小明在岸边等着。渔夫们回来了。", "渔夫"),
    ("zh", "小明站在路口。许多看热闹的人围了过来。", "人"),
    # more of each class: counted in words and ranges, words of many with "of", agents made from verbs
    ("en", "Tom hid in the barn. Lots of people laughed at the scarecrow.", "people"),
    ("de", "Anna stand am Tor. Zehn bis zwölf Bauern warteten auf den Markt.", "bauern"),
    ("es", "Juan cerró la puerta. Los segadores cantaban en el campo.", "segadores"),
    ("es", "Juan abrió la ventana. Quince o veinte vecinos gritaban en la plaza.", "vecinos"),
    ("it", "Maria aprì la porta. Una ventina di contadini cantavano nella piazza.", "contadini"),
    ("ru", "Маша открыла дверь. Учителя пришли и засмеялись.", "учител"),
    ("hi", "राम घर में था। कई किसान खेत में गए।", "किसान"),
    ("ja", "花子は見ていました。たくさんの人が集まりました。", "人"),
    ("ja", "花子は見ていました。大勢の漁師が浜に来ました。", "漁師"),
    ("zh", "小明笑了。很多人来了。", "人"),
]

# (language, story, a plural word that names no one of the story)
NOT_ACTING = [
    ("en", "Tom said nothing. Farmers are lazy, his father always said.", "farmers"),
    ("en", "The fishermen did not come that day. Tom waited on the pier alone.", "fishermen"),
    ("en", "Tom saw the fishermen on the shore. He waved and went home.", "fishermen"),
    ("en", 'Tom laughed. "The fishermen hauled in their nets," he said.', "fishermen"),
    ("en", "Tom ran faster than the fishermen could row. He reached the island first.", "fishermen"),
    ("de", "Anna lachte. Bauern sind faul, sagte ihr Vater immer.", "bauern"),
    ("fr", "Marie riait. Les paysans ne vinrent pas ce jour-là.", "paysans"),
    ("en", "Tom said nothing. Farmers hated rain, his father always said.", "farmers"),
    ("es", "Juan esperaba. Los vecinos no salieron a la calle.", "vecinos"),
    ("ru", "Маша ждала. Косари не вышли на луг.", "косар"),
    ("hi", "राम चुप था। लोग कहते हैं कि किसान आलसी होते हैं।", "लोग"),
    ("hi", "राम चुप था। मछुआरे ने जाल फेंका।", "मछुआरे"),
    ("ja", "花子は漁師たちを見ました。", "漁師"),
    ("zh", "小明看见渔夫们。他笑了。", "渔夫"),
    ("zh", "小明在家里。他说：“许多人都很懒。”", "人"),
    ("en", "Tom had ten or twelve apples in his basket.", "apples"),
    ("fr", "Marie riait. Les radiateurs chauffaient la salle.", "radiateurs"),
]


def _groups(text: str, language: str) -> list[Character]:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    return [c for c in board.characters if c.style != "narrator" and c.crowd is not None]


@pytest.mark.parametrize(("language", "text", "word"), ACTING)
def test_plural_people_that_act_are_one_group(language: str, text: str, word: str) -> None:
    groups = _groups(text, language)
    named = [g for g in groups if word in g.name.lower()]
    assert len(named) == 1, [(g.name, g.crowd) for g in groups]
    assert named[0].animal is None


@pytest.mark.parametrize(("language", "text", "word"), NOT_ACTING)
def test_plural_people_that_do_not_act_are_no_one(language: str, text: str, word: str) -> None:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    cast = [c.name for c in board.characters if c.style != "narrator"]
    assert not [name for name in cast if word in name.lower()], cast
