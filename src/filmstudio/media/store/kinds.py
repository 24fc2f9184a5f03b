"""What a finished file is: its kind, and for subtitles its language and format. One typed record
instead of string keys; it names the file, its MIME type and the asset type the database lists."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MediaKind(StrEnum):
    VIDEO = "video"
    THUMBNAIL = "thumbnail"
    SUBTITLES = "subtitles"
    AUDIO = "audio"  # the mixed soundtrack
    STORYBOARD = "storyboard"  # the storyboard the film was made from, to edit and render again
    ANIMATION = "animation"  # what each character did in each frame, for measuring


MIME_TYPES = {
    "mp4": "video/mp4",
    "jpg": "image/jpeg",
    "srt": "application/x-subrip",
    "vtt": "text/vtt",
    "wav": "audio/wav",
    "json": "application/json",
}
_FORMATS = {
    MediaKind.VIDEO: "mp4",
    MediaKind.THUMBNAIL: "jpg",
    MediaKind.AUDIO: "wav",
    MediaKind.STORYBOARD: "json",
    MediaKind.ANIMATION: "json",
}
# the `assets.asset_type` of each kind a project lists; working files are kept but not listed
ASSET_TYPES = {
    MediaKind.VIDEO: "video",
    MediaKind.THUMBNAIL: "thumbnail",
    MediaKind.SUBTITLES: "subtitle",
    MediaKind.AUDIO: "audio",
}


@dataclass(frozen=True, order=True)
class MediaFile:
    kind: MediaKind
    format: str
    language: str | None = None
    dub: str | None = None  # a file of the film's version dubbed into this language

    @classmethod
    def of(cls, kind: MediaKind) -> MediaFile:
        return cls(kind, _FORMATS[kind])

    @classmethod
    def subtitles(cls, language: str, format: str) -> MediaFile:
        if format not in ("srt", "vtt"):
            raise ValueError(f"subtitles are srt or vtt, not {format!r}")
        return cls(MediaKind.SUBTITLES, format, language)

    def dubbed(self, language: str) -> MediaFile:
        return MediaFile(self.kind, self.format, self.language, language)

    def filename(self, stem: str) -> str:
        """FILM.mp4, FILM.jpg, FILM.<lang>.srt, FILM.wav, FILM.storyboard.json, FILM.animation.json;
        a dubbed version's files are FILM.<dub>.mp4, FILM.<dub>.<lang>.srt and so on."""
        if self.dub:
            stem = f"{stem}.{self.dub}"
        if self.kind is MediaKind.SUBTITLES:
            return f"{stem}.{self.language}.{self.format}"
        if self.kind in (MediaKind.STORYBOARD, MediaKind.ANIMATION):
            return f"{stem}.{self.kind}.{self.format}"
        return f"{stem}.{self.format}"

    @property
    def mime_type(self) -> str:
        return MIME_TYPES[self.format]

    @property
    def asset_type(self) -> str | None:
        return ASSET_TYPES.get(self.kind)

    def meta(self) -> dict[str, str]:
        meta = {"language": self.language, "format": self.format} if self.language else {}
        return meta | {"dub": self.dub} if self.dub else meta


VIDEO = MediaFile.of(MediaKind.VIDEO)
THUMBNAIL = MediaFile.of(MediaKind.THUMBNAIL)
AUDIO = MediaFile.of(MediaKind.AUDIO)
STORYBOARD = MediaFile.of(MediaKind.STORYBOARD)
ANIMATION = MediaFile.of(MediaKind.ANIMATION)


@dataclass(frozen=True)
class StoredMedia:
    """A file in the store: what it is, where (its key), how big."""

    file: MediaFile
    key: str
    size: int

    @property
    def mime_type(self) -> str:
        return self.file.mime_type
