"""The `report` subcommand: writes a session's record as PDF or accessible HTML (or Easy Read)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from exports.record_options import LANGUAGES, SECTION_TITLES, Edition, Section
from workshop import privacy
from workshop.cli.context import CommandContext, output_format
from workshop.cli.easy_read import EDITION as EASY_READ
from workshop.cli.easy_read import run_easy_read


def _flag(section: Section) -> str:
    return "--no-" + section.value.replace("_", "-")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    report = subparsers.add_parser(
        "report",
        parents=[common],
        help="write a session's record as PDF or accessible HTML",
        description="Write the record of a session. The format follows the file's extension: "
        ".pdf for print, .html for the accessible version.",
    )
    report.add_argument("session_id", metavar="SESSION_ID", type=int)
    report.add_argument("--output", "-o", metavar="FILE.pdf|FILE.html", required=True)
    report.add_argument(
        "--format",
        choices=("pdf", "html"),
        help="the format, when the output's extension does not say it (e.g. /dev/stdout)",
    )
    sections = report.add_argument_group("sections (all are included unless switched off)")
    for section in Section:
        sections.add_argument(
            _flag(section),
            dest=f"skip_{section.value}",
            action="store_true",
            help=f"leave out “{SECTION_TITLES[section]}”",
        )
    report.add_argument(
        "--edition",
        choices=[*(e.value for e in Edition), EASY_READ],
        default=Edition.PUBLIC.value,
        help="public (default): for anyone, never any contact details, small groups merged; "
        "participants: for the people who took part, marked 'Not for publication'; "
        "easy-read: the Easy Read record, the sentences written in the app's Easy Read panel "
        "beside pictures (en or cy; sections and merging do not apply)",
    )
    report.add_argument(
        "--merge-small-groups",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"show roles with fewer than {privacy.SMALL_GROUP_SIZE} people at the session as "
        "'participant', so nobody can be picked out by their role (default: on in the public "
        "edition, off in the participants' edition)",
    )
    report.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the record's own wording: en (default), cy (Welsh) or cy+en (both, Welsh first)",
    )
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace, context: CommandContext) -> int:
    if args.edition == EASY_READ:
        return run_easy_read(args, context)
    context.loading()
    # Imported here so other subcommands do not pay for loading ReportLab, and below only the
    # writer asked for (a PDF does not need the web record's module, nor the web one ReportLab's).
    from exports.editions import edition_options

    kind = output_format(args.output, ("pdf", "html"), args.format)
    output = context.output(args.output)
    snapshot = context.services.sessions.record(args.session_id)
    skipped = {s for s in Section if getattr(args, f"skip_{s.value}")}
    options = edition_options(
        snapshot,
        edition=args.edition,
        merge_small_groups=args.merge_small_groups,
        language=args.language,
        without=skipped,
    )
    small = privacy.small_role_groups(snapshot)
    if small and not options.merged_roles:
        print(f"workshop: {privacy.small_group_warning(small, cli=True)}", file=sys.stderr)
    if kind == "pdf":
        from exports.pdf import write_pdf as write
    else:
        from exports.html import write_html as write
    context.settle()
    write(snapshot, output, options, protect=context.database.files)
    print(f"Wrote the record of session {args.session_id} to {output}.", file=sys.stderr)
    return 0
