"""Open a photo from untrusted bytes: refuse bad files in one sentence, downscale, drop metadata."""

from __future__ import annotations

import io
import warnings

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from workshop.messages import QT_TRANSLATE_NOOP
from workshop.photos.results import (
    MAX_PHOTO_PIXELS,
    MAX_PHOTO_SIDE,
    PhotoRefused,
    check_size,
)

# What phones and laptops save photos as; other decoders are not exposed to untrusted files.
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP"})


_TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Refusal", "That image claims more than 80 megapixels, so it was not opened."
)


def load_photo(data: bytes, max_side: int = MAX_PHOTO_SIDE) -> np.ndarray:
    """The photo as a BGR array, upright (EXIF), at most max_side long; metadata is dropped."""
    if not data:
        raise PhotoRefused(QT_TRANSLATE_NOOP("Refusal", "That file is empty (0 bytes)."))
    check_size(len(data))
    try:
        with warnings.catch_warnings():
            # Pillow warns about huge images; our own pixel limit below decides.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise PhotoRefused(
                    QT_TRANSLATE_NOOP("Refusal", "That file is not a JPEG, PNG or WebP photo.")
                )
            width, height = image.size
            if width * height > MAX_PHOTO_PIXELS:
                raise PhotoRefused(_TOO_MANY_PIXELS)
            if width < 16 or height < 16:
                raise PhotoRefused(
                    QT_TRANSLATE_NOOP("Refusal", "That image is too small to hold any notes.")
                )
            upright = ImageOps.exif_transpose(image).convert("RGB")
    except PhotoRefused:
        raise
    except Image.DecompressionBombError:
        raise PhotoRefused(_TOO_MANY_PIXELS) from None
    except UnidentifiedImageError:
        raise PhotoRefused(
            QT_TRANSLATE_NOOP("Refusal", "That file is not a photo this app can open.")
        ) from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise PhotoRefused(
            QT_TRANSLATE_NOOP("Refusal", "That photo is damaged or incomplete, so it was not used.")
        ) from None
    array = cv2.cvtColor(np.asarray(upright), cv2.COLOR_RGB2BGR)
    return downscale(array, max_side)


def downscale(image: np.ndarray, max_side: int) -> np.ndarray:
    """The image shrunk so its long side is at most max_side (never enlarged)."""
    height, width = image.shape[:2]
    scale = max_side / max(height, width)
    if scale >= 1:
        return image
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


def encode_jpeg(image: np.ndarray, quality: int = 85) -> bytes:
    """JPEG bytes of a BGR image (no metadata: the pixels only)."""
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:  # pragma: no cover - OpenCV encodes any 8-bit BGR array
        raise RuntimeError("JPEG encoding failed")
    return buffer.tobytes()
