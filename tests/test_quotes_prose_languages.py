"""Quoted speech in prose, given to the one who says it in French, Japanese and Hindi as in English,
Spanish, German and Russian, so that the storyboard has it as that character's line and staging shows
that character speaking. Published texts set it in many ways: « » with non-breaking spaces and the
attribution inside the marks (« Bonjour, dit le loup. Où vas-tu ? »), a whole French dialogue in one pair
of guillemets with a dash for each turn, dialogue dashes a paragraph per line, 「…」と言いました with the
one who speaks before the quote (おじいさんは「…」) or after it (「…」と犬が言いました), Hindi's
'X ने कहा, "…"' and '"…," X बोला' with the danda, pronouns ("lui dit-il", "dit-elle", "he replied") that
point back to someone. The stories are our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.render import analyse
from filmstudio.script import parse_script
from filmstudio.script.quotes import read_speech, segments
from filmstudio.script.typography import normalise
from filmstudio.storyboard import Storyboard

NB, NN = "\u00a0", "\u202f"  # the no-break spaces French sets inside « » and before ? ! : ;

FR_1 = f"""Il était une fois un renard roux qui vivait près d'un moulin. Un matin d'automne, il vit une poule blanche dans le pré.

«{NB}Bonjour, ma belle{NB}», lui dit-il.

«{NB}Que voulez-vous{NB}?{NB}» répondit la poule.

Le renard s'approcha et dit{NB}: «{NB}Je cherche le chemin du moulin.{NB}»

«{NN}C'est tout droit{NN}», dit-elle, «{NN}derrière les saules.{NN}»

«{NB}Viens me montrer{NB}!{NB}» s'écria le renard.

La poule recula. «{NB}Non merci{NB}», répondit-elle.

Alors le meunier sortit du moulin et demanda{NB}: «{NB}Qui fait tout ce bruit{NB}?{NB}»
"""

FR_1_SAID = [
    ("Bonjour, ma belle", ("renard",)),
    ("Que voulez-vous", ("poule",)),
    ("Je cherche le chemin", ("renard",)),
    ("C'est tout droit", ("poule",)),
    ("derrière les saules", ("poule",)),
    ("Viens me montrer", ("renard",)),
    ("Non merci", ("poule",)),
    ("Qui fait tout ce bruit", ("meunier",)),
]

FR_2 = f"""Un soir, un loup affamé rencontra un chien bien nourri au bord du bois.

«{NB}Bonsoir, mon cousin, dit le loup. Comme tu es gras{NB}!
— Je mange à la ferme tous les jours, répondit le chien.
— Et que fais-tu pour cela{NB}? demanda le loup.
— Presque rien, lui dit-il. Je garde la maison.{NB}»

Le loup regarda le cou du chien. «{NB}Qu'est-ce que cette marque{NB}? s'écria-t-il.
— C'est le collier, dit le chien en baissant la tête.{NB}»

«{NB}Adieu, fit le loup, je préfère ma liberté.{NB}»
"""

FR_2_SAID = [
    ("Bonsoir, mon cousin", ("loup",)),
    ("Comme tu es gras", ("loup",)),
    ("Je mange à la ferme", ("chien",)),
    ("Et que fais-tu", ("loup",)),
    ("Presque rien", ("chien",)),
    ("Je garde la maison", ("chien",)),
    ("Qu'est-ce que cette marque", ("loup",)),
    ("C'est le collier", ("chien",)),
    ("Adieu", ("loup",)),
    ("je préfère ma liberté", ("loup",)),
]

FR_3 = """La petite fille entra dans la cuisine de sa grand-mère.
— Bonjour, grand-mère, dit la petite fille.
— Bonjour, mon enfant, répondit la grand-mère. As-tu faim ?
— Oh oui ! s'écria-t-elle.
La grand-mère sortit une galette du four.
"""

# the little girl is met as "la petite fille" who enters (script/lone_doers.py): the character "fille"
FR_3_SAID = [
    ("Bonjour, grand-mère", ("fille",)),
    ("Bonjour, mon enfant", ("grand_mère",)),
    ("As-tu faim", ("grand_mère",)),
    ("Oh oui", ("fille",)),
]

FR_4 = f"""Pierre et sa sœur Marie habitaient une petite maison près de la rivière.

