"""espeak-ng through its C library (ctypes): every language, with word and phoneme events for timing.

The library comes from the `espeakng-loader` wheel (espeak-ng 1.52, whose Mandarin voice reads Hanzi);
Debian's libespeak-ng1 is the fallback. espeak-ng keeps global state, so calls are serialised.
"""

from __future__ import annotations

import ctypes
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from filmstudio.engines.tts.base import Speech, VoiceInfo, WordTiming, fit_words, text_words, trim_end
from filmstudio.engines.tts.japanese import japanese_reading
from filmstudio.engines.tts.sanskrit import sanskrit_to_phonemes
from filmstudio.errors import EngineNotInstalled, UnsupportedLanguage

# espeak_EVENT_TYPE
_EV_WORD, _EV_END, _EV_MSG_TERMINATED, _EV_PHONEME = 1, 5, 6, 7
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INIT_PHONEME_EVENTS = 0x0001
_INIT_DONT_EXIT = 0x8000
_CHARS_UTF8, _PHONEMES, _ENDPAUSE = 1, 0x100, 0x1000
_TIE = 0x80  # espeakPHONEMES_TIE
_RATE, _VOLUME, _PITCH, _RANGE = 1, 2, 3, 4

# Our language codes to espeak-ng voice names, where they differ.
ESPEAK_VOICE = {"en": "en-us", "zh": "cmn", "sa": "hi", "pt": "pt-br", "fr": "fr", "fa": "fa", "ne": "ne"}


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8)]


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    ]


class _Voice(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_char_p),
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    ]


# an espeak event as kept: (type, text position, length, audio position in ms, phoneme or mark name)
Event = tuple[int, int, int, int, bytes]

_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))
_LOCK = threading.Lock()
_LANG_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]+)*$", re.IGNORECASE)


def _library_paths() -> tuple[str, str | None]:
    try:
        import espeakng_loader

        return espeakng_loader.get_library_path(), espeakng_loader.get_data_path()
    except ImportError:
        for candidate in (
            "/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1",
            "/usr/lib/aarch64-linux-gnu/libespeak-ng.so.1",
        ):
            if Path(candidate).exists():
                return candidate, None
    raise EngineNotInstalled(
        "espeak-ng is not installed. Run `pip install espeakng-loader` or `apt-get install libespeak-ng1`."
    )


class _Library:
    def __init__(self) -> None:
        path, data = _library_paths()
        self.lib = ctypes.CDLL(path)
        self.lib.espeak_Initialize.restype = ctypes.c_int
        self.lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        rate = self.lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS,
            0,
            data.encode() if data else None,
            _INIT_PHONEME_EVENTS | _INIT_DONT_EXIT,
        )
        if rate <= 0:
            raise EngineNotInstalled(f"espeak-ng failed to start (data folder {data}).")
        self.sample_rate = rate
        self._chunks: list[np.ndarray] = []
        self._events: list[Event] = []
        self._callback = _CALLBACK(self._on_audio)  # kept alive as long as the library
        self.lib.espeak_SetSynthCallback(self._callback)

    def _on_audio(self, wav: ctypes._Pointer[ctypes.c_short], numsamples: int, events: ctypes._Pointer[_Event]) -> int:
        if numsamples > 0:
            self._chunks.append(np.ctypeslib.as_array(wav, shape=(numsamples,)).copy())
        i = 0
        while events[i].type != 0:
            ev = events[i]
            self._events.append((ev.type, ev.text_position, ev.length, ev.audio_position, bytes(ev.id.string)))
            i += 1
        return 0

    def languages(self) -> list[str]:
        voices = self.lib.espeak_ListVoices(None)
        found = []
        i = 0
        while voices[i]:
            raw = ctypes.string_at(voices[i].contents.languages, 64)
            # languages: (priority byte, name, NUL)* terminated by a zero byte
            pos = 0
            while pos < len(raw) and raw[pos] != 0:
                end = raw.index(b"\0", pos + 1)
                found.append(raw[pos + 1 : end].decode(errors="replace"))
                pos = end + 1
            i += 1
        return sorted({code for code in found if _LANG_CODE.match(code)})

    def text_to_phonemes(self, text: str, voice: str, *, mode: int = 0) -> str:
        """espeak-ng's transcription: its own mnemonics (mode 0), or IPA (mode 2; with a tie character
        in bits 8-23, as Kokoro's pipeline asks)."""
        if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise UnsupportedLanguage(f"espeak-ng has no voice '{voice}'.")
        self.lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        data = ctypes.create_string_buffer(text.encode("utf-8"))
        pointer = ctypes.c_void_p(ctypes.addressof(data))
        out = []
        while pointer.value:
            chunk = self.lib.espeak_TextToPhonemes(ctypes.byref(pointer), _CHARS_UTF8, mode)
            if chunk:
                out.append(chunk.decode("utf-8", errors="replace"))
        return " ".join(out)

    def synth(self, text: str, voice: str, *, wpm: int, pitch: int, phonemes: bool) -> tuple[np.ndarray, list[Event]]:
        self._chunks, self._events = [], []
        if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise UnsupportedLanguage(f"espeak-ng has no voice '{voice}'.")
        self.lib.espeak_SetParameter(_RATE, wpm, 0)
        self.lib.espeak_SetParameter(_PITCH, pitch, 0)
        self.lib.espeak_SetParameter(_VOLUME, 100, 0)
        data = text.encode("utf-8") + b"\0"
        flags = _CHARS_UTF8 | _ENDPAUSE | (_PHONEMES if phonemes else 0)
        self.lib.espeak_Synth(data, len(data), 0, 1, 0, flags, None, None)
        self.lib.espeak_Synchronize()
        audio = np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.int16)
        return audio, list(self._events)


