"""Photos in: bad files refused, faces blurred, sticky notes found, straightened and read."""

from __future__ import annotations

import io
import struct
import threading
import zlib
from collections import Counter

import cv2
import numpy as np
import pytest
from PIL import Image

from tests.photos.faces import face_photo
from tests.photos.wall import Wall, draw_wall, plain_wall
from workshop.photos import Cancelled, PhotoRefused, ProcessedPhoto
from workshop.photos.faces import find_faces
from workshop.photos.loading import load_photo
from workshop.photos.pipeline import process_photo


def _decode(jpeg: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)


@pytest.fixture(scope="module")
def printed() -> tuple[Wall, ProcessedPhoto]:
    wall = draw_wall(10, width=1000, height=750, seed=5)
    return wall, process_photo(wall.jpeg)


@pytest.fixture(scope="module")
def handwritten() -> tuple[Wall, ProcessedPhoto]:
    wall = draw_wall(6, width=900, height=675, seed=8, hand=True, rotate=18, warp=0.08)
    return wall, process_photo(wall.jpeg)


def _words_right(wall: Wall, photo: ProcessedPhoto) -> float:
    truth = Counter(word for text in wall.texts for word in text.split())
    read = Counter(word for note in photo.notes for word in note.suggestion.upper().split())
    return sum((truth & read).values()) / sum(truth.values())


@pytest.mark.parametrize("wall_name", ["printed", "handwritten"])
def test_at_least_nine_notes_in_ten_are_found_and_none_invented(
    wall_name: str, request: pytest.FixtureRequest
) -> None:
    wall, photo = request.getfixturevalue(wall_name)
    assert 0.9 * len(wall.texts) <= len(photo.notes) <= len(wall.texts)


def test_printed_capitals_are_read_at_least_four_words_in_five(
    printed: tuple[Wall, ProcessedPhoto],
) -> None:
    wall, photo = printed
    assert _words_right(wall, photo) >= 0.8
    # Reading order follows the wall, so each note's suggestion belongs to that note.
    assert photo.notes[0].suggestion.upper().split() == wall.texts[0].split()


def test_hand_style_writing_is_read_at_best_effort(
    handwritten: tuple[Wall, ProcessedPhoto],
) -> None:
    wall, photo = handwritten
    # Handwriting is weaker; a person reviews every suggestion. Half the words is the floor.
    assert _words_right(wall, photo) >= 0.5


def test_each_note_is_straightened_cropped_and_keeps_its_paper_colour(
    printed: tuple[Wall, ProcessedPhoto],
) -> None:
    _, photo = printed
    for note in photo.notes:
        crop = _decode(note.jpeg)
        assert crop.shape[:2] == (note.height, note.width)
        # Straightened and tightly cropped: roughly square, and the border is paper, not wall.
        assert 0.75 <= note.width / note.height <= 1.33
        border = np.concatenate([crop[3, :], crop[-4, :], crop[:, 3], crop[:, -4]])
        hsv = cv2.cvtColor(border.reshape(1, -1, 3), cv2.COLOR_BGR2HSV)
        assert np.median(hsv[0, :, 1]) > 70, "the crop's edge should be coloured paper"
        assert note.colour.startswith("#") and len(note.colour) == 7
        assert 0 <= note.x <= 1 and 0 <= note.y <= 1
    assert len({note.colour[:3] for note in photo.notes}) >= 3  # several paper colours


def test_a_plain_wall_has_no_notes() -> None:
    photo = process_photo(plain_wall())
    assert photo.notes == ()


def test_faces_are_blurred_before_anything_is_kept() -> None:
    data, (x, y, w, h) = face_photo()
    assert find_faces(load_photo(data)), "the drawn face must be one the detector finds"
    photo = process_photo(data, find_notes=False)
    assert photo.blurred and photo.faces_blurred >= 1
    kept = _decode(photo.jpeg)
    assert find_faces(kept) == []
    # The face's detail is gone: hardly any edges left where the eyes and mouth were.
    face = cv2.cvtColor(kept[y : y + h, x : x + w], cv2.COLOR_BGR2GRAY)
    original = cv2.cvtColor(load_photo(data)[y : y + h, x : x + w], cv2.COLOR_BGR2GRAY)
    assert cv2.Laplacian(face, cv2.CV_64F).var() < 0.2 * cv2.Laplacian(original, cv2.CV_64F).var()


def test_a_photo_everyone_agreed_to_keeps_faces() -> None:
    data, _ = face_photo()
    photo = process_photo(data, everyone_agreed=True, find_notes=False)
    assert not photo.blurred and photo.faces_blurred == 0
    assert find_faces(_decode(photo.jpeg))


def test_photos_are_downscaled_to_2400_pixels_and_lose_their_metadata() -> None:
    image = Image.new("RGB", (3600, 1800), (200, 200, 200))
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make; a real phone adds GPS here too
    image.save(buffer, "JPEG", exif=exif)
    photo = process_photo(buffer.getvalue(), find_notes=False)
    assert (photo.width, photo.height) == (2400, 1200)
    assert not Image.open(io.BytesIO(photo.jpeg)).getexif()


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a huge size (a decompression bomb's trick)."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    header = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return bytes(data)


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "That file is empty (0 bytes)."),
        (b"%PDF-1.7 not a photo at all", "That file is not a photo this app can open."),
        (_png_claiming(50_000, 50_000), "That image claims more than 80 megapixels"),
        (b"\xff\xd8\xff" + bytes(100 * 1024 * 1024), "larger than 50 MB"),
        (b"GIF89a" + bytes(100), "That file is not a photo this app can open."),
    ],
    ids=["empty", "not-an-image", "decompression-bomb", "100-MB", "damaged"],
)
def test_bad_files_are_refused_in_one_sentence(data: bytes, sentence: str) -> None:
    with pytest.raises(PhotoRefused) as refused:
        process_photo(data)
    message = str(refused.value)
    assert sentence in message
    assert message.count(".") == 1 and message.endswith(".")


def test_a_cut_off_jpeg_is_refused() -> None:
    wall = draw_wall(4, width=400, height=300)
    with pytest.raises(PhotoRefused, match="damaged or incomplete"):
        process_photo(wall.jpeg[: len(wall.jpeg) // 3])


def test_cancel_stops_before_anything_is_returned() -> None:
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 1:
            cancel.set()

    with pytest.raises(Cancelled):
        process_photo(draw_wall(4, width=400, height=300).jpeg, progress=progress, cancel=cancel)
    assert seen == [0, 1]
