"""Whole animals for the icons that show only a head (the fox, the lion, the bear ...): a cut-out body
drawn flat, in the head's own colours, under the emoji head, so an animal of the cast can walk across the
frame, lie down to sleep, sit under a tree or put its head down to eat.

Which icons are heads is data, not measurement: `HEAD_ONLY` names them with the body each one gets (the
Fluent Emoji Flat set draws these animals as faces, and no measure of the picture tells a round face from a
round body). Every other animal's icon is already whole and is drawn as it is.

The body is drawn in head heights (`H`, the head's height on screen): x grows towards the tail (the set's
animals face left, and a picture is flipped to face right), y grows up from the ground. It is drawn three
times larger and scaled down (soft edges like the emoji's), the head pasted on at its own size. Pictures
are made once per animal, size and pose (a walk is `WALK_STEPS` pictures, cropped to one box so its feet
stay put) and kept."""

from __future__ import annotations

import hashlib
import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw

HeadFactory = Callable[[str, int], Image.Image | None]  # thing key, height in pixels -> the icon
RGB = tuple[int, int, int]
# a colour of the head: its rank among the head's colours (0: the commonest), "dark", or the colour at a point
# of the head's box (shares of its width and height), where two colours are about as common
Ref = int | str | tuple[float, float]
SS = 3  # drawn this many times larger, then scaled down
WALK_STEPS = 6
# a whole animal of the cast stands this share of the height its icon would: it is about half again as wide
# as tall where the icon is square, so it covers about as much of the frame
WHOLE_SCALE = 0.8
POSES = ("stand", "walk", "run", "lie", "sleep", "sit", "eat")
# the verb classes of staging (script/staging_words) an animal shows by each pose
POSE_OF_VERB = {
    "walk": "walk",
    "go": "walk",
    "arrive": "walk",
    "climb": "walk",
    "swim": "walk",
    "fly": "walk",
    "run": "run",
    "chase": "run",
    "jump": "run",
    "lie": "lie",
    "fall": "lie",
    "sleep": "sleep",
    "sit": "sit",
    "kneel": "sit",
    "pray": "sit",
    "hide": "sit",
    "eat": "eat",
}


@dataclass(frozen=True)
class Build:
    """The body an animal's head goes on. Lengths are in head heights."""

    shape: str = "quadruped"  # quadruped, frog or bird
    torso: float = 1.15  # shoulder to hip
    girth: float = 0.48  # the torso's depth
    leg: float = 0.42
    leg_w: float = 0.14
    tail: str = "stub"  # bushy, tuft, stub, ringed, flowing or none
    tail_len: float = 0.9
    neck: tuple[float, float] = (0.5, 0.86)  # where the head meets the body, as shares of the head's box
    sits: bool = True  # False: a horse or a deer lies down where a dog would sit
    raise_head: float = 0.0  # how far the neck point sits above the chest (a long neck)
    hump: bool = False  # a bear's shoulders
    socks: bool = False  # the lower legs in the paws' colour
    body: Ref = 0
    belly: Ref | None = 1  # None: no lighter belly
    legs: Ref | None = None  # None: the body's colour
    paws: Ref | None = None  # None: the legs' colour
    tail_colour: Ref | None = None  # None: the body's
    tip: Ref | None = None  # a tail's tip, a lion's tuft, a raccoon's rings
    band: Ref | None = None  # a panda's shoulders
    strands: tuple[Ref, ...] = ()  # a mane-coloured tail's strands


HEAD_ONLY: dict[str, Build] = {
    "fox": Build(torso=1.25, girth=0.46, leg=0.5, tail="bushy", tail_len=1.1, paws="dark", socks=True, tip=1),
    "wolf": Build(torso=1.2, girth=0.5, leg=0.5, tail="bushy", tail_len=0.95, tip=1),
    "lion": Build(
        torso=1.3,
        girth=0.52,
        leg=0.5,
        leg_w=0.16,
        body=(0.5, 0.42),  # the face's gold, not the mane's brown
        belly=(0.5, 0.7),
        tail="tuft",
        tail_len=1.0,
        tip=(0.04, 0.5),
    ),
    "bear": Build(torso=1.1, girth=0.72, leg=0.38, leg_w=0.26, hump=True, belly=None, legs=2, tail="stub"),
    "polar_bear": Build(torso=1.15, girth=0.72, leg=0.4, leg_w=0.26, hump=True, belly=None, tail="stub"),
    "panda": Build(torso=1.05, girth=0.7, leg=0.36, leg_w=0.26, belly=None, legs=1, band=1, tail="stub"),
    "koala": Build(torso=0.85, girth=0.62, leg=0.32, leg_w=0.22, belly=None, legs=1, tail="none"),
    "raccoon": Build(torso=1.0, girth=0.5, leg=0.34, leg_w=0.14, belly=2, legs=1, tail="ringed", tip=1),
    "moose": Build(
        torso=1.25, girth=0.56, leg=0.85, leg_w=0.13, neck=(0.8, 0.9), raise_head=0.25, sits=False, belly=None, legs=2
    ),
    "unicorn": Build(
        torso=1.2,
        girth=0.5,
        leg=0.8,
        leg_w=0.12,
        neck=(0.74, 0.95),
        raise_head=0.15,
        sits=False,
        belly=None,
        paws=3,
        tail="flowing",
        tail_len=0.9,
        strands=(1, 3, 2),
    ),
    "frog": Build(shape="frog", body=(0.5, 0.1), belly=(0.5, 0.8), tail="none"),
    "chicken": Build(shape="bird", neck=(0.55, 0.9), body=(0.6, 0.6), belly=None, legs=(0.06, 0.55), tail="none"),
}


