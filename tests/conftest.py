from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from filmstudio.config import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def settings(cache_dir: Path, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", cache_dir=cache_dir)


@pytest.fixture(scope="session", autouse=True)
def _tools() -> None:
    missing = [tool for tool in ("ffmpeg", "ffprobe", "festival", "apertium") if shutil.which(tool) is None]
    if missing:
        pytest.exit(f"missing system tools {missing}: run ./scripts/setup-system.sh", returncode=3)
