"""The things a text names, in every script the studio reads: a case form finds its thing (Hindi's oblique
"कुएँ", Russian's instrumental "ружьём", Tamil's locative "கிணற்றில்"); a function word, an idiom, a verb's
past, an hour counted or a surname spelled like a noun names none ("ancor", "बाज आना", "கத்தின",
"दो घंटे बाद", "Mr. Bell"); money, a well, a cart, a gun, a church's bell and tower are found by their words
in each language and drawn by a key the painter has. The sentences are our own."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script, vocabulary
from filmstudio.script.word_data import languages, word_data
from filmstudio.storyboard import Storyboard


def _board(text: str, language: str) -> Storyboard:
    return parse_script(text, filename=f"story.{language}.txt", language=language)


def _things(text: str, language: str) -> set[str]:
    return {t.key for scene in _board(text, language).scenes for t in scene.things}


# -- 1. inflected and case-marked forms ----------------------------------------------------------------------

INFLECTED = [
    ("hi", "किसान कुएँ से पानी लाया।", {"well"}),  # the oblique of कुआँ
    ("hi", "बच्चे पुराने कुओं के पास खेलते थे।", {"well"}),  # its oblique plural
    ("ru", "Охотник пришёл домой с ружьём.", {"gun"}),  # the instrumental of ружьё
    ("ru", "Мальчик увидел волка у колодца.", {"wolf", "well"}),  # genitives
    ("ta", "அவன் கிணற்றில் தண்ணீர் எடுத்தான்.", {"well"}),  # the locative on the oblique stem
    ("bn", "সে কুয়োর ধারে বসে রইল।", {"well"}),
    ("it", "Appoggiò il fucile accanto al pozzo.", {"gun", "well"}),
    ("es", "Guardó la escopeta en la carreta.", {"gun", "cart"}),
    ("pt", "Pôs a espingarda na carroça.", {"gun", "cart"}),
    ("fr", "Il cacha son fusil derrière le puits.", {"gun", "well"}),
]


@pytest.mark.parametrize(("language", "text", "keys"), INFLECTED)
def test_a_case_form_names_its_thing(language: str, text: str, keys: set[str]) -> None:
    assert keys <= _things(text, language)


# -- 2. homographs: function words, idioms, a verb's past ----------------------------------------------------

NOT_THINGS = [
    ("it", "Ancor non era giunto il giorno della festa.", "anchor"),  # "still", of verse
    ("hi", "वह अपनी शरारतों से बाज नहीं आया।", "eagle"),  # "बाज आना": to refrain
    ("hi", "तुम इन बातों से बाज आओ।", "eagle"),
    ("ta", "தவளைகள் இரவு முழுவதும் கத்தின.", "knife"),  # "they cried out", no knife (கத்தி)
    ("hi", "दो घंटे बाद किसान घर लौटा।", "bell"),  # the hour, counted: a bell's word too
    ("bn", "দুই ঘণ্টা পরে সে ফিরল।", "bell"),
    ("te", "రెండు గంటలు గడిచాయి.", "bell"),
    ("te", "అతను కాగితం కత్తిరించాడు.", "knife"),  # "he cut": a longer word that begins with కత్తి
    ("en", "Mr. Bell opened the door.", "bell"),  # a surname after a title
    ("fr", "Madame Cloche ouvrit la fenêtre.", "bell"),
    ("fr", "Le chat dormait sous la table.", "coin"),  # "under": the coin "sou" is left out for it
]


@pytest.mark.parametrize(("language", "text", "key"), NOT_THINGS)
def test_a_word_spelled_like_a_thing_names_none(language: str, text: str, key: str) -> None:
    assert key not in _things(text, language)


def test_a_noun_beside_its_homograph_is_still_found() -> None:
    assert "anchor" in _things("I marinai gettarono l'ancora nel porto.", "it")
    assert "eagle" in _things("आसमान में एक बाज उड़ रहा था।", "hi")
    assert "knife" in _things("அவன் கத்தியால் பழத்தை வெட்டினான்.", "ta")
    assert "bell" in _things("मंदिर का घंटा ज़ोर से बजा।", "hi")
    assert "bell" in _things("Mr. Bell rang the old bell.", "en")
    assert "knife" in _things("అతను కత్తితో పండు కోశాడు.", "te")


# -- 3. money and the common things of a story, in each language -------------------------------------------

COMMON = [
    ("de", "Der Bauer zählte sein Geld.", "money"),
    ("fr", "Le meunier portait cent écus dans sa bourse.", "coin"),
    ("fr", "Le meunier portait cent écus dans sa bourse.", "wallet"),
    ("es", "El labrador guardó el dinero bajo el colchón.", "money"),
    ("it", "Il mercante contò il denaro.", "money"),
    ("pt", "O lavrador escondeu o dinheiro.", "money"),
    ("ru", "Старуха спрятала деньги в сундук.", "money"),
    ("hi", "उसने अपने पैसे गिने।", "money"),
    ("ta", "அவனிடம் நிறைய பணம் இருந்தது.", "money"),
    ("bn", "সে টাকা গুনল।", "money"),
    ("te", "అతని దగ్గర డబ్బు ఉంది.", "money"),
    ("zh", "他的口袋里有很多钱。", "money"),
    ("ja", "おじいさんはお金をかぞえました。", "money"),
    ("hi", "शिकारी ने बंदूक उठाई।", "gun"),
    ("bn", "শিকারি বন্দুক তুলল।", "gun"),
    ("ta", "வேட்டைக்காரன் துப்பாக்கியை எடுத்தான்.", "gun"),
    ("zh", "猎人拿着一把枪。", "gun"),
    ("ja", "かりゅうどは鉄砲をかついでいました。", "gun"),
    ("de", "Der Jäger nahm die Pistole.", "gun"),
    ("ru", "Колокол звонил весь вечер.", "bell"),
    ("bn", "দূরে ঘণ্টা বাজল।", "bell"),
    ("fr", "Les cloches du clocher sonnaient.", "tower"),
    ("ru", "Птицы сидели на старой башне.", "tower"),
    ("ja", "井戸のそばに木がありました。", "well"),
    ("zh", "村口有一口老水井。", "well"),
    ("te", "రైతు బండి ఎక్కాడు.", "cart"),
    ("ru", "Мужик запряг лошадь в телегу.", "cart"),
    ("it", "Il contadino caricò il carro di fieno.", "cart"),
    ("hi", "किसान बैलगाड़ी में बैठा।", "cart"),
    ("zh", "老人坐在桌子旁边。", "table"),
    ("hi", "मेज़ पर एक चिट्ठी थी।", "table"),
]


@pytest.mark.parametrize(("language", "text", "key"), COMMON)
def test_a_common_story_thing_is_found(language: str, text: str, key: str) -> None:
    assert key in _things(text, language)


def test_a_cart_is_no_wheel_in_any_language() -> None:
    for language, text in [("ru", "Телега стояла у ворот."), ("pt", "A carroça parou."), ("ja", "荷車がありました。")]:
        keys = _things(text, language)
        assert "cart" in keys and "wheel" not in keys, (language, keys)


def test_every_word_of_every_language_names_a_key_the_painter_has() -> None:
    for language in languages():
        data = word_data(language)
        unknown = (set(data.things) | set(data.animals)) - set(vocabulary.THINGS)
        assert not unknown, (language, unknown)