Un jour, Pierre lui dit{NB}: «{NB}Allons pêcher au pont.{NB}»

«{NB}Il fait trop froid{NB}», répondit Marie.

«{NB}Viens, dis la vérité{NB}: tu as peur de l’eau{NB}!{NB}» reprit Pierre en riant.

Marie haussa les épaules. «{NB}Pas du tout{NB}!{NB}» s’exclama-t-elle.

Un vieil homme passait sur le chemin. «{NB}Les enfants, dit le vieil homme, la glace est mince ce matin.{NB}»

«{NB}Merci, monsieur{NB}», dit Pierre.
"""

FR_4_SAID = [
    ("Allons pêcher", ("pierre",)),
    ("Il fait trop froid", ("marie",)),
    ("tu as peur de l'eau", ("pierre",)),
    ("Pas du tout", ("marie",)),
    ("Les enfants", ("vieil_homme", "homme")),
    ("la glace est mince", ("vieil_homme", "homme")),
    ("Merci, monsieur", ("pierre",)),
]

JA_1 = """むかしむかし、山のふもとに、おじいさんとおばあさんがすんでいました。

ある日、おじいさんは山で一ぴきのたぬきに会いました。

「こんにちは、おじいさん。」とたぬきが言いました。

おじいさんは「おまえはどこから来たのかね。」とたずねました。

「山のおくから来ました。」と、たぬきはこたえました。

家に帰ると、おばあさんが「おかえりなさい。」と言いました。

おじいさんは、たぬきのことを話しました。『それはふしぎな話ですね』とおばあさんは申しました。

「あしたもう一度会いに行こう。」とおじいさんが言いました。
"""

JA_1_SAID = [
    ("こんにちは、おじいさん", ("たぬき", "狸")),
    ("おまえはどこから", ("おじいさん",)),
    ("山のおくから", ("たぬき", "狸")),
    ("おかえりなさい", ("おばあさん",)),
    ("それはふしぎな話", ("おばあさん",)),
    ("あしたもう一度", ("おじいさん",)),
]

JA_2 = """　ある村に、まずしい男の子がすんでいました。
　ある朝、男の子が川へ行くと、一羽のつるがわなにかかっていました。
「かわいそうに。いま、たすけてあげよう。」
と、男の子は言いました。
　つるは「ありがとうございます。」と申しました。
「どこへかえるの。」と男の子がたずねました。
「山のむこうの湖へかえります。」
と、つるはこたえました。
　男の子はにっこりわらって、「気をつけてね。」といいました。
"""

JA_2_SAID = [
    ("かわいそうに", ("男の子",)),
    ("ありがとうございます", ("つる",)),
    ("どこへかえるの", ("男の子",)),
    ("山のむこうの湖", ("つる",)),
    ("気をつけてね", ("男の子",)),
]

JA_3 = """むかし、ある町にタロウという少年がいました。

タロウは毎朝、犬のポチと散歩をしました。

ある朝、ポチが「ワン、ワン。」とほえました。

「どうしたの、ポチ。」とタロウは聞きました。

そこへ、となりのおばさんがやってきて、「おはよう、タロウくん。」とおっしゃいました。

「おはようございます。」と、タロウはこたえました。

おばさんは「今日は雨がふるそうよ。」と言いました。

タロウは、かさを持って行こうと思いました。
"""

JA_3_SAID = [
    ("どうしたの、ポチ", ("タロウ",)),
    ("おはよう、タロウくん", ("おばさん",)),
    ("おはようございます", ("タロウ",)),
    ("今日は雨がふる", ("おばさん",)),
]

JA_4 = """むかし、足柄山に、きんたろうという力もちの男の子がいました。

ある日、きんたろうは、くまとすもうをとりました。

「まいった、まいった。」と、くまは言いました。

「もう一回やろう。」と、きんたろうはこたえました。

そこへ、うさぎがかけてきて、「ぼくもなかまに入れて。」とたのみました。

きんたろうは「いいよ。」とわらいました。
"""

JA_4_SAID = [
    ("まいった", ("くま", "熊")),
    ("もう一回", ("きんたろう",)),
    ("ぼくもなかまに", ("うさぎ", "兎")),
    ("いいよ", ("きんたろう",)),
]

HI_1 = """एक घने जंगल में एक बूढ़ा शेर रहता था। उसके पास ही एक चालाक लोमड़ी भी रहती थी।