def has_body(key: str) -> bool:
    """Whether the animal's icon is a head only, to be drawn on a body of its own."""
    return key in HEAD_ONLY


def hops(key: str) -> bool:
    """Whether the animal goes by hops (a frog), its whole picture rising and falling as it goes."""
    build = HEAD_ONLY.get(key)
    return build is not None and build.shape == "frog"


def pose_for(verb: str) -> str:
    """The pose an animal shows a verb class by (stand where it has none)."""
    return POSE_OF_VERB.get(verb, "stand")


def steps_of(pose: str) -> int:
    return WALK_STEPS if pose in ("walk", "run") else 1


def whole_animal(head: HeadFactory, key: str, height: float, pose: str = "stand") -> list[Image.Image]:
    """The animal `key` standing `height` pixels tall, in `pose`: its pictures (a walk's steps, in order; one
    picture for a pose that keeps still), all of one size with the feet at the bottom, facing left. The
    head is as large in every pose, so an animal lying down is lower and longer. Empty where the animal
    is no head-only one or its icon is missing. The pictures are kept (by the head's own pixels, so a new
    factory for the same set finds them) and shared: copy one before drawing on it."""
    build = HEAD_ONLY.get(key)
    probe = head(key, PROBE) if build is not None else None
    if build is None or probe is None:
        return []
    pose = pose if pose in POSES else "stand"
    if pose == "sit" and not build.sits:
        pose = "lie"
    ident = (hashlib.blake2b(probe.tobytes(), digest_size=16).digest(), key, max(16, int(height)), pose)
    with _LOCK:
        kept = _KEPT.get(ident)
        if kept is not None:
            _KEPT.move_to_end(ident)
    if kept is None:
        kept = _whole(head, build, probe, key, ident[2], pose)
        with _LOCK:
            _KEPT[ident] = kept
            while len(_KEPT) > KEEP:
                _KEPT.popitem(last=False)
    return list(kept)


PROBE = 100  # the head's height it is measured and coloured from
KEEP = 192  # pictures kept (walks, poses), the oldest let go first
_KEPT: OrderedDict[tuple[bytes, str, int, str], tuple[Image.Image, ...]] = OrderedDict()
_LOCK = threading.Lock()


def _whole(
    head: HeadFactory, build: Build, probe: Image.Image, key: str, height: int, pose: str
) -> tuple[Image.Image, ...]:
    palette = _palette(probe)
    box = _union_box([_draw(build, probe, palette, "stand", 0)])
    h_px = height * probe.height / max(1, box[3] - box[1])  # the head's height, where the whole is `height`
    icon = head(key, max(6, int(round(h_px))))
    if icon is None:
        return ()
    frames = [_draw(build, icon, palette, pose, k) for k in range(steps_of(pose))]
    box = _union_box(frames)
    return tuple(f.crop(box) for f in frames)


def _union_box(frames: list[Image.Image]) -> tuple[int, int, int, int]:
    """The box round what the pictures show (the faint fringe of their scaling left out)."""
    boxes = [Image.fromarray(np.asarray(f)[..., 3] > 16).getbbox() or (0, 0, f.width, f.height) for f in frames]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# -- colours ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Palette:
    light: list[RGB]  # the head's colours, commonest first (near ones merged, the dark lines left out)
    dark: RGB  # its darkest
    icon: np.ndarray  # the head, RGBA, to take a colour at a point of it

    def at(self, fx: float, fy: float) -> RGB | None:
        """The solid colour nearest the point (fx, fy) of the head's box."""
        h, w = self.icon.shape[:2]
        ys, xs = np.nonzero(self.icon[..., 3] == 255)
        if not len(xs):
            return None
        k = int(np.argmin((xs - fx * (w - 1)) ** 2 + (ys - fy * (h - 1)) ** 2))
        return _rgb(self.icon[ys[k], xs[k]])


