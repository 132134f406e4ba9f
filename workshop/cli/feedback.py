"""The `feedback` subcommand: a session's feedback and monitoring as counts in a CSV file."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workshop.cli.context import CommandContext, output_format


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    command = subparsers.add_parser(
        "feedback",
        parents=[common],
        help="write a session's feedback as counts (never individual answers) to a CSV file",
        description="Write how people answered the session's feedback and equality monitoring "
        "questions, as counts. Questions fewer than 5 people answered show no numbers.",
    )
    command.add_argument("session_id", metavar="SESSION_ID", type=int)
    command.add_argument("--output", "-o", metavar="FILE.csv", required=True)
    command.add_argument(
        "--language", choices=("en", "cy"), default="en", help="language of the questions"
    )
    command.set_defaults(handler=run_feedback)

    card = subparsers.add_parser(
        "feedback-card",
        parents=[common],
        help="write a session's printable feedback card (PDF) for people without phones",
        description="Write the session's feedback questions as a card to print: faces and "
        "boxes to tick, a box to write in, and on the second page the optional equality "
        "monitoring questions. Type the filled-in cards in through the app's Feedback panel.",
    )
    card.add_argument("session_id", metavar="SESSION_ID", type=int)
    card.add_argument("--output", "-o", metavar="FILE.pdf", required=True)
    card.add_argument("--language", choices=("en", "cy"), default="en", help="language of the card")
    card.set_defaults(handler=run_feedback_card)

    reach = subparsers.add_parser(
        "reach",
        parents=[common],
        help="who a workshop heard from across its sessions, against targets, as CSV",
        description="Add up the equality monitoring answers of every session of a workshop and "
        "compare them with targets. Answers, not people: someone who came twice counts twice. "
        "A question fewer than 5 people answered shows no numbers.",
    )
    reach.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    reach.add_argument("--output", "-o", metavar="FILE.csv", required=True)
    reach.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="QUESTION=OPTION:PERCENT",
        help="a share to reach, e.g. carer=yes:30 for at least 30%% carers (repeatable); "
        "without it, the targets set in the app's Feedback panel",
    )
    reach.set_defaults(handler=run_reach)


def run_feedback(args: argparse.Namespace, context: CommandContext) -> int:
    from exports.csv_feedback import feedback_csv
    from workshop.feedback_report import summarise

    output_format(args.output, ("csv",))
    output = context.output(args.output)
    services = context.services
    session = services.sessions.get(args.session_id)
    results = services.feedback.results(args.session_id)
    summary = summarise(results, session.involvement, language=args.language, with_comments=False)
    context.write(output, feedback_csv(summary, args.language))
    print(
        f"Wrote the feedback of session {args.session_id} to {output}.",
        file=sys.stderr,
    )
    return 0


def run_feedback_card(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here so other subcommands do not pay for loading ReportLab.
    from exports.feedback_card_pdf import write_feedback_card

    output_format(args.output, ("pdf",))
    output = context.output(args.output)
    services = context.services
    session = services.sessions.get(args.session_id)
    questions = services.feedback.questions(args.session_id)
    write_feedback_card(
        session.title,
        session.date,
        questions,
        output,
        args.language,
        protect=context.database.files,
    )
    print(
        f"Wrote the feedback card of session {args.session_id} to {output}.",
        file=sys.stderr,
    )
    return 0


def run_reach(args: argparse.Namespace, context: CommandContext) -> int:
    from exports.csv_feedback import reach_csv
    from workshop.reach import parse_target, reach

    given = [parse_target(text) for text in args.target]
    output_format(args.output, ("csv",))
    output = context.output(args.output)
    services = context.services
    workshop = services.workshops.get(args.workshop_id)
    targets = given or list(services.feedback.reach_targets(workshop.id))
    sessions = services.sessions.list(workshop.id)
    results = services.feedback.results_for([s.id for s in sessions])
    context.write(output, reach_csv(reach(results, targets)))
    print(
        f"Wrote who workshop {workshop.id} heard from ({len(sessions)} sessions) to {output}.",
        file=sys.stderr,
    )
    return 0
