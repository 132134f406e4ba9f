"""Subcommands for people's rights: list the register, give a person their data, erase, purge."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from workshop import validation
from workshop.cli.context import CommandContext
from workshop.errors import WorkshopError
from workshop.vocabulary import ROLE_LABELS, Role


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    participant = subparsers.add_parser(
        "participant", parents=[common], help="the participant register and people's rights"
    )
    actions = participant.add_subparsers(dest="participant_command", metavar="ACTION")
    actions.required = True

    listing = actions.add_parser(
        "list", parents=[common], help="list a workshop's register with ids"
    )
    listing.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(handler=run_list)

    export = actions.add_parser(
        "export",
        parents=[common],
        help="write everything held about one person to a JSON file, for that person",
    )
    export.add_argument("participant_id", metavar="PARTICIPANT_ID", type=int)
    export.add_argument("--output", "-o", metavar="FILE.json", required=True)
    export.set_defaults(handler=run_export)

    erase = actions.add_parser(
        "erase",
        parents=[common],
        help="remove a person from the record, leaving nothing of them in the database file",
    )
    erase.add_argument("participant_id", metavar="PARTICIPANT_ID", type=int)
    erase.add_argument(
        "--delete-notes",
        action="store_true",
        help="delete their notes too (otherwise they stay as anonymous contributions)",
    )
    erase.add_argument(
        "--delete-backups",
        action="store_true",
        help="also delete the backup copies made before upgrades, which still hold their details",
    )
    erase.set_defaults(handler=run_erase)

    purge = subparsers.add_parser(
        "purge-expired",
        parents=[common],
        help="delete workshops whose retention period has ended",
    )
    purge.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_date,
        default=None,
        help="judge expiry as of this date (default: today)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="only list the workshops that would be deleted"
    )
    purge.add_argument(
        "--delete-backups",
        action="store_true",
        help="also delete the backup copies made before upgrades",
    )
    purge.set_defaults(handler=run_purge)


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None
    if not validation.EARLIEST_DATE <= day <= validation.LATEST_DATE:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 1900-01-01 and 2199-12-31")
    return day


def _role_label(role: str) -> str:
    try:
        return ROLE_LABELS[Role(role)]
    except ValueError:
        return role


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.services
    workshop = services.workshops.get(args.workshop_id)
    attendance = services.participants.attendance_by_person(workshop.id)
    # Organisers' view of their own register: names yes, contact details and support needs no,
    # because this output is easily pasted or piped somewhere else.
    people = [
        {
            "id": p.id,
            "number": p.number,
            "name": p.name,
            "role": p.role,
            "organisation": p.organisation,
            "consent_named": p.consent_named,
            "consent_contact": p.consent_contact,
            "consent_share_contact": p.consent_share_contact,
            "sessions_attended": len(attendance.get(p.id, ())),
        }
        for p in services.participants.list(workshop.id)
    ]
    if args.json:
        print(json.dumps(people, ensure_ascii=False, indent=2))
        return 0
    if not people:
        print(f"Nobody is registered for workshop {workshop.id} yet.")
        return 0
    print(f"Register of workshop {workshop.id}: {workshop.title}")
    for p in people:
        consent = "named" if p["consent_named"] else "pseudonym"
        print(
            f"{p['id']}\tP{p['number']}\t{p['name']}\t{_role_label(str(p['role']))}"
            f"\t{consent}\t{p['sessions_attended']} session(s)"
        )
    return 0


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    output = context.output(args.output)
    text = context.services.rights.access_export_text(args.participant_id)
    context.write(output, text.encode("utf-8"))
    print(
        f"Wrote everything held about participant {args.participant_id} to {args.output}; "
        "it includes their contact details and support needs, so give it only to them.",
        file=sys.stderr,
    )
    return 0


def run_erase(args: argparse.Namespace, context: CommandContext) -> int:
    report = context.services.rights.erase(
        args.participant_id,
        delete_notes=args.delete_notes,
        delete_backups=args.delete_backups,
    )
    print(f"Erased participant {args.participant_id}: {report.summary()}.")
    if not report.scrubbed:
        print(
            "workshop: the database could not be compacted, so deleted bytes may remain on disk "
            "until its next clean-up.",
            file=sys.stderr,
        )
    _print_mentions(report.mentioned_in_notes, report.mentioned_in_actions)
    if report.backups:
        print(f"workshop: {_backup_notice(report.backups)}", file=sys.stderr)
    return 0


def _backup_notice(backups: tuple[Path, ...]) -> str:
    # Imported here: the services load SQLAlchemy, which the desktop app's start defers.
    from workshop.services.rights import backup_notice

    return backup_notice(backups)


def _print_mentions(notes: tuple[int, ...], actions: tuple[int, ...]) -> None:
    if notes:
        print(
            "workshop: other notes mention the same name; redact them: "
            + ", ".join(f"note {n}" for n in notes)
            + ".",
            file=sys.stderr,
        )
    if actions:
        print(
            "workshop: actions mention the same name; edit them: "
            + ", ".join(f"action {a}" for a in actions)
            + ".",
            file=sys.stderr,
        )


def run_purge(args: argparse.Namespace, context: CommandContext) -> int:
    rights = context.services.rights
    if args.dry_run:
        doomed = rights.expired(args.as_of)
        if not doomed:
            print("No workshop is past its retention period.")
        for view in doomed:
            print(f"{view.id}\t{view.title}\tkeep until {view.retention_until}")
        return 0
    if args.as_of is not None and args.as_of > context.services.clock().date():
        raise WorkshopError("Purging as of a future date would delete records early; refused.")
    report = rights.purge_expired(args.as_of, delete_backups=args.delete_backups)
    if report.workshop_ids:
        ids = ", ".join(str(i) for i in report.workshop_ids)
        print(f"Deleted {len(report.workshop_ids)} expired workshop(s): {ids}.")
    else:
        print("No workshop is past its retention period.")
    if report.payments_kept:
        print(
            f"Kept {report.payments_kept} payment record(s) for the accounts under pseudonyms "
            "(workshop kept-payments writes them for finance)."
        )
    if report.kept_payments_deleted:
        print(f"Deleted {report.kept_payments_deleted} kept payment record(s) past keeping.")
    if report.backups and (report.workshop_ids or report.kept_payments_deleted):
        print(f"workshop: {_backup_notice(report.backups)}", file=sys.stderr)
    return 0
