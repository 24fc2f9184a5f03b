"""Characters and their gender in the languages the reading was weakest in: Hindi verb agreement, Chinese
speakers (classical and modern), Tamil animals in their cases and compounds, Bengali names after their
titles, Japanese kinship words joined to an animal. Every sentence here was written for these tests."""

from __future__ import annotations

from filmstudio.script import parse_script


def _cast(text: str, language: str) -> dict[str, tuple[str, str, str | None]]:
    board = parse_script(text, language=language)
    return {c.name: (c.gender, c.age, c.animal) for c in board.characters if c.style != "narrator"}


# Hindi: verbs and auxiliaries agree with their subject's gender


def test_a_hindi_speaker_tells_her_gender_by_the_verb_that_closes_her_clause() -> None:
    from filmstudio.script.people import speaker_gender_hindi

    # the adjective "नई" inside the clause is the object's; the verb at its end is the speaker's
    assert speaker_gender_hindi(["मैं कल बाज़ार से एक नई किताब ख़रीदूँगा।"]) == ("male", "मैं … (own lines)")
    assert speaker_gender_hindi(["मैं तो अभी घर जाऊँगी।"]) == ("female", "मैं … (own lines)")
    assert speaker_gender_hindi(["मैं थक गया हूँ।", "मैं अब सोता हूँ।"])[0] == "male"  # type: ignore[index]


def test_hindi_agreement_reads_the_verb_group_and_skips_what_does_not_agree() -> None:
    from filmstudio.script.people import _hindi_agreement

    assert _hindi_agreement(" नाम की एक बकरी पहाड़ पर रहती थी।") == [("थी", "female", "")]
    assert _hindi_agreement(" रोज़ नदी तक दौड़ता है और") == [("दौड़ता", "male", "")]
    assert _hindi_agreement(" उठकर चल पड़ी।") == [("पड़ी", "female", "")]
    assert _hindi_agreement(" ने रोटी खाई।") == []  # "X ने": the verb agrees with the bread
    assert _hindi_agreement(" को एक चिट्ठी मिली।") == []  # the letter was found: not the subject's
    assert _hindi_agreement(" बहुत दुखी है।") == []  # an adjective that does not inflect, before है
    assert _hindi_agreement(" गाने गाते थे।") == []  # a plural (or respectful) form tells nothing


def test_a_hindi_character_takes_the_gender_her_verbs_agree_in() -> None:
    text = (
        "रुनकी हर सुबह कुएँ से पानी भरती थी। रुनकी को गाना अच्छा लगता था।\n\n"
        "एक दिन रुनकी बाज़ार गई। वहाँ गोपू खड़ा था। गोपू को मिठाई पसंद थी। गोपू मिठाई बेचता था।"
    )
    cast = _cast(text, "hi")
    # no word for who they are: only the verbs they agree with ("भरती थी", "गई" / "खड़ा था", "बेचता था")
    assert cast["रुनकी"][0] == "female" and cast["गोपू"][0] == "male"


# Chinese: the one who speaks before 曰 / 说 is a character


def test_a_classical_chinese_speaker_before_yue_is_cast() -> None:
    text = "东村老农者，年七十，好种瓜。一日，东村老农坐而叹曰：“吾老矣，瓜田谁守？”其子问曰：“父何忧？”东村老农不答。"
    cast = _cast(text, "zh")
    assert cast["东村老农"][1] == "elderly"  # "年七十": seventy years old
    assert cast["其子"][0] == "male"  # 其 + a kinship word: "his son"


def test_a_chinese_epithet_tells_its_bearers_gender_and_age() -> None:
    text = "南山老翁者，居山下。南山老翁笑曰：“今日雨。”西邻老妪闻之，西邻老妪曰：“善。”"
    cast = _cast(text, "zh")
    assert cast["南山老翁"][:2] == ("male", "elderly")
    assert cast["西邻老妪"][:2] == ("female", "elderly")


def test_chinese_numerals_state_an_age() -> None:
    from filmstudio.script.people import _CHINESE_AGE, _chinese_number

    assert [_chinese_number(n) for n in ("七十", "十二", "二十五", "一百", "8")] == [70, 12, 25, 100, 8]
    found = _CHINESE_AGE.search("者，年且八十，")
    assert found is not None and found.group(1) == "八十"
    assert _CHINESE_AGE.search("今年十岁") is not None and _CHINESE_AGE.search("十年前") is None


def test_pronouns_before_a_verb_of_saying_are_no_names() -> None:
    from filmstudio.script.people import _chinese_speakers

    assert _chinese_speakers("他笑着说：“好。”他走了。") == []


# Tamil: an animal in its cases and in the compounds written as one word


