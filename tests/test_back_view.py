"""The back view of an over-the-shoulder shot, drawn at its own size and blurred by OpenCV, is the view
drawn at twice its size and blurred by PIL, as it was drawn before: the same silhouette and shade."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter

from filmstudio.animation import figure
from filmstudio.storyboard import Look


def _as_before(look: Look, u: float) -> Image.Image:
    """The former drawing: the silhouette at twice the size, reduced, darkened and blurred by PIL."""
    img = figure.back_silhouette(look, u, 2).reduce(2)
    alpha = img.getchannel("A")
    dim = Image.eval(img.convert("RGB"), lambda v: int(v * figure.BACK_SHADE)).filter(
        ImageFilter.GaussianBlur(max(1, u / 60))
    )
    dim.putalpha(alpha.filter(ImageFilter.GaussianBlur(max(1, u / 80))))
    return dim


@pytest.mark.parametrize(("u", "hair"), [(160.0, "long"), (320.0, "bun"), (320.0, "bald")])
def test_the_back_view_has_the_silhouette_and_shade_it_had(u: float, hair: str) -> None:
    look = Look(
        presents="female", skin="#8d5524", hair_style=hair, hair_color="#1e140a", eye_color="#3f2a14",
        attire="dress", attire_color="#285aa0", accent_color="#f5f0e1", beard=False, glasses=False,
        build=1.0, head_scale=1.0,
    )  # fmt: skip
    ours = np.asarray(figure.draw_back(look, u)).astype(np.float32)
    before = np.asarray(_as_before(look, u)).astype(np.float32)
    assert ours.shape == before.shape
    assert abs(ours[..., 3].sum() - before[..., 3].sum()) / before[..., 3].sum() < 0.01  # the same silhouette
    assert np.abs(ours[..., 3] - before[..., 3]).mean() < 0.5  # in the same place
    assert np.abs(ours[..., :3] - before[..., :3]).mean() < 0.5  # in the same shade
    assert np.percentile(np.abs(ours - before), 99) <= 6  # edges moved by a fraction of a pixel at most
