"""Phones following a session at room scale, and what one new note costs each phone.

Three figures, all on loopback with the app's own live server (on its thread in this process,
over a fresh SQLite record with the app's pragmas, its garbage collected on the main thread as
the app and `workshop serve` collect it: workshop.collector) and the phones in client
processes of their own (aiohttp; each phone joins from its own 127.x address, so the
per-address limits apply as in a room). The posters are one process and the other followers
another, so a 201 is timed when it arrives, not when a process busy reading hundreds of other
replies gets to it (more follower processes would take the 2 cores from the server):

1. 500 phones follow the session as the join page does (on the event stream; long polling with
   ETag and since for comparison) while 60 of them post 10 notes each in a burst. Measured:
   every acknowledged note stored; p99 from sending a note to its 201; p99 from a note's 201
   to every following phone having a state that includes it (the k-th note acknowledged is
   seen when a phone's board count reaches k; latency is taken from the 201 of that k-th note).
2. The same with 2,000 phones: no errors, and the server process's memory.
3. In a voting session of 2,000 notes, the bytes (headers and body, as sent on the wire)
   one phone receives when the facilitator adds one note; and a whole ballot for comparison.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import socket
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import live_followers
from workshop.collector import INTERVAL_MS, MainThreadCollector
from workshop.live.server import LiveServer
from workshop.services import Services
from workshop.services.board import NoteRequest
from workshop.storage import open_database

POST_P99_TARGET_S = 0.150
SEEN_P99_TARGET_S = {500: 2.0, 2000: 5.0}
MEMORY_TARGET_MB = 500
BYTES_TARGET = 2048
# Followers one client process plays (the posters have a process of their own): all of them,
# since on 2 cores each further process takes time from the server.
FOLLOWERS_PER_PROCESS = 2000
VOTE_STAGE = 4  # "Vote" in the what-matters template


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _rss_mb() -> float:
    """This process's resident memory now (Linux), else its peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _shares(phones: int, posters: int, stream: bool) -> list[live_followers.Share]:
    """The posters in a process of their own; the other followers in one more."""
    shares = [live_followers.Share(0, posters, post=True, stream=stream)]
    for first in range(posters, phones, FOLLOWERS_PER_PROCESS):
        count = min(FOLLOWERS_PER_PROCESS, phones - first)
        shares.append(live_followers.Share(first, count, post=False, stream=stream))
    return shares


def _client(
    base: str,
    host: str,
    shares: list[live_followers.Share],
    notes_each: int,
    columns: list[int],
    limit_s: float,
    meanwhile: Callable[[], object],
) -> dict[str, Any]:
    """Run the phones' processes; their reports merged (times are all the system's monotonic
    clock, the same in every process). `meanwhile` is the main thread's work while it waits."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    everyone_following = context.Barrier(len(shares))
    new_notes = sum(share.count for share in shares if share.post) * notes_each
    processes = [
        context.Process(
            target=live_followers.main,
            args=(base, host, share, notes_each, columns, new_notes, everyone_following, results),
            name=f"bench-phones-{number}",
        )
        for number, share in enumerate(shares)
    ]
    for process in processes:
        process.start()
    reports: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + limit_s
        while len(reports) < len(processes):
            try:
                status, value = results.get(timeout=INTERVAL_MS / 1000)
            except queue.Empty:
                meanwhile()
                failed = any(p.exitcode not in (None, 0) for p in processes)
                if failed or time.monotonic() > deadline:
                    raise RuntimeError("A phones' process stopped without an answer.") from None
                continue
            if status != "ok":
                raise RuntimeError(f"The phones failed: {value}")
            reports.append(value)
    finally:
        everyone_following.abort()  # frees any process still waiting for the others
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    return {
        "base_count": max(r["base_count"] for r in reports),
        "acknowledged": [pair for r in reports for pair in r["acknowledged"]],
        "seen": [seen for r in reports for seen in r["seen"]],
        "errors": [error for r in reports for error in r["errors"]],
        "received_bytes": sum(r["received_bytes"] for r in reports),
    }


def _seen_latencies(report: dict[str, Any]) -> list[float]:
    """For the k-th acknowledged note, from its 201 until the last phone's board count hit k."""
    acknowledged = sorted(t201 for _, _, t201 in report["acknowledged"])
    base = report["base_count"]
    latencies = []
    for k, t201 in enumerate(acknowledged, start=1):
        slowest = 0.0
        for seen in report["seen"]:
            first = next((t for t, count in seen if count >= base + k), None)
            if first is None:
                return latencies + [float("inf")] * (len(acknowledged) - k + 1)
            slowest = max(slowest, first)
        latencies.append(max(0.0, slowest - t201))
    return latencies