def test_tamil_nouns_lose_their_case_endings() -> None:
    from filmstudio.script.word_forms import tamil_bases

    assert tamil_bases("யானையைக்")[:1] == [] or "யானை" in tamil_bases("யானையைக்")
    assert "குதிரை" in tamil_bases("குதிரைக்கு")
    assert "மயில்" in tamil_bases("மயிலின்")
    assert "புலி" in tamil_bases("புலியும்")


def test_a_tamil_animal_named_in_its_cases_and_compounds_is_one_character() -> None:
    from filmstudio.script.mentions import characters_mentioned

    text = "காட்டில் ஒரு பெண்யானை வாழ்ந்தது. யானையின் குட்டி அருகில் விளையாடியது. வேடன் யானையைப் பார்த்தான். யானையும் ஓடியது."
    found = {c.name: (c.animal, c.gender) for c in characters_mentioned(text, "ta")}
    assert found == {"யானை": ("elephant", "female")}


def test_a_tamil_animal_with_a_title_joined_to_it_is_a_personage() -> None:
    from filmstudio.script.mentions import characters_mentioned

    text = "அந்தக் காட்டில் சிங்கராஜா வாழ்ந்தது. ஒரு நாள் நரி ஓடியது."
    found = {c.name: (c.animal, c.gender) for c in characters_mentioned(text, "ta")}
    assert found.get("சிங்கராஜா") == ("lion", "male")


def test_a_tamil_sex_word_before_an_animal_gives_its_gender() -> None:
    from filmstudio.script.mentions import find_mentions

    mentions = find_mentions("பேடைக் கிளி பறந்தது. ஆண் மயில் ஆடியது.", "ta")
    assert [(m.animal, m.gender) for m in mentions] == [("parrot", "female"), ("peacock", "male")]


# Bengali: a name after its title or kinship word


def test_bengali_names_are_found_by_the_title_before_them() -> None:
    text = (
        "নদীর ধারে রাজা বিক্রমের প্রাসাদ ছিল। সেখানে দিদি-সুরমা থাকত।\n\n"
        "বিক্রমের একটি ঘোড়া ছিল। সুরমার হাতে ফুল ছিল। একদিন ঋষি অগস্ত্যদেব এলেন, অগস্ত্যের হাতে লাঠি।"
    )
    cast = _cast(text, "bn")
    assert cast["বিক্রম"][0] == "male" and cast["সুরমা"][0] == "female"
    assert "অগস্ত্য" in cast and "অগস্ত্যদেব" not in cast  # -দেব is the honorific joined to the name
    assert "দিদি" not in cast  # the kinship word is her title, not another person


# Japanese: a kinship word joined to an animal


def test_a_japanese_kinship_word_joined_to_an_animal_is_one_being() -> None:
    text = (
        "森に熊の親子が住んでいました。\n\n"
        "ある日、子熊が「お腹がすいた」と言いました。\n\n"
        "母さん熊は「蜂蜜をとってきましょう」と言って、坊やの頭をなでました。子熊は喜びました。\n\n"
        "母さん熊は坊やと一緒に出かけました。"
    )
    cast = _cast(text, "ja")
    assert cast["母さん熊"][0] == "female" and cast["母さん熊"][2] == "bear"
    assert cast["子熊"] == ("male", "child", "bear")  # 坊や: the one child, called a boy
    assert "熊" not in cast and "坊や" not in cast


def test_a_japanese_speaker_comes_before_the_verb_of_saying() -> None:
    text = "おばあさんは川へ行きました。\n\n「いい天気だ」と言いましたが、おじいさんは山にいました。"
    board = parse_script(text, language="ja")
    said = {ln.text: ln.character_id for ln in board.lines()}
    assert said["いい天気だ"] != "おじいさん"  # named after the verb: a new clause, not the speaker


def test_a_tamil_name_takes_the_gender_its_finite_verbs_mark() -> None:
    from filmstudio.script.people import _tamil_agreement

    assert _tamil_agreement(" தினமும் பள்ளிக்குச் சென்றான். பிறகு") == [("சென்றான்", "male", "")]
    assert _tamil_agreement(" அழகாகப் பாடினாள்.") == [("பாடினாள்", "female", "")]
    assert _tamil_agreement("க்குப் பழம் கொடுத்தான்.") == []  # a case ending: not the subject
    assert _tamil_agreement(" கடையில் பழங்கள்.") == []  # a plural noun, not a verb
    text = "ஒரு ஊரில் அமுதா என்ற ஒரு குழந்தை இருந்தது. அமுதா தினமும் அழகாகப் பாடினாள்.\n\nஒரு நாள் அமுதா சந்தைக்குப் போனாள்."
    assert _cast(text, "ta")["அமுதா"][:2] == ("female", "child")


