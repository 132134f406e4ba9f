"""`workshop report SESSION_ID --edition easy-read`: the Easy Read record as PDF or HTML."""

from __future__ import annotations

import argparse
import sys

from workshop.cli.context import CommandContext, output_format

EDITION = "easy-read"


def run_easy_read(args: argparse.Namespace, context: CommandContext) -> int:
    """Write the Easy Read record; say on stderr which points were left out and why."""
    # Imported here so other subcommands (and the ordinary record) do not pay for loading them.
    from exports.easy_read_html import write_easy_read_html
    from exports.easy_read_pdf import write_easy_read_pdf
    from workshop.easy_read import easy_read_language, joined_sentences, long_sentences

    language = easy_read_language(getattr(args, "language", None))
    kind = output_format(args.output, ("pdf", "html"), getattr(args, "format", None))
    output = context.output(args.output)
    record = context.services.easy_read.record(args.session_id)
    writer = write_easy_read_pdf if kind == "pdf" else write_easy_read_html
    writer(record, output, language, protect=context.database.files)
    # Every theme and action is a point; one nobody wrote in this language is left out.
    left_out = len(context.services.easy_read.points(args.session_id)) - len(
        record.published(language)
    )
    if left_out:
        print(
            f"workshop: left out {left_out} key message(s) or action(s) with no Easy Read "
            "sentences in this language.",
            file=sys.stderr,
        )
    long = sum(long_sentences(p.text_in(language)) for p in record.published(language))
    if long:
        print(
            f"workshop: {long} sentence(s) have more than 15 words; "
            "Easy Read guidance asks for 15 at most.",
            file=sys.stderr,
        )
    joined = sum(
        joined_sentences(p.text_in(language), language) for p in record.published(language)
    )
    if joined:
        print(
            f"workshop: {joined} sentence(s) may hold more than one idea; "
            "Easy Read guidance asks for one idea a sentence.",
            file=sys.stderr,
        )
    print(f"Wrote the Easy Read record of session {args.session_id} to {output}.", file=sys.stderr)
    return 0


__all__ = ["EDITION", "run_easy_read"]