def _palette(icon: Image.Image) -> _Palette:
    rgba = np.asarray(icon.convert("RGBA"))
    solid = rgba[rgba[..., 3] == 255][:, :3].astype(int) // 6 * 6
    colours, counts = np.unique(solid, axis=0, return_counts=True)
    merged: list[tuple[np.ndarray, int]] = []
    for k in np.argsort(-counts, kind="stable"):
        c, n = colours[k], int(counts[k])
        for i, (m, total) in enumerate(merged):
            if np.abs(m - c).sum() < 40:
                merged[i] = (m, total + n)
                break
        else:
            merged.append((c, n))
    merged.sort(key=lambda mk: -mk[1])
    total = max(1, sum(k for _, k in merged))
    light = [_rgb(m) for m, k in merged if _luma(m) >= 60 and k >= 0.01 * total]
    dark = min((_rgb(m) for m, k in merged if k >= 0.005 * total), key=_luma, default=(40, 40, 40))
    return _Palette(light or [(150, 150, 150)], dark, rgba)


def _rgb(c: np.ndarray) -> RGB:
    return int(c[0]), int(c[1]), int(c[2])


def _luma(c: RGB | np.ndarray) -> float:
    return 0.3 * float(c[0]) + 0.59 * float(c[1]) + 0.11 * float(c[2])


def _shade(c: RGB, k: float) -> RGB:
    return int(max(0, min(255, c[0] * k))), int(max(0, min(255, c[1] * k))), int(max(0, min(255, c[2] * k)))


def _lighter(c: RGB, t: float) -> RGB:
    return int(c[0] + (255 - c[0]) * t), int(c[1] + (255 - c[1]) * t), int(c[2] + (255 - c[2]) * t)


@dataclass(frozen=True)
class _Colours:
    body: RGB
    belly: RGB | None
    legs: RGB
    paws: RGB
    tail: RGB
    tip: RGB | None
    band: RGB | None
    strands: tuple[RGB, ...]


def _colours(build: Build, palette: _Palette) -> _Colours:
    light = palette.light

    def pick(ref: Ref | None, fallback: RGB) -> RGB:
        if ref is None:
            return fallback
        if ref == "dark":
            return palette.dark
        if isinstance(ref, tuple):
            return palette.at(*ref) or fallback
        assert isinstance(ref, int)
        return light[ref] if ref < len(light) else fallback

    body = pick(build.body, light[0])
    legs = pick(build.legs, body)
    return _Colours(
        body=body,
        belly=pick(build.belly, _lighter(body, 0.55)) if build.belly is not None else None,
        legs=legs,
        paws=pick(build.paws, legs),
        tail=pick(build.tail_colour, body),
        tip=pick(build.tip, _lighter(body, 0.7)) if build.tip is not None else None,
        band=pick(build.band, legs) if build.band is not None else None,
        strands=tuple(pick(r, body) for r in build.strands),
    )


# -- drawing ------------------------------------------------------------------------------------------


Point = tuple[float, float]


