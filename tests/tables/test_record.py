"""The record's part per table and its plenary, read back from the PDF and the HTML."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from exports.html import render_html
from exports.pdf import write_pdf
from exports.record_options import RecordOptions, Section
from workshop.services import Services

TABLES_ONLY = RecordOptions(sections=frozenset({Section.TABLES}))


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages).split())


def test_each_table_and_the_plenary_in_the_record_with_consent_and_privacy(
    services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    sid = workshop_with_session["session"]
    ann, raj = workshop_with_session["ann"], workshop_with_session["raj"]  # raj agreed to be named
    columns = services.board.columns(sid)
    one = services.tables.add(sid, "Table 1")
    river = services.tables.add(sid, "Riverside <b>table</b> ŵ")
    services.tables.add(sid, "Empty table")
    add = services.board.add_note
    a = add(sid, columns[0].id, "Same carer every visit", author_id=ann, table_id=one.id)
    add(sid, columns[1].id, "Rotas change weekly", author_id=raj, table_id=one.id)
    secret = add(sid, columns[0].id, "Off the record remark", role="carer", table_id=one.id)
    services.board.set_note_private(secret.id, True)
    c = add(sid, columns[0].id, "Night line never answers", role="professional", table_id=river.id)
    add(sid, columns[0].id, "Whole room said this", role="community")
    services.tables.mark([a.id, c.id, secret.id], True)
    services.tables.harvest(one.id)
    services.tables.harvest(river.id)
    snapshot = services.sessions.record(sid)
    path = tmp_path / "record.pdf"
    write_pdf(snapshot, path, TABLES_ONLY)
    text = _text(path)

    assert "The tables and the plenary" in text
    assert "The room worked at 3 tables." in text
    assert "Table: Table 1" in text and "Table: Riverside <b>table</b> ŵ" in text
    # Table 1: two public notes (the private one is left out everywhere), one of each voice.
    assert "2 contributions (Citizen voice: 1, Professional voice: 1); 1 taken to the plenary." in (
        text
    )
    assert "Same carer every visit" in text and "Rotas change weekly" in text
    assert "Off the record remark" not in text
    # Named only with consent: Raj by name, Ann by pseudonym.
    assert "Raj Example" in text and "Ann Example" not in text
    assert "Prompt: What matters to you" in text and "Prompt: What works well now" in text
    assert "1 contribution (Professional voice: 1); 1 taken to the plenary." in text
    assert "Table: Empty table No contributions were recorded at this table." in text
    assert "The plenary The tables brought 2 contributions back to the whole room." in text
    plenary = text.split("The plenary The tables brought", 1)[1]
    assert "Same carer every visit Table 1" in plenary
    assert "Night line never answers Riverside <b>table</b> ŵ" in plenary
    assert "Whole room said this" not in text  # a plenary note of its own, not from a table

    html = render_html(snapshot, TABLES_ONLY)
    assert "Riverside &lt;b&gt;table&lt;/b&gt; ŵ" in html and "<b>table</b>" not in html
    assert "Off the record remark" not in html
    assert "Contributions taken to the plenary, with their tables" in html


def test_a_session_without_tables_says_so(
    services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    snapshot = services.sessions.record(workshop_with_session["session"])
    path = tmp_path / "record.pdf"
    write_pdf(snapshot, path, TABLES_ONLY)
    assert "The session worked as one group; it had no tables." in _text(path)


def test_who_sat_at_each_table_is_in_the_record_by_voice_only(
    services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    sid = workshop_with_session["session"]
    ann, raj = workshop_with_session["ann"], workshop_with_session["raj"]
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    services.tables.seat(one.id, ann, 1)
    services.tables.seat(one.id, raj, 1)
    services.tables.seat(one.id, ann, 1)  # once is enough
    services.tables.seat(two.id, ann, 2)  # World Café: Ann moved on in round 2
    assert services.tables.get(one.id).seated == frozenset({ann, raj})
    path = tmp_path / "record.pdf"
    write_pdf(services.sessions.record(sid), path, TABLES_ONLY)
    text = _text(path)
    assert (
        "Table: Table 1 People at this table, by voice: Citizen voice: 1, Professional voice: 1. "
        "No contributions were recorded at this table."
    ) in text
    assert "Table: Table 2 People at this table, by voice: Citizen voice: 1. No contrib" in text
    # Counts only: nobody is named for having sat somewhere.
    assert "Ann Example" not in text and "Raj Example" not in text
    html = render_html(services.sessions.record(sid), TABLES_ONLY)
    assert "People at this table, by voice: Citizen voice: 1, Professional voice: 1." in html