एक दिन शेर बोला, "लोमड़ी, मुझे बहुत भूख लगी है।"

लोमड़ी ने कहा, “महाराज, मैं आपके लिए खाना ढूँढ कर लाती हूँ।”

"जल्दी लौटना," शेर ने कहा।

रास्ते में लोमड़ी ने सोचा, "इस बूढ़े शेर से पीछा कैसे छुड़ाऊँ?"

तभी उसे एक बंदर मिला। बंदर ने पूछा, "तुम इतनी परेशान क्यों हो?"

"शेर भूखा है," लोमड़ी बोली।

बंदर हँसने लगा और कहने लगा, "मैं तुम्हें एक उपाय बताता हूँ।"

"धन्यवाद, भाई," उसने कहा।
"""

HI_1_SAID = [
    ("मुझे बहुत भूख", ("शेर", "बूढ़ा_शेर")),
    ("मैं आपके लिए खाना", ("लोमड़ी",)),
    ("जल्दी लौटना", ("शेर", "बूढ़ा_शेर")),
    ("इस बूढ़े शेर से", ("लोमड़ी",)),
    ("तुम इतनी परेशान", ("बंदर",)),
    ("शेर भूखा है", ("लोमड़ी",)),
    ("मैं तुम्हें एक उपाय", ("बंदर",)),
    ("धन्यवाद, भाई", ("लोमड़ी",)),
]

HI_2 = """एक गाँव में एक किसान और उसकी पत्नी रहते थे।
एक सुबह किसान ने कहा, "आज मैं खेत पर जल्दी जाऊँगा।"
पत्नी बोली, “रोटी लेकर जाना।”
"ठीक है," किसान बोला।
खेत पर उसे एक कौआ मिला। कौए ने पूछा, "क्या तुम्हारे पास कुछ खाने को है?"
किसान ने हँसकर कहा, "आधी रोटी तुम्हारी है।"
"तुम बहुत दयालु हो," कौआ बोला।
"""

HI_2_SAID = [
    ("आज मैं खेत पर", ("किसान",)),
    ("रोटी लेकर जाना", ("पत्नी",)),
    ("ठीक है", ("किसान",)),
    ("क्या तुम्हारे पास", ("कौआ",)),
    ("आधी रोटी", ("किसान",)),
    ("तुम बहुत दयालु", ("कौआ",)),
]

HI_3 = """मोहन और सीता एक छोटे से गाँव में रहते थे।

एक शाम मोहन ने सीता से कहा, "चलो, नदी के किनारे घूमने चलते हैं।"

सीता मुस्कुराकर बोली, "हाँ, पर जल्दी लौटना होगा।"

नदी के पास उन्हें एक बूढ़ा मछुआरा मिला। मछुआरे ने पूछा, “तुम दोनों कहाँ जा रहे हो?”

"बस घूम रहे हैं, बाबा," मोहन ने जवाब दिया।

मछुआरा हँसने लगा और कहने लगा, "शाम को नदी का पानी ठंडा हो जाता है।"

सीता ने धीरे से कहा, "हम जल्दी घर चले जाएँगे।"
"""

HI_3_SAID = [
    ("चलो, नदी के किनारे", ("मोहन",)),
    ("हाँ, पर जल्दी", ("सीता",)),
    ("तुम दोनों कहाँ", ("मछुआरा", "बूढ़ा_मछुआरा")),
    ("बस घूम रहे हैं", ("मोहन",)),
    ("शाम को नदी का पानी", ("मछुआरा", "बूढ़ा_मछुआरा")),
    ("हम जल्दी घर", ("सीता",)),
]

EN_1 = """A fox met a crow by the old well one morning.

"Good morning," said the fox. "You look splendid today."

The crow said nothing at first. Then she asked, "What do you want?"

“Only a song,” he replied.

“I sing badly,” said the crow, “but I will try.”
"""

EN_1_SAID = [
    ("Good morning", ("fox",)),
    ("You look splendid", ("fox",)),
    ("What do you want", ("crow",)),
    ("Only a song", ("fox",)),
    ("I sing badly", ("crow",)),
    ("but I will try", ("crow",)),
]

EN_2 = """Mrs. Hen had three chicks and a nest by the barn.

One day the eldest chick said, "Mother, may we go to the pond?"

