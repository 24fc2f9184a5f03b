"""Festival (Debian): `slt`, `kal` and `ked` for English, NSK voices for Hindi, Marathi and Telugu, and
the Debian voices for Russian, Catalan, Czech, Finnish and Italian (all free for commercial use: BSD,
GPL, LGPL or the CMU/Edinburgh licence; see each package's copyright file). Word start and end times
come from Festival's own utterance structure."""

from __future__ import annotations

import shutil
import tempfile
import wave
from pathlib import Path

import numpy as np

from filmstudio.engines.tts.base import Speech, VoiceInfo, WordTiming, fit_words, text_words
from filmstudio.engines.tts.festival_session import FestivalSessions
from filmstudio.errors import EngineNotInstalled, ToolFailed, UnsupportedLanguage

_VOICE_DIR = Path("/usr/share/festival/voices")

# voice id, folder, languages, gender, age, quality, the text encoding the voice's front end reads
_VOICES = [
    ("cmu_us_slt_arctic_hts", "us/cmu_us_slt_arctic_hts", ("en",), "female", "young_adult", 5, "utf-8"),
    ("kal_diphone", "english/kal_diphone", ("en",), "male", "middle_aged", 1, "utf-8"),  # 44% WER
    ("ked_diphone", "english/ked_diphone", ("en",), "male", "young_adult", 1, "utf-8"),
    ("hindi_NSK_diphone", "hindi/hindi_NSK_diphone", ("hi",), "male", "young_adult", 3, "utf-8"),
    ("marathi_NSK_diphone", "marathi/marathi_NSK_diphone", ("mr",), "male", "young_adult", 3, "utf-8"),
    ("telugu_NSK_diphone", "telugu/telugu_NSK_diphone", ("te",), "male", "young_adult", 3, "utf-8"),
    ("msu_ru_nsh_clunits", "russian/msu_ru_nsh_clunits", ("ru",), "male", "young_adult", 3, "utf-8"),
    ("upc_ca_ona_hts", "catalan/upc_ca_ona_hts", ("ca",), "female", "young_adult", 3, "iso-8859-1"),
    ("czech_dita", "czech/czech_dita", ("cs",), "female", "young_adult", 3, "iso-8859-2"),
    ("czech_machac", "czech/czech_machac", ("cs",), "male", "middle_aged", 3, "iso-8859-2"),
    ("suo_fi_lj_diphone", "finnish/suo_fi_lj_diphone", ("fi",), "female", "young_adult", 3, "iso-8859-1"),
    ("hy_fi_mv_diphone", "finnish/hy_fi_mv_diphone", ("fi",), "male", "young_adult", 3, "iso-8859-1"),
    ("lp_diphone", "italian/lp_diphone", ("it",), "female", "young_adult", 3, "iso-8859-1"),
    ("pc_diphone", "italian/pc_diphone", ("it",), "male", "young_adult", 3, "iso-8859-1"),
]
_ENCODING = {vid: encoding for vid, *_, encoding in _VOICES}
_LANGUAGES = {vid: languages for vid, _, languages, *_ in _VOICES}
# typography the 8-bit front ends cannot read, as the plain marks they can
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)


def scheme_string(text: str) -> str:
    """A Scheme string literal: backslashes and quotes escaped, control characters dropped."""
    clean = "".join(ch if ch.isprintable() else " " for ch in text)
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'


class FestivalEngine:
    name = "festival"

    def __init__(self) -> None:
        binary = shutil.which("festival")
        if not binary:
            raise EngineNotInstalled("Festival is not installed. Run `apt-get install festival festvox-us-slt-hts`.")
        self.binary = binary
        self._sessions = FestivalSessions(binary)

    def voices(self) -> list[VoiceInfo]:
        return [
            VoiceInfo("festival", vid, langs, gender, age, quality=q, description=f"Festival {vid}")
            for vid, folder, langs, gender, age, q, _ in _VOICES
            if (_VOICE_DIR / folder).is_dir()
        ]

    def release(self) -> None:
        """Festival's processes stop until the next line (they hold a voice each in memory)."""
        self._sessions.close()

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        with tempfile.TemporaryDirectory(prefix="filmstudio-festival-") as tmp:
            wav_path = Path(tmp) / "speech.wav"
            encoding = _ENCODING.get(voice.id, "utf-8")
            script = (
                f"(Parameter.set 'Duration_Stretch {1.0 / rate:.3f})\n"
                f"(set! utt (Utterance Text {scheme_string(text.translate(_PLAIN))}))\n"
                "(utt.synth utt)\n"
                f"(utt.save.wave utt {scheme_string(str(wav_path))} 'riff)\n"
                '(mapcar (lambda (w) (format t "%f %f\\n" (item.feat w "word_start") (item.feat w "word_end")))'
                " (utt.relation.items utt 'Word))\n"
                '(mapcar (lambda (s) (format t "S %s %f\\n" (item.name s) (item.feat s "end")))'
                " (utt.relation.items utt 'Segment))\n"
            )
            # a letter the voice's alphabet lacks is read as a pause, not a crash
            printed, errors = self._sessions.run(voice.id, script.encode(encoding, errors="replace"))
            if "SIOD ERROR" in errors:  # a form of the line failed: its voice, say, is missing
                raise ToolFailed(f"Festival failed: {errors[-400:]}")
            if not wav_path.exists():
                raise UnsupportedLanguage(  # nothing in the text the voice can read
                    f"The Festival voice {voice.id} found nothing it can read in {text[:60]!r} "
                    f"(it reads {', '.join(_LANGUAGES.get(voice.id, ()))} only).",
                    details={"voice": voice.id, "language": language},
                )
            with wave.open(str(wav_path), "rb") as w:
                rate_hz = w.getframerate()
                samples = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768.0
        spans: list[tuple[float, float]] = []
        phones: list[WordTiming] = []
        for row in printed.splitlines():
            parts = row.split()
            if len(parts) == 3 and parts[0] == "S":  # a segment: name and end time
                try:
                    end = float(parts[2])
                except ValueError:
                    continue
                start = phones[-1].end if phones else 0.0
                name = "_" if parts[1] in ("pau", "#", "_") else parts[1]
                if end > start:
                    phones.append(WordTiming(name, start, end))
            elif len(parts) == 2:
                try:
                    spans.append((float(parts[0]), float(parts[1])))
                except ValueError:
                    continue
        return Speech(samples, rate_hz, fit_words(text_words(text), spans), phones)
