"""Films in ten languages besides English, each rendered for real: speech that is heard (not silence),
subtitles in the language's own script, the loudness target met."""

from __future__ import annotations

import numpy as np
import pytest

from filmstudio.film_request import FilmRequest
from filmstudio.languages import LANGUAGES, dominant_script
from filmstudio.media.audio import measure_loudness
from filmstudio.render import render_film
from tests.media_checks import audio_samples

pytestmark = pytest.mark.slow

SCRIPTS = {
    "hi": "सुबह समुद्र के किनारे सूरज उगता है। बच्चे हँसते हुए रेत पर दौड़ते हैं।",
    "ta": "காலையில் கடலின் மேல் சூரியன் உதிக்கிறது. குழந்தைகள் மணலில் ஓடுகிறார்கள்.",
    "te": "ఉదయం సముద్రం మీద సూర్యుడు ఉదయిస్తాడు. పిల్లలు ఇసుకలో పరుగెత్తుతారు.",
    "bn": "সকালে সমুদ্রের উপর সূর্য ওঠে। শিশুরা বালিতে দৌড়ায়।",
    "es": "Por la mañana el sol sale sobre el mar. Los niños corren por la arena.",
    "fr": "Le matin, le soleil se lève sur la mer. Les enfants courent sur le sable.",
    "de": "Am Morgen geht die Sonne über dem Meer auf. Die Kinder laufen über den Sand.",
    "ru": "Утром над морем встаёт солнце. Дети бегают по песку.",
    "ja": "朝、海の上に太陽が昇ります。子供たちは砂の上を走ります。",
    "zh": "早上，太阳从海上升起。孩子们在沙滩上奔跑。",
    "ar": "في الصباح تشرق الشمس فوق البحر. يركض الأطفال على الرمل.",
}


@pytest.mark.parametrize("language", sorted(SCRIPTS))
def test_a_film_speaks_and_subtitles_its_language(language, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = tmp_path / "dawn.txt"
    script.write_text(SCRIPTS[language], encoding="utf-8")
    request = FilmRequest(duration=8, language=language, subtitles=[language], resolution="720p")
    result = render_film(script, tmp_path / "out" / "film.mp4", request, settings=settings)
    film = tmp_path / "out" / "film.mp4"
    samples = audio_samples(film)
    window = 1600  # 0.1 s at 16 kHz
    rms = np.sqrt(np.mean(samples[: len(samples) // window * window].reshape(-1, window) ** 2, axis=1))
    assert (rms > 0.02).mean() > 0.3, f"{language}: mostly silent"  # a voice speaks for much of the film
    subtitles = (tmp_path / "out" / f"film.{language}.srt").read_text(encoding="utf-8")
    text = " ".join(
        line for line in subtitles.splitlines() if line and "-->" not in line and not line.isdigit()
    )
    assert dominant_script(text) == LANGUAGES[language].script, (language, text[:80])
    loudness = measure_loudness(settings.ffmpeg, film)
    assert abs(loudness["integrated_lufs"] - settings.target_lufs) <= 2.0, loudness
    assert 7.0 <= float(result.probe["duration"]) <= 9.5
