"""Feedback in the record (PDF read back, HTML): counts, suppression, the ladder beside the
stated level, and free text shown as text."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from exports.html import render_html
from exports.pdf import write_pdf
from exports.record_options import RecordOptions, Section
from tests.feedback.conftest import answer
from workshop.services import Services


def pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def only_feedback() -> RecordOptions:
    return RecordOptions(sections=frozenset({Section.FEEDBACK}))


def test_results_and_the_ladder_beside_the_stated_level(
    services: Services, feedback_session: int, tmp_path: Path
) -> None:
    services.sessions.update(feedback_session, involvement="co_production")
    for number in range(7):
        services.feedback.submit(feedback_session, answer(number))
    services.feedback.submit(feedback_session, {"thanked": 1, "change": "<b>Ramp</b> & lift"})
    snapshot = services.sessions.record(feedback_session)
    path = tmp_path / "record.pdf"
    write_pdf(snapshot, path, only_feedback())
    text = " ".join(pdf_text(path).split())
    assert "How people felt about the session" in text
    assert "8 people gave feedback (8 on printed cards)." in text
    assert "I felt listened to" in text
    # One person answered "thanked": no numbers for it.
    assert "fewer than 5" in text
    assert "The facilitator described this session as: “We decided together, as equals”" in text
    assert "What we said changed what was decided" in text
    assert "stated" in text
    assert "<b>Ramp</b> & lift" in text
    html = render_html(snapshot, only_feedback())
    assert "&lt;b&gt;Ramp&lt;/b&gt; &amp; lift" in html
    assert "<b>Ramp</b>" not in html
    assert "Stated level" in html


def test_fewer_than_five_people_no_numbers(
    services: Services, feedback_session: int, tmp_path: Path
) -> None:
    for number in range(4):
        services.feedback.submit(feedback_session, answer(number))
    snapshot = services.sessions.record(feedback_session)
    path = tmp_path / "few.pdf"
    write_pdf(snapshot, path, only_feedback())
    text = " ".join(pdf_text(path).split())
    assert "Fewer than 5 people answered the feedback questions, so no numbers are shown." in text
    assert "Comment number" not in text
    html = render_html(snapshot, only_feedback())
    assert "Comment number" not in html and "4 people" not in html


def test_who_we_heard_from_with_suppression(
    services: Services, feedback_session: int, tmp_path: Path
) -> None:
    for number in range(6):
        services.feedback.submit(
            feedback_session,
            {"listened": 4},
            {"carer": "yes" if number % 3 else "no", **({"age": "16_24"} if number < 2 else {})},
        )
    snapshot = services.sessions.record(feedback_session)
    options = RecordOptions(sections=frozenset({Section.WHO_WE_HEARD_FROM}))
    path = tmp_path / "who.pdf"
    write_pdf(snapshot, path, options)
    text = " ".join(pdf_text(path).split())
    assert "Who we heard from" in text
    assert "Yes 4 67%" in text and "No 2 33%" in text
    # Two people gave their age: no numbers for it.
    assert "How old are you? Fewer than 5 people answered this question." in text
    assert "16 to 24" not in text
    html = render_html(snapshot, options)
    assert "67%" in html and "16 to 24" not in html


def test_who_we_heard_from_shows_the_workshops_aims(
    services: Services, workshop_with_session: dict[str, int], feedback_session: int, tmp_path: Path
) -> None:
    from workshop.reach import Target

    for number in range(6):
        services.feedback.submit(
            feedback_session, {"listened": 4}, {"carer": "yes" if number % 3 else "no"}
        )
    options = RecordOptions(sections=frozenset({Section.WHO_WE_HEARD_FROM}))
    path = tmp_path / "aims.pdf"
    write_pdf(services.sessions.record(feedback_session), path, options)
    assert "aim" not in pdf_text(path)  # no aims set: no column, no sentence
    services.feedback.set_reach_targets(
        workshop_with_session["workshop"], [Target("carer", "yes", 30)]
    )
    snapshot = services.sessions.record(feedback_session)
    write_pdf(snapshot, path, options)
    text = " ".join(pdf_text(path).split())
    assert "each aim is shown beside this session's share" in text
    assert "Answer People Share Workshop's aim Yes 4 67% at least 30% No 2 33%" in text
    # Only the question with an aim gets the column.
    assert text.count("Workshop's aim") == 1
    html = render_html(snapshot, options)
    assert "at least 30%" in html and html.count("Workshop&#x27;s aim") == 1
    welsh = render_html(
        snapshot, RecordOptions(sections=options.sections, language="cy-GB", wording="cy")
    )
    assert "o leiaf 30%" in welsh and "Nod y gweithdy" in welsh
