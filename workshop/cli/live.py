"""The `serve` subcommand: live participation for one session without the desktop app."""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType
from typing import Any

from workshop.cli.context import CommandContext


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    serve = subparsers.add_parser(
        "serve",
        parents=[common],
        help="let people join a session from their phones; Ctrl+C stops",
    )
    serve.add_argument("session_id", metavar="SESSION_ID", type=int)
    serve.add_argument(
        "--host",
        metavar="ADDRESS",
        default=None,
        help="address to listen on (default: this computer's address on the local network)",
    )
    serve.add_argument(
        "--port", metavar="N", type=_port, default=0, help="port to listen on (default: a free one)"
    )
    serve.set_defaults(handler=run_serve)


def _port(text: str) -> int:
    # Refused here, not by the socket, whose OverflowError would surface as a traceback.
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number between 0 and 65535")
    return port


def run_serve(args: argparse.Namespace, context: CommandContext) -> int:
    """The desktop app's Room without widgets: the same server lifecycle, on the command line."""
    from workshop.collector import MainThreadCollector
    from workshop.room import Room, headless_events

    services = context.services
    session = services.sessions.get(args.session_id)
    deliver_events = headless_events()
    room = Room(services)
    stop = threading.Event()

    def on_signal(_number: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {
        number: signal.signal(number, on_signal) for number in (signal.SIGINT, signal.SIGTERM)
    }
    # Cyclic garbage is collected in the loop below, on this thread only (see the module).
    collector = MainThreadCollector()
    try:
        live = room.start_live(session.id, host=args.host, port=args.port)
        print(f"Join: {live.join_url}", flush=True)
        board = room.board_of(session.id)
        for table in board.tables if board is not None else ():
            # One line each, whatever was typed into the name (a pasted line break included).
            name = " ".join(table.name.split())
            print(f"Table {name}: {live.table_url(table.id)}", flush=True)
        print(f"Session {session.id}: {session.title}. Press Ctrl+C to stop.", flush=True)
        # A timed wait keeps the main thread able to run signal handlers promptly.
        while not stop.wait(0.2):
            deliver_events()
            collector.collect_due()
    finally:
        room.close()
        collector.close()
        for number, handler in previous.items():
            signal.signal(number, handler)
    print("Live participation closed.", flush=True)
    return 0
