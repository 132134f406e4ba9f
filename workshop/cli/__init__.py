"""The `workshop` command: opens the app, or runs a subcommand headless.

Expected errors print one sentence on stderr and exit 2; success exits 0.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from workshop.cli.context import CommandContext
from workshop.errors import WorkshopError

EXIT_OK = 0
EXIT_REFUSED = 2

# Each module registers its subcommands with register(subparsers, common).
COMMAND_MODULES = (
    "workshop.cli.record",
    "workshop.cli.people",
    "workshop.cli.actions",
    "workshop.cli.live",
    "workshop.cli.board",
    "workshop.cli.report",
    "workshop.cli.photo",
    "workshop.cli.involvement",
    "workshop.cli.feedback",
    "workshop.cli.finalise",
)


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="SQLite file or postgresql+psycopg:// URL (default: $WORKSHOP_DATABASE, "
        "else workshops.sqlite3 in your data folder)",
    )
    return common


def _top_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop",
        description="Run co-design sessions and publish their record.",
        parents=[common],
    )
    parser.add_argument(
        "--language",
        choices=("en", "cy"),
        default=argparse.SUPPRESS,
        help="language of the desktop app for this run: en (English) or cy (Cymraeg); "
        "otherwise the one chosen in Settings",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = _top_parser(common)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


def _app_only_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain `workshop` (open the app), or None when a subcommand is asked for.

    Opening the app should not wait for every subcommand's module to load.
    """
    if any(word in ("-h", "--help") for word in argv):
        return None
    quick = _top_parser(_common_options())
    quick.exit_on_error = False
    try:
        args, rest = quick.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    words = list(sys.argv[1:] if argv is None else argv)
    args = _app_only_arguments(words)
    if args is None:
        try:
            args = build_parser().parse_args(words)
        except SystemExit as exit_:
            # argparse exits 2 on bad usage already; keep its code.
            return int(exit_.code or 0)
    context = CommandContext(getattr(args, "database", None))
    try:
        if args.command is None:
            from workshop.app import run_gui

            return run_gui(context.database_target, args)
        return int(args.handler(args, context) or EXIT_OK)
    except WorkshopError as error:
        message = error.message.rstrip()
        if not message.endswith((".", "?", "!")):
            message += "."
        print(f"workshop: {message}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    finally:
        context.close()
