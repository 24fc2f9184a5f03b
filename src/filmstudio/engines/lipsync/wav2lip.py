"""Wav2Lip: a painted face made to speak a line. For every video frame, the face with its lower half
masked and the face as painted (the reference) go in with the 16 mel steps of the audio at that moment;
the mouth region comes out. The drawn characters of other scenes keep their viseme tracks (the same
`track` as the offline engine), so a film may mix both.

The published checkpoints are for research use (see the Wav2Lip repository); a studio that sells films
licenses them, or trains its own on the same architecture (engines/lipsync/wav2lip_net.py)."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import cv2
import numpy as np

from filmstudio.animation.visemes import Timed
from filmstudio.config import Settings
from filmstudio.engines.gpu import gpu_module, pick_device, weights_file
from filmstudio.engines.lipsync.melspec import frame_windows, mel_spectrogram
from filmstudio.engines.lipsync.visemes import VisemeEngine
from filmstudio.storyboard import Viseme

BATCH = {"cuda": 128, "cpu": 16}


class Wav2LipEngine:
    name = "wav2lip"

    def __init__(self, settings: Settings) -> None:
        path = weights_file(
            settings.wav2lip_checkpoint_path,
            setting="wav2lip_checkpoint_path",
            engine="wav2lip",
            suffixes=(".pth", ".pt"),
        )
        self._torch = gpu_module("torch", engine="wav2lip")
        from filmstudio.engines.lipsync import wav2lip_net

        self.device = pick_device(settings.gpu_device, engine="wav2lip")
        self.model = wav2lip_net.load(str(path), self.device.name)
        self._net = wav2lip_net
        self._visemes = VisemeEngine()
        self._lock = threading.Lock()

    def track(self, phonemes: Sequence[Timed], samples: np.ndarray, sample_rate: int) -> list[Viseme]:
        return self._visemes.track(phonemes, samples, sample_rate)

    def talking_face(self, face: np.ndarray, samples: np.ndarray, sample_rate: int, fps: int) -> np.ndarray:
        """(frames, h, w, 3) uint8: the face (RGB, any size) speaking the clip, one frame per video frame."""
        torch = self._torch
        frames = max(1, int(np.ceil(len(samples) / sample_rate * fps)))
        mels = frame_windows(mel_spectrogram(samples, sample_rate), fps, frames)
        size = self._net.FACE
        # the published models learnt on OpenCV's BGR frames
        reference = cv2.resize(face[..., ::-1], (size, size), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
        masked = reference.copy()
        masked[size // 2 :] = 0.0
        still = np.concatenate([masked, reference], axis=2).transpose(2, 0, 1)  # (6, 96, 96)
        out = np.empty((frames, face.shape[0], face.shape[1], 3), np.uint8)
        batch = BATCH["cuda" if self.device.cuda else "cpu"]
        with self._lock, torch.inference_mode():
            for begin in range(0, frames, batch):
                end = min(frames, begin + batch)
                faces = torch.from_numpy(np.repeat(still[None], end - begin, axis=0)).to(self.device.name)
                audio = torch.from_numpy(mels[begin:end, None]).to(self.device.name)
                mouths = self.model(audio, faces).float().cpu().numpy().transpose(0, 2, 3, 1)
                for i, mouth in enumerate(mouths):
                    bgr = cv2.resize(mouth, (face.shape[1], face.shape[0]), interpolation=cv2.INTER_LINEAR)
                    out[begin + i] = np.clip(bgr[..., ::-1] * 255.0 + 0.5, 0, 255).astype(np.uint8)
        return out
