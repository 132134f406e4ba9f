"""Photos of paper into the record: load safely, blur faces, find sticky notes, suggest text.

Qt-free and database-free: it turns bytes into a ProcessedPhoto; services store the result.
"""

from workshop.photos.loading import (
    MAX_PHOTO_BYTES,
    MAX_PHOTO_SIDE,
    PhotoRefused,
    check_size,
    load_photo,
)
from workshop.photos.pipeline import Cancelled, FoundNote, ProcessedPhoto, process_photo

__all__ = [
    "MAX_PHOTO_BYTES",
    "MAX_PHOTO_SIDE",
    "Cancelled",
    "FoundNote",
    "PhotoRefused",
    "ProcessedPhoto",
    "check_size",
    "load_photo",
    "process_photo",
]
