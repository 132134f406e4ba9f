"""Photos of paper into the record: load safely, blur faces, find sticky notes, suggest text.

Qt-free and database-free: `pipeline.process_photo` turns bytes into a ProcessedPhoto and
services store the result. Importing this package is light; OpenCV and the text recogniser load
only with `workshop.photos.pipeline`.
"""

from workshop.photos.results import (
    MAX_PHOTO_BYTES,
    MAX_PHOTO_SIDE,
    Cancelled,
    FoundNote,
    PhotoRefused,
    ProcessedPhoto,
    check_size,
)

__all__ = [
    "MAX_PHOTO_BYTES",
    "MAX_PHOTO_SIDE",
    "Cancelled",
    "FoundNote",
    "PhotoRefused",
    "ProcessedPhoto",
    "check_size",
]
