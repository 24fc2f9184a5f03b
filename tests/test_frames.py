"""The fast paths of frame drawing (media/frames.py, animation/sprite.py, animation/player.py) draw the
very pictures of the plain ones: padded stills warped on four channels, sprites redrawn only where they
moved, repeated frames sent again, rigs lit through a table. Every comparison is exact."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from filmstudio.animation.rig import RigCache, _lit, build_rig
from filmstudio.animation.sprite import Painter, Sprite, blit
from filmstudio.media.frames import Move, SceneClip, _camera, _view_matrix, frames, padded
from filmstudio.storyboard import Character

W, H = 320, 180


def _picture(seed: int, channels: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return cv2.GaussianBlur(rng.integers(0, 256, (H, W, channels)).astype(np.uint8), (0, 0), 1.5)


def _backdrop(seed: int) -> np.ndarray:
    land = np.zeros((H, W), np.uint8)
    land[H // 2 :] = 255
    land[H // 2 - 20 : H // 2, W // 3 : W // 2] = 255  # a hill
    return np.dstack([_picture(seed), land])


def _sprite(seed: int, w: int, h: int) -> Sprite:
    """A soft-edged blob: an opaque core and a rim of partly transparent pixels."""
    rng = np.random.default_rng(seed)
    img = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    fill = tuple(int(v) for v in rng.integers(0, 256, 3))
    ImageDraw.Draw(img).ellipse((2, 2, w * 2 - 3, h * 2 - 3), fill=(*fill, 255))
    img = img.reduce(2)
    return Sprite.from_image(img, (w / 2, h / 2))


def _old_blit(frame: np.ndarray, sprite: Sprite, x: float, y: float) -> None:
    """The blit as it was: edges masked and gathered on every call."""
    h, w = sprite.rgb.shape[:2]
    x0, y0 = int(round(x)) - sprite.ox, int(round(y)) - sprite.oy
    fx0, fy0 = max(0, x0), max(0, y0)
    fx1, fy1 = min(frame.shape[1], x0 + w), min(frame.shape[0], y0 + h)
    if fx1 <= fx0 or fy1 <= fy0:
        return
    sx0, sy0 = fx0 - x0, fy0 - y0
    sx1, sy1 = sx0 + (fx1 - fx0), sy0 + (fy1 - fy0)
    cv2.copyTo(sprite.rgb[sy0:sy1, sx0:sx1], sprite.core[sy0:sy1, sx0:sx1], frame[fy0:fy1, fx0:fx1])
    ey, ex = sprite.edge_y, sprite.edge_x
    inside = (ey >= sy0) & (ey < sy1) & (ex >= sx0) & (ex < sx1)
    if not inside.any():
        return
    ey, ex, a = ey[inside], ex[inside], sprite.edge_alpha[inside]
    ty, tx = ey + y0, ex + x0
    under = frame[ty, tx].astype(np.float32)
    frame[ty, tx] = (under + (sprite.rgb[ey, ex] - under) * a).astype(np.uint8)


def test_a_blit_draws_what_it_drew_before_inside_across_and_beyond_the_edges() -> None:
    sprite = _sprite(1, 60, 40)
    rng = np.random.default_rng(2)
    for x, y in [
        (160, 90),
        (5, 7),
        (W - 3, H - 2),
        (-20, 50),
        (150, -15),
        (W + 40, 10),
        *rng.uniform(-40, 360, (30, 2)),
    ]:
        fast, plain = _picture(3), _picture(3)
        blit(fast, sprite, float(x), float(y))
        _old_blit(plain, sprite, float(x), float(y))
        assert np.array_equal(fast, plain), (x, y)
        view, plain_view = _picture(4)[20:150, 30:300], _picture(4)[20:150, 30:300]  # not contiguous
        blit(view, sprite, float(x), float(y))
        _old_blit(plain_view, sprite, float(x), float(y))
        assert np.array_equal(view, plain_view), (x, y)


def test_the_painter_redraws_only_what_moved_and_draws_the_whole_picture() -> None:
    plates = [_picture(5), _picture(6)]
    sprites = [_sprite(k, 30 + 7 * k, 24 + 5 * k) for k in range(5)]
    painter = Painter()
    rng = np.random.default_rng(7)
    places = [(int(x), int(y)) for x, y in rng.uniform(-10, 330, (5, 2))]
    shown: tuple[np.ndarray, object] | None = None
    for n in range(120):
        plate = plates[(n // 40) % 2]  # a cut to another view every 40 frames
        for k in rng.choice(5, size=int(rng.integers(0, 3)), replace=False):  # a few parts move, or none
            places[k] = (places[k][0] + int(rng.integers(-6, 7)), places[k][1] + int(rng.integers(-4, 5)))
        parts = [(sprites[(k + n // 30) % 5] if k == 4 else sprites[k], x, y) for k, (x, y) in enumerate(places)]
        frame = painter.draw(plate, parts)
        whole = plate.copy()
        for sprite, x, y in parts:
            _old_blit(whole, sprite, x, y)
        assert np.array_equal(frame, whole), n
        drawn = (id(plate), [(id(s), x, y) for s, x, y in parts])
        if shown is not None:
            assert (frame is shown[0]) == (drawn == shown[1])  # nothing changed: the same array again
        shown = (frame, drawn)


def test_a_padded_still_warps_to_the_same_frames_under_every_camera_move() -> None:
    still, backdrop = _picture(8), _backdrop(9)
    moves = [
        Move(1.0, 1.12, 0.5, 0.5, 0.53, 0.48),
        Move(1.3, 1.2, 0.45, 0.6, 0.55, 0.55),
        Move(1.1, 1.1, 0.46, 0.5, 0.54, 0.5),
    ]
    for move in moves:
        for sky in (None, backdrop):
            rgb = SceneClip(still, 0.0, 4.0, move, backdrop=sky)
            fast = SceneClip(padded(still), 0.0, 4.0, move, backdrop=sky)
            for t in np.linspace(-0.2, 4.2, 23):
                a, b = rgb.frame(float(t)), fast.frame(float(t))
                assert b.shape[2] == 4 and np.array_equal(a, b[..., :3]), (move, t)


def test_the_cameras_fast_warp_draws_what_a_reflected_border_drew() -> None:
    """The camera warps with a replicated border (OpenCV's vector path); the view stays inside the
    picture, so every frame is what the reflected border drew, within one level of rounding, even where
    the view touches the picture's edges."""
    still = padded(_picture(12))
    moves = [
        Move(1.0, 1.12, 0.5, 0.5, 0.53, 0.48),
        Move(1.3, 1.2, 0.0, 0.0, 1.0, 1.0),  # pushed to the corners: the view rests on the edges
        Move(2.6, 2.4, 0.97, 0.5, 0.03, 0.5),
    ]
    for move in moves:
        clip = SceneClip(still, 0.0, 4.0, move)
        for t in np.linspace(0.0, 4.0, 17):
            zoom, cx, cy = _camera(clip, float(t))
            matrix = _view_matrix(still.shape, zoom, cx, cy, (W, H))
            reflected = cv2.warpAffine(still, matrix, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
            drawn = clip.frame(float(t))
            assert np.abs(drawn.astype(int) - reflected).max() <= 1, (move, t)


def test_a_still_shot_is_warped_once_and_shown_again() -> None:
    still = _picture(10)
    clip = SceneClip(padded(still), 0.0, 3.0, Move(1.2, 1.2, 0.4, 0.5, 0.4, 0.5), backdrop=_backdrop(11))
    first = clip.frame(0.5)
    assert clip.frame(2.5) is first
    assert np.array_equal(first[..., :3], SceneClip(still, 0.0, 3.0, clip.move, backdrop=_backdrop(11)).frame(2.5))


class _Held:
    """A player that shows a few pictures, each for several frames, the same array each time."""

    def __init__(self, pictures: list[np.ndarray], start: float, end: float, cut: bool = False) -> None:
        self.pictures, self.start, self.end, self.cut = pictures, start, end, cut

    def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
        return self.pictures[int(max(0.0, t - self.start) * 2) % len(self.pictures)]


def _plain(clips: list, **kw: object) -> list[bytes]:  # type: ignore[type-arg]
    """The frames as the plain path makes them: RGB, each converted anew."""

    class Copying:
        def __init__(self, clip: object) -> None:
            self.clip = clip

        def __getattr__(self, name: str) -> object:
            return getattr(self.clip, name)

        def frame(self, t: float, frame_no: int = -1) -> np.ndarray:
            picture = self.clip.frame(t, frame_no)  # type: ignore[attr-defined]
            return np.ascontiguousarray(picture[..., :3]).copy()

    return [bytes(f) for f in frames([Copying(c) for c in clips], **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize("watermark", [None, "Made with AI Film Studio"])
def test_the_film_frames_are_the_same_bytes_by_the_fast_path(watermark: str | None) -> None:
    still = _picture(12)
    held = [_picture(13), _picture(14), _picture(15)]
    kw = {"duration": 6.0, "fps": 12, "size": (W, H), "watermark": watermark}
    clips = [
        SceneClip(padded(still), 0.0, 2.0, Move(1.0, 1.1, 0.5, 0.5, 0.52, 0.5), backdrop=_backdrop(16)),
        _Held(held, 2.0, 4.0),  # RGB after padded: a crossfade of both kinds
        SceneClip(padded(still), 4.0, 5.0, Move(1.2, 1.2, 0.5, 0.5, 0.5, 0.5)),
        SceneClip(padded(_picture(17)), 5.0, 6.0, Move(1.1, 1.0, 0.5, 0.5, 0.5, 0.5), cut=True),
    ]
    fast = [bytes(f) for f in frames(clips, **kw)]  # type: ignore[arg-type]
    assert fast == _plain(clips, **kw)
    assert len(fast) == 72
    window = [bytes(f) for f in frames(clips, window=(20, 50), **kw)]  # type: ignore[arg-type]
    assert window == fast[20:50]


def test_a_frame_the_same_as_the_one_before_is_sent_again_without_converting(monkeypatch: pytest.MonkeyPatch) -> None:
    held = [_picture(18), _picture(19)]
    converted = []
    real = cv2.cvtColor

    def counting(src: np.ndarray, code: int, *args: object, **kw: object) -> np.ndarray:
        if code in (cv2.COLOR_RGB2YUV_I420, cv2.COLOR_RGBA2YUV_I420):
            converted.append(1)
        return real(src, code, *args, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr("filmstudio.media.frames.cv2.cvtColor", counting)
    fps, total = 10, 40
    out = [bytes(f) for f in frames([_Held(held, 0.0, 4.0)], duration=4.0, fps=fps, size=(W, H), watermark=None)]
    count = len(converted)
    assert out == _plain([_Held(held, 0.0, 4.0)], duration=4.0, fps=fps, size=(W, H), watermark=None)
    fading = [n for n in range(total) if n < fps // 2 or n >= total - fps // 2]
    shown = [int(n / fps * 2) % 2 for n in range(total)]  # which picture each frame shows
    changes = sum(1 for n in range(total) if n not in fading and (n - 1 in fading or shown[n] != shown[n - 1]))
    assert count == len(fading) + changes < total / 2


def test_lighting_a_rig_by_table_is_lighting_it_pixel_by_pixel() -> None:
    rng = np.random.default_rng(20)
    img = Image.fromarray(rng.integers(0, 256, (50, 40, 4)).astype(np.uint8), "RGBA")
    for light in [(1.08, 0.93, 0.71), (0.5, 1.3, 1.0), (1.0, 1.0, 1.0)]:
        arr = np.asarray(img).astype(np.float32)
        arr[..., :3] = np.clip(arr[..., :3] * np.array(light, dtype=np.float32), 0, 255)
        assert np.array_equal(np.asarray(_lit(img, light)), arr.astype(np.uint8))


def test_a_rig_is_built_once_for_all_segments() -> None:
    rigs = RigCache()
    maya = Character(id="maya", name="Maya", gender="female", age="child")
    lit = (1.05, 0.95, 0.9)
    first = rigs.get(maya, 40, lit)
    assert rigs.get(maya, 40, lit) is first
    assert rigs.get(maya, 41, lit) is not first and rigs.get(maya, 40) is not first
    plain = build_rig(maya, 40, lit)
    assert np.array_equal(first.head.rgb, plain.head.rgb) and np.array_equal(first.body.rgb, plain.body.rgb)


def test_characters_acting_are_drawn_as_a_whole_redraw_would_draw_them() -> None:
    from filmstudio.animation.acting import Performer
    from filmstudio.animation.looks import assign_looks
    from filmstudio.animation.player import ActorScene
    from filmstudio.animation.shots import settle_shots
    from filmstudio.script import parse_script

    board = parse_script(
        "INT. KITCHEN - NIGHT\n\nMAYA (12)\nCan we eat now? I am so hungry.\n\nGRANDMA\nFirst we say thanks.\n"
        "\nMAYA\nThanks!\n",
        filename="x.fountain",
    )
    assign_looks(board)
    scene = board.scenes[0]
    t = 0.0
    for line in scene.lines:
        line.start, line.end = t, t + 1.5
        t += 1.5
    scene.start, scene.end = 0.0, t
    for shot in scene.shots:
        shot.start, shot.end = scene.lines[0].start, scene.end
    settle_shots(scene, ["narrator"])
    performers = {c.id: Performer.for_character(c.id, 0, t, board.lines()) for c in board.characters}
    rigs = RigCache()
    still = _picture(21)

    def player() -> ActorScene:
        return ActorScene(
            scene, still, lambda cid, unit: rigs.get(board.character(cid), int(round(unit))), performers, (W, H)
        )

    acting = player()
    fps = 24
    for n in range(int(t * fps)):
        frame = acting.frame(n / fps, n).copy()
        assert np.array_equal(frame, player().frame(n / fps, n)), n  # a new player draws the whole frame
