"""Subcommands over whole workshops: demo, list, import and export of the interchange file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workshop.cli.context import CommandContext
from workshop.errors import WorkshopError
from workshop.files import read_input


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser(
        "demo", parents=[common], help="add a realistic demo workshop and print its ids"
    )
    demo.set_defaults(handler=run_demo)

    listing = subparsers.add_parser(
        "list", parents=[common], help="list workshops with their sessions and ids"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(handler=run_list)

    importing = subparsers.add_parser(
        "import", parents=[common], help="import an interchange file; prints the new workshop id"
    )
    importing.add_argument("file", metavar="FILE")
    importing.set_defaults(handler=run_import)

    exporting = subparsers.add_parser(
        "export", parents=[common], help="write a workshop as an interchange file"
    )
    exporting.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    exporting.add_argument("--output", "-o", metavar="FILE.json", required=True)
    exporting.add_argument(
        "--anonymise",
        action="store_true",
        help="replace people who did not consent to be named by pseudonyms, drop support needs",
    )
    exporting.add_argument(
        "--merge-small-groups",
        action="store_true",
        help="with --anonymise: label role groups of fewer than three people as 'participant'",
    )
    exporting.set_defaults(handler=run_export)


def run_demo(args: argparse.Namespace, context: CommandContext) -> int:
    from workshop.demo import create_demo

    ids = create_demo(context.services)
    print(f"Workshop {ids.workshop}: {ids.title}")
    for session_id, title in ids.sessions:
        print(f"  Session {session_id}: {title}")
    return 0


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.services
    listing: list[dict[str, object]] = []
    for workshop in services.workshops.list():
        sessions = services.sessions.list(workshop.id)
        listing.append(
            {
                "id": workshop.id,
                "title": workshop.title,
                "sessions": [
                    {
                        "id": s.id,
                        "title": s.title,
                        "date": s.date.isoformat() if s.date else None,
                    }
                    for s in sessions
                ],
            }
        )
    if args.json:
        print(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    if not listing:
        print("No workshops yet. Try `workshop demo` or `workshop import FILE`.")
    for entry in listing:
        print(f"{entry['id']}\t{entry['title']}")
        for s in entry["sessions"]:  # type: ignore[attr-defined]
            print(f"  {s['id']}\t{s['date'] or 'no date'}\t{s['title']}")
    return 0


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    raw = read_input(Path(args.file))
    view = context.services.interchange.import_workshop(raw)
    print(view.id)
    return 0


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    from workshop import privacy

    output = context.output(args.output)
    services = context.services
    merged: frozenset[str] = frozenset()
    if args.anonymise:
        small = privacy.small_role_groups(services.interchange.boards(args.workshop_id))
        merged = privacy.merged_roles(small, args.merge_small_groups)
        if small and not args.merge_small_groups:
            print(f"workshop: {privacy.small_group_warning(small, cli=True)}", file=sys.stderr)
    elif args.merge_small_groups:
        raise WorkshopError("--merge-small-groups only applies with --anonymise.")
    text = services.interchange.export_text(
        args.workshop_id, anonymise=args.anonymise, merged_roles=merged
    )
    context.write(output, text.encode("utf-8"))
    if args.anonymise:
        merged_note = (
            f" ({privacy.describe_roles(merged)} shown as 'participant')" if merged else ""
        )
        print(f"Wrote an anonymised copy to {args.output}{merged_note}.", file=sys.stderr)
    return 0
