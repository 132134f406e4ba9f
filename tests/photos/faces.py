"""A drawn face that OpenCV's frontal-face detector recognises, for the blur tests."""

from __future__ import annotations

import cv2
import numpy as np


def face_photo(width: int = 800, height: int = 600) -> tuple[bytes, tuple[int, int, int, int]]:
    """A PNG of a face on a wall, and the face's box (x, y, w, h)."""
    image = np.full((height, width, 3), (200, 205, 210), np.uint8)
    cx, cy = width // 2, height // 2
    cv2.ellipse(image, (cx, cy - 14), (74, 98), 0, 0, 360, (50, 45, 40), -1)  # hair
    cv2.ellipse(image, (cx, cy + 7), (62, 83), 0, 0, 360, (150, 175, 215), -1)  # skin
    for dx in (-25, 25):
        cv2.ellipse(image, (cx + dx, cy - 8), (18, 9), 0, 0, 360, (60, 60, 60), -1)  # eyes
        cv2.ellipse(image, (cx + dx, cy - 25), (20, 4), 0, 0, 360, (50, 50, 60), -1)  # brows
    cv2.ellipse(image, (cx, cy + 22), (11, 5), 0, 0, 360, (90, 100, 130), -1)  # nose
    cv2.ellipse(image, (cx, cy + 43), (22, 6), 0, 0, 360, (60, 60, 120), -1)  # mouth
    image = cv2.GaussianBlur(image, (7, 7), 0)
    ok, data = cv2.imencode(".png", image)
    assert ok
    return data.tobytes(), (cx - 62, cy - 91, 124, 181)
