"""The `actions` subcommand: a workshop's actions as CSV for officers' trackers."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workshop.cli.context import CommandContext


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    command = subparsers.add_parser(
        "actions",
        parents=[common],
        help="write every action of a workshop as CSV (people shown by the consent rules)",
    )
    command.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    command.add_argument("--output", "-o", metavar="FILE.csv", required=True)
    command.set_defaults(handler=run_actions)


def run_actions(args: argparse.Namespace, context: CommandContext) -> int:
    from exports.csv_actions import actions_csv

    output = context.output(args.output)
    services = context.services
    workshop = services.workshops.get(args.workshop_id)
    actions = services.actions.for_workshop(workshop.id)
    sessions = {session.id: session for session in services.sessions.list(workshop.id)}
    people = services.participants.list(workshop.id)
    context.write(output, actions_csv(actions, sessions, people))
    noun = "action" if len(actions) == 1 else "actions"
    print(
        f"Wrote {len(actions)} {noun} of workshop {workshop.id} to {args.output}.", file=sys.stderr
    )
    return 0