"Only if you stay together," said Mrs. Hen.

"We will," he promised, "and we'll be back by noon."

At the pond they met a duck. "Who are you?" she asked.

The chick answered: "We are Mrs. Hen's children."
"""

EN_2_SAID = [
    ("may we go to the pond", ("chick", "eldest_chick")),
    ("Only if you stay", ("mrs_hen", "hen")),
    ("We will", ("chick", "eldest_chick")),
    ("back by noon", ("chick", "eldest_chick")),
    ("Who are you", ("duck",)),
    ("We are Mrs", ("chick", "eldest_chick")),
]

ES_1 = """Una mañana, el panadero abrió la tienda y entró una niña.

—Buenos días —dijo el panadero—. ¿Qué quieres?

—Una barra de pan —contestó la niña.

«Aquí la tienes», dijo él.
"""

ES_1_SAID = [
    ("Buenos días", ("panadero",)),
    ("Qué quieres", ("panadero",)),
    ("Una barra de pan", ("niña",)),
    ("Aquí la tienes", ("panadero",)),
]

ES_2 = """La abuela preparaba sopa en la cocina cuando entró su nieto.

—Abuela, ¿qué cocinas? —preguntó el niño.

—Sopa de verduras —le respondió ella—. Siéntate, que ya está lista.

El niño se sentó junto a la ventana.

—¡Qué rica! —exclamó después de probarla.
"""

ES_2_SAID = [
    ("qué cocinas", ("niño",)),
    ("Sopa de verduras", ("abuela",)),
    ("Siéntate", ("abuela",)),
    ("Qué rica", ("niño",)),
]

DE_1 = """Ein Wolf traf eines Tages einen Hund am Waldrand.

„Guten Tag, Vetter“, sagte der Wolf. „Du bist aber dick!“

„Ich esse jeden Tag auf dem Hof“, antwortete der Hund.

Der Wolf fragte: „Und was musst du dafür tun?“
"""

DE_1_SAID = [
    ("Guten Tag, Vetter", ("wolf",)),
    ("Du bist aber dick", ("wolf",)),
    ("Ich esse jeden Tag", ("hund",)),
    ("Und was musst du", ("wolf",)),
]

DE_2 = """Die alte Müllerin stand am Brunnen, als ein Wanderer kam.

„Guten Morgen“, sagte der Wanderer. „Darf ich etwas Wasser trinken?“

„Natürlich“, antwortete sie, „das Wasser ist frisch.“

Der Wanderer trank und rief: „Wie gut das schmeckt!“
"""

DE_2_SAID = [
    ("Guten Morgen", ("wanderer",)),
    ("Darf ich etwas", ("wanderer",)),
    ("Natürlich", ("müllerin", "alte_müllerin")),
    ("das Wasser ist frisch", ("müllerin", "alte_müllerin")),
    ("Wie gut das", ("wanderer",)),
]

RU_1 = """Однажды волк встретил собаку у леса.

«Здравствуй, собака! — сказал волк. — Какая ты толстая!»

— Я ем каждый день на дворе, — ответила собака.

Волк спросил: «А что ты за это делаешь?»
"""

RU_1_SAID = [
    ("Здравствуй, собака", ("волк",)),
    ("Какая ты толстая", ("волк",)),
    ("Я ем каждый день", ("собака",)),
    ("А что ты за это делаешь", ("волк",)),
]

RU_2 = """Жил-был старик со старухой. Однажды старик пошёл в лес за дровами.

В лесу он встретил волка. «Куда идёшь, старик?» — спросил волк.

— За дровами, — ответил старик.

«Возьми и меня с собой, — попросил волк, — я помогу тебе».

