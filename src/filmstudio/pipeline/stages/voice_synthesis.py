"""Stage 3: speak every line with its character's voice, record word timings, and fit the timing plan.

Each clip is cached under a hash of its text and voice settings, so editing one line re-synthesises
that line only. When the speech is slightly too long for the target duration, every line's clip is made
a little faster (up to 20%) without changing its pitch."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TypedDict

from filmstudio.cache import content_key
from filmstudio.engines.tts.base import TTSEngine, VoiceInfo
from filmstudio.engines.tts.chant import ChantPlan, chant, sa_for_voice
from filmstudio.errors import StudioError
from filmstudio.media.audio import estimate_pitch, read_wav, speech_to_wav, write_wav
from filmstudio.pipeline import timing
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Line, Storyboard, VoiceChoice, Word


class _Timing(TypedDict):
    """A spoken word's or phoneme's time as the cache keeps it (a Word's fields)."""

    text: str
    start: float
    end: float


VOICE_CACHE_VERSION = 3  # 2: phoneme timings kept for lip-sync; 3: Kokoro reads whole sentences
CHANT_TONIC = 50  # the composer's Sa (D3): chant and drone agree


def _release(board: Storyboard, ctx: StageContext) -> None:
    """The voices' engines let go of what they hold between lines (Festival's processes, 200 MB each):
    the film is composed without them."""
    for name in {c.voice.engine for c in board.characters if c.voice is not None}:
        with contextlib.suppress(StudioError):
            release = getattr(ctx.engine_named("tts", name), "release", None)
            if release is not None:
                release()


class VoiceSynthesisStage:
    name = "voice_synthesis"
    weight = 0.1
    reads = board("characters.voice", "scenes.lines", "music.genre")
    writes = board(
        "scenes.lines.audio",
        "scenes.lines.words",
        "scenes.lines.phonemes",
        "scenes.lines.start",
        "scenes.start",
        "duration",
    )
    uses: tuple[EngineKind, ...] = ("tts",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        speed = 1.0
        try:
            for attempt in range(3):
                share = (0.0, 0.9) if attempt == 0 else (0.5, 0.95)
                self._speak_all(board, ctx, speed, share=share)
                result = timing.fit(board, board.target_duration)
                if result.speed == 1.0 or speed >= timing.MAX_SPEED_UP:
                    break
                speed = min(timing.MAX_SPEED_UP, speed * result.speed)
        finally:
            _release(board, ctx)
        timing.require_fit(board, board.target_duration)
        timing.plan(board, board.target_duration, fps=ctx.request.fps)
        ctx.progress(1.0, "timing planned")

    def _speak_all(self, board: Storyboard, ctx: StageContext, speed: float, share: tuple[float, float]) -> None:
        lines = board.lines()
        done = 0

        tempo = board.music.tempo if board.music and board.music.tempo else 60

        def speak(line: Line) -> None:
            character = board.character(line.character_id)
            assert character.voice is not None, "script_analysis casts every character"
            self._speak(line, character.voice, speed, ctx, gender=character.gender, tempo=tempo)

        def engine_of(line: Line) -> str:
            voice = board.character(line.character_id).voice
            return voice.engine if voice is not None else ""

        # the longest lines first, two at a time, so that the last to finish is a short one; each time the
        # longest line of an engine not speaking already: an engine may speak one line at a time (Bark's
        # model, espeak's library are locked), and a core would wait for it while another voice's lines wait
        pending = sorted(lines, key=lambda line: len(line.text), reverse=True)
        running: dict[Future[None], str] = {}
        with ThreadPoolExecutor(max_workers=2) as pool:
            while pending or running:
                while pending and len(running) < 2:
                    busy = set(running.values())
                    line = next((ln for ln in pending if engine_of(ln) not in busy), pending[0])
                    pending.remove(line)
                    running[pool.submit(speak, line)] = engine_of(line)
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    del running[future]
                    future.result()
                    done += 1
                    ctx.progress(share[0] + (share[1] - share[0]) * done / len(lines), f"line {done}/{len(lines)}")

    def _chanter(
        self,
        line: Line,
        voice: VoiceChoice,
        tempo: int,
        ctx: StageContext,
        words: list[_Timing],
        key: str,
        *,
        gender: str,
    ) -> Callable[[Path], None]:
        """Sanskrit chanted on the music's pulse, over the drone's Sa (an espeak-ng voice of the speaker's gender)."""

        def make(tmp: Path) -> None:
            engine: TTSEngine = ctx.engine("tts", role="any_language_tts")
            info = next(v for v in engine.voices() if v.gender == gender or gender == "neutral")
            natural = estimate_pitch(engine.synthesize(line.text, info, language="sa").samples, 22050) * voice.pitch
            plan = ChantPlan(tempo=tempo, sa_hz=sa_for_voice(CHANT_TONIC, natural or 120.0))
            speech = chant(engine, line.text, info, plan, ffmpeg_binary=ctx.settings.ffmpeg)
            write_wav(tmp, speech.samples, speech.sample_rate)
            words.extend({"text": w.text, "start": w.start, "end": w.end} for w in speech.words)
            ctx.cache.put_json("voice_words", key, words)

        return make

    def _speak(
        self, line: Line, voice: VoiceChoice, speed: float, ctx: StageContext, *, gender: str, tempo: int
    ) -> None:
        ctx.check_cancelled()
        if speed != 1.0 and not line.chant:
            self._quicken(line, voice, speed, ctx, gender=gender, tempo=tempo)
            return
        rate = round(voice.rate, 4)
        language = line.language if line.language else voice.language
        key = content_key(
            "voice", VOICE_CACHE_VERSION, voice.engine, voice.voice, language, line.text, rate, voice.pitch
        )
        words: list[_Timing] = []
        phones: list[_Timing] = []

        def spoken(tmp: Path) -> None:
            engine: TTSEngine = ctx.engine_named("tts", voice.engine)
            info = _voice_info(engine, voice, language)
            if language not in info.languages:
                # a line in another language than its speaker's voice (a verse in an English film):
                # the engine that speaks every language reads it, with a voice of the same gender
                engine = ctx.engine("tts", role="any_language_tts")
                info = next(v for v in engine.voices() if v.gender == info.gender or info.gender == "neutral")
            speech = engine.synthesize(line.text, info, language=language, rate=rate)
            speech_to_wav(ctx.settings.ffmpeg, speech.samples, speech.sample_rate, tmp, pitch=voice.pitch)
            words.extend({"text": w.text, "start": round(w.start, 3), "end": round(w.end, 3)} for w in speech.words)
            phones.extend({"text": p.text, "start": round(p.start, 3), "end": round(p.end, 3)} for p in speech.phonemes)
            ctx.cache.put_json("voice_phonemes", key, phones)
            ctx.cache.put_json("voice_words", key, words)

        make: Callable[[Path], None] = spoken
        if line.chant and language == "sa":
            key = content_key("chant", VOICE_CACHE_VERSION, voice.engine, voice.voice, line.text, tempo, voice.pitch)
            make = self._chanter(line, voice, tempo, ctx, words, key, gender=gender)
        path = ctx.cache.get_or_create("voice", key, ".wav", make)
        stored = words if words else ctx.cache.get_json("voice_words", key)
        stored_phones = phones if phones else ctx.cache.get_json("voice_phonemes", key)
        samples, rate_hz = read_wav(path)
        line.audio = str(path)
        line.audio_duration = round(len(samples) / rate_hz, 4)
        line.words = [Word(**w) for w in (stored or [])]
        line.phonemes = [Word(**p) for p in (stored_phones or [])]

    def _quicken(
        self, line: Line, voice: VoiceChoice, speed: float, ctx: StageContext, *, gender: str, tempo: int
    ) -> None:
        """The line spoken faster to fit the film: its clip at the voice's own rate, shortened without
        changing its pitch (rubberband). Speaking every line again costs a slow neural voice its whole
        synthesis per try, and engines do not all speed up in proportion to the rate they are asked for."""
        self._speak(line, voice, 1.0, ctx, gender=gender, tempo=tempo)
        speed = round(speed, 4)
        key = content_key(
            "voice-quickened", VOICE_CACHE_VERSION, Path(str(line.audio)).stem, speed
        )  # the clip's own key

        def make(tmp: Path) -> None:
            samples, rate_hz = read_wav(Path(str(line.audio)))
            speech_to_wav(ctx.settings.ffmpeg, samples, rate_hz, tmp, tempo=speed)

        path = ctx.cache.get_or_create("voice", key, ".wav", make)
        samples, rate_hz = read_wav(path)
        line.audio = str(path)
        line.audio_duration = round(len(samples) / rate_hz, 4)
        line.words = [
            Word(text=w.text, start=round(w.start / speed, 3), end=round(w.end / speed, 3)) for w in line.words
        ]
        line.phonemes = [
            Word(text=p.text, start=round(p.start / speed, 3), end=round(p.end / speed, 3)) for p in line.phonemes
        ]


def _voice_info(engine: TTSEngine, choice: VoiceChoice, language: str) -> VoiceInfo:
    for info in engine.voices():
        if info.id == choice.voice:
            return info
    return VoiceInfo(choice.engine, choice.voice, (language,), "neutral")
