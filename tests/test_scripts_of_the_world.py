"""Languages everywhere: the studio's table, fonts for every script it offers, sentence splitting and
subtitle line breaking by script (no break inside a Thai or Khmer word or a grapheme cluster), right-to-
left scripts, numbers in other digits."""

from __future__ import annotations

import subprocess

import pytest

from filmstudio.languages import (
    LANGUAGES,
    SCRIPT_FONTS,
    detect_language,
    dominant_script,
    is_right_to_left,
    is_spaceless,
    word_units,
)
from filmstudio.media.subtitles import TimedWord, cues_for_line, cues_from_text, split_spaceless
from filmstudio.script import parse_script
from filmstudio.script.parse import split_sentences
from filmstudio.wordbreak import icu_available, icu_words


def test_the_studio_knows_over_fifty_languages_each_with_a_font_installed() -> None:
    assert len(LANGUAGES) >= 70
    installed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=True).stdout
    families = {name.strip() for row in installed.splitlines() for name in row.split(",")}
    for language in LANGUAGES.values():
        assert SCRIPT_FONTS[language.script] in families, (language.code, SCRIPT_FONTS[language.script])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Բարև, ինչպե՞ս ես։", "hy"),
        ("გამარჯობა, როგორ ხარ?", "ka"),
        ("שלום, מה שלומך?", "he"),
        ("ሰላም፣ እንዴት ነህ?", "am"),
        ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਤੁਸੀਂ ਕਿਵੇਂ ਹੋ?", "pa"),
        ("નમસ્તે, તમે કેમ છો?", "gu"),
        ("ನಮಸ್ಕಾರ, ಹೇಗಿದ್ದೀರಿ?", "kn"),
        ("നമസ്കാരം, സുഖമാണോ?", "ml"),
        ("ආයුබෝවන්, කොහොමද?", "si"),
        ("สวัสดีครับ สบายดีไหม", "th"),
        ("মোৰ মাৰে পাকঘৰত ভাত ৰান্ধিছে।", "as"),
        ("Сәлем, қалың қалай?", "kk"),
        ("Прывітанне, як справы? Ўсё добра.", "be"),
        ("Ђаво је ћутао.", "sr"),
        ("Jeg har ikke set hende, og hun var også meget træt.", "da"),
        ("Minä en tiedä, mutta hän oli kotona ja se on hyvä.", "fi"),
    ],
)
def test_text_in_each_script_is_told_apart(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_right_to_left_languages_are_marked() -> None:
    assert {c for c in LANGUAGES if is_right_to_left(c)} == {"ar", "ur", "fa", "he"}


def test_sentences_end_where_each_script_ends_them() -> None:
    assert split_sentences("مرحبا كيف حالك؟ أنا بخير.") == ["مرحبا كيف حالك؟", "أنا بخير."]
    assert split_sentences("سلام۔ آپ کیسے ہیں؟") == ["سلام۔", "آپ کیسے ہیں؟"]
    assert split_sentences("Բարև։ Ինչպե՞ս ես։") == ["Բարև։", "Ինչպե՞ս ես։"]
    assert split_sentences("ሰላም። እንዴት ነህ?") == ["ሰላም።", "እንዴት ነህ?"]
    # Thai has no full stop: phrases between spaces gather into sentences of a readable length
    thai = "แม่ของฉันหุงข้าวในครัว และพ่อของฉันอ่านหนังสือ วันนี้อากาศดีมาก เราจะไปทะเลกันไหม"
    sentences = split_sentences(thai)
    assert len(sentences) == 2 and " ".join(sentences) == thai


@pytest.mark.skipif(not icu_available(), reason="ICU is not on this machine")
def test_thai_khmer_and_chinese_break_between_words_not_inside_them() -> None:
    assert icu_words("แม่ของฉันหุงข้าว", "th") == ["แม่", "ของ", "ฉัน", "หุง", "ข้าว"]
    khmer = word_units("ម្ដាយខ្ញុំកំពុងចម្អិនបាយ", "km")
    assert "".join(khmer) == "ម្ដាយខ្ញុំកំពុងចម្អិនបាយ" and len(khmer) >= 3
    chinese = word_units("我妈妈在厨房里做饭，我爸爸在看书。", "zh")
    assert "妈妈" in chinese and "厨房" in chinese
    assert not any(unit.startswith(("，", "。")) for unit in chinese)  # punctuation stays with its word


@pytest.mark.skipif(not icu_available(), reason="ICU is not on this machine")
def test_thai_subtitle_lines_break_only_between_words() -> None:
    text = "แม่ของฉันหุงข้าวอยู่ในครัว และพ่อของฉันอ่านหนังสือพิมพ์ที่ระเบียงบ้าน ส่วนน้องสาวของฉันกำลังวาดรูปทะเลกับดวงอาทิตย์"
    words = set(icu_words(text, "th"))
    cues = cues_from_text(text, 0.0, 9.0, "th")
    lines = [line for cue in cues for line in cue.lines]
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert len(line) <= 42
        # each line is whole words: its pieces are words ICU found in the full text
        assert all(piece in words or not piece.strip() for piece in icu_words(line, "th")), line
    # a TTS "word" that is a whole Thai phrase is cut into words sharing its time
    timed = split_spaceless([TimedWord("แม่ของฉันหุงข้าว", 1.0, 2.0)], "th")
    assert [w.text for w in timed] == ["แม่", "ของ", "ฉัน", "หุง", "ข้าว"]
    assert timed[0].start == 1.0 and abs(timed[-1].end - 2.0) < 1e-9


def test_indic_lines_never_break_inside_a_grapheme_cluster() -> None:
    """Tamil is spaced: lines break between words; a long word stays whole on its line."""
    text = " ".join(["குழந்தைகள்"] * 12)
    cues = cues_for_line([TimedWord(w, i * 0.5, i * 0.5 + 0.4) for i, w in enumerate(text.split())])
    for cue in cues:
        for line in cue.lines:
            assert all(word == "குழந்தைகள்" for word in line.split())


def test_spaceless_languages_are_the_scripts_without_spaces() -> None:
    assert {c for c in LANGUAGES if is_spaceless(c)} == {"zh", "ja", "th", "lo", "km", "my"}


@pytest.mark.parametrize(
    ("script", "language"),
    [
        ("مريم: صباح الخير! البحر هادئ اليوم.\nعمر: هيا نمشي إلى المنارة.", "ar"),
        ("מרים: בוקר טוב! הים שקט היום.\nעומר: בוא נלך למגדלור.", "he"),
    ],
)
def test_right_to_left_dialogue_parses_into_characters_and_lines(script: str, language: str) -> None:
    board = parse_script(script, filename="s.txt")
    assert board.language == language
    speakers = [c.name for c in board.characters if c.id != "narrator"]
    assert len(speakers) == 2, speakers
    lines = board.lines()
    assert len(lines) == 2 and all(dominant_script(line.text) == LANGUAGES[language].script for line in lines)


def test_ages_written_in_other_digits_are_read() -> None:
    board = parse_script("मीरा (८): दादी, देखो समुद्र!\nदादी (७०): हाँ बेटी।", filename="s.txt")
    ages = {c.name: c.age for c in board.characters if c.id != "narrator"}
    assert ages == {"मीरा": "child", "दादी": "elderly"}, ages
