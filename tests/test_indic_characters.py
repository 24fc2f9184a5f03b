"""Characters that Hindi, Bengali and Tamil name without capitals: an animal by its gender word, a title
joined to a word of kin, a name after its title, a name that says or goes twice, a group of animals by
its genitive; and the words that are none of these. Each example sentence is our own."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.storyboard import Character


def _cast(text: str, language: str) -> dict[str, Character]:
    board = parse_script(text, filename=f"story.{language}.txt", language=language)
    return {c.name: c for c in board.characters if c.id != "narrator"}


# --- 1. a gender word and an animal; a title and a word of kin ----------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "animal", "gender"),
    [
        ("hi", "जंगल में एक मादा हिरण रहती थी। मादा हिरण पानी पीने गई।", "deer", "female"),
        ("hi", "एक नर हाथी नदी के पास खड़ा था। नर हाथी ने सूंड उठाई।", "elephant", "male"),
        ("bn", "বনে একটি মাদী হরিণ থাকত। মাদী হরিণ জল খেতে গেল।", "deer", "female"),
        ("bn", "একটি পুরুষ হাতি নদীর ধারে দাঁড়িয়ে ছিল। পুরুষ হাতি শুঁড় তুলল।", "elephant", "male"),
        ("ta", "காட்டில் ஒரு பெண் மான் வாழ்ந்தது. பெண் மான் தண்ணீர் குடிக்கச் சென்றது.", "deer", "female"),
        ("ta", "ஒரு ஆண் யானை ஆற்றின் அருகே நின்றது. ஆண் யானை தும்பிக்கையை உயர்த்தியது.", "elephant", "male"),
        ("ta", "பெண்மான் புல்வெளியில் ஓடியது.", "deer", "female"),
    ],
)
def test_an_animal_by_its_gender_word(language: str, text: str, animal: str, gender: str) -> None:
    cast = _cast(text, language)
    assert len(cast) == 1, cast
    (being,) = cast.values()
    assert (being.animal, being.gender) == (animal, gender)


@pytest.mark.parametrize(
    ("language", "text", "name", "gender"),
    [
        ("hi", "राजकुमारी बगीचे में फूल चुन रही थी।", "राजकुमारी", "female"),
        ("hi", "राजकुमार घोड़े पर बैठकर वन में गया। राजकुमार बहुत थक गया।", "राजकुमार", "male"),
        ("bn", "রাজকুমার ঘোড়ায় চড়ে বনে গেল। রাজকুমার খুব ক্লান্ত হল।", "রাজকুমার", "male"),
        ("bn", "রাজকন্যা বাগানে ফুল তুলছিল।", "রাজকন্যা", "female"),
        ("ta", "இளவரசி தோட்டத்தில் பூக்களைப் பறித்தாள்.", "இளவரசி", "female"),
    ],
)
def test_a_title_joined_to_a_word_of_kin(language: str, text: str, name: str, gender: str) -> None:
    cast = _cast(text, language)
    assert list(cast) == [name], cast
    assert cast[name].gender == gender


# --- 2. a title before a name -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("hi", 'ऋषि विश्वामित्र बोले, "चलो।" ऋषि विश्वामित्र वन की ओर चले।', {"विश्वामित्र": ("male", "elderly")}),
        (
            "hi",
            'राजा विक्रम ने कहा, "आओ।" रानी सुनयना मुस्कुराई।',
            {"विक्रम": ("male", "middle_aged"), "सुनयना": ("female", "middle_aged")},
        ),
        (
            "hi",
            "अप्सरा मेनका नाचने लगी। मुनि वशिष्ठ ने आशीर्वाद दिया।",
            {"मेनका": ("female", "young_adult"), "वशिष्ठ": ("male", "elderly")},
        ),
        (
            "bn",
            'রাজা বিক্রম বললেন, "এসো।" রানি সুনয়না হাসলেন।',
            {"বিক্রম": ("male", "middle_aged"), "সুনয়না": ("female", "middle_aged")},
        ),
        (
            "bn",
            "ঋষি বিশ্বামিত্র বনে গেলেন। দেবী দুর্গা এলেন।",
            {"বিশ্বামিত্র": ("male", "elderly"), "দুর্গা": ("female", "young_adult")},
        ),
        (
            "ta",
            "ராஜா விக்ரமன் சொன்னார். ராணி சுனைனா சிரித்தாள்.",
            {"விக்ரமன்": ("male", "middle_aged"), "சுனைனா": ("female", "middle_aged")},
        ),
        ("ta", "முனிவர் வசிஷ்டர் காட்டுக்குச் சென்றார்.", {"வசிஷ்டர்": ("male", "elderly")}),
    ],
)
def test_a_name_after_its_title(language: str, text: str, expected: dict[str, tuple[str, str]]) -> None:
    cast = _cast(text, language)
    assert {name: (c.gender, c.age) for name, c in cast.items()} == expected


# --- 3. a name that says, goes or feels twice ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name", "gender"),
    [
        ("hi", 'झुमरी ने कहा, "आओ।" झुमरी चली गई।', "झुमरी", "female"),
        ("hi", "तुलकू कहहिं सुनो भाई।\nतुलकू बोले चलो।", "तुलकू", "neutral"),
        ("bn", 'টুলকু বলল, "আমি ক্লান্ত।" তারপর টুলকু চলে গেল।', "টুলকু", "neutral"),
        ("bn", "টুলকু চলিল বনে।\nটুলকু কহিল শোনো।", "টুলকু", "neutral"),
        ("ta", "துல்கு சொன்னான். பிறகு துல்கு போனான்.", "துல்கு", "male"),
        ("ta", "செம்பி சொன்னாள். செம்பி போனாள்.", "செம்பி", "female"),
    ],
)
def test_a_name_that_says_or_goes_twice(language: str, text: str, name: str, gender: str) -> None:
    cast = _cast(text, language)
    assert list(cast) == [name], cast
    assert cast[name].gender == gender


# --- 4. a group of animals by its genitive ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name", "animal"),
    [
        ("bn", "নদীর মাছেরা সাঁতরে এল।", "নদীর মাছেরা", "fish"),
        ("hi", "जंगल के पक्षी गाने लगे।", "जंगल के पक्षी", "bird"),
        ("hi", "गाँव के कुत्ते भौंकने लगे।", "गाँव के कुत्ते", "dog"),
        ("ta", "காட்டு பறவைகள் பாடின.", "காட்டு பறவைகள்", "bird"),
        ("ta", "ஆற்றின் மீன்கள் நீந்தி வந்தன.", "ஆற்றின் மீன்கள்", "fish"),
    ],
)
def test_a_group_of_animals_by_its_genitive(language: str, text: str, name: str, animal: str) -> None:
    cast = _cast(text, language)
    assert list(cast) == [name], cast
    assert (cast[name].animal, cast[name].crowd) == (animal, "animals")


# --- none of these -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", 'वह बोला, "चलो।" फिर वह चला गया।'),  # a pronoun
        ("hi", "मैंने जंगल में नर और मादा दोनों देखे।"),  # gender words with no animal
        ("hi", '"मादा हिरण कहाँ है?" पूछा गया।'),  # an animal only spoken of
        ("hi", "मैंने जंगल के पक्षी देखे।"),  # a group that does not act
        ("bn", 'সে বলল, "চলো।" তারপর সে চলে গেল।'),
        ("bn", "আবার বলল। আবার চলে গেল।"),  # an adverb
        ("bn", "আমি নদীর মাছ দেখলাম। সবাই রাজকুমারকে ভালোবাসত।"),  # objects
        ("ta", "அவன் சொன்னான். அவன் போனான்."),
        ("ta", "அவள் மெதுவாக சொன்னாள். அவள் மெதுவாக போனாள்."),
        ("ta", "நான் ஆண் யானையைப் பார்த்தேன்."),  # an animal seen, no one acting
        ("ta", "காட்டு வழியில் நடந்தேன்.\n\n— கமலா"),  # a byline
        ("hi", "सुबह हुई। मैं बाज़ार गया।\n\n— कमलेश"),
    ],
)
def test_no_false_characters(language: str, text: str) -> None:
    assert _cast(text, language) == {}


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("hi", "राजा बहुत खुश हुआ। राजा बहुत हँसा।", "राजा"),
        ("bn", "রাজা খুব রেগে গেলেন। রাজা একদিন বনে গেলেন।", "রাজা"),
        ("ta", "ராஜா மிகவும் மகிழ்ந்தார். ராஜா ஒருநாள் காட்டுக்குச் சென்றார்.", "ராஜா"),
    ],
)
def test_an_adverb_after_a_title_is_no_name(language: str, text: str, title: str) -> None:
    assert list(_cast(text, language)) == [title]


def test_the_title_alone_is_the_one_it_names_and_speaks_as_them() -> None:
    board = parse_script(
        'राजा विक्रम वन में आए। राजा बोले, "यहाँ कोई नहीं है।" राजा हँसे।', filename="story.hi.txt", language="hi"
    )
    cast = [c for c in board.characters if c.id != "narrator"]
    assert [c.name for c in cast] == ["विक्रम"]
    spoken = [ln.character_id for s in board.scenes for ln in s.lines if ln.character_id != "narrator"]
    assert spoken == [cast[0].id]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("bn", 'টুনটুনি বলল, "দেখো!" তারপর টুনটুনি বাড়ি চলে গেল।', {"টুনটুনি"}),  # a place between
        ("bn", "ঋষি বিশ্বামিত্র চলিল বনে,\nমুনি কহিল শোন রাজকুমার,\nরাজকুমার চলিল বারবার।", {"বিশ্বামিত্র", "রাজকুমার"}),
        ("ta", "கண்ணன் சொன்னான் கனிவுடனே\nகண்ணன் போனான் கானகமே\nபெண் மயில் ஆடியது மலையினிலே", {"கண்ணன்", "பெண் மயில்"}),
    ],
)
def test_stories_and_verses(language: str, text: str, expected: set[str]) -> None:
    assert set(_cast(text, language)) == expected
