"""The organisation's own Easy Read pictures: any PNG or JPEG made into a small, clean PNG.

Used when a picture is added in the app and when one arrives in an interchange file, so both
paths keep the same rules (at most 10 MB in, at most 480 pixels a side out, no metadata).
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from workshop.errors import ValidationError
from workshop.messages import QT_TRANSLATE_NOOP

MAX_PICTURE_BYTES = 10 * 1024 * 1024
# Own pictures are kept no bigger than this: they print about 4 cm wide.
PICTURE_SIDE = 480


def as_png(data: bytes) -> tuple[bytes, int, int]:
    """An own picture as PNG no bigger than PICTURE_SIDE, refused in one sentence if unusable."""
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("Refusal", "That file is empty (0 bytes)."))
    if len(data) > MAX_PICTURE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Refusal", "That picture is bigger than 10 MB, so it was not added.")
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            if opened.format not in ("PNG", "JPEG"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That file is not a PNG or JPEG picture.")
                )
            opened.thumbnail((PICTURE_SIDE, PICTURE_SIDE))
            image = opened.convert("RGBA")
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Refusal", "That file is not a PNG or JPEG picture.")
        ) from None
    out = io.BytesIO()
    image.save(out, "PNG")  # the pixels only: no metadata travels with it
    return out.getvalue(), image.width, image.height


__all__ = ["MAX_PICTURE_BYTES", "PICTURE_SIDE", "as_png"]
