"""What a rendered film really is, read back with ffprobe and the loudness meter."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

from filmstudio.media import ffmpeg
from filmstudio.media.audio import measure_loudness


def probe(
    ffprobe_binary: str, ffmpeg_binary: str, path: Path, *, loudness: dict[str, float] | None = None
) -> dict[str, Any]:
    """The film's streams, and its sound's loudness (`loudness`, where its sound stream was measured before
    it was copied into the film)."""
    data = json.loads(ffmpeg.run(ffmpeg.probe_args(ffprobe_binary, path)).stdout)
    video: dict[str, Any] = next((s for s in data["streams"] if s["codec_type"] == "video"), {})
    audio: dict[str, Any] = next((s for s in data["streams"] if s["codec_type"] == "audio"), {})
    fps = float(Fraction(video.get("avg_frame_rate", "0/1"))) if video.get("avg_frame_rate", "0/0") != "0/0" else 0.0
    loudness = loudness or measure_loudness(ffmpeg_binary, path)
    return {
        "width": video.get("width"),
        "height": video.get("height"),
        "fps": round(fps, 3),
        "duration": round(float(data["format"].get("duration", 0.0)), 3),
        "video_codec": video.get("codec_name"),
        "video_profile": video.get("profile"),
        "pix_fmt": video.get("pix_fmt"),
        "audio_codec": audio.get("codec_name"),
        "audio_sample_rate": int(audio.get("sample_rate", 0) or 0),
        "audio_channels": audio.get("channels"),
        "audio_bitrate": int(audio.get("bit_rate", 0) or 0),
        "size_bytes": int(data["format"].get("size", 0)),
        "integrated_lufs": loudness["integrated_lufs"],
        "true_peak_dbtp": loudness["true_peak_dbtp"],
    }