@lru_cache(maxsize=1)
def _library() -> _Library:
    return _Library()


class EspeakEngine:
    name = "espeak"

    def __init__(self) -> None:
        self._lib = _library()

    def supported_languages(self) -> list[str]:
        with _LOCK:
            return self._lib.languages()

    def voices(self) -> list[VoiceInfo]:
        native = set(self.supported_languages())
        ours = set(ESPEAK_VOICE)  # each maps to a voice file espeak-ng ships
        langs = tuple(sorted(native | ours))
        out = []
        for variant, gender, age in (
            ("m3", "male", "young_adult"),
            ("f2", "female", "young_adult"),
            ("m1", "male", "middle_aged"),
            ("f4", "female", "middle_aged"),
        ):
            out.append(
                VoiceInfo(
                    "espeak",
                    variant,
                    langs,
                    gender,
                    age,
                    quality=2,
                    native_pitch=False,
                    description=f"espeak-ng variant {variant}",
                )
            )
        return out

    def phonemes(self, text: str, *, language: str) -> str:
        """espeak-ng's own transcription; a switch to another language shows as "(en)" and the like."""
        if language == "sa":
            return sanskrit_to_phonemes(text)[0]
        if language == "ja":
            text = japanese_reading(text)[0]
        with _LOCK:
            return self._lib.text_to_phonemes(text, self.voice_name(language))

    def ipa(self, text: str, *, language: str) -> str:
        """The text in IPA, affricates and diphthongs tied with "^" (a^ɪ, t^ʃ). Bit 7 makes the character
        in bits 8-23 a tie inside a phoneme; without it espeak-ng puts it between every two phonemes."""
        with _LOCK:
            return self._lib.text_to_phonemes(text, self.voice_name(language), mode=2 | _TIE | (ord("^") << 8))

    def voice_name(self, language: str) -> str:
        return ESPEAK_VOICE.get(language, language)

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        name = self.voice_name(language)
        if language == "sa":
            spoken, written = sanskrit_to_phonemes(text)
            payload, phonemes = f"[[{spoken}]]", True
        elif language == "ja":
            payload, written = japanese_reading(text)
            phonemes = False
        else:
            payload, written, phonemes = text, text_words(text), False
        base_wpm = 150 if language in ("sa", "zh", "ja", "ko") else 165
        if language == "sa":
            base_wpm = 130
        # Pitch is shifted afterwards by an exact ratio (see pipeline voice stage), like every engine.
        espeak_pitch = 50
        with _LOCK:
            audio, events = self._lib.synth(
                payload, f"{name}+{voice.id}", wpm=int(base_wpm * rate), pitch=espeak_pitch, phonemes=phonemes
            )
            sample_rate = self._lib.sample_rate
        samples = audio.astype(np.float32) / 32768.0
        if language == "zh":
            written = _segment_by_events(text, events)
        return Speech(
            samples,
            sample_rate,
            _word_timings(events, written, samples, sample_rate),
            _phone_timings(events, samples, sample_rate),
        )


def _phone_timings(events: list[Event], samples: np.ndarray, sample_rate: int) -> list[WordTiming]:
    """Each PHONEME event starts a phoneme that lasts until the next one (stress marks dropped)."""
    marks = [(ev[3] / 1000.0, ev[4].decode(errors="replace").lstrip("',")) for ev in events if ev[0] == _EV_PHONEME]
    end = len(samples) / sample_rate
    out = []
    for i, (start, name) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else end
        if stop > start and name:
            out.append(WordTiming("_" if name.startswith("_") else name, start, stop))
    return out


def _segment_by_events(text: str, events: list[Event]) -> list[str]:
    """Words of a text written without spaces: each runs from its WORD event's character position to
    the next one's (positions are 1-based characters)."""
    positions = sorted({ev[1] for ev in events if ev[0] == _EV_WORD})
    words = []
    for i, pos in enumerate(positions):
        end = positions[i + 1] - 1 if i + 1 < len(positions) else len(text)
        words.append(text[pos - 1 : end].strip())
    return words


def _word_timings(events: list[Event], written: list[str], samples: np.ndarray, sample_rate: int) -> list[WordTiming]:
    """Word starts from WORD events; each word ends at the first pause phoneme after it or the next word."""
    starts = [ev[3] / 1000.0 for ev in events if ev[0] == _EV_WORD]
    pauses = sorted(ev[3] / 1000.0 for ev in events if ev[0] == _EV_PHONEME and ev[4].startswith(b"_"))
    end_of_speech = trim_end(samples, sample_rate)
    spans = []
    for i, start in enumerate(starts):
        limit = starts[i + 1] if i + 1 < len(starts) else end_of_speech
        pause = next((p for p in pauses if start < p < limit), None)
        spans.append((start, max(start + 0.05, min(limit, pause if pause is not None else limit))))
    return fit_words(written, spans)