def follow(phones: int, posters: int, notes_each: int, *, stream: bool = True) -> dict[str, Any]:
    """Phones follow on the event stream (as the join page does), or by long polling (the
    page's fallback)."""
    with tempfile.TemporaryDirectory() as folder:
        services = Services(open_database(Path(folder) / "follow.sqlite3"))
        workshop = services.workshops.create("Bench", "Bench council")
        session = services.sessions.create(workshop.id, "Follow", columns=["Ideas", "Worries"])
        columns = [c.id for c in services.board.columns(session.id)]
        server = LiveServer(services, session.id, host="127.0.0.1")
        collector = MainThreadCollector()
        server.start()
        host = f"127.0.0.1:{server.port}"
        try:
            report = _client(
                f"http://{host}/api/{server.code}",
                host,
                _shares(phones, posters, stream),
                notes_each,
                columns,
                limit_s=300,
                meanwhile=collector.collect_due,
            )
            memory = _rss_mb()
        finally:
            server.stop()
            collector.close()
        stored = len(services.board.notes(session.id))
        services.database.dispose()
    # From the request on the wire to its 201 (the target), and from the moment the phone began
    # it: the second adds the client process's own time for 60 phones' requests at once.
    posts = [t201 - sent for _, sent, t201 in report["acknowledged"]]
    begun = [t201 - started for started, _, t201 in report["acknowledged"]]
    seen = _seen_latencies(report)
    total = posters * notes_each
    target = SEEN_P99_TARGET_S.get(phones, 5.0)
    post_p99, seen_p99 = _percentile(posts, 0.99), _percentile(seen, 0.99)
    passed = (
        len(posts) == stored == total
        and not report["errors"]
        and seen_p99 < target
        and (phones > 500 or post_p99 < POST_P99_TARGET_S)
        and (phones < 2000 or memory < MEMORY_TARGET_MB)
    )
    return {
        "figure": f"follow: {phones} phones following "
        + ("on the event stream" if stream else "by long polling")
        + f" while {posters} post {total} notes (p99 from 201 to every phone seeing it)",
        "ours_s": seen_p99,
        "baseline_s": None,
        "ratio": None,
        "target": f"all stored; no errors; p99 seen < {target:g} s"
        + (f"; p99 POST->201 < {POST_P99_TARGET_S * 1000:.0f} ms" if phones <= 500 else "")
        + (f"; memory < {MEMORY_TARGET_MB} MB" if phones >= 2000 else ""),
        "passed": passed,
        "post_p50_s": _percentile(posts, 0.5),
        "post_p99_s": post_p99,
        "post_begun_p99_s": _percentile(begun, 0.99),
        "seen_p50_s": _percentile(seen, 0.5),
        "seen_p99_s": seen_p99,
        "acknowledged": len(posts),
        "stored": stored,
        "errors": len(report["errors"]),
        "error_kinds": sorted(set(report["errors"]))[:5],
        "server_memory_mb": round(memory, 1),
        "bytes_to_phones": report["received_bytes"],
    }


# ----- bytes for one new note -------------------------------------------------------------


