"""A scene's things are those THERE (script/absent.py): not what is only dreamt, wished, planned or to be
bought, not what there is none of, not what something is only likened to, and not a word meant in another
sense; what is there stays. Sentences of our own, per class and language."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.absent import not_there
from filmstudio.script.scenes import describe_scene


def _things(body: str, language: str) -> set[str]:
    return {m.key for m in describe_scene("", body, language).things}


def _check(body: str, language: str, absent: set[str], present: set[str]) -> None:
    things = _things(body, language)
    assert not things & absent, (body, things & absent)
    assert present <= things, (body, present - things)


# language | text | not there | there
_IMAGINED = """
en | She carried a pail of milk on her head. With the money she would buy a hundred eggs, and the eggs would give her chickens. | egg chicken money | bucket milk
en | As she walked she began to dream. She would sell the chickens and buy a pig, and then a cow. She tossed her head, and the pail fell. | pig cow chicken | bucket
en | The boy wished for a sword and a shield. In the morning he took an apple and rode off on his donkey. | sword shield | apple donkey
en | That night he dreamt of a palace full of gold, and of a crown. He woke beside the lamp. | castle crown | lamp
en | "If I had a horse," he said, "I would ride to the city." He picked up his basket. | horse | basket
en | It would have been a fine day for a picnic with cake. The children read their books by the lamp. | cake | book lamp
en | "This bread is fresh," said the baker. "Tomorrow I will bake a cake for the king." | cake | bread
en | "I'll buy a new hat with the money," she said to herself, holding her basket. | hat | basket
en | Every morning she would take her basket to the well. | | basket
fr | Perrette portait un pot au lait. Elle pensait déjà à l'argent : elle achèterait cent œufs, et les œufs donneraient des poules. | egg chicken | jug
fr | Avec les poules, elle achèterait un cochon, puis une vache. | pig cow |
fr | Il rêvait d'un grand château et d'un carrosse. Il alluma une bougie. | castle | candle
fr | S'il avait un cheval, il irait en ville. Il prit son panier. | horse | basket
de | Sie träumte von einem Schloss mit goldenen Kronen. Dann nahm sie ihren Korb. | castle crown | basket
de | „Wenn ich nur eine Kuh hätte!“, seufzte sie. Morgen würde er ein Pferd kaufen. Er setzte den Hut auf. | cow horse | hat
es | La lechera llevaba un cántaro de leche. Pensaba comprar huevos con el dinero, y luego tendría pollos y un cerdo. | egg chicken pig money | jug milk
es | Soñaba con un gran castillo. Si tuviera un caballo, iría a la ciudad. Tomó una cesta. | castle horse | basket
it | Sognava un castello pieno d'oro. Se avesse un cavallo, andrebbe in città. Prese un cesto. | castle horse | basket
pt | Ela desejava um vestido novo. Se tivesse um cavalo, iria à cidade. Pegou um cesto. | dress horse | basket
ru | Старуха мечтала о новом корыте и о дворце. Если бы у него была лошадь, он поехал бы в город. Старик взял топор. | castle horse bathtub | axe
ja | おばあさんは、お金があったら、牛を買うのにと思いました。おじいさんはかごをもっていきました。 | money cow | basket
ja | 粉屋は大きなお城に住む夢を見ました。娘はろうそくを持っていました。 | castle | candle
zh | 农夫梦见自己有一匹马和一座宫殿。如果有一头牛，他就能耕田。他拿起斧头。 | horse castle cow | axe
hi | उसने सपना देखा कि उसके पास एक महल है। अगर उसके पास घोड़ा होता, तो वह शहर जाता। वह कुल्हाड़ी लेकर जंगल गया। | castle horse | axe
"""

_NEGATED = """
en | There was no bread in the house, and he had neither horse nor cart. He sat on a chair by the window. | bread horse | chair window
en | His wife had no shoes. She had never seen a camel. She lit a candle. | shoe camel | candle
en | She went out without her umbrella, in her hat and coat. | umbrella | hat coat
en | Nothing but a crust of bread lay on the table. | | bread
fr | Le pauvre garçon n'avait pas de chapeau ni de manteau. Il trouva un bateau. | hat coat | boat
fr | Le meunier n'avait plus de pain. Il avait plus de dix poules. | bread | chicken
fr | Il n'y avait qu'une bougie sur la table. | | candle
de | Die arme Frau hatte kein Brot und keine Milch im Haus. Der Müller hatte weder Mehl noch Brot. Sie nahm einen Korb. | bread milk | basket
es | No tenía zapatos, pero llevaba un cántaro. El molinero no tenía harina ni pan. | shoe bread | jug
it | Il contadino non aveva né cavallo né carro. Un cane dormiva sotto un albero. | horse | dog tree
pt | A menina não tinha sapatos nem chapéu. Sentou-se junto à janela. | shoe hat | window
ru | В доме не было хлеба. У старика не было ни лошади, ни телеги. Старик взял топор. | bread horse | axe
ja | 家にはパンがありませんでした。粉屋にはパンも米もありませんでした。おじいさんはかごをもっていました。 | bread rice | basket
zh | 家里没有米，也没有面包。他拿起斧头。 | rice bread | axe
hi | घर में रोटी नहीं थी। किसान के पास न घोड़ा था न गाड़ी। वह कुल्हाड़ी लेकर गया। | flatbread horse car | axe
en | "Where is my hat?" cried the old man, holding a lamp. | hat | lamp
fr | Où est mon chapeau ? demanda-t-il près de la fenêtre. | hat | window
de | Wo ist mein Hut? fragte er am Fenster. | hat | window
es | ¿Dónde está mi sombrero? preguntó junto a la ventana. | hat | window
"""

_LIKENED = """
en | Her eyes shone like stars. The king had a heart of stone and held a golden sword. | star rock | sword
en | Her cheeks were as red as roses. She was as busy as a bee. She held a basket. | rose bee | basket
en | Juliet is the sun. The moon shone on the garden. | sun | moon
en | He was stronger than a lion, and he carried an axe. | lion | axe
fr | Sa fille était belle comme une rose, et ses yeux brillaient comme des étoiles. Elle prit un panier. | rose star | basket
fr | Il courut comme une flèche jusqu'à la rivière. | bow_and_arrow |
fr | Tu es ma rose, dit le prince, qui tenait une épée. | rose | sword
de | Seine Tochter war schön wie eine Rose. Sein Herz war wie ein Stein. Sie nahm einen Korb. | rose rock | basket
es | Su hija era hermosa como una rosa. Comió un queso duro como una piedra. | rose rock | cheese
it | Sua figlia era bella come una rosa. Mangiava una mela, rossa come il sangue. | rose | apple
pt | Os seus olhos brilhavam como estrelas. Ela comeu um pedaço de pão. | star | bread
ru | Дочь его была красива, как роза. Сердце у неё было как камень. Она взяла корзину. | rose rock | basket
ja | 娘の肌は雪のように白かった。娘はばらのように美しかった。あなたは私の太陽です。 | snowflake rose sun |
zh | 她的脸像花一样美丽。女儿像玫瑰一样美丽。你是我的太阳。 | flower rose sun |
hi | लड़की का चेहरा फूल जैसा सुंदर था। वह अपनी माँ की आँखों का तारा थी। | flower star |
en | He suffered the slings and arrows of outrageous fortune. He drew the sword of justice and took the key. | bow_and_arrow sword | key
fr | Il portait la couronne de la gloire et une épée. | crown | sword
de | Er schwang das Schwert der Gerechtigkeit und nahm den Korb. | sword | basket
es | Ella tenía la llave del corazón y una cesta. | key | basket
"""

_OTHER_SENSE = """
en | The main bus B voltage is fine. The bus looks good. We see the flag on the television. | bus | flag television
en | She sat at the piano and ran her fingers over the keys. She found the key under the mat. | | piano key
en | Then the bell gave a ring. A lock of her hair fell. He slipped a ring on her finger. | lock | ring bell
en | The soldiers broke camp and opened fire. The ruler of the land was wise. | tent fire ruler |
en | He was present at the wedding. Then he gave her a present. | | gift
en | The sun rose over the hills and the old man rose from his seat. She picked a red rose. | | sun rose
en | She wore an orange dress and ate an orange. | | dress orange
en | The cricket sang all summer while the ant worked. | cricket_bat | ant
en | It was raining cats and dogs. Don't count your chickens before they are hatched. He kicked the bucket. | cat dog chicken bucket |
fr | Elle entra dans la pièce et s'assit sur le lit. Il donna une pièce d'or au mendiant. | | bed coin
fr | À son tour, le renard parla près de la haute tour. | | tower
fr | La fée toucha la citrouille de sa baguette. Elle portait une robe rose et cueillit une rose. | baguette | dress rose
fr | Il avait une faim de loup et il tomba dans les pommes. | wolf apple |
de | Er war auf der Hut. Er setzte seinen Hut auf. Im Wald stand eine kleine Hütte. | | hat hut
de | Sie saß auf der Bank. Der Ritter kämpfte mit dem Drachen. Da hast du Schwein gehabt! | bank_building kite pig | dragon
es | El niño se llama Pedro. Se sentó en un banco del parque. El cuervo abrió el pico. | llama bank_building pick | crow
es | El barco izó las velas. Encendió dos velas en la mesa. | | boat candle
es | La casa antigua tenía una puerta blanca. Para él aquello era pan comido. | key flag bread | door
it | Il vecchio era ancora stanco. Gettarono l'ancora. Il contadino porta il cesto. In bocca al lupo! | wolf | anchor basket
it | Abitava al primo piano. Suonava il piano ogni sera. | | piano
pt | Que pena, disse a menina. A ave perdeu uma pena. Ele estava presente. Deu-lhe um presente. | | feather gift
pt | O gigante dormia. Ele tinha posto o chapéu na mesa. | ferris_wheel fuel_pump | hat
ru | Дети были дома. Они ели кашу. Она пила чай. Его спутник молчал. Старик взял топор. | houses pine_tree satellite | tea axe
ru | В лесу росли ели и сосны. Денег у них было — кот наплакал. | cat | pine_tree
ja | 猫の手も借りたいほど忙しい日でした。ねこがいすの上でねていました。 | | cat chair
zh | 他马上关上了门。 | horse | door
"""


def _cases(table: str) -> list[tuple[str, str, set[str], set[str]]]:
    out = []
    for row in table.strip().splitlines():
        language, text, absent, present = (part.strip() for part in row.split("|"))
        out.append((language, text, set(absent.split()), set(present.split())))
    return out


@pytest.mark.parametrize(("language", "body", "absent", "present"), _cases(_IMAGINED))
def test_what_is_only_imagined_wished_planned_or_to_come_is_not_there(
    language: str, body: str, absent: set[str], present: set[str]
) -> None:
    _check(body, language, absent, present)


@pytest.mark.parametrize(("language", "body", "absent", "present"), _cases(_NEGATED))
def test_what_there_is_none_of_is_not_there(language: str, body: str, absent: set[str], present: set[str]) -> None:
    _check(body, language, absent, present)


@pytest.mark.parametrize(("language", "body", "absent", "present"), _cases(_LIKENED))
def test_what_something_is_only_likened_to_is_not_there(
    language: str, body: str, absent: set[str], present: set[str]
) -> None:
    _check(body, language, absent, present)


@pytest.mark.parametrize(("language", "body", "absent", "present"), _cases(_OTHER_SENSE))
def test_a_word_in_another_sense_is_no_thing(language: str, body: str, absent: set[str], present: set[str]) -> None:
    _check(body, language, absent, present)


@pytest.mark.parametrize(
    ("language", "body", "present"),
    [
        ("en", "No sooner had he sat down on the chair than the door opened.", {"chair", "door"}),
        ("en", "She thought the bread smelled wonderful.", {"bread"}),
        ("en", "The fox wanted the grapes that hung from the vine.", {"grapes"}),
        ("en", "He had no money, but he had a fine horse.", {"horse"}),
        ("en", '"I will carry this basket for you," said the boy.', {"basket"}),
        ("en", "She would often sit by the fire and knit.", {"fire"}),
        ("en", "He thought for a while. Then he ate the bread and the cheese.", {"bread", "cheese"}),
        ("fr", "Chaque matin, elle portait un panier de pommes au marché.", {"basket", "apple"}),
        ("fr", "Les bûcherons coupaient les arbres avec leurs haches.", {"tree", "axe"}),
        ("de", "Die Frau stellte das Brot auf den Tisch und setzte sich auf den Stuhl.", {"bread", "chair"}),
        ("es", "Como el caballo estaba cansado, el niño se sentó bajo un árbol.", {"horse", "tree"}),
        ("es", "Ella pensaba en su madre mientras cortaba el pan.", {"bread"}),
        ("it", "Ogni mattina la donna portava un cesto di uova.", {"basket", "egg"}),
        ("pt", "O ladrão roubou um cavalo.", {"horse"}),
        ("ru", "Старуха думала о сыне и резала хлеб.", {"bread"}),
        ("ja", "テーブルの上にパンがありました。", {"bread"}),
        ("zh", "他没走多远就看见一匹马。", {"horse"}),
        ("hi", "मेज़ पर एक किताब और एक दीया था।", {"book", "lamp"}),
    ],
)
def test_what_is_there_stays(language: str, body: str, present: set[str]) -> None:
    assert present <= _things(body, language)


def test_blanking_keeps_the_text_s_length_and_what_is_there() -> None:
    text = "There was no bread, but she had a basket."
    blanked = not_there(text, "en")
    assert len(blanked) == len(text) and "bread" not in blanked and "basket" in blanked


_MILKMAID = (
    "The Milkmaid and Her Pail\n\n"
    "Patty the Milkmaid was going to market carrying her milk in a Pail on her head. As she went along she "
    "began calculating what she would do with the money she would get for the milk. \"I'll buy some fowls "
    'from Farmer Brown," said she, "and they will lay eggs each morning, which I will sell to the parson\'s '
    "wife. With the money that I get from the sale of these eggs I'll buy myself a new dimity frock and a chip "
    'hat." As she spoke she tossed her head back, the Pail fell off it, and all the milk was spilt.\n\n'
    '"Ah, my child," said the mother, "Do not count your chickens before they are hatched."'
)

_LAITIERE = (
    "Perrette, sur sa tête ayant un pot au lait\nBien posé sur un coussinet,\n"
    "Prétendait arriver sans encombre à la ville.\n"
    "Notre laitière ainsi troussée\nComptait déjà dans sa pensée\n"
    "Tout le prix de son lait, en employait l'argent,\nAchetait un cent d'œufs, faisait triple couvée ;\n"
    "La chose allait à bien par son soin diligent.\nIl m'est, disait-elle, facile\n"
    "D'élever des poulets autour de ma maison :\nLe renard sera bien habile\n"
    "S'il ne m'en laisse assez pour avoir un cochon.\n"
    "Et qui m'empêchera de mettre en notre étable\nUne vache et son veau, que je verrai sauter ?\n"
    "Perrette là-dessus saute aussi, transportée.\nLe lait tombe ; adieu veau, vache, cochon, couvée."
)


@pytest.mark.parametrize(
    ("text", "filename", "present"),
    [(_MILKMAID, "milkmaid.en.txt", {"milk", "bucket"}), (_LAITIERE, "laitiere.fr.txt", {"milk", "jug"})],
)
def test_the_milkmaid_s_daydream_is_not_in_her_scenes(text: str, filename: str, present: set[str]) -> None:
    """The fable told in prose with its speech, and in verse whose reverie runs over its lines."""
    board = parse_script(text, filename=filename)
    things = {t.key for scene in board.scenes for t in scene.things}
    assert present <= things
    assert not things & {"egg", "chicken", "pig", "cow", "money", "dress", "hat", "fox"}, things
