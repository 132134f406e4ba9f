"""Subcommands before and after a session: the access plan, and payments for the finance team."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workshop.cli.context import CommandContext, output_format


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    plan = subparsers.add_parser(
        "access-plan",
        parents=[common],
        help="write a session's access plan (bookings, room set-up, breaks, copies) as PDF or HTML",
        description="Write what must be booked and prepared for people's access needs. The "
        "organisers' copy names people and holds special-category data; --for venue leaves out "
        "names and free text.",
    )
    plan.add_argument("session_id", metavar="SESSION_ID", type=int)
    plan.add_argument("--output", "-o", metavar="FILE.pdf|FILE.html", required=True)
    plan.add_argument(
        "--format",
        choices=("pdf", "html"),
        help="the format, when the output's extension does not say it (e.g. /dev/stdout)",
    )
    plan.add_argument(
        "--for",
        dest="audience",
        choices=("organisers", "venue"),
        default="organisers",
        help="who the copy is for: organisers (with names, the default) or venue (no names)",
    )
    plan.set_defaults(handler=run_access_plan)

    payments = subparsers.add_parser(
        "payments",
        parents=[common],
        help="write every involvement payment of a workshop as CSV for the finance team",
    )
    payments.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    payments.add_argument("--output", "-o", metavar="FILE.csv", required=True)
    payments.set_defaults(handler=run_payments)

    kept = subparsers.add_parser(
        "kept-payments",
        parents=[common],
        help="write the payments kept under pseudonyms after their workshops were purged, as CSV",
    )
    kept.add_argument("--output", "-o", metavar="FILE.csv", required=True)
    kept.set_defaults(handler=run_kept_payments)


def run_access_plan(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here so other subcommands do not pay for loading ReportLab.
    from exports import access_plan

    kind = output_format(args.output, ("pdf", "html"), args.format)
    output = context.output(args.output)
    services = context.services
    plan = services.access.plan(args.session_id, for_venue=args.audience == "venue")
    today = services.clock().date()
    writer = access_plan.write_pdf if kind == "pdf" else access_plan.write_html
    writer(plan, output, today, context.database.files)
    copy = "venue's copy" if plan.for_venue else "organisers' copy (names people: keep it safe)"
    print(
        f"Wrote the access plan of session {args.session_id}, the {copy}, to {output}.",
        file=sys.stderr,
    )
    return 0


def run_payments(args: argparse.Namespace, context: CommandContext) -> int:
    from exports.csv_payments import payments_csv

    output = context.output(args.output)
    services = context.services
    workshop = services.workshops.get(args.workshop_id)
    payments = services.payments.for_workshop(workshop.id)
    sessions = {session.id: session for session in services.sessions.list(workshop.id)}
    people = services.participants.list(workshop.id)
    context.write(output, payments_csv(payments, sessions, people))
    noun = "payment" if len(payments) == 1 else "payments"
    print(
        f"Wrote {len(payments)} {noun} of workshop {workshop.id} to {args.output}.",
        file=sys.stderr,
    )
    return 0


def run_kept_payments(args: argparse.Namespace, context: CommandContext) -> int:
    from exports.csv_payments import kept_payments_csv

    output = context.output(args.output)
    kept = context.services.payments.kept()
    context.write(output, kept_payments_csv(kept))
    noun = "payment" if len(kept) == 1 else "payments"
    print(f"Wrote {len(kept)} kept {noun} to {args.output}.", file=sys.stderr)
    return 0
