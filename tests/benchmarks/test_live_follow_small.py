"""The follow benchmark at small size: every phone sees every note, on the event stream and by
long polling; one note costs little either way."""

from __future__ import annotations

from tests.benchmarks.bench_live_follow import BYTES_TARGET, run


def test_live_follow_small_completes_and_one_note_is_a_small_delta() -> None:
    stream, polling, one_note = run(small=True)
    for follow in (stream, polling):
        assert follow["acknowledged"] == follow["stored"] == 20
        assert follow["errors"] == 0
        assert follow["seen_p99_s"] != float("inf")  # every phone saw every note
        assert set(follow) >= {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"}
    assert "event stream" in stream["figure"] and "long polling" in polling["figure"]
    assert one_note["status"] == "HTTP/1.1 200 OK" and one_note["stream_opened"]
    # Bytes, not time: the same on any machine.
    assert one_note["bytes_one_note"] < BYTES_TARGET < one_note["bytes_whole_ballot_gzip"] * 10
    assert one_note["bytes_one_note_stream"] < one_note["bytes_one_note"]
