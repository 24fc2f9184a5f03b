"""How the things a sentence turns on are drawn with the people who use them (script/key_things.py reads
them): a vehicle at its size, its rider seated in it (the vehicle's side below its belt line hides the
rider's hips and legs); a bed or a pile of mattresses under the one who lies on it, the sleeper on top; a
cart drawn by us, the picture set having no picture of one (a wagon, a carriage: data/words/<language>.json)."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

# how tall a vehicle is beside a grown person (shares of the person's height): a car about as tall as they
# are (the one seated in it has their head under its roof, not above it), a bus and a train above the head;
# a cart to the hip
VEHICLE_HEIGHT = {
    "car": 1.0,
    "taxi": 1.0,
    "police_car": 1.0,
    "racing_car": 0.45,
    "pickup_truck": 0.75,
    "ambulance": 0.85,
    "fire_engine": 0.95,
    "truck": 1.0,
    "tractor": 0.85,
    "auto_rickshaw": 0.8,
    "bus": 1.25,
    "train": 1.25,
    "tram": 1.25,
    "metro": 1.25,
    "cart": 0.55,
    # boarded or stood by (script/key_things.py BESIDE): an airplane's fuselage above the head, a motorbike
    # to the hip
    "airplane": 1.3,
    "helicopter": 1.1,
    "motorcycle": 0.55,
    "scooter": 0.5,
    "bicycle": 0.5,
}
DEFAULT_VEHICLE = 0.7
# settings that are the inside of a vehicle (engines/image/settings/vehicles.py): one who rides sits in the picture
INSIDE_VEHICLES = frozenset({"car_interior", "train", "airplane_cabin", "trailer"})
# the belt line: the share of a vehicle's drawn height, from its bottom, that hides the one sitting in it
BELT = {"bus": 0.42, "train": 0.42, "tram": 0.42, "metro": 0.42, "truck": 0.45, "cart": 0.7, "car": 0.42}
BELT |= {"taxi": BELT["car"], "police_car": BELT["car"]}
DEFAULT_BELT = 0.5
BED_LENGTH = 1.1  # a bed is as long as one who lies on it, a little more (shares of a grown person's height)
BED_HEIGHT = 0.3  # a bed's height beside a grown person
MATTRESS = 0.09  # one mattress's thickness beside a grown person
MOST_MATTRESSES = 8  # the most mattresses a pile draws: "fifteen mattresses" reads as a tall pile of eight


def vehicle_height(key: str) -> float:
    return VEHICLE_HEIGHT.get(key, DEFAULT_VEHICLE)


def belt(key: str) -> float:
    return BELT.get(key, DEFAULT_BELT)


def mattress_pile(width: int, count: int, thickness: int) -> Image.Image:
    """`count` mattresses (up to MOST_MATTRESSES), each `thickness` pixels thick, one upon another, a
    little askew as a pile is: striped ticking, rounded ends, a seam on each."""
    n = max(1, min(count, MOST_MATTRESSES))
    s = 3  # drawn large, scaled down: smooth edges
    w, t = max(8, width) * s, max(3, thickness) * s
    shift = int(0.05 * w)
    img = Image.new("RGBA", (w + shift, t * n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    colours = [(214, 190, 160), (190, 205, 225), (225, 200, 205), (200, 220, 190)]
    for i in range(n):  # from the bottom up
        y = t * (n - 1 - i)
        x = shift // 2 + (shift // 2 if i % 2 else -shift // 2) * (i % 3 != 0)
        fill = colours[i % len(colours)]
        box = (x, y, x + w - 1, y + t - 1)
        d.rounded_rectangle(box, radius=t * 0.45, fill=fill, outline=(90, 70, 60), width=max(1, s))
        for k in range(1, 10):  # the ticking's stripes
            sx = x + w * k / 10
            d.line((sx, y + t * 0.2, sx, y + t * 0.8), fill=(fill[0] - 40, fill[1] - 40, fill[2] - 40), width=s)
        d.line((x + t * 0.4, y + t * 0.5, x + w - t * 0.4, y + t * 0.5), fill=(120, 100, 90), width=max(1, s // 2))
    return img.resize((max(2, (w + shift) // s), max(2, t * n // s)), Image.Resampling.LANCZOS)


def cart(d: ImageDraw.ImageDraw, w: int, h: int) -> None:
    """A wooden cart seen from the side: a box of planks on two spoked wheels, a shaft out in front."""
    wood, dark = (150, 100, 55, 255), (95, 60, 30, 255)
    r = h * 0.3
    d.rectangle((w * 0.08, h * 0.22, w * 0.92, h * 0.6), fill=wood, outline=dark, width=max(1, int(h * 0.02)))
    for k in (0.36, 0.48):  # planks
        d.line((w * 0.08, h * k, w * 0.92, h * k), fill=dark, width=max(1, int(h * 0.015)))
    d.line((0, h * 0.55, w * 0.1, h * 0.5), fill=dark, width=max(1, int(h * 0.04)))  # the shaft
    for cx in (w * 0.28, w * 0.72):
        cy = h - r
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=dark, width=max(2, int(r * 0.18)))
        for a in range(4):  # spokes
            angle = a * math.pi / 4
            dx, dy = r * math.cos(angle), r * math.sin(angle)
            d.line((cx - dx, cy - dy, cx + dx, cy + dy), fill=dark, width=max(1, int(r * 0.08)))
