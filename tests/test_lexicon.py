"""Finding the things a text names through its inflection (script/lexicon.py): Tamil and Hindi words by
their Snowball stems, Bengali by its case endings, and no thing found in a word that only begins like
its name."""

from __future__ import annotations

import pytest

from filmstudio.script import vocabulary


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("ta", "அவள் கோவிலுக்குச் சென்றாள்.", "temple"),  # கோவில் + -க்கு (+ ச் before ச): a place
        ("ta", "குரங்கு மரத்தில் ஏறியது.", "tree"),  # மரம் -> மரத்தில்
        ("ta", "ஒரு நாய்தான்-அது வீட்டைக் காக்கும்.", "dog"),  # a word joined to the next in verse
        ("hi", "जंगल में हाथियों का झुंड था।", "elephant"),  # हाथी -> हाथियों
        ("hi", "कुत्ते भौंकने लगे।", "dog"),
        ("bn", "গাছের ডালে একটি পাখি বসে।", "tree"),  # গাছ -> গাছের
        ("ja", "おじいさんはももを二つ買いました。", "peach"),  # written in kana, found as 桃 (MeCab's lemma)
        ("ja", "池に魚がいます。", "fish"),  # one character, a word of its own
        ("zh", "他在河边看见一只鸟。", "bird"),  # one character, a word by ICU's dictionary
    ],
)
def test_an_inflected_name_is_found(language: str, text: str, key: str) -> None:
    found = [*vocabulary.things(language).find(text), *vocabulary.places(language).find(text)]
    assert key in {m.key for m in found}


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("ta", "வயலில் உழுது வா.", "violin"),  # in the field; வயலின் is a violin
        ("ta", "மணிபோல் ஒலித்தது.", "bell"),  # "like a bell": மணி and a postposition, not a case
        ("hi", "उसने हाथ जोड़े।", "elephant"),  # a hand: the bare stem of हाथी is a word of its own
        ("hi", "वे बियाबान में भटक गए।", "beer"),  # बियर does not inflect its final consonant
        ("bn", "পাখিরা বাসা বাঁধল।", "bus"),  # বাসা, a nest, is not বাস with an ending
        ("bn", "তাদের নিবাস ছিল নদীর ধারে।", "pen"),
        ("ja", "火曜日に学校へ行きます。", "fire"),  # 火 inside Tuesday
        ("zh", "青色的衣服很好看。", "apple"),  # 青 is only part of the green apple's name
    ],
)
def test_a_word_that_only_begins_like_a_name_is_not_it(language: str, text: str, key: str) -> None:
    assert key not in {m.key for m in vocabulary.things(language).find(text)}
