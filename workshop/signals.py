"""The bridge that publishes committed changes to whoever listens (board, panels, projector)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal


class Events(QObject):
    """Past-tense facts, emitted only after the change is committed, each carrying a snapshot.

    Emitted from any thread; receivers living in the GUI thread get them queued.
    """

    workshop_added = Signal(object)  # WorkshopView
    workshop_changed = Signal(object)  # WorkshopView
    workshop_removed = Signal(int)
    workshop_imported = Signal(int)

    session_added = Signal(object)  # SessionView
    session_changed = Signal(object)  # SessionView (stage, lock, settings, record status)
    session_removed = Signal(int)

    participant_added = Signal(object)  # ParticipantView
    participant_changed = Signal(object)  # ParticipantView
    participant_removed = Signal(int)
    attendance_changed = Signal(int, object)  # session id, frozenset of participant ids
    access_changed = Signal(int)  # participant id: their access needs (organisers' views only)
    bookings_changed = Signal(int)  # session id: an access booking marked done or not
    payment_changed = Signal(object)  # PaymentView, added or changed
    payment_removed = Signal(int)
    involvement_settings_changed = Signal(object)  # InvolvementSettingsView

    column_added = Signal(object)  # ColumnView
    column_changed = Signal(object)  # ColumnView
    column_removed = Signal(int)
    columns_reordered = Signal(int, object)  # session id, tuple of ColumnView

    table_added = Signal(object)  # TableView
    table_changed = Signal(object)  # TableView (renamed)
    table_removed = Signal(object)  # TableView as it was
    tables_reordered = Signal(int, object)  # session id, tuple of TableView

    theme_added = Signal(object)  # ThemeView
    theme_changed = Signal(object)  # ThemeView
    theme_removed = Signal(int)

    note_added = Signal(object)  # NoteView
    note_changed = Signal(object)  # NoteView: moved, edited, recoloured, revealed, themed
    note_removed = Signal(object)  # NoteView as it was

    picture_added = Signal(object)  # PictureView (a photo, a note's picture or a drawing)
    picture_changed = Signal(object)  # PictureView (its caption)

    vote_added = Signal(object)  # VoteView
    vote_removed = Signal(object)  # VoteView

    action_added = Signal(object)  # ActionView
    action_changed = Signal(object)  # ActionView
    action_removed = Signal(int)

    feedback_changed = Signal(int)  # session id: questions edited or someone answered
    signal_raised = Signal(object)  # SignalView: a phone pressed a jargon-card button
    glossary_changed = Signal(int)  # session id: a word added, changed or removed
    reach_targets_changed = Signal(int)  # workshop id: whom the organisers want to hear from
    easy_read_changed = Signal(int)  # session id: an Easy Read sentence or picture changed

    saved = Signal()  # any change committed
    record_replaced = Signal()  # the whole record was restored from a backup: re-read everything


def on_record_changed(events: Events, callback: Callable[[], None]) -> None:
    """Call `callback` in the committing thread after every change (and after a restore).

    Direct, not queued: the live server's thread must hear of a change even while no Qt event
    loop runs (the `workshop serve` command, tests), and the callback only wakes another loop.
    """
    events.saved.connect(callback, Qt.ConnectionType.DirectConnection)
    events.record_replaced.connect(callback, Qt.ConnectionType.DirectConnection)


def stop_record_changed(events: Events, callback: Callable[[], None]) -> None:
    """Undo on_record_changed (safe to call twice)."""
    for signal in (events.saved, events.record_replaced):
        try:
            signal.disconnect(callback)
        except (RuntimeError, TypeError):  # already disconnected
            continue
