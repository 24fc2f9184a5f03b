"""The painter's cinematic grade as OpenCV colour maps draws what its arithmetic definition draws."""

from __future__ import annotations

import numpy as np

from filmstudio.engines.image.painter import _cinematic, _sky, _vignette


def _by_definition(pixels: np.ndarray, vignette: np.ndarray) -> np.ndarray:
    lum = pixels.mean(axis=2, keepdims=True)
    shadows = np.clip(1 - lum / 128, 0, 1)
    pixels = pixels + shadows * np.array([-8, 4, 14], dtype=np.float32)  # teal shadows
    pixels = pixels + (1 - shadows) * np.array([10, 4, -6], dtype=np.float32)  # warm highlights
    return ((pixels - 128) * 1.12 + 128) * vignette


def test_the_cinematic_grade_is_its_definition() -> None:
    rng = np.random.default_rng(7)
    pixels = rng.uniform(0, 255, (90, 160, 3)).astype(np.float32)
    pixels[:10] = 127.9  # either side of mid grey, where the shift stops growing
    pixels[10:20] = 128.1
    vignette = _vignette(90, 160, 0.35)
    assert np.abs(_cinematic(pixels.copy(), vignette) - _by_definition(pixels, vignette)).max() < 1e-3


def test_the_sky_is_one_column_across() -> None:
    sky = _sky(64, 48, "day", "clear")
    assert sky.dtype == np.uint8 and sky.shape == (48, 64, 3)
    assert (sky == sky[:, :1]).all() and sky[0].mean() != sky[-1].mean()
