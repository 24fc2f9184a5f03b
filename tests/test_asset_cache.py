from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from filmstudio.cache import AssetCache
from filmstudio.config import Settings
from filmstudio.engines.registry import get_registry
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.runner import Runner
from filmstudio.pipeline.stage import StageContext
from filmstudio.pipeline.stages.script_analysis import ScriptAnalysisStage
from filmstudio.pipeline.stages.voice_synthesis import VoiceSynthesisStage
from filmstudio.script import parse_script
from tests.conftest import EXAMPLES


def _voice(text: str, root: Path, tmp_path: Path) -> tuple[AssetCache, list[str]]:
    board = parse_script(text, filename="l.fountain")
    cache = AssetCache(root)
    ctx = StageContext(
        settings=Settings(cache_dir=root),
        registry=get_registry(),
        cache=cache,
        request=FilmRequest(),
        work_dir=tmp_path,
        cancel_event=threading.Event(),
    )
    Runner([ScriptAnalysisStage(), VoiceSynthesisStage()]).run(board, ctx)
    return cache, [ln.audio or "" for ln in board.lines()]


def test_editing_one_line_resynthesises_that_line_only(tmp_path: Path) -> None:
    text = (EXAMPLES / "lighthouse.fountain").read_text(encoding="utf-8")
    first, first_clips = _voice(text, tmp_path / "cache", tmp_path)
    assert first.misses["voice"] == 5 and first.hits["voice"] == 0

    edited = text.replace("Hand me the matches.", "Pass me the matches, please.")
    second, second_clips = _voice(edited, tmp_path / "cache", tmp_path)
    assert second.misses["voice"] == 1 and second.hits["voice"] == 4
    changed = [i for i, (a, b) in enumerate(zip(first_clips, second_clips, strict=True)) if a != b]
    assert changed == [1]


def test_a_failed_make_leaves_nothing_under_the_key(tmp_path: Path) -> None:
    cache = AssetCache(tmp_path)

    def broken(path: Path) -> None:
        path.write_bytes(b"half")
        raise RuntimeError("crash mid-write")

    with contextlib.suppress(RuntimeError):
        cache.get_or_create("voice", "k" * 64, ".wav", broken)
    assert not cache.path_for("voice", "k" * 64, ".wav").exists()
    assert not list((tmp_path / "voice").rglob(".tmp-*"))
