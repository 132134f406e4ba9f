"""Find faces with OpenCV's bundled Haar cascades and blur them beyond recognition."""

from __future__ import annotations

from functools import cache

import cv2
import numpy as np

# Faces are looked for on a copy this size: fast, and a face smaller than 24 of its pixels
# (3% of the photo's long side) is too small to recognise anyone by.
_DETECT_SIDE = 800


@cache
def _cascades() -> tuple[cv2.CascadeClassifier, ...]:
    folder = cv2.data.haarcascades  # type: ignore[attr-defined]
    names = ("haarcascade_frontalface_default.xml", "haarcascade_profileface.xml")
    cascades = tuple(cv2.CascadeClassifier(folder + name) for name in names)
    if any(cascade.empty() for cascade in cascades):  # pragma: no cover - broken install
        raise RuntimeError("OpenCV's face detectors are missing from this installation")
    return cascades


def find_faces(image: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Rectangles (x, y, width, height) of faces, frontal or in profile, in image pixels."""
    height, width = image.shape[:2]
    scale = min(1.0, _DETECT_SIDE / max(height, width))
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    if scale < 1:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    found: list[tuple[int, int, int, int]] = []
    frontal, profile = _cascades()
    for cascade, flip in ((frontal, False), (profile, False), (profile, True)):
        source = cv2.flip(grey, 1) if flip else grey
        for x, y, w, h in cascade.detectMultiScale(
            source, scaleFactor=1.15, minNeighbors=6, minSize=(24, 24)
        ):
            if flip:
                x = source.shape[1] - x - w
            found.append((round(x / scale), round(y / scale), round(w / scale), round(h / scale)))
    return found


def blur_faces(image: np.ndarray) -> tuple[np.ndarray, int]:
    """A copy with every face found pixelated and blurred; and how many faces were blurred."""
    faces = find_faces(image)
    result = image.copy()
    height, width = image.shape[:2]
    for x, y, w, h in faces:
        # A margin takes in hair and chin, which also identify people.
        pad_x, pad_y = w // 4, h // 3
        left, top = max(0, x - pad_x), max(0, y - pad_y)
        right, bottom = min(width, x + w + pad_x), min(height, y + h + pad_y)
        region = result[top:bottom, left:right]
        # Pixelate first (throws the detail away), then blur the blocks' edges.
        small = cv2.resize(region, (6, 6), interpolation=cv2.INTER_AREA)
        blocks = cv2.resize(small, region.shape[1::-1], interpolation=cv2.INTER_NEAREST)
        kernel = max(3, (min(region.shape[:2]) // 4) | 1)
        result[top:bottom, left:right] = cv2.GaussianBlur(blocks, (kernel, kernel), 0)
    return result, len(faces)
