"""Characters that Japanese, Chinese, Hindi, Tamil and Bengali stories cast in their own ways:

- a tale told in the first person casts its teller who acts, named by the pronoun ("我", "私", "मैं",
  "நான்", "আমি"), of the gender the words mark (Hindi's verb, Japanese's あたし/僕); an "I" only in
  quoted speech, or a frame that tells once, casts no one;
- two of a kind told apart by a colour or a size ("赤い鳥と青い鳥", "黑狗和白狗") are two characters,
  each named by its description and drawn as its animal;
- a Tamil name declined ("வள்ளியை", "வள்ளிக்கு") is one person; a Hindi name with its honorific ("रामू
  जी") is the person, the honorific no one; a pet's name that barks or is given with its animal is that
  animal.

Every story here was written for these tests."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from tests.staging_checks import moments, staged


def _cast(story: str, language: str) -> dict[str, tuple[str, str | None]]:
    board = parse_script(story, filename=f"story.{language}.txt", language=language)
    return {c.name: (c.gender, c.animal) for c in board.characters if c.style != "narrator"}


# (language, story, the characters: name -> (gender, animal))
TELLERS = [
    ("ja", "俺は森へ走った。俺は熊を見た。そこで俺は木に登った。", {"俺": ("male", None)}),
    (
        "hi",
        "मैंने खाना बनाया। मैंने दरवाज़ा खोला। फिर मैं बाहर गई। मैं बहुत देर तक चलती रही।",
        {"मैं": ("female", None)},
    ),
    (
        "bn",
        "ছোটবেলায় আমি গ্রামে থাকতাম। প্রতিদিন আমি নদীতে সাঁতার কাটতাম। একদিন আমি একটা নৌকা দেখেছিলাম।",
        {"আমি": ("neutral", None)},
    ),
    ("zh", "我从家里跑出来，看见一只小狗在路边。我走过去摸了摸它。后来我带它回家了。", {"我": ("neutral", None)}),
    ("zh", "那天早上我很早就起床了。我骑车去了学校。放学后我跑到河边钓鱼。", {"我": ("neutral", None)}),
    ("ja", "私は朝早く起きました。私は山へ行きました。山の上で私は大きな木を見ました。", {"私": ("neutral", None)}),
    ("ja", "僕は川で魚を釣りました。それから僕は家に帰りました。僕が母に魚を見せました。", {"僕": ("male", None)}),
    (
        "ja",
        "あたしは駅まで歩きました。あたしは電車に乗りました。そして、あたしは海を見ました。",
        {"あたし": ("female", None)},
    ),
    ("hi", "मैं सुबह जल्दी उठा। मैं बाज़ार गया और मैंने आम खरीदे। फिर मैं घर लौटा।", {"मैं": ("male", None)}),
    ("hi", "कल शाम मैं नदी के किनारे गई। वहाँ मैं देर तक बैठी रही। फिर मैं धीरे-धीरे घर लौटी।", {"मैं": ("female", None)}),
    (
        "ta",
        "நேற்று நான் ஆற்றுக்குச் சென்றேன். அங்கே நான் மீன் பிடித்தேன். பிறகு நான் வீட்டுக்கு ஓடினேன்.",
        {"நான்": ("neutral", None)},
    ),
    (
        "ta",
        "நான் காலையில் எழுந்தேன். நான் கடைக்குப் போனேன். அங்கே நான் ஒரு பூனையைப் பார்த்தேன்.",
        {"நான்": ("neutral", None)},
    ),
    ("bn", "আমি সকালে উঠলাম। আমি বাজারে গেলাম। সেখানে আমি একটা বিড়াল দেখলাম।", {"আমি": ("neutral", None)}),
    ("bn", "কাল বিকেলে আমি নদীর ধারে গেলাম। সেখানে আমি মাছ ধরলাম। তারপর আমি বাড়ি ফিরলাম।", {"আমি": ("neutral", None)}),
]

NO_TELLER = [
    ("hi", "राजा बोला, मैं कल शिकार पर जाऊँगा। मंत्री ने कहा: मैं भी चलूँगा। रानी बोली - मैं महल में रहूँगी।", "मैं"),
    ("zh", "老人说：我明天去城里。孩子问，我可以去吗？妈妈喊：我去做饭。", "我"),
    ("bn", "আমি সব জানি। আমি খুব খুশি। আমি তোমার বন্ধু।", "আমি"),
    ("ja", "母は「私は行きます。私は帰ります。私が作ります」と言いました。", "私"),
    ("zh", "妈妈笑着说：“我去买菜。我做饭。我洗衣服。”", "我"),
    ("hi", "मैं तुम्हें एक कहानी सुनाता हूँ। एक गाँव में एक किसान रहता था। किसान रोज़ खेत जाता था।", "मैं"),
]

TOLD_APART = [
    (
        "ja",
        "森に赤い鳥と青い鳥がいました。赤い鳥は高く飛びました。青い鳥は枝で歌いました。",
        {"赤い鳥": ("neutral", "bird"), "青い鳥": ("neutral", "bird")},
    ),
    (
        "zh",
        "树上有一只大鸟和一只小鸟。大鸟飞走了。小鸟在窝里唱歌。",
        {"大鸟": ("neutral", "bird"), "小鸟": ("neutral", "bird")},
    ),
    (
        "zh",
        "河边有一匹白马和一匹黑马。白马在喝水。黑马跑过草地。",
        {"白马": ("neutral", "horse"), "黑马": ("neutral", "horse")},
    ),
    (
        "ja",
        "池に赤い鳥と青い鳥が住んでいました。赤い鳥は毎日歌いました。青い鳥は跳びました。",
        {"赤い鳥": ("neutral", "bird"), "青い鳥": ("neutral", "bird")},
    ),
    (
        "ja",
        "大きい犬と小さい犬がいました。大きい犬は走りました。小さい犬は眠りました。",
        {"大きい犬": ("neutral", "dog"), "小さい犬": ("neutral", "dog")},
    ),
    (
        "ja",
        "白い猫と黒い猫が庭にいました。白い猫は木に登りました。黒い猫は池のそばで眠りました。",
        {"白い猫": ("neutral", "cat"), "黒い猫": ("neutral", "cat")},
    ),
    (
        "zh",
        "院子里有黑狗和白狗。黑狗叫了起来。白狗跑到门外。",
        {"黑狗": ("neutral", "dog"), "白狗": ("neutral", "dog")},
    ),
    (
        "zh",
        "一只大猫和一只小猫住在屋里。大猫每天抓老鼠。小猫喜欢睡觉。",
        {"大猫": ("neutral", "cat"), "小猫": ("neutral", "cat")},
    ),
    (
        "zh",
        "山上有白兔和灰兔。白兔跑得很快。灰兔在草地上吃草。",
        {"白兔": ("neutral", "rabbit"), "灰兔": ("neutral", "rabbit")},
    ),
]

TOLD_APART_PEOPLE = (
    "村に若い男と年老いた男がいました。若い男は畑を耕しました。年老いた男は木を切りました。",
    {"若い男": ("male", "young_adult"), "年老いた男": ("male", "elderly")},
)

INDIC_NAMES = [
    (
        "ta",
        "குமரன் பள்ளிக்குச் சென்றான். ஆசிரியர் குமரனைக் கூப்பிட்டார். குமரனுக்குப் பரிசு கிடைத்தது. குமரனும் மகிழ்ந்தான்.",
        {"குமரன்": ("male", None)},
    ),
    ("hi", "रामू काका खेत में गए। रामू काका ने बैल को चारा दिया। रामू काका थक कर सो गए।", {"रामू": ("male", None)}),
    (
        "ta",
        "வள்ளி ஆற்றுக்குச் சென்றாள். வள்ளியை ஒரு மீனவன் அழைத்தான். வள்ளிக்கு மீன் கிடைத்தது. வள்ளியும் சிரித்தாள்.",
        {"வள்ளி": ("female", None)},
    ),
    (
        "ta",
        "முருகன் வயலுக்குப் போனான். முருகனை ஒரு பாம்பு கடித்தது. முருகனுக்கு வலி வந்தது. முருகனிடம் ஒரு கம்பு இருந்தது.",
        {"முருகன்": ("male", None)},
    ),
    ("hi", "रामू जी सुबह मंदिर गए। रामू जी ने पूजा की। फिर रामू जी घर लौटे।", {"रामू": ("male", None)}),
    ("hi", "मोहन भैया खेत में गए। मोहन भैया ने हल चलाया। शाम को मोहन भैया थक गए।", {"मोहन": ("male", None)}),
    ("hi", "किशन बाबू दफ़्तर गए। किशन बाबू ने चिट्ठी लिखी। किशन बाबू हँसे।", {"किशन": ("male", None)}),
    ("hi", "पिता जी सुबह खेत गए। पिता जी ने हल चलाया। पिता जी थक गए।", {"पिता": ("male", None)}),
    ("hi", "सीता दीदी बाज़ार गईं। सीता दीदी ने सब्ज़ी खरीदी। शाम को सीता दीदी घर आईं।", {"सीता": ("female", None)}),
    (
        "hi",
        "रामदीन का कुत्ता कालू था। रात को कालू भौंका। कालू खेत की ओर दौड़ा। रामदीन ने कालू को पुकारा।",
        {"रामदीन": ("neutral", None), "कालू": ("neutral", "dog")},
    ),
    ("hi", "मीना की बिल्ली का नाम चुन्नी था। चुन्नी म्याऊँ बोली। चुन्नी छत पर भागी।", {"चुन्नी": ("neutral", "cat")}),
    ("hi", "किसान का घोड़ा मोती था। सुबह मोती हिनहिनाया। मोती मैदान में दौड़ा।", {"मोती": ("neutral", "horse")}),
]


@pytest.mark.parametrize(("language", "story", "expected"), TELLERS)
def test_the_teller_who_acts_is_one_character(
    language: str, story: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert _cast(story, language) == expected


@pytest.mark.parametrize(("language", "story", "pronoun"), NO_TELLER)
def test_an_i_in_speech_or_a_frame_casts_no_teller(language: str, story: str, pronoun: str) -> None:
    assert pronoun not in _cast(story, language)


@pytest.mark.parametrize(("language", "story", "expected"), TOLD_APART)
def test_two_of_a_kind_told_apart_are_two_characters(
    language: str, story: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert _cast(story, language) == expected


def test_a_word_of_its_own_is_no_description() -> None:
    cast = _cast("森林里住着一只老虎。老虎很饿。山里还有一只老狼。老虎看见了老狼。", "zh")
    assert "虎" not in cast and "老虎" in cast


@pytest.mark.parametrize(("language", "story", "expected"), INDIC_NAMES)
def test_declined_honoured_and_pet_names(
    language: str, story: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert _cast(story, language) == expected


def test_two_people_told_apart_by_age() -> None:
    story, expected = TOLD_APART_PEOPLE
    board = parse_script(story, filename="story.ja.txt", language="ja")
    assert {c.name: (c.gender, c.age) for c in board.characters if c.style != "narrator"} == expected


@pytest.mark.parametrize(
    ("language", "story", "name"),
    [
        ("ja", "白い猫がいました。白い猫は魚を食べました。白い猫は眠りました。", "白い猫"),
        ("zh", "门口有一只黑猫。黑猫跳上了墙。黑猫在墙上睡着了。", "黑猫"),
    ],
)
def test_one_always_described_is_called_so(language: str, story: str, name: str) -> None:
    assert list(_cast(story, language)) == [name]


def test_a_tamil_name_declined_is_staged_where_it_is_named() -> None:
    story = "வள்ளி ஆற்றுக்குச் சென்றாள். ஒரு மீனவன் வள்ளியை அழைத்தான். வள்ளிக்கு மீன் கிடைத்தது. வள்ளியும் சிரித்தாள்."
    board = staged(story, "ta")
    valli = next(c.id for c in board.characters if c.name == "வள்ளி")
    assert all(valli in m.who for m in moments(board))