def test_a_japanese_name_said_to_be_a_young_animal_is_a_child() -> None:
    text = "権太は、ひとりぼっちの子狸でした。\n\nある晩、権太は村へ出かけました。権太は歌いました。"
    assert _cast(text, "ja")["権太"][1] == "child"


# Coreference: a parent named by what she is to her children, then by her title


def test_their_mother_is_the_one_titled_grown_up_of_her_gender() -> None:
    text = (
        "Once upon a time there were three little Foxes, and their names were Rusty, Dusty and Ben. "
        "They lived with their Mother under an old oak.\n\n"
        "One morning old Mrs. Fox said, “Stay near the den, my dears.”\n\n"
        "Rusty ran off at once. Rusty found a hen. Dusty stayed home."
    )
    cast = _cast(text, "en")
    assert "Mother" not in cast and cast["Mrs. Fox"][0] == "female"


def test_a_mother_is_not_merged_where_two_women_bear_titles() -> None:
    text = (
        "Tom and Ann lived with their Mother in a small house. Mother baked bread every day.\n\n"
        "Mrs. Green came to tea. Mrs. Green talked a lot. Mrs. Brown came too. Mrs. Brown was quiet."
    )
    assert "Mother" in _cast(text, "en")


def test_a_hindi_speaker_before_bole_is_cast_with_the_verbs_gender() -> None:
    text = "नदी के किनारे एक नाव खड़ी थी। दीनबंधु बोले, आज पानी गहरा है।\n\nफिर मछुआरिन झुमरी बोली, हम कल चलेंगे। धीरे से बोला कोई।"
    cast = _cast(text, "hi")
    assert cast["दीनबंधु"][0] == "male"  # बोले: the respectful form, masculine
    assert cast["झुमरी"][0] == "female"
    assert not any(name.startswith("धीरे") for name in cast)  # an adverb, not a speaker


def test_tamil_names_are_found_after_their_title_in_any_case() -> None:
    from filmstudio.script.people import titled_names

    text = "அந்த நாட்டை அரசன் விக்ரமன் ஆண்டான். விக்ரமனின் மகள் அழகானவள். மக்கள் விக்ரமனுக்குப் பயந்தனர்."
    assert titled_names(text, "ta") == ["விக்ரமன்"]
    assert _cast(text, "ta")["விக்ரமன்"][0] == "male"


# Fables: an article elided against its animal, and the words for an animal's young


def test_an_elided_article_opens_its_noun() -> None:
    from filmstudio.script.mentions import find_mentions

    found = [(m.key, m.animal, m.determined) for m in find_mentions("Alors l'Âne répondit au Chien.", "fr")]
    assert ("âne", "donkey", True) in found
    found = [(m.key, m.animal) for m in find_mentions("Poi vide dell'orso la tana.", "it")]
    assert ("orso", "bear") in found


def test_a_young_animal_is_a_child_of_its_kind() -> None:
    text = (
        "Un Chevreau broutait près du bois. Un Renard passa.\n\n"
        "« Bonjour », dit le Chevreau. Le Renard sourit au Chevreau."
    )
    cast = _cast(text, "fr")
    assert cast["Chevreau"][1:] == ("child", "goat")


def test_a_newcomer_told_about_in_a_relative_clause_is_cast() -> None:
    from filmstudio.script.mentions import characters_mentioned

    text = (
        "Die Kinder saßen am Feuer. Da kam ein Fischer, der vom See heimging, und brachte ihnen Brot. "
        "Die Kinder dankten."
    )
    assert "fischer" in {c.mentions[0].key for c in characters_mentioned(text, "de")}
    text = "The children sat by the fire. A fisherman walked by the lake. The children laughed."
    assert "fisherman" not in {c.mentions[0].key for c in characters_mentioned(text, "en")}


def test_common_hindi_names_that_act_are_cast_with_their_gender() -> None:
    # राम and सीता are in the dictionary: what casts them is that they act (ने, बोली) more than once
    board = parse_script(
        'सीता बगीचे में गई। वह बहुत खुश थी। राम नदी के किनारे बैठा था। राम ने कहा कि घर चलो। सीता बोली, "हाँ, चलो।"',
        language="hi",
    )
    cast = {c.id: c.gender for c in board.characters if c.id != "narrator"}
    assert cast == {"सीता": "female", "राम": "male"}
    # grammar words and a thing before ने are no one: "सब ने", "हवा ने"
    none = parse_script("सब ने खाना खाया। हवा ने पेड़ हिलाया। सब ने गाना गाया। हवा ने दरवाज़ा खोला।", language="hi")
    assert [c.id for c in none.characters] == ["narrator"]
