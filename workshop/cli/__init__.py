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

# Each module registers its subcommands with register(subparsers, common). A command imports
# only its own module (importing them all costs `workshop report` a tenth of a second); the full
# set, in this order, is built for `workshop --help` and for a word that names no command.
COMMANDS = {
    "demo": "workshop.cli.record",
    "list": "workshop.cli.record",
    "import": "workshop.cli.record",
    "export": "workshop.cli.record",
    "participant": "workshop.cli.people",
    "purge-expired": "workshop.cli.people",
    "actions": "workshop.cli.actions",
    "serve": "workshop.cli.live",
    "snapshot": "workshop.cli.board",
    "gui-check": "workshop.cli.board",
    "report": "workshop.cli.report",
    "photo": "workshop.cli.photo",
    "access-plan": "workshop.cli.involvement",
    "payments": "workshop.cli.involvement",
    "kept-payments": "workshop.cli.involvement",
    "feedback": "workshop.cli.feedback",
    "feedback-card": "workshop.cli.feedback",
    "reach": "workshop.cli.feedback",
    "finalise": "workshop.cli.finalise",
    "reopen": "workshop.cli.finalise",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))
# The top-level options that take a value, which the word after them is.
_VALUED_OPTIONS = ("--database", "--language")


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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for one subcommand (only its module imported), or for all of them."""
    common = _common_options()
    parser = _top_parser(common)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for module_name in modules:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


def command_word(argv: Sequence[str]) -> str | None:
    """The first word that is neither a top-level option nor its value: the subcommand asked for.

    Options may be abbreviated (`--data PATH`), as argparse allows. None for help asked before
    any command (`workshop -h`), which lists every command.
    """
    takes_value = False
    for word in argv:
        name = word.partition("=")[0]
        if takes_value:
            takes_value = False
        elif word in ("-h", "--") or (len(name) > 2 and "--help".startswith(name)):
            return None
        elif word.startswith("--"):
            takes_value = (
                "=" not in word
                and len(name) > 2
                and any(option.startswith(name) for option in _VALUED_OPTIONS)
            )
        elif not word.startswith("-"):
            return word
    return None


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
            args = build_parser(command_word(words)).parse_args(words)
        except SystemExit as exit_:
            # argparse exits 2 on bad usage already; keep its code.
            return int(exit_.code or 0)
    # A process started for one command (not a caller in-process, such as a test) may leave
    # what it loaded to the operating system when it ends.
    one_shot = argv is None and args.command is not None
    context = CommandContext(getattr(args, "database", None), one_shot=one_shot)
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
