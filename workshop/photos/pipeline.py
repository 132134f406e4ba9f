"""From a photo's bytes to what is stored: the blurred picture and each note's crop and text."""

from __future__ import annotations

import threading
from collections.abc import Callable

from workshop.photos import detection, faces, headings, reading
from workshop.photos.loading import downscale, encode_jpeg, load_photo
from workshop.photos.results import Cancelled, FoundNote, ProcessedPhoto

# Called with (steps done, steps in all) as the work goes on.
Progress = Callable[[int, int], None]
_STEPS = 4


def process_photo(
    data: bytes,
    *,
    everyone_agreed: bool = False,
    find_notes: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ProcessedPhoto:
    """Open, blur faces, find and straighten notes, and suggest their texts.

    Raises PhotoRefused for a bad file and Cancelled when cancel is set between steps. The
    unblurred photo only ever exists in memory here: everything returned comes from the copy
    whose faces were blurred (unless everyone in it agreed to be photographed).
    """

    def step(done: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        if progress is not None:
            progress(done, _STEPS)

    step(0)
    image = load_photo(data)
    step(1)
    count = 0
    if not everyone_agreed:
        image, count = faces.blur_faces(image)
    step(2)
    notes: list[FoundNote] = []
    found_headings: list[headings.Heading] = []
    if find_notes:
        height, width = image.shape[:2]
        outlines = detection.find_note_outlines(image)
        crops = [detection.straighten(image, outline.corners) for outline in outlines]
        step(3)
        # Reading smaller copies is several times faster and as accurate for sticky-note writing.
        suggestions = reading.suggest_texts([downscale(crop, reading.READ_SIDE) for crop in crops])
        found_headings = headings.find_headings(image, outlines)
        width_of_note = headings.note_width(outlines) if outlines else 0.0
        for outline, crop, suggestion in zip(outlines, crops, suggestions, strict=True):
            notes.append(
                FoundNote(
                    jpeg=encode_jpeg(crop),
                    width=crop.shape[1],
                    height=crop.shape[0],
                    colour=outline.colour,
                    suggestion=suggestion,
                    x=outline.centre[0] / width,
                    y=outline.centre[1] / height,
                    heading=headings.heading_of(outline, found_headings, width_of_note),
                )
            )
    step(_STEPS)
    height, width = image.shape[:2]
    return ProcessedPhoto(
        jpeg=encode_jpeg(image),
        width=width,
        height=height,
        faces_blurred=count,
        blurred=not everyone_agreed,
        notes=tuple(notes),
        headings=tuple(h.text for h in sorted(found_headings, key=lambda h: h.left)),
    )
