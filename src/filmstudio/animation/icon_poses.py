"""Whole animal icons (the dog, the cow, the goat: pictures drawn whole, not a head on a cut-out body)
bent into the pose of their verb, so a still frame shows what the animal does: one that lies or sleeps
has its legs folded under it, low on the ground; one that eats or grazes has its neck bent down to the
ground; one that sits has its rump down on the ground and its front legs straight; one that runs or
leaps has its legs stretched fore and aft.

The picture is cut where its legs begin (the lowest row its body spans most of its width): the legs
below, the body above. Columns are moved up or down as a whole, so the cut-out's own outline is kept and
no seam shows. Pictures face left (the set's animals do); one facing right is turned, bent and turned
back."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

POSED = ("lie", "sleep", "eat", "sit", "run", "jump")
BODY_SPAN = 0.45  # a row is the body's (not the legs') where one run covers this share of the width
FOLDED = 0.25  # legs folded under a lying animal keep this share of their height
MOST_TURN = 75  # degrees the head turns down at most
HEAD_SHARE = 0.35  # the share of the width, from the nose, that turns down to eat


def bent(image: Image.Image, pose: str, facing: int) -> Image.Image:
    """The RGBA icon `image` (facing right where `facing` > 0) bent into `pose`, cropped to what it shows."""
    if pose not in POSED:
        return image
    rgba = image.convert("RGBA")
    if facing > 0:
        rgba = rgba.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    pixels = np.asarray(rgba).copy()
    cut = legs_start(pixels[..., 3])
    if pixels.shape[0] - cut < 0.08 * pixels.shape[0]:  # a crouched rabbit, a duck: no legs to bend
        return _whole_turned(image.convert("RGBA"), pose, facing)
    if pose in ("lie", "sleep"):
        out = _lying(pixels, cut)
    elif pose == "eat":
        out = _grazing(pixels, cut)
    elif pose == "sit":
        out = _sitting(pixels, cut)
    else:
        out = _stretched(pixels, cut)
    result = Image.fromarray(out, "RGBA")
    result = result.crop(result.getbbox() or (0, 0, result.width, result.height))
    if facing > 0:
        result = result.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return result


def _whole_turned(rgba: Image.Image, pose: str, facing: int) -> Image.Image:
    """An animal without legs to bend, posed whole: lying low and long, sitting squatter with its nose
    up, eating with its nose turned down."""
    if pose in ("lie", "sleep"):
        return rgba.resize((int(rgba.width * 1.15), max(4, int(rgba.height * 0.62))), Image.Resampling.LANCZOS)
    if pose not in ("eat", "sit"):
        return rgba
    if pose == "sit":
        rgba = rgba.resize((rgba.width, max(4, int(rgba.height * 0.78))), Image.Resampling.LANCZOS)
    turned = rgba.rotate((-14 if pose == "eat" else 14) * facing, resample=Image.Resampling.BICUBIC, expand=True)
    return turned.crop(turned.getbbox() or (0, 0, turned.width, turned.height))


def legs_start(alpha: np.ndarray) -> int:
    """The row where the legs begin: below the lowest row the body covers across BODY_SPAN of the width."""
    solid = alpha > 128
    cols = np.nonzero(solid.any(axis=0))[0]
    width = (cols.max() - cols.min() + 1) if cols.size else alpha.shape[1]
    rows = np.nonzero(np.array([_longest_run(row) for row in solid]) >= BODY_SPAN * width)[0]
    bottom = int(np.nonzero(solid.any(axis=1))[0].max()) + 1 if solid.any() else alpha.shape[0]
    if not rows.size:
        return int(bottom * 0.7)
    return min(bottom, int(rows.max()) + 1)


def _longest_run(row: np.ndarray) -> int:
    """The most pixels side by side a row covers: a body spans one run, legs leave gaps."""
    edges = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    return int((ends - starts).max()) if starts.size else 0


def _canvas(pixels: np.ndarray, extra: int) -> np.ndarray:
    h, w = pixels.shape[:2]
    return np.zeros((h + extra, w, 4), np.uint8)


def _paste_over(under: np.ndarray, over: np.ndarray) -> np.ndarray:
    a = over[..., 3:4].astype(np.float32) / 255.0
    out = under.astype(np.float32) * (1 - a) + over.astype(np.float32) * a
    out[..., 3] = np.maximum(under[..., 3], over[..., 3])
    return out.astype(np.uint8)


def _lying(pixels: np.ndarray, cut: int) -> np.ndarray:
    """The legs squeezed to a fold under the body, which comes down to the ground."""
    h, w = pixels.shape[:2]
    legs = pixels[cut:]
    folded_h = max(1, int(round(legs.shape[0] * FOLDED)))
    out = _canvas(pixels, 0)
    top = h - cut - folded_h
    out[top : top + cut] = pixels[:cut]
    if legs.shape[0]:
        folded = np.asarray(Image.fromarray(legs, "RGBA").resize((w, folded_h), Image.Resampling.LANCZOS))
        out[h - folded_h :] = _paste_over(out[h - folded_h :], folded)
    return out


def _shift_columns(layer: np.ndarray, shifts: np.ndarray, extra: int) -> np.ndarray:
    """Each column of `layer` moved down by its shift (whole pixels), on a canvas `extra` rows taller."""
    h, w = layer.shape[:2]
    out = np.zeros((h + extra, w, 4), np.uint8)
    for x in range(w):
        d = int(shifts[x])
        out[d : d + h, x] = layer[:, x]
    return out


def _grazing(pixels: np.ndarray, cut: int) -> np.ndarray:
    """The head and neck (the front of the body above the chest) turned down about the neck till the nose
    is at the ground (MOST_TURN at most); the chest, the legs and the rest of the body stay."""
    h, w = pixels.shape[:2]
    solid = pixels[..., 3] > 128
    cols = np.nonzero(solid.any(axis=0))[0]
    nose_x = int(cols.min()) if cols.size else 0
    neck = int(nose_x + HEAD_SHARE * (w - nose_x))
    tops = np.nonzero(solid[:cut, neck])[0]
    top = float(tops.min()) if tops.size else 0.0
    pivot = (float(neck), top + 0.6 * (cut - top))  # the head and neck turn there; the chest below stays
    nose_rows = np.nonzero(solid[:cut, nose_x : nose_x + max(2, w // 20)].any(axis=1))[0]
    nose = (float(nose_x), float(nose_rows.mean()) if nose_rows.size else pivot[1])
    dx, dy = nose[0] - pivot[0], nose[1] - pivot[1]
    angle = MOST_TURN
    for a in range(0, MOST_TURN + 1, 3):  # screen-anticlockwise: the nose on the left goes down
        r = math.radians(a)
        if pivot[1] - dx * math.sin(r) + dy * math.cos(r) >= h - 0.1 * (h - cut) - 1:
            angle = a
            break
    below = int(pivot[1])
    front = pixels.copy()
    front[below:] = 0
    front[:, neck:] = 0
    rest = pixels.copy()
    rest[:below, :neck] = 0
    turned = Image.fromarray(front, "RGBA").rotate(angle, resample=Image.Resampling.BICUBIC, center=pivot)
    return _paste_over(rest, np.asarray(turned))


def _sitting(pixels: np.ndarray, cut: int) -> np.ndarray:
    """The rump down on the ground, the hind legs folded under it; the front legs straight."""
    h, w = pixels.shape[:2]
    cols = np.nonzero((pixels[..., 3] > 128).any(axis=0))[0]
    left, right = (int(cols.min()), int(cols.max())) if cols.size else (0, w - 1)
    hips = left + 0.5 * (right - left)
    x = np.arange(w, dtype=np.float32)
    k = np.clip((x - hips) / max(1.0, right - hips), 0.0, 1.0)
    upper = pixels.copy()
    upper[cut:] = 0
    legs = pixels.copy()
    legs[:cut] = 0
    legs[:, int(hips) :] = 0  # the hind legs folded out of sight under the rump
    shifts = np.round((h - cut) * 0.9 * np.sqrt(k)).astype(int)
    return _paste_over(legs, _shift_columns(upper, shifts, h)[:h])


def _stretched(pixels: np.ndarray, cut: int) -> np.ndarray:
    """The legs stretched out, the front ones reaching forwards, the hind ones kicking back."""
    h, w = pixels.shape[:2]
    legs_h = h - cut
    if legs_h <= 1:
        return pixels
    reach = int(0.9 * legs_h)
    out = np.zeros((h, w + 2 * reach, 4), np.uint8)
    out[:cut, reach : reach + w] = pixels[:cut]
    cols = np.nonzero((pixels[..., 3] > 128).any(axis=0))[0]
    middle = (int(cols.min()) + int(cols.max())) // 2 if cols.size else w // 2
    for y in range(cut, h):
        d = int(round(reach * (y - cut) / legs_h))
        row = pixels[y]
        out[y, reach - d : reach - d + middle] = _paste_over(out[y, reach - d : reach - d + middle], row[:middle])
        out[y, reach + d + middle : reach + d + w] = _paste_over(
            out[y, reach + d + middle : reach + d + w], row[middle:]
        )
    return out
