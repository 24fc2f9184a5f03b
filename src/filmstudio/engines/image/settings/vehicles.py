"""Inside vehicles and on them: an airliner's cabin, a train, a car, a ship's deck."""

from __future__ import annotations

from filmstudio.engines.image.palette import SKY
from filmstudio.engines.image.settings.nature import sea
from filmstudio.engines.image.settings.parts import (
    window,
)
from filmstudio.engines.image.shapes import Draw, Pen, Picture, Rng, night_factor, shade


def _airplane_cabin(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    draw.rectangle((0, 0, w, h), fill=(225, 225, 222))
    draw.chord((-w * 0.2, -h * 0.6, w * 1.2, h * 0.5), 0, 180, fill=(240, 240, 238))  # the curved ceiling
    for k in range(5):  # oval windows
        x = w * (0.08 + k * 0.19)
        draw.rounded_rectangle((x, h * 0.3, x + w * 0.07, h * 0.48), radius=w * 0.03, fill=(200, 200, 205))
        inner = (x + w * 0.008, h * 0.315, x + w * 0.062, h * 0.465)
        top, _ = SKY[time]
        draw.rounded_rectangle(inner, radius=w * 0.025, fill=top)
        draw.ellipse((inner[0], inner[1] + h * 0.09, inner[2], inner[3] + h * 0.03), fill=(240, 240, 245))
    for k in range(4):  # seat backs
        x = w * (0.04 + k * 0.25)
        draw.rounded_rectangle((x, h * 0.55, x + w * 0.18, h * 1.05), radius=w * 0.03, fill=(40, 70, 120))
        draw.rectangle((x + w * 0.03, h * 0.57, x + w * 0.15, h * 0.62), fill=(235, 235, 235))


def _train(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    draw.rectangle((0, 0, w, h), fill=(170, 150, 120))
    for k in range(3):  # windows with the country going by
        x = w * (0.04 + k * 0.33)
        box = (x, h * 0.15, x + w * 0.28, h * 0.5)
        window(draw, box, time, panes=1, frame=(90, 80, 70))
        draw.polygon(
            [(box[0], box[3]), (box[0], h * 0.4), (box[0] + w * 0.1, h * 0.36), (box[2], h * 0.42), (box[2], box[3])],
            fill=shade((90, 140, 80), 0.6 if time == "night" else 1.0),
        )
    draw.rectangle((0, h * 0.08, w, h * 0.1), fill=(120, 110, 95))  # luggage rack
    for k in range(4):  # seats
        x = w * (0.02 + k * 0.25)
        draw.rounded_rectangle((x, h * 0.56, x + w * 0.2, h * 1.02), radius=w * 0.02, fill=(140, 40, 50))
        draw.rectangle((x, h * 0.56, x + w * 0.2, h * 0.6), fill=(160, 60, 70))


def _car_interior(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    top, bottom = SKY[time]
    draw.rectangle((0, 0, w, h * 0.55), fill=top)
    road = shade((80, 80, 85), 0.6 if time == "night" else 1.0)
    draw.polygon([(w * 0.15, h * 0.6), (w * 0.47, h * 0.36), (w * 0.53, h * 0.36), (w * 0.85, h * 0.6)], fill=road)
    draw.rectangle((0, h * 0.36, w * 0.45, h * 0.6), fill=shade((80, 130, 80), 0.6 if time == "night" else 1.0))
    draw.rectangle((w * 0.55, h * 0.36, w, h * 0.6), fill=shade((80, 130, 80), 0.6 if time == "night" else 1.0))
    for k in range(4):
        y = h * (0.4 + k * 0.05)
        draw.line((w / 2, y, w / 2, y + h * 0.02), fill=(240, 240, 200), width=max(2, w // 300))
    draw.rectangle((0, 0, w, h * 0.08), fill=(35, 35, 40))  # roof and pillars
    draw.polygon([(0, 0), (w * 0.1, 0), (0, h * 0.6)], fill=(35, 35, 40))
    draw.polygon([(w, 0), (w * 0.9, 0), (w, h * 0.6)], fill=(35, 35, 40))
    draw.rectangle((0, h * 0.58, w, h), fill=(45, 45, 50))  # the dashboard
    draw.ellipse((w * 0.1, h * 0.62, w * 0.42, h * 1.2), outline=(20, 20, 22), width=max(6, w // 80))  # wheel
    draw.rounded_rectangle((w * 0.55, h * 0.66, w * 0.75, h * 0.78), radius=w * 0.01, fill=(70, 160, 200))
    draw.rectangle((w * 0.47, h * 0.08, w * 0.55, h * 0.12), fill=(30, 30, 30))  # mirror


def _ship_deck(img: Picture, draw: Pen, w: int, h: int, horizon: int, time: str, rng: Rng) -> None:
    sea(img, draw, w, h, horizon, time, rng)
    dim = night_factor(time)
    draw.polygon([(0, h), (0, horizon + h * 0.2), (w, horizon + h * 0.12), (w, h)], fill=shade((150, 105, 65), dim))
    for k in range(9):  # planks
        y = horizon + h * 0.2 + (h - horizon) * k / 10
        draw.line((0, y, w, y - h * 0.08), fill=shade((115, 80, 50), dim), width=2)
    draw.rectangle((w * 0.7, 0, w * 0.73, horizon + h * 0.15), fill=shade((100, 70, 45), dim))  # mast
    draw.polygon(
        [(w * 0.73, h * 0.05), (w * 0.95, h * 0.3), (w * 0.73, h * 0.45)],
        fill=shade((235, 230, 215), dim),
    )
    draw.line(
        (0, horizon + h * 0.16, w, horizon + h * 0.08),
        fill=shade((90, 60, 40), dim),
        width=max(3, h // 90),
    )


VEHICLES: dict[str, Draw] = {
    "airplane_cabin": _airplane_cabin,
    "train": _train,
    "car_interior": _car_interior,
    "ship_deck": _ship_deck,
}
