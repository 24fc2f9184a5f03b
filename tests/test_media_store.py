"""The media store: files go in whole, come out by byte range, are deleted, and keys cannot leave the
store's folder; the /media route's Range header parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmstudio.errors import NotFound
from filmstudio.media.store import LocalMediaStore, MediaFile, MediaKind
from filmstudio.media.store.endpoints import byte_range


def test_put_read_ranges_and_delete(tmp_path: Path) -> None:
    store = LocalMediaStore(tmp_path / "media", secret="s" * 40)
    source = tmp_path / "work" / "film.mp4"
    source.parent.mkdir()
    data = bytes(range(256)) * 3000
    source.write_bytes(data)
    assert store.put("projects/p/j/film.mp4", source, content_type="video/mp4") == len(data)
    assert not source.exists() and store.size("projects/p/j/film.mp4") == len(data)
    assert b"".join(store.read("projects/p/j/film.mp4")) == data
    assert b"".join(store.read("projects/p/j/film.mp4", start=1000, length=300_000)) == data[1000:301_000]
    url = store.signed_url("projects/p/j/film.mp4")
    assert url.startswith("/media/projects/p/j/film.mp4?expires=")
    store.delete("projects/p/j/film.mp4")
    store.delete("projects/p/j/film.mp4")  # twice is fine
    with pytest.raises(NotFound):
        store.size("projects/p/j/film.mp4")


@pytest.mark.parametrize("key", ["../secret_key", "/etc/passwd", "a//b", "a/./b", "", "a\\..\\b"])
def test_keys_cannot_leave_the_store(tmp_path: Path, key: str) -> None:
    (tmp_path / "secret_key").write_text("x")
    store = LocalMediaStore(tmp_path / "media")
    with pytest.raises(NotFound):
        store.size(key)


def test_files_are_named_and_typed_by_kind() -> None:
    srt = MediaFile.subtitles("es", "srt")
    assert (srt.filename("film"), srt.mime_type, srt.asset_type, srt.meta()) == (
        "film.es.srt",
        "application/x-subrip",
        "subtitle",
        {"language": "es", "format": "srt"},
    )
    video = MediaFile.of(MediaKind.VIDEO)
    assert (video.filename("film"), video.mime_type, video.asset_type) == ("film.mp4", "video/mp4", "video")
    log = MediaFile.of(MediaKind.ANIMATION)
    assert (log.filename("film"), log.asset_type) == ("film.animation.json", None)  # kept, not listed
    with pytest.raises(ValueError):
        MediaFile.subtitles("en", "ass")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-99", (0, 99)),
        ("bytes=100-", (100, 999)),
        ("bytes=-10", (990, 999)),
        ("bytes=900-5000", (900, 999)),
        ("bytes=0-1,5-9", None),
        ("items=0-1", None),
    ],
)
def test_range_headers(header: str | None, expected: tuple[int, int] | None) -> None:
    assert byte_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5-2", "bytes=-0"])
def test_unsatisfiable_ranges(header: str) -> None:
    with pytest.raises(ValueError):
        byte_range(header, 1000)
