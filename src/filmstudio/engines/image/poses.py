"""Where the people of a painted scene stand, as an OpenPose skeleton picture for a ControlNet, and where
their faces will be (for the close-ups and the lip-sync). Pure functions of the cast and frame size.

The skeleton follows OpenPose's 18 keypoints and colours, which the SDXL OpenPose ControlNets read."""

from __future__ import annotations

import cv2
import numpy as np

# keypoints of a person standing facing the camera, in units of their height, from the top of the head
# (x: right of centre as seen), in OpenPose's order: nose, neck, r-shoulder, r-elbow, r-wrist, l-shoulder,
# l-elbow, l-wrist, r-hip, r-knee, r-ankle, l-hip, l-knee, l-ankle, r-eye, l-eye, r-ear, l-ear
STANDING = np.array(
    [
        (0.0, 0.075),
        (0.0, 0.17),
        (-0.11, 0.18),
        (-0.14, 0.33),
        (-0.15, 0.47),
        (0.11, 0.18),
        (0.14, 0.33),
        (0.15, 0.47),
        (-0.06, 0.50),
        (-0.065, 0.73),
        (-0.07, 0.96),
        (0.06, 0.50),
        (0.065, 0.73),
        (0.07, 0.96),
        (-0.022, 0.06),
        (0.022, 0.06),
        (-0.05, 0.065),
        (0.05, 0.065),
    ]
)
LIMBS = (
    (1, 2),
    (1, 5),
    (2, 3),
    (3, 4),
    (5, 6),
    (6, 7),
    (1, 8),
    (8, 9),
    (9, 10),
    (1, 11),
    (11, 12),
    (12, 13),
    (1, 0),
    (0, 14),
    (14, 16),
    (0, 15),
    (15, 17),
)
COLOURS = (
    (255, 0, 0),
    (255, 85, 0),
    (255, 170, 0),
    (255, 255, 0),
    (170, 255, 0),
    (85, 255, 0),
    (0, 255, 0),
    (0, 255, 85),
    (0, 255, 170),
    (0, 255, 255),
    (0, 170, 255),
    (0, 85, 255),
    (0, 0, 255),
    (85, 0, 255),
    (170, 0, 255),
    (255, 0, 255),
    (255, 0, 170),
    (255, 0, 85),
)
HEIGHT = 0.78  # a standing person's height as a share of the frame's
FEET = 0.95  # where their feet are, from the top


def marks(count: int) -> list[float]:
    """The centre of each person across the frame (shares of its width), left to right."""
    if count <= 0:
        return []
    spread = min(0.7, 0.25 * count)
    return [0.5] if count == 1 else [0.5 - spread / 2 + spread * i / (count - 1) for i in range(count)]


def keypoints(count: int, size: tuple[int, int]) -> list[np.ndarray]:
    """Each person's 18 keypoints in pixels."""
    width, height = size
    tall = HEIGHT * height
    top = FEET * height - tall
    return [np.column_stack([cx * width + STANDING[:, 0] * tall, top + STANDING[:, 1] * tall]) for cx in marks(count)]


def pose_picture(count: int, size: tuple[int, int]) -> np.ndarray:
    """The OpenPose rendering of the cast standing on their marks: limbs as coloured ellipses and joints
    as dots on black, RGB uint8."""
    width, height = size
    canvas = np.zeros((height, width, 3), np.uint8)
    stick = max(2, int(round(min(size) / 170)))
    for points in keypoints(count, size):
        for n, (a, b) in enumerate(LIMBS):
            (x0, y0), (x1, y1) = points[a], points[b]
            length = float(np.hypot(x1 - x0, y1 - y0))
            angle = float(np.degrees(np.arctan2(y1 - y0, x1 - x0)))
            centre = (int(round((x0 + x1) / 2)), int(round((y0 + y1) / 2)))
            polygon = cv2.ellipse2Poly(centre, (int(length / 2), stick), int(angle), 0, 360, 1)
            # ellipse2Poly gives an int32 array (its stubs say a sequence): asarray keeps it as it is
            points_of = np.asarray(polygon, dtype=np.int32)
            cv2.fillConvexPoly(canvas, points_of, [int(c * 0.6) for c in COLOURS[n % len(COLOURS)]])
        for n, (x, y) in enumerate(points):
            cv2.circle(canvas, (int(round(x)), int(round(y))), stick + 1, COLOURS[n], -1)
    return canvas


def face_boxes(count: int, size: tuple[int, int]) -> list[tuple[float, float, float, float]]:
    """Each person's face (left, top, right, bottom as shares of the frame): square, from the brow to
    below the chin, around the head the skeleton puts there."""
    width, height = size
    boxes = []
    for points in keypoints(count, size):
        x, y = points[0]
        half = HEIGHT * height * 0.065
        box = ((x - half) / width, (y - 1.1 * half) / height, (x + half) / width, (y + 0.9 * half) / height)
        left, top, right, bottom = (round(float(v), 5) for v in box)
        boxes.append((left, top, right, bottom))
    return boxes
