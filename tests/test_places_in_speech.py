"""A place named in what someone says: speech that puts its speaker here ("my days are dull in this muddy
pond", "Ce bois est bien sombre", "In diesem Wald ist es kalt", "この森は…", "इस जंगल में…", "在这山里…")
places the scene when the narration names no place of its own; a place spoken of as ahead, wished for or
far ("let us go to the sea", "wir gehen morgen in die Stadt"), one a thing will be carried or thrown to
("we'll carry the stones to the sea", "投诸渤海之尾"), and one only likened to ("as deep as the sea", "like
a river of tears") leave the scene where the story was; a journey over land and sea is in open country.
Every text here was written for these tests."""

from __future__ import annotations

import re

import pytest

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.parse import parse_script
from filmstudio.script.scenes import describe_scene, text_for_places


def _anchor(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _settings(text: str, filename: str) -> list[str]:
    return [scene.setting for scene in parse_script(text, filename=filename).scenes]


def _scene_setting(text: str, filename: str, opening: str) -> str | None:
    """The setting of the first scene that holds the words a scene opens with."""
    for scene in parse_script(text, filename=filename).scenes:
        said = " ".join([scene.heading, *scene.action, *(line.text for line in scene.lines)])
        if _anchor(opening) in _anchor(said):
            return scene.setting
    return None


# -- verse: stanzas with Roman numerals, indented lines, a refrain -------------------------------------------
FROG = """\
The Frog Who Wished

I.
A little frog sat all alone,
Upon a mossy old grey stone:
"My days are dull in this muddy pond,
I long to see the world beyond."

II.
"The ducks go by, the fishes play,
And nothing new comes any day;
Oh, let us go to the sea!" said he,
"There is nothing left for me."

III.
So away they went, the frog and the toad,
Across the hills and the sea, by many a mile;
They hopped all day and slept all night,
Till the moon came up so round and bright.
"""

OWL = """\
The Owl's Complaint

I.
Upon a bough the old owl sat,
    And blinked his yellow eye;
"This wood is dark, this wood is cold,"
    Said he, "and so am I."

II.
"The mice have gone, the moon is hid,
    The wind is in the tree;
Oh, would I were a gull at sea,"
    Said he, "a gull at sea!"

III.
"Too-whit, too-whoo," the old owl cried,
    "Too-whit, too-whoo," cried he;
And all night long his heart was deep
    As deep as any sea.
"""

SAILOR = """\
The Sailor's Wife

She stood upon the harbour wall
    And watched the grey waves roll;
"Here by this sea I wait for him,
    With sorrow in my soul."

"When will he come?" the gulls replied,
    "When will he come to thee?
He'll bring you silk from far Cathay
    And gold from over the sea."

So up she rose and took her shawl,
    And up the hill went she,
And knelt within the little church
    That looks upon the sea.
"""


@pytest.mark.parametrize(
    ("text", "filename", "settings"),
    [
        # the frog's "this dull pond" is where he is; his "let us go to the sea" is not; the journey over land
        # and sea is in open country
        (FROG, "frog.en.txt", ["pond", "pond", "landscape"]),
        # "this wood" said holds the stanzas after it: the gull at sea is wished for, the sea only likened to
        (OWL, "owl.en.txt", ["forest", "forest", "forest"]),
        # the gulls' "gold from over the sea" neither moves nor takes anyone from the sea; a church "that looks
        # upon the sea" is the church
        (SAILOR, "sailor.en.txt", ["sea", "sea", "church"]),
    ],
)
def test_a_poem_s_stanzas_stay_where_its_speaker_says_they_are(text: str, filename: str, settings: list[str]) -> None:
    assert _settings(text, filename) == settings


# -- prose in the studio's languages ------------------------------------------------------------------------
GEESE = """\
The Goose Boy

A boy drove his geese along the village street, past the well and the smithy, and the old women waved to him from their doors.

At noon he sat down on a stump and opened his bread. "How quiet it is here in this wood," he said to the geese, and the geese hissed softly.

"Tomorrow we shall go to the market in the town," he told them, and he lay down and slept till evening.

When the sun went down he drove them home again, and his mother met him at the village well.
"""

BOIS = """\
Le panier

Une fillette marchait seule, un panier au bras. « Ce bois est bien sombre », murmura-t-elle en serrant son châle.

Un loup sortit de derrière un buisson et lui demanda où elle allait. « Je vais au village, chez ma grand-mère », répondit-elle.
"""

MOLINO = """\
El secreto

Los dos hermanos hablaban en voz baja junto a los sacos de harina. —Aquí, en este molino, nadie nos oye —dijo Pedro.

La hermana sonrió y tomó un saco. —Mañana iremos a la ciudad a vender la harina —respondió.

Al día siguiente bajaron por el camino hasta la ciudad, y en sus calles vendieron todos los sacos.
"""

WALD = """\
Der Holzfäller

Der Holzfäller rieb sich die Hände. „In diesem Wald ist es kalt“, sagte er zu seinem Sohn.

„Wir gehen morgen in die Stadt und verkaufen das Holz“, antwortete der Sohn. Dann arbeiteten beide weiter, bis es dunkel wurde.

Am nächsten Morgen fuhren sie mit dem Karren los. In der Stadt verkauften sie das Holz einem Bäcker.
"""

REISE = """\
Die Reise

Im Dorf wohnte ein Schneider mit seinen drei Söhnen. Eines Tages rief er sie zu sich.

„Hier in dieser Stube habe ich mein Leben lang genäht“, sagte er. „Ihr aber sollt in die Welt ziehen.“

So zogen die drei fort, über Berg und Tal, durch Wald und Feld, und kamen nach vielen Tagen in eine große Stadt.
"""

MORI = """\
きこりとむすこ

きこりはおのを持って、むすこに言いました。「この森は、とても静かだね。」

むすこは「あした、町へ行きたいな」と言いました。きこりはわらって、しごとをつづけました。
"""

JANGAL = """\
लकड़हारा

बूढ़े लकड़हारे ने अपने बेटे से कहा, "इस जंगल में बहुत ठंड है।"

बेटे ने कहा, "कल हम शहर जाएँगे और लकड़ी बेचेंगे।" फिर दोनों चुपचाप काम करते रहे।

अगले दिन वे शहर पहुँचे। शहर में बहुत भीड़ थी।
"""

YISHAN = """\
愚公移山

从前有一位老人，他家门前有两座大山，出入很不方便。

一天，老人对家人说：“在这山里，我们走路太难了。我们把土石运到海边去。”

他的妻子问：“那么多土石，放到哪里呢？”众人说：“投诸渤海之尾。”于是老人带着子孙开始挖山。
"""

LES = """\
Старик и внук

Старик сел на пенёк и сказал внуку: «В этом лесу так тихо».

«Завтра поедем в город», ответил внук и собрал хворост.

Утром они приехали в город и пошли по улице.
"""


@pytest.mark.parametrize(
    ("text", "filename", "settings"),
    [
        (GEESE, "geese.en.txt", ["village", "forest", "forest", "village"]),
        (BOIS, "bois.fr.txt", ["forest", "forest"]),
        (MOLINO, "molino.es.txt", ["mill", "mill", "city"]),
        (WALD, "wald.de.txt", ["forest", "forest", "city"]),
        (REISE, "reise.de.txt", ["village", "living_room", "city"]),
        (MORI, "mori.ja.txt", ["forest", "forest"]),
        (JANGAL, "jangal.hi.txt", ["forest", "forest", "city"]),
        (LES, "les.ru.txt", ["forest", "forest", "city"]),
    ],
)
def test_speech_places_its_speaker_and_a_plan_spoken_of_does_not_move_them(
    text: str, filename: str, settings: list[str]
) -> None:
    assert _settings(text, filename) == settings


@pytest.mark.parametrize("opening", ["从前有一位老人", "一天，老人对家人说", "他的妻子问", "于是老人带着子孙"])
def test_where_the_earth_will_be_thrown_is_not_where_the_diggers_are(opening: str) -> None:
    assert _scene_setting(YISHAN, "yishan.zh.txt", opening) == "mountains"


# -- one scene after another ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "previous", "body", "setting"),
    [
        # said here, where the narration names no place: the speaker is there
        ("en", "village", '"My days are dull in this muddy pond," said the frog, and he sighed a long sigh.', "pond"),
        ("en", "village", 'The fox came back from the river. "This pond is my home," he said.', "pond"),
        ("fr", "village", "La fillette s'assit. « Ce bois est bien sombre », murmura-t-elle.", "forest"),
        ("fr", "village", "— Ici, dans la forêt, personne ne nous voit, dit le loup.", "forest"),
        ("es", "village", "Los hermanos hablaban bajo. —Aquí, en este molino, nadie nos oye —dijo Pedro.", "mill"),
        ("it", "village", "«In questo bosco fa freddo», disse il nonno.", "forest"),
        ("pt", "village", "— Neste moinho ninguém nos ouve — disse Pedro.", "mill"),
        ("de", "village", "Der Holzfäller rieb sich die Hände. „In diesem Wald ist es kalt“, sagte er.", "forest"),
        ("ja", "village", "きこりはむすこに言いました。「この森は、とても静かだね。」", "forest"),
        ("hi", "village", 'लकड़हारे ने कहा, "इस जंगल में बहुत ठंड है।"', "forest"),
        ("zh", "village", "老人说：“在这山里，我们走路太难了。”", "mountains"),
        ("ru", "village", "Старик сказал: «В этом лесу так тихо».", "forest"),
        ("ru", "village", "— Здесь, в лесу, так тихо, — сказала Маша.", "forest"),
        # the narration's own place comes first
        ("en", "village", 'They walked along the river. "This wood is dark," she said.', "river"),
        # said as ahead, wished for or far: the story stays
        ("en", "mountains", '"Let us go to the sea," said the frog.', "mountains"),
        ("en", "village", '"Let us leave this wood," said he.', "village"),
        ("en", "village", '"This city is far away," he said.', "village"),
        ("fr", "forest", "« Allons à la mer demain », dit le garçon.", "forest"),
        ("es", "mill", "La hermana sonrió. —Mañana iremos a la ciudad —respondió.", "mill"),
        ("es", "mill", "—Mañana iremos a la ciudad —respondió la hermana.", "mill"),
        ("es", "village", "—Vámonos de este molino —dijo Pedro.", "village"),
        ("de", "forest", "„Wir gehen morgen in die Stadt“, sagte der Sohn.", "forest"),
        ("de", "village", "„Morgen verlassen wir diesen Wald“, sagte er.", "village"),
        ("ja", "forest", "むすこは「あした、海へ行こう」と言いました。", "forest"),
        ("ja", "village", "「あしたこの森を出よう」と言いました。", "village"),
        ("hi", "forest", 'बेटे ने कहा, "कल हम शहर जाएँगे।"', "forest"),
        ("ru", "forest", "«Завтра поедем в город», ответил внук.", "forest"),
        # where a thing will be carried or thrown, said or told
        ("en", "mountains", "The old man said they would throw the stones into the sea.", "mountains"),
        ("en", "mountains", "They would carry the stones to the sea, the old man said.", "mountains"),
        ("en", "mountains", '"We\'ll carry the stones to the sea," he said, and took up his basket.', "mountains"),
        ("zh", "mountains", "老人说：“我们把土石运到海边去。”", "mountains"),
        ("zh", "mountains", "老人说，我们把土石运到海边去。", "mountains"),
        ("zh", "mountains", "杂曰：投诸渤海之尾，隐土之北。", "mountains"),
        # a bare "would" is what someone did each day
        ("en", "village", "Every morning she would go down to the river to wash the clothes.", "river"),
        # only likened to
        ("en", "mountains", "His patience was as deep as the sea.", "mountains"),
        ("en", "mountains", "Their mother wept like a river of tears.", "mountains"),
        ("en", "mountains", "Her tears ran like a river down her cheeks.", "mountains"),
        # a journey over several lands
        ("en", "pond", "So off they went across the hills and the sea.", "landscape"),
        ("en", "pond", "Across the hills and across the sea they sailed away.", "landscape"),
        ("en", "village", "They sat by the river and the old mill.", "river"),
    ],
)
def test_a_place_in_speech_after_the_scene_before(language: str, previous: str, body: str, setting: str) -> None:
    assert describe_scene("", body, language, previous=previous).setting == setting


@pytest.mark.parametrize(
    ("language", "text", "left"),
    [
        ("en", "across the hills and the sea, by many a mile", []),
        ("en", "through the woods and over the hills", []),
        ("de", "über Berg und Tal, durch Wald und Feld, und kamen", []),
        ("fr", "par monts et par vaux", []),
        ("es", "viajaron por tierra y por mar", []),
        ("ru", "шли по лесам и полям", []),
        ("zh", "他们跋山涉水", []),
        ("ja", "山を越え、谷を越えて", []),
        ("en", "his heart was as deep as any sea", []),
        # a road to somewhere is no journey across lands, nor is a place reached a likeness
        ("es", "fué por el camino de la aldea con un costal", ["road", "village"]),
        ("en", "they walked as far as the river", ["river"]),
        ("en", "they sat by the river and the old mill", ["river", "mill"]),
    ],
)
def test_a_journey_across_lands_and_a_likeness_name_no_place(language: str, text: str, left: list[str]) -> None:
    named = vocabulary.places(language).find(text_for_places(text, language))
    assert sorted({m.key for m in named}) == sorted(left)
