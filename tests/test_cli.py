"""The command line as a user meets it: one-line errors, non-zero exits, no half-written films."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

FILMSTUDIO = str(Path(sys.executable).with_name("filmstudio"))


@pytest.fixture(autouse=True)
def _warm_cache(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Renders share the session's asset cache: no test here is about a cold one."""
    monkeypatch.setenv("FILMSTUDIO_CACHE_DIR", str(cache_dir))


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "FILMSTUDIO_DATA_DIR": str(tmp_path / "data"), **env}
    return subprocess.run([FILMSTUDIO, *args], capture_output=True, text=True, env=environ, timeout=300, check=False)


def assert_clean_failure(proc: subprocess.CompletedProcess[str], out_dir: Path, *needles: str) -> None:
    assert proc.returncode != 0
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr  # one line, no traceback
    assert lines[0].startswith("Error: ")
    for needle in needles:
        assert needle in lines[0], lines[0]
    leftovers = [p.name for p in out_dir.iterdir() if p.name != "data"] if out_dir.exists() else []
    assert [n for n in leftovers if not n.endswith((".txt", ".fountain", ".bin"))] == []


def test_empty_script(tmp_path: Path) -> None:
    script = tmp_path / "empty.txt"
    script.write_text("  \n")
    assert_clean_failure(run(["render", str(script), "--out", str(tmp_path / "f.mp4")], tmp_path), tmp_path, "empty")


def test_binary_script(tmp_path: Path) -> None:
    script = tmp_path / "photo.bin"
    script.write_bytes(bytes(range(256)) * 20)
    assert_clean_failure(run(["render", str(script), "--out", str(tmp_path / "f.mp4")], tmp_path), tmp_path, "binary")


def test_oversized_script(tmp_path: Path) -> None:
    script = tmp_path / "big.txt"
    script.write_text("The sea. " * 200)
    proc = run(["render", str(script), "--out", str(tmp_path / "f.mp4")], tmp_path, FILMSTUDIO_MAX_SCRIPT_BYTES="500")
    assert_clean_failure(proc, tmp_path, "too large", "1,800 bytes")


def test_missing_script(tmp_path: Path) -> None:
    proc = run(["render", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "f.mp4")], tmp_path)
    assert_clean_failure(proc, tmp_path, "not found")


def test_unknown_language(tmp_path: Path) -> None:
    proc = run(
        ["render", str(EXAMPLES / "mountain_story.txt"), "--out", str(tmp_path / "f.mp4"), "--language", "xx"], tmp_path
    )
    assert_clean_failure(proc, tmp_path, "'xx'", "en, ")


def test_duration_the_speech_cannot_fit_says_how_many_words_to_cut(tmp_path: Path) -> None:
    proc = run(
        ["render", str(EXAMPLES / "lighthouse.fountain"), "--out", str(tmp_path / "f.mp4"), "--duration", "6"], tmp_path
    )
    assert_clean_failure(proc, tmp_path, "cut about", "words")


def test_engine_that_is_not_installed(tmp_path: Path) -> None:
    proc = run(
        ["render", str(EXAMPLES / "mountain_story.txt"), "--out", str(tmp_path / "f.mp4")],
        tmp_path,
        FILMSTUDIO_TTS_ENGINE="coqui",
    )
    assert_clean_failure(proc, tmp_path, "coqui", "piper")


def test_translation_pair_that_is_not_available(tmp_path: Path) -> None:
    proc = run(
        [
            "render",
            str(EXAMPLES / "mountain_story.txt"),
            "--out",
            str(tmp_path / "f.mp4"),
            "--subtitles",
            "en,hi",
            "--resolution",
            "720p",
        ],
        tmp_path,
    )
    assert_clean_failure(proc, tmp_path, "en→hi", "en→es", "FILMSTUDIO_TRANSLATE_ENGINE")


def test_a_failing_encoder_leaves_no_film(tmp_path: Path) -> None:
    out = tmp_path / "films"
    proc = run(
        ["render", str(EXAMPLES / "mountain_story.txt"), "--out", str(out / "f.mp4"), "--resolution", "720p"],
        tmp_path,
        FILMSTUDIO_X264_PRESET="no-such-preset",
    )
    assert_clean_failure(proc, out, "ffmpeg failed")
    assert not (out / "f.mp4").exists()


@pytest.mark.parametrize("bad", [["--resolution", "8k"], ["--fps", "60"], ["--duration", "-5"]])
def test_bad_flags(tmp_path: Path, bad: list[str]) -> None:
    proc = run(["render", str(EXAMPLES / "mountain_story.txt"), "--out", str(tmp_path / "f.mp4"), *bad], tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_engines_lists_voices_and_languages(tmp_path: Path) -> None:
    proc = run(["engines"], tmp_path)
    assert proc.returncode == 0
    for needle in (
        "piper",
        "cmu_us_slt_arctic_hts",
        "hindi_NSK_diphone",
        "espeak",
        "apertium",
        "en→es",
        "ta (Tamil)",
        "sa (Sanskrit)",
        "ja (Japanese)",
    ):
        assert needle in proc.stdout, needle


def test_render_prints_where_the_film_is(tmp_path: Path) -> None:
    proc = run(
        [
            "render",
            str(EXAMPLES / "interview.txt"),
            "--out",
            str(tmp_path / "talk.mp4"),
            "--resolution",
            "720p",
            "--fps",
            "24",
            "--no-burn-subtitles",
        ],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"Film written to {tmp_path / 'talk.mp4'}" in proc.stdout
    assert (tmp_path / "talk.en.srt").exists() and (tmp_path / "talk.jpg").exists()


def test_analyse_writes_the_storyboard_without_rendering(tmp_path: Path) -> None:
    out = tmp_path / "board.json"
    proc = run(["analyse", str(EXAMPLES / "lighthouse.fountain"), "--out", str(out)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    board = json.loads(out.read_text(encoding="utf-8"))
    assert board["scenes"] and all(s["setting"] and "things" in s and "people" in s for s in board["scenes"])
    assert all(c["gender_words"] or c["id"] == "narrator" or c["gender"] == "neutral" for c in board["characters"])
    assert not any(line.get("audio") for s in board["scenes"] for line in s["lines"])  # nothing rendered
    assert "Storyboard written to" in proc.stdout and "things:" in proc.stdout
    assert not list(tmp_path.glob("*.mp4"))


def test_analyse_of_a_missing_script_is_one_clean_line(tmp_path: Path) -> None:
    proc = run(["analyse", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "b.json")], tmp_path)
    assert_clean_failure(proc, tmp_path, "not found")


def test_engines_json_lists_languages_with_their_measured_clarity(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from click.testing import CliRunner

    from filmstudio.cli.main import cli
    from filmstudio.engines.tts import measured

    monkeypatch.setattr(
        measured, "measured", lambda: {"en": {"espeak:m3": 0.0}, "zh": {"espeak:m3": 0.9, "espeak:f2": 0.7}}
    )
    monkeypatch.setattr("filmstudio.cli.engines.measured", measured.measured)
    monkeypatch.setattr(
        "filmstudio.cli.engines.best_cer",
        lambda code: min(measured.measured().get(code, {"x": 0.0}).values()),
    )
    result = CliRunner().invoke(cli, ["engines", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    languages = {entry["code"]: entry for entry in data["languages"]}
    assert languages["en"]["clear"] is True and "espeak:f2" in languages["en"]["voices"]
    assert languages["zh"]["best_cer"] == 0.7 and languages["zh"]["clear"] is False
    assert any(e["kind"] == "llm" for e in data["engines"]) and any(e["kind"] == "tts" for e in data["engines"])