def _exchange(port: int, request: bytes, timeout_s: float) -> bytes:
    """Send one raw HTTP request and return every byte of the reply, headers included."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout_s) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body


def _read_until(sock: socket.socket, end: bytes) -> bytes:
    """Read from a socket until what was read ends with `end` (or the socket closes)."""
    data = b""
    while not data.endswith(end):
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def _parse(reply: bytes) -> tuple[dict[str, str], bytes]:
    """The headers (lower-case names) and the decoded body of a raw HTTP reply."""
    import zlib

    head, _, body = reply.partition(b"\r\n\r\n")
    headers = {}
    for line in head.decode("latin-1").split("\r\n")[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    encoding = headers.get("content-encoding", "")
    if encoding == "gzip":
        body = zlib.decompress(body, 16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        body = zlib.decompress(body)
    return headers, body


def _state_request(port: int, code: str, token: str, query: str, etag: str | None) -> bytes:
    lines = [
        f"GET /api/{code}/state{query} HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        f"Authorization: Bearer {token}",
        "Accept: application/json",
        "Accept-Encoding: gzip, deflate",
        "Connection: close",
    ]
    if etag:
        lines.append(f"If-None-Match: {etag}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def one_note_bytes(notes: int) -> dict[str, Any]:
    import json
    import threading
    import urllib.request

    with tempfile.TemporaryDirectory() as folder:
        services = Services(open_database(Path(folder) / "vote.sqlite3"))
        workshop = services.workshops.create("Bench", "Bench council")
        session = services.sessions.create_from_template(workshop.id, "what-matters", "Vote")
        column = services.board.columns(session.id)[0].id
        texts = [
            f"Idea {i}: the repairs service should ring before they come" for i in range(notes)
        ]
        for start in range(0, notes, 500):
            services.board.add_notes_batch(
                [
                    NoteRequest(session_id=session.id, column_id=column, text=text, role="carer")
                    for text in texts[start : start + 500]
                ]
            )
        services.sessions.set_stage(session.id, VOTE_STAGE)
        server = LiveServer(services, session.id, host="127.0.0.1")
        server.start()
        assert server.port is not None
        port, code = server.port, server.code
        try:
            join = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/{code}/join",
                data=json.dumps({"role": "carer"}).encode(),
                headers={"Content-Type": "application/json", "Host": f"127.0.0.1:{port}"},
            )
            with urllib.request.urlopen(join, timeout=10) as reply:
                token = json.loads(reply.read())["token"]
            whole = _exchange(port, _state_request(port, code, token, "", None), 30)
            headers, body = _parse(whole)
            etag = headers["etag"]
            version = json.loads(body)["version"]

            def facilitator_adds_a_note(text: str) -> None:
                time.sleep(0.5)
                services.board.add_note(session.id, column, text, role="carer")

            writer = threading.Thread(target=facilitator_adds_a_note, args=("One more idea",))
            writer.start()
            query = f"?since={version}&wait=20"
            delta = _exchange(port, _state_request(port, code, token, query, etag), 30)
            writer.join()
            headers, body = _parse(delta)
            # The same on the event stream, as the join page follows: the bytes of the one
            # event (its chunk, with chunked framing) after the stream opened.
            with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                request = _state_request(port, code, token, "", headers["etag"])
                held = json.loads(body)["version"]
                request = request.replace(b"/state", f"/events?since={held}".encode(), 1)
                sock.sendall(request.replace(b"Connection: close", b"Accept: text/event-stream"))
                received = _read_until(sock, b": open\n\n\r\n")
                writer = threading.Thread(target=facilitator_adds_a_note, args=("And one more",))
                writer.start()
                event = _read_until(sock, b"\n\n\r\n")
                writer.join()
        finally:
            server.stop()
        services.database.dispose()
    status = delta.split(b"\r\n", 1)[0]
    return {
        "figure": f"bytes one phone receives for one new note in a {notes}-note voting session",
        "ours_s": None,
        "baseline_s": None,
        "ratio": None,
        "target": f"< {BYTES_TARGET} bytes (headers and body)",
        "passed": status.endswith(b"200 OK")
        and len(delta) < BYTES_TARGET
        and b"And one more" in event
        and len(event) < BYTES_TARGET,
        "bytes_one_note": len(delta),
        "bytes_one_note_stream": len(event),
        "stream_opened": b"200 OK" in received.split(b"\r\n", 1)[0],
        "bytes_whole_ballot_gzip": len(whole),
        "status": status.decode(),
    }


def median_of(runs: int, phones: int, posters: int, notes_each: int) -> dict[str, Any]:
    """The run with the median p99 POST->201 of several, with every run's p99s beside it: one
    run's p99 of 600 notes is its 6th slowest, which another process on the machine moves."""
    results = sorted(
        (follow(phones, posters, notes_each) for _ in range(runs)),
        key=lambda result: result["post_p99_s"],
    )
    median = dict(results[len(results) // 2])
    median["figure"] += f" (median of {runs} runs)"
    median["runs_post_p99_s"] = [round(r["post_p99_s"], 3) for r in results]
    median["runs_seen_p99_s"] = [round(r["seen_p99_s"], 3) for r in results]
    return median


def run(small: bool = False) -> list[dict[str, Any]]:
    if small:
        return [follow(20, 5, 4), follow(20, 5, 4, stream=False), one_note_bytes(200)]
    return [
        median_of(3, 500, 60, 10),
        follow(500, 60, 10, stream=False),  # the join page's fallback, for comparison
        follow(2000, 60, 10),
        one_note_bytes(2000),
    ]


if __name__ == "__main__":
    import json

    for figure in run():
        print(json.dumps(figure, indent=2, default=str))
