"""The `photo` subcommand: sticky notes from a photo of a wall become notes waiting for review."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workshop.cli.context import CommandContext
from workshop.files import read_input


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    photo = subparsers.add_parser(
        "photo",
        parents=[common],
        help="add the sticky notes in a photo as notes waiting for review",
        description="Find the sticky notes in a photo (JPEG, PNG or WebP), straighten and crop "
        "each, read a suggested text on this computer, and add them to the session as notes "
        "waiting for review. Faces are blurred before anything is stored, unless everyone in "
        "the photo agreed to be photographed.",
    )
    photo.add_argument("session_id", metavar="SESSION_ID", type=int)
    photo.add_argument("photo", metavar="PHOTO.jpg", type=Path)
    photo.add_argument(
        "--column",
        metavar="COLUMN_ID",
        type=int,
        help="the column for the notes (default: the first)",
    )
    photo.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="add the notes with their suggested text, unreviewed (marked machine-read)",
    )
    photo.add_argument(
        "--everyone-agreed",
        action="store_true",
        help="everyone in the photo agreed to be photographed: do not blur faces",
    )
    photo.add_argument(
        "--drawing",
        metavar="CAPTION",
        help="keep the photo as a picture of a flipchart or drawing with this caption, "
        "instead of looking for notes",
    )
    photo.set_defaults(handler=run_photo)


def run_photo(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: OpenCV and the text recogniser load only for this command.
    from workshop.photos import check_size
    from workshop.photos.pipeline import process_photo

    path: Path = args.photo
    if path.is_file():
        check_size(path.stat().st_size)
    data = read_input(path)
    services = context.services
    # Refuse a wrong session or column before the slow part.
    services.sessions.get(args.session_id)
    if args.drawing is not None:
        processed = process_photo(data, everyone_agreed=args.everyone_agreed, find_notes=False)
        picture = services.photos.add_drawing(args.session_id, processed, args.drawing)
        print(f"Kept {path.name} as picture {picture.id} with its caption.")
        return 0
    processed = process_photo(data, everyone_agreed=args.everyone_agreed)
    added = services.photos.add_photo(
        args.session_id,
        processed,
        column_id=args.column,
        accept_suggestions=args.accept_suggestions,
    )
    print(_found_sentence(len(added.notes), path.name, args.accept_suggestions))
    return 0


def _found_sentence(count: int, name: str, accepted: bool) -> str:
    if count == 0:
        return f"Found no notes in {name}."
    notes = "1 note" if count == 1 else f"{count} notes"
    if accepted:
        return f"Found {notes} in {name}; added with their suggested text, marked machine-read."
    waiting = "it is" if count == 1 else "they are"
    return f"Found {notes} in {name}; {waiting} waiting for review."