Вечером старуха спросила: «Кто это с тобой пришёл?»
"""

RU_2_SAID = [
    ("Куда идёшь", ("волк",)),
    ("За дровами", ("старик",)),
    ("Возьми и меня", ("волк",)),
    ("я помогу тебе", ("волк",)),
    ("Кто это с тобой", ("старуха",)),
]

STORIES = {
    "fr_fox_and_hen": ("fr", FR_1, FR_1_SAID),
    "fr_dialogue_in_one_pair": ("fr", FR_2, FR_2_SAID),
    "fr_dashes_a_line_each": ("fr", FR_3, FR_3_SAID),
    "fr_names_and_pronouns": ("fr", FR_4, FR_4_SAID),
    "ja_tanuki": ("ja", JA_1, JA_1_SAID),
    "ja_a_line_each": ("ja", JA_2, JA_2_SAID),
    "ja_names_in_katakana": ("ja", JA_3, JA_3_SAID),
    "ja_names_in_hiragana": ("ja", JA_4, JA_4_SAID),
    "hi_lion_and_fox": ("hi", HI_1, HI_1_SAID),
    "hi_a_line_each": ("hi", HI_2, HI_2_SAID),
    "hi_names": ("hi", HI_3, HI_3_SAID),
    "en_fox_and_crow": ("en", EN_1, EN_1_SAID),
    "en_hen_and_chicks": ("en", EN_2, EN_2_SAID),
    "es_bakery": ("es", ES_1, ES_1_SAID),
    "es_kitchen": ("es", ES_2, ES_2_SAID),
    "de_wolf_and_dog": ("de", DE_1, DE_1_SAID),
    "de_well": ("de", DE_2, DE_2_SAID),
    "ru_wolf_and_dog": ("ru", RU_1, RU_1_SAID),
    "ru_old_man": ("ru", RU_2, RU_2_SAID),
}


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _said_by(board: Storyboard, piece: str) -> str:
    return next(ln.character_id for sc in board.scenes for ln in sc.lines if piece in ln.text)


@pytest.mark.parametrize("name", list(STORIES))
def test_each_quote_is_the_line_of_the_one_who_says_it(name: str) -> None:
    language, text, said = STORIES[name]
    board = _board(text, language)
    got = {piece: _said_by(board, piece) for piece, _ in said}
    assert {piece: who for piece, who in got.items() if who not in dict(said)[piece]} == {}


def test_french_speech_in_guillemets_is_the_wolf_s_and_the_dog_s_lines() -> None:
    """A French fable's dialogue, set in one pair of guillemets: each turn is its speaker's line, and the
    incises ("dit le loup", "lui dit-il") are not read out as narration."""
    board = _board(FR_2, "fr")
    lines = [(ln.character_id, ln.text) for sc in board.scenes for ln in sc.lines]
    assert {"loup", "chien"} <= {c.id for c in board.characters}
    assert ("loup", "Comme tu es gras !") in lines
    assert ("chien", "Je garde la maison.") in lines
    assert not any("dit le loup" in text or "lui dit-il" in text for _, text in lines)


def test_japanese_speech_is_the_speaker_s_line_before_or_after_the_quote() -> None:
    board = _board(JA_1, "ja")
    lines = [(ln.character_id, ln.text) for sc in board.scenes for ln in sc.lines]
    assert ("おばあさん", "おかえりなさい。") in lines  # おばあさんが「…」と言いました
    assert ("おじいさん", "あしたもう一度会いに行こう。") in lines  # 「…」とおじいさんが言いました
    assert not any(text.startswith("と") and text.endswith("ました。") for who, text in lines if who == "narrator")


def test_hindi_speech_is_the_speaker_s_line() -> None:
    board = _board(HI_2, "hi")
    lines = [(ln.character_id, ln.text) for sc in board.scenes for ln in sc.lines]
    assert ("किसान", "आज मैं खेत पर जल्दी जाऊँगा।") in lines  # किसान ने कहा, "…"
    assert ("पत्नी", "रोटी लेकर जाना।") in lines  # पत्नी बोली, “…”, on the next line
    assert ("कौआ", "तुम बहुत दयालु हो,") in lines  # "…," कौआ बोला।


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [("fr", FR_2, {"loup", "chien"}), ("ja", JA_1, {"狸"}), ("hi", HI_1, {"लोमड़ी", "बंदर"})],
)
def test_a_talking_animal_is_staged_speaking_its_lines(
    language: str, text: str, speakers: set[str], tmp_path: Path
) -> None:
    """Each line an animal says is a moment of that animal speaking."""
    board = analyse(_board(text, language), FilmRequest(), settings=Settings(data_dir=tmp_path))
    speaking = set()
    for scene in board.scenes:
        moments = {m.line_id: m for m in scene.moments}
        for line in scene.lines:
            if line.character_id in speakers:
                assert moments[line.id].who[0] == line.character_id
                speaking.add(line.character_id)
    assert speaking == speakers


def _quotes(paragraph: str, language: str) -> list[tuple[str, str | None]]:
    speech = read_speech([normalise(paragraph)], language, set())
    return [(seg.text, seg.speaker) for seg in speech.paragraphs[0] if seg.quoted]


def test_an_incise_inside_the_marks_is_no_part_of_the_speech() -> None:
    assert _quotes(f"Le loup vit la chèvre. «{NB}Bonjour, dit le loup, où vas-tu{NB}?{NB}»", "fr") == [
        ("Bonjour,", "loup"),
        ("où vas-tu ?", "loup"),
    ]
    assert _quotes("Волк увидел собаку. «Здравствуй, — сказал волк. — Как дела?»", "ru") == [
        ("Здравствуй,", "волк"),
        ("Как дела?", "волк"),
    ]


def test_a_bidding_verb_or_a_dash_in_speech_is_no_incise() -> None:
    """'dis la vérité' bids someone speak; 'Я — волк' is a dash inside what is said."""
    assert [t for t, _ in _quotes(f"Pierre rit. «{NB}Viens, dis la vérité{NB}!{NB}» dit Pierre.", "fr")] == [
        "Viens, dis la vérité !"
    ]
    assert [t for t, _ in _quotes("Волк засмеялся. «Я — волк, а ты — собака», — сказал волк.", "ru")] == [
        "Я — волк, а ты — собака"
    ]


def test_a_dialogue_set_a_paragraph_per_line_is_read_line_by_line() -> None:
    """Dash dialogue with no blank line between paragraphs; a line that does not end its sentence goes on
    on the next (a text wrapped at its width)."""
    parts = segments(normalise("La fille entra.\n— Bonjour, dit la fille.\n— Bonjour, répondit\nla mère."))
    assert [(p.text, p.quoted) for p in parts] == [
        ("La fille entra.", False),
        ("Bonjour, dit la fille.", True),
        ("Bonjour, répondit la mère.", True),
    ]


def test_hindi_attributions_with_a_dash_a_colon_or_ki() -> None:
    board = _board(
        "जंगल में एक शेर और एक गीदड़ रहते थे।\n\n"
        'शेर ने कहा- "मुझे भूख लगी है।"\n\n'
        'गीदड़ ने कहा : "मैं खाना लाता हूँ।"\n\n'
        "शेर ने कहा कि “जल्दी आना।”\n\n"
        'गीदड़ बोला -\n"ठीक है, महाराज।"',
        "hi",
    )
    said = {ln.text: ln.character_id for ln in board.lines()}
    assert said["मुझे भूख लगी है।"] == said["जल्दी आना।"] == "शेर"
    assert said["मैं खाना लाता हूँ।"] == said["ठीक है, महाराज।"] == "गीदड़"


def test_a_sentence_ending_on_a_verb_of_saying_announces_the_next_paragraph_s_quote() -> None:
    """おじいさんは犬に言いました。 and then 「…」 on a paragraph of its own: the old man says it (the dog is
    whom he says it to); in Hindi likewise, 'शेर ने गीदड़ से कहा।'."""
    said = {
        ln.text: ln.character_id
        for ln in _board(
            "ある日、おじいさんは犬に言いました。\n\n「山へ行こう。」\n\n犬はうれしそうに答えました。\n\n「はい、行きましょう。」",
            "ja",
        ).lines()
    }
    assert said["山へ行こう。"] == "おじいさん"
    assert said["はい、行きましょう。"] == "犬"
    said = {
        ln.text: ln.character_id
        for ln in _board("जंगल में एक शेर और एक गीदड़ रहते थे। एक दिन शेर ने गीदड़ से कहा।\n\n“मेरे लिए खाना लाओ।”", "hi").lines()
    }
    assert said["मेरे लिए खाना लाओ।"] == "शेर"


def test_a_paragraph_that_narrates_without_saying_announces_nothing() -> None:
    """'“Hello,” said Tom.' closing a paragraph is that quote's attribution, not the next quote's."""
    said = {
        ln.text: ln.character_id
        for ln in _board("おじいさんと犬がいました。\n\n「こんにちは。」と犬が言いました。\n\n「やあ。」", "ja").lines()
    }
    assert said["こんにちは。"] == "犬"
    assert said["やあ。"] != "犬"