class _Canvas:
    """An RGBA picture in head heights: x towards the tail, y up from the ground."""

    LEFT, RIGHT, TOP = 1.4, 3.0, 2.9  # room for a head turned down to eat, a long tail, a tall neck

    def __init__(self, h_px: float) -> None:
        self.k = h_px * SS
        self.size = (int((self.LEFT + self.RIGHT) * self.k), int((self.TOP + 0.1) * self.k))
        self.image = Image.new("RGBA", self.size, (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.image)

    def at(self, p: Point) -> tuple[float, float]:
        return (p[0] + self.LEFT) * self.k, (self.TOP - p[1]) * self.k

    def blob(self, c: Point, rx: float, ry: float, colour: RGB, angle: float = 0.0) -> None:
        """An ellipse about `c`, turned `angle` degrees (counter-clockwise)."""
        if abs(angle) < 1e-3:
            x, y = self.at(c)
            self.draw.ellipse((x - rx * self.k, y - ry * self.k, x + rx * self.k, y + ry * self.k), fill=colour)
            return
        a = math.radians(angle)
        pts = []
        for i in range(36):
            t = 2 * math.pi * i / 36
            dx, dy = rx * math.cos(t), ry * math.sin(t)
            pts.append(
                self.at((c[0] + dx * math.cos(a) - dy * math.sin(a), c[1] + dx * math.sin(a) + dy * math.cos(a)))
            )
        self.draw.polygon(pts, fill=colour)

    def limb(self, points: list[Point], w0: float, w1: float, colour: RGB) -> None:
        """A rounded stroke along the points, `w0` wide at the first and `w1` at the last."""
        lengths = [math.dist(a, b) for a, b in zip(points, points[1:], strict=False)]
        total = sum(lengths) or 1e-6
        widths, done = [w0], 0.0
        for seg in lengths:
            done += seg
            widths.append(w0 + (w1 - w0) * done / total)
        self.stroke(points, [w / 2 for w in widths], colour)

    def stroke(self, points: list[Point], radii: list[float], colour: RGB) -> None:
        """Discs at the points joined by the quadrilaterals between them: one smooth shape."""
        for (a, ra), (b, rb) in zip(
            zip(points, radii, strict=True), zip(points[1:], radii[1:], strict=False), strict=False
        ):
            d = math.dist(a, b)
            if d > 1e-6:
                nx, ny = -(b[1] - a[1]) / d, (b[0] - a[0]) / d
                quad = [(a[0] + nx * ra, a[1] + ny * ra), (b[0] + nx * rb, b[1] + ny * rb)]
                quad += [(b[0] - nx * rb, b[1] - ny * rb), (a[0] - nx * ra, a[1] - ny * ra)]
                self.poly(quad, colour)
        for p, r in zip(points, radii, strict=True):
            self.blob(p, r, r, colour)

    def curve(
        self, p0: Point, p1: Point, p2: Point, radius: Callable[[float], float], colour: Callable[[float], RGB]
    ) -> None:
        """A quadratic curve drawn as one smooth stroke, its radius and colour a function of how far along
        it is (each run of one colour a stroke of its own)."""
        n = 32
        ts = [i / n for i in range(n + 1)]
        pts = [
            (
                (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
                (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1],
            )
            for t in ts
        ]
        start = 0
        for i in range(1, n + 2):
            if i == n + 1 or colour(ts[i]) != colour(ts[start]):
                run = range(start, min(i + 1, n + 1))
                self.stroke([pts[j] for j in run], [radius(ts[j]) for j in run], colour(ts[start]))
                start = i

    def layer(self) -> _Canvas:
        """A blank canvas of the same size, to be laid over this one (`lay`)."""
        return _Canvas(self.k / SS)

    def lay(self, layer: _Canvas, inside: _Canvas | None = None) -> None:
        """Lay `layer` over this canvas, only where `inside` is drawn if it is given."""
        image = layer.image
        if inside is not None:
            image = image.copy()
            image.putalpha(ImageChops.darker(image.getchannel("A"), inside.image.getchannel("A")))
        self.image.alpha_composite(image)

    def poly(self, points: list[Point], colour: RGB) -> None:
        self.draw.polygon([self.at(p) for p in points], fill=colour)


@dataclass
class _Head:
    at: Point  # where the neck point goes
    angle: float = 0.0  # turned counter-clockwise (nose down, for an animal facing left)
    asleep: bool = False


def _draw(build: Build, icon: Image.Image, palette: _Palette, pose: str, step: int) -> Image.Image:
    colours = _colours(build, palette)
    h_px = float(icon.height)
    under, over = _Canvas(h_px), _Canvas(h_px)
    phase = 2 * math.pi * step / steps_of(pose)
    if build.shape == "frog":
        head = _frog(build, colours, under, over, pose, phase)
    elif build.shape == "bird":
        head = _bird(build, colours, under, over, pose, phase)
    else:
        head = _quadruped(build, colours, under, over, pose, phase)
    picture = under.image.reduce(SS)
    face = _closed_eyes(icon) if head.asleep else icon
    _paste_head(picture, face, build.neck, head, under)
    if over.image.getbbox():
        picture.alpha_composite(over.image.reduce(SS))
    return picture


def _paste_head(
    picture: Image.Image, icon: Image.Image, neck: tuple[float, float], head: _Head, canvas: _Canvas
) -> None:
    w, h = icon.size
    dx, dy = neck[0] * w - w / 2, neck[1] * h - h / 2  # the neck point from the icon's centre
    turned = icon
    if head.angle:
        turned = icon.rotate(head.angle, resample=Image.Resampling.BICUBIC, expand=True)
        a = math.radians(head.angle)
        dx, dy = dx * math.cos(a) + dy * math.sin(a), -dx * math.sin(a) + dy * math.cos(a)
    x, y = canvas.at(head.at)
    x, y = x / SS, y / SS
    left = int(round(x - dx - turned.width / 2))
    top = int(round(y - dy - turned.height / 2))
    picture.alpha_composite(turned, (max(0, left), max(0, top)), (max(0, -left), max(0, -top)))


def _closed_eyes(icon: Image.Image) -> Image.Image:
    """The head with its eyes shut: each dark, eye-sized spot in the face's upper middle painted over in
    the colour around it, and a lid's curve drawn where it was."""
    rgba = np.array(icon.convert("RGBA"))
    h, w = rgba.shape[:2]
    luma = rgba[..., :3].astype(np.float32) @ np.array([0.3, 0.59, 0.11], np.float32)
    dark = ((luma < 70) & (rgba[..., 3] > 200)).astype(np.uint8)
    n, labels, stats, centres = cv2.connectedComponentsWithStats(dark, connectivity=8)
    spots = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        cy = centres[i][1] / h
        if 0.002 * w * h <= area <= 0.03 * w * h and 0.15 <= cy <= 0.7 and 0.6 * bw <= bh <= 2.6 * bw:
            spots.append((area, i, x, y, bw, bh))
    eyes = _eye_pair(spots, w)
    if not eyes:
        return icon
    out = Image.fromarray(rgba, "RGBA")
    draw = ImageDraw.Draw(out)
    for _, i, x, y, bw, bh in eyes:
        ring = cv2.dilate((labels == i).astype(np.uint8), np.ones((5, 5), np.uint8), iterations=max(1, bh // 8))
        around = rgba[(ring > 0) & (labels != i) & (rgba[..., 3] > 200) & (luma >= 70)]
        fill = tuple(int(v) for v in np.median(around[:, :3], axis=0)) if len(around) else (200, 200, 200)
        pad = max(1, bh // 6)
        draw.ellipse((x - pad, y - pad, x + bw + pad, y + bh + pad), fill=(*fill, 255))
        lid = max(1, int(round(bh * 0.22)))
        cy = y + bh * 0.55
        draw.arc((x - pad, cy - bh * 0.35, x + bw + pad, cy + bh * 0.35), 20, 160, fill=(40, 30, 30, 255), width=lid)
    return out


def _eye_pair(
    spots: list[tuple[int, int, int, int, int, int]], width: int
) -> list[tuple[int, int, int, int, int, int]]:
    """Of the dark spots of a face, its eyes: the two most alike, level and apart (a face seen from the
    front), else the highest one (a head in profile); a nose or a mouth is lower."""
    best, score = [], math.inf
    for a in range(len(spots)):
        for b in range(a + 1, len(spots)):
            s, t = spots[a], spots[b]
            apart = abs((s[2] + s[4] / 2) - (t[2] + t[4] / 2))
            level = abs((s[3] + s[5] / 2) - (t[3] + t[5] / 2))
            if apart < 0.15 * width or level > 0.6 * max(s[5], t[5]):
                continue
            alike = abs(s[0] - t[0]) / max(s[0], t[0])
            cost = alike + level / max(1, s[5]) + 0.5 * (s[3] + t[3]) / width
            if cost < score:
                best, score = [s, t], cost
    if best:
        return best
    return sorted(spots, key=lambda s: s[3])[:1]


# -- the bodies ---------------------------------------------------------------------------------------


def _leg(
    canvas: _Canvas,
    top: Point,
    foot: Point,
    length: float,
    width: float,
    colour: RGB,
    paw: RGB,
    knee_back: bool,
    socks: bool,
) -> None:
    """A two-part leg from `top` to `foot`, bent at its middle joint (forwards for a hind leg's knee,
    backwards for a foreleg's wrist), a paw at the foot."""
    d = math.dist(top, foot)
    half = length / 2
    mid = ((top[0] + foot[0]) / 2, (top[1] + foot[1]) / 2)
    if d < length:
        off = math.sqrt(max(0.0, half * half - (d / 2) ** 2))
        nx, ny = (foot[1] - top[1]) / max(d, 1e-6), -(foot[0] - top[0]) / max(d, 1e-6)  # normal, left of the leg
        side = 1 if knee_back else -1
        if nx * side < 0:
            nx, ny = -nx, -ny
        mid = (mid[0] + nx * off, mid[1] + ny * off)
    canvas.limb([top, mid, foot], width * 1.2, width * 0.85, colour)
    if socks:  # the lower shin and the paw dark, as a fox's are
        sock = (mid[0] + (foot[0] - mid[0]) * 0.45, mid[1] + (foot[1] - mid[1]) * 0.45)
        canvas.limb([sock, foot], width * 0.92, width * 0.85, paw)
    canvas.blob((foot[0] - width * 0.2, foot[1] + width * 0.28), width * 0.62, width * 0.36, paw)


def _tail(canvas: _Canvas, build: Build, colours: _Colours, root: Point, pose: str, sway: float) -> None:
    n = build.tail_len
    x, y = root
    if build.tail == "none":
        return
    if build.tail == "stub":
        canvas.blob((x + 0.04, y), 0.11, 0.1, colours.tail)
        return
    if pose in ("lie", "sleep"):  # curled along the ground round the body
        p0, p1, p2 = (x, y), (x + 0.5 * n, 0.15), (x - 0.45 * n, 0.12)
    elif pose == "sit":  # lying out behind
        p0, p1, p2 = (x, y), (x + 0.45 * n, 0.13), (x + 0.85 * n, 0.17)
    elif build.tail == "tuft":
        p0, p1, p2 = (x, y), (x + 0.55 * n, y - 0.55 * n + sway), (x + 0.8 * n, y - 0.15 * n + sway)
    else:  # hanging down behind, swinging a little as it walks
        p0, p1, p2 = (x, y), (x + 0.45 * n, y + 0.05), (x + 0.75 * n + sway, max(0.12, y - 0.55 * n))
    if build.tail == "tuft":
        canvas.curve(p0, p1, p2, lambda t: 0.04, lambda t: colours.tail)
        canvas.blob(p2, 0.1, 0.12, colours.tip or colours.tail)
        return
    if build.tail == "flowing":
        strands = colours.strands or (colours.tail,)
        for i, c in enumerate(strands):
            shift = (i - (len(strands) - 1) / 2) * 0.07
            q1 = (p1[0] + shift, p1[1])
            q2 = (p2[0] + shift * 1.5, p2[1] - abs(shift))
            canvas.curve((p0[0], p0[1] - 0.02 * i), q1, q2, _strand_radius, _solid(c))
        return
    thick = 0.17 if build.tail == "bushy" else 0.13
    tip = colours.tip or colours.tail

    def radius(t: float) -> float:
        return thick * (0.45 + 0.55 * math.sin(math.pi * (0.2 + 0.7 * t)))

    def colour(t: float) -> RGB:
        if build.tail == "ringed":
            return tip if (t > 0.15 and int(t * 7) % 2 == 0) or t > 0.9 else colours.tail
        return tip if t > 0.8 else colours.tail

    canvas.curve(p0, p1, p2, radius, colour)


def _strand_radius(t: float) -> float:
    return 0.07 + 0.05 * math.sin(math.pi * t)


def _solid(colour: RGB) -> Callable[[float], RGB]:
    return lambda t: colour


def _quadruped(build: Build, colours: _Colours, under: _Canvas, over: _Canvas, pose: str, phase: float) -> _Head:
    T, G, L, W = build.torso, build.girth, build.leg, build.leg_w
    body, legs, paws = colours.body, colours.legs, colours.paws
    far_legs, far_paws = _shade(legs, 0.8), _shade(paws, 0.8)
    thigh = _shade(body, 0.95)
    xs = 0.1  # the shoulder, just behind the head's neck point
    xh = xs + T  # the hip
    if pose in ("lie", "sleep"):  # down on its belly, forepaws out before it, the tail round it
        g = 0.9 * G
        yc = 0.5 * g
        rump = (xh + 0.42 * g, yc + 0.15 * g)
        under.limb([(xs + 0.05, 0.1), (xs - 0.5, 0.07)], W * 1.05, W * 0.9, far_legs)  # the far foreleg
        under.blob((xs - 0.52, 0.07), W * 0.6, W * 0.38, far_paws)
        if build.tail in ("tuft", "flowing"):
            _tail(under, build, colours, rump, pose, 0.0)
        torso = under.layer()
        torso.limb([(xs - 0.1, yc), (xh + 0.05, yc)], g, g * 0.95, body)
        if build.hump:
            torso.blob((xs + 0.2, yc + 0.15 * g), 0.45 * g, 0.45 * g, body)
        torso.blob((xh - 0.02, yc + 0.04 * g), 0.36 * g, 0.5 * g, thigh, angle=-15)  # the folded haunch
        _belly(torso, colours, xs, xh, yc, g)
        under.lay(torso)
        if colours.band is not None:
            under.limb([(xs + 0.08, yc + 0.45 * g), (xs + 0.05, 0.1)], W * 1.3, W * 1.1, colours.band)
        under.limb([(xh - 0.1, 0.06), (xh - 0.3 * g - 0.25, 0.05)], W * 0.9, W * 0.8, legs)  # the hind foot
        under.blob((xh - 0.3 * g - 0.27, 0.055), W * 0.55, W * 0.36, paws)
        if build.tail not in ("tuft", "flowing"):
            _tail(under, build, colours, rump, pose, 0.0)
        over.limb([(xs + 0.05, 0.09), (xs - 0.36, 0.065)], W * 1.05, W * 0.9, legs)  # the near foreleg, by the chin
        over.blob((xs - 0.38, 0.065), W * 0.62, W * 0.4, paws)
        neck = (0.0, yc + 0.5 * g - 0.12)
        if build.raise_head:
            under.limb([(xs + 0.1, yc), (0.0, neck[1] + build.raise_head)], g * 0.7, g * 0.55, body)
            neck = (0.0, neck[1] + build.raise_head)
        return _Head(neck, asleep=pose == "sleep")
    if pose == "sit":  # the haunches down, the forelegs straight, the tail out behind on the ground
        hx = xs + 0.3 * T + 0.3 * G  # the haunch, on the ground
        chest = (xs, L + 0.45 * G)
        _tail(under, build, colours, (hx + 0.45 * G, 0.12), pose, 0.0)
        under.limb([(xs + 0.1, chest[1]), (xs + 0.1, 0.0)], W * 1.15, W * 0.85, far_legs)
        under.blob((xs + 0.06, 0.05), W * 0.62, W * 0.36, far_paws)
        torso = under.layer()
        torso.limb([(hx, 0.55 * G), chest], G * 1.25, G * 0.95, body)
        if build.hump:
            torso.blob((xs + 0.14, chest[1] + 0.12 * G), 0.42 * G, 0.45 * G, body)
        torso.blob((hx + 0.02, 0.55 * G), 0.5 * G, 0.58 * G, thigh, angle=25)  # the haunch
        if colours.belly is not None:
            belly = torso.layer()
            belly.limb([(hx - 0.7 * G, 0.3 * G), (xs - 0.45 * G, chest[1] - 0.1 * G)], G * 0.5, G * 0.6, colours.belly)
            torso.lay(belly, inside=torso)
        under.lay(torso)
        if colours.band is not None:
            under.limb([(xs + 0.08, chest[1] + 0.35 * G), (xs, chest[1] - 0.3 * G)], W * 1.3, W * 1.1, colours.band)
        under.limb([(hx, 0.06), (hx - 0.55 * G - 0.1, 0.05)], W * 0.95, W * 0.85, legs)  # the hind foot
        under.blob((hx - 0.55 * G - 0.12, 0.055), W * 0.6, W * 0.38, paws)
        _leg(under, (xs - 0.04, chest[1]), (xs - 0.04, 0.0), chest[1], W, legs, paws, False, build.socks)
        return _Head((-0.04, chest[1] + 0.38 * G + build.raise_head))
    # standing, walking, running, eating
    moving = pose in ("walk", "run")
    stride = (0.34 if pose == "run" else 0.2) * L / 0.45 if moving else 0.0
    lift = (0.16 if pose == "run" else 0.09) * L / 0.45 if moving else 0.0
    bob = 0.02 * abs(math.cos(2 * phase)) if moving else 0.0
    yc = L + 0.5 * G - 0.04 + bob
    sway = 0.05 * math.sin(phase) if moving else 0.0
    pairs = {"near_front": 0.0, "far_hind": 0.0, "far_front": math.pi, "near_hind": math.pi}
    if pose == "run":  # a gallop: the forelegs together, the hind legs together
        pairs = {"near_front": 0.0, "far_front": 0.6, "near_hind": math.pi, "far_hind": math.pi + 0.6}

    def foot(base: float, name: str) -> Point:
        if not moving:
            return base, 0.0
        a = phase + pairs[name]
        return base + stride * math.sin(a), lift * max(0.0, -math.cos(a))

    shoulder_y, hip_y = yc - 0.05, yc
    _tail(under, build, colours, (xh + 0.45 * G, yc + 0.25 * G), pose, sway)
    _leg(
        under,
        (xs + 0.1, shoulder_y),
        foot(xs + 0.12, "far_front"),
        shoulder_y,
        W,
        far_legs,
        far_paws,
        False,
        build.socks,
    )
    _leg(under, (xh - 0.1, hip_y), foot(xh - 0.08, "far_hind"), hip_y, W, far_legs, far_paws, True, build.socks)
    torso = under.layer()
    torso.limb([(xs - 0.1, yc), (xh + 0.05, yc)], G, G * 0.94, body)
    torso.blob((xs, yc + 0.02), 0.55 * G, 0.55 * G, body)
    if build.hump:
        torso.blob((xs + 0.22, yc + 0.2 * G), 0.45 * G, 0.5 * G, body)
    torso.blob((xh - 0.1 * G, yc - 0.12 * G), 0.3 * G, 0.5 * G, thigh, angle=-12)  # the near thigh
    _belly(torso, colours, xs, xh, yc, G)
    under.lay(torso)
    if colours.band is not None:
        under.limb([(xs + 0.08, yc + 0.42 * G), (xs - 0.02, yc - 0.3 * G)], W * 1.5, W * 1.2, colours.band)
    _leg(
        under,
        (xh - 0.1 * G, hip_y - 0.2 * G),
        foot(xh - 0.05, "near_hind"),
        hip_y - 0.2 * G,
        W,
        legs,
        paws,
        True,
        build.socks,
    )
    _leg(under, (xs, shoulder_y), foot(xs - 0.02, "near_front"), shoulder_y, W, legs, paws, False, build.socks)
    top = yc + 0.5 * G
    if pose == "eat":  # the head down to the ground before the forefeet
        head_at = (-0.3, 0.12 + (1 - build.neck[1]) * 0.3)
        under.limb([(xs + 0.05, yc + 0.1 * G), (head_at[0] + 0.05, head_at[1] + 0.35)], G * 0.75, G * 0.55, body)
        return _Head(head_at, angle=28.0)
    if build.raise_head:  # a long neck up from the chest
        at = (-0.05, top + build.raise_head)
        under.limb([(xs + 0.15, yc), (xs - 0.02, top - 0.05), (at[0] + 0.08, at[1] - 0.08)], G * 0.75, G * 0.5, body)
        return _Head(at)
    return _Head((0.0, top + 0.1 * G - 0.04))


def _belly(torso: _Canvas, colours: _Colours, xs: float, xh: float, yc: float, girth: float) -> None:
    """A lighter chest and belly on the torso's underside, inside its outline."""
    if colours.belly is None:
        return
    belly = torso.layer()
    belly.blob(((xs + xh) / 2 - 0.1, yc - 0.55 * girth), 0.52 * (xh - xs), 0.36 * girth, colours.belly)
    belly.blob((xs - 0.3 * girth, yc - 0.1 * girth), 0.36 * girth, 0.42 * girth, colours.belly)
    torso.lay(belly, inside=torso)


def _frog(build: Build, colours: _Colours, under: _Canvas, over: _Canvas, pose: str, phase: float) -> _Head:
    """A frog squats: a round body behind the head, a big folded hind leg and a long foot, a short foreleg.
    Walking, it hops: its hind leg kicks out behind on half of its steps."""
    body, belly = colours.body, colours.belly or _lighter(colours.body, 0.5)
    dark = _shade(body, 0.85)
    low = 0.75 if pose in ("lie", "sleep") else 1.0
    kick = pose in ("walk", "run") and math.sin(phase) > 0.2
    lift = 0.12 * math.sin(phase) if kick else 0.0
    cy = 0.36 * low + lift
    if kick:  # the hind leg stretched out behind
        under.limb([(0.55, cy), (0.95, cy - 0.2), (1.3, 0.04)], 0.2, 0.1, dark)
        under.blob((1.36, 0.04), 0.16, 0.05, dark)
    else:
        under.blob((0.55, 0.05), 0.32, 0.06, dark)  # the far foot
    under.blob((0.4, cy), 0.55, 0.34 * low, body, angle=-12)
    under.blob((0.25, cy - 0.12 * low), 0.35, 0.2 * low, belly, angle=-12)
    if not kick:
        under.blob((0.7, 0.22 * low), 0.3, 0.2 * low, dark, angle=25)  # the folded thigh
        under.blob((0.55, 0.05), 0.36, 0.07, body)  # the long foot along the ground
    under.limb([(0.05, cy), (-0.05, 0.04 + lift)], 0.12, 0.1, body)  # the foreleg
    under.blob((-0.1, 0.04 + lift), 0.1, 0.045, body)
    head_y = cy + 0.15 * low - 0.08 + (1 - build.neck[1])
    if pose == "eat":
        return _Head((-0.05, head_y - 0.12), angle=12.0)
    return _Head((0.0, head_y), asleep=pose == "sleep")


def _bird(build: Build, colours: _Colours, under: _Canvas, over: _Canvas, pose: str, phase: float) -> _Head:
    """A hen: a round body behind the head, a raised tail, a wing, and two thin legs (folded under her
    when she sits or sleeps)."""
    body, legs = colours.body, colours.legs
    L = build.leg
    down = pose in ("lie", "sleep", "sit")
    moving = pose in ("walk", "run")
    cy = 0.4 if down else L + 0.45
    if not down:
        for k in (0, 1):
            a = phase + (0 if k else math.pi)
            fx = 0.35 + (0.12 * math.sin(a) if moving else 0.0) + 0.1 * k
            fy = 0.07 * max(0.0, -math.cos(a)) if moving else 0.0
            c = legs if k else _shade(legs, 0.8)
            under.limb([(0.35 + 0.1 * k, cy - 0.2), (fx, fy + 0.02)], 0.09, 0.07, c)
            for toe in (-0.16, -0.06, 0.07):
                under.limb([(fx, fy + 0.025), (fx + toe, fy + 0.02)], 0.05, 0.04, c)
    under.blob((0.95, cy + 0.35), 0.22, 0.32, _shade(body, 0.9), angle=-30)  # the tail feathers
    under.blob((0.85, cy + 0.32), 0.16, 0.28, body, angle=-20)
    under.blob((0.45, cy), 0.6, 0.42, body)
    under.blob((0.55, cy + 0.02), 0.34, 0.2, _shade(body, 0.88), angle=-10)  # the wing
    if pose == "eat":
        return _Head((-0.2, cy - 0.05), angle=35.0)
    return _Head((0.05, cy + 0.2), asleep=pose == "sleep")
