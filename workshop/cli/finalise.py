"""The `finalise` and `reopen` subcommands: a record checked by participants, and reopening it."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from workshop.cli.context import CommandContext
from workshop.errors import WorkshopError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    finalise = subparsers.add_parser(
        "finalise",
        parents=[common],
        help="mark a session's record final once the people who took part have checked it",
        description="Mark the record final. A final session refuses changes until reopened.",
    )
    finalise.add_argument("session_id", metavar="SESSION_ID", type=int)
    finalise.add_argument(
        "--checked-by",
        metavar="TEXT",
        required=True,
        help="who checked the record, as the record should print it",
    )
    finalise.add_argument(
        "--on", metavar="YYYY-MM-DD", help="the day it was checked (default: today)"
    )
    finalise.set_defaults(handler=run_finalise)

    reopen = subparsers.add_parser(
        "reopen",
        parents=[common],
        help="reopen a final record for changes; the record then says when it was amended",
    )
    reopen.add_argument("session_id", metavar="SESSION_ID", type=int)
    reopen.set_defaults(handler=run_reopen)


def run_finalise(args: argparse.Namespace, context: CommandContext) -> int:
    if not args.checked_by.strip():
        raise WorkshopError("Say who checked the record with --checked-by.")
    checked_on = None
    if args.on is not None:
        try:
            checked_on = dt.date.fromisoformat(args.on.strip())
        except ValueError:
            raise WorkshopError(
                "--on must be a date written YYYY-MM-DD, such as 2026-12-06."
            ) from None
    view = context.services.sessions.mark_final(
        args.session_id, checked_on, checked_by=args.checked_by
    )
    assert view.checked_on is not None
    print(
        f"The record of session {view.id} is final, checked by {view.checked_by} "
        f"on {view.checked_on.isoformat()}.",
        file=sys.stderr,
    )
    return 0


def run_reopen(args: argparse.Namespace, context: CommandContext) -> int:
    view = context.services.sessions.reopen(args.session_id)
    print(f"The record of session {view.id} is open for changes again.", file=sys.stderr)
    return 0
