"""Backups of a SQLite record: a rolling daily copy, copies on demand, listing and restoring one.

Every copy is made with SQLite's online backup API while the app runs (never a plain file copy of a
live database), written under a temporary name and renamed, and readable by the user only.
Backing up and restoring on demand can report progress and be cancelled: a cancelled backup
leaves no file, and a cancelled restore leaves the current record exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.errors import WorkshopError
from workshop.files import BACKUPS_FOLDER, OutputRefused, RecordFiles, check_output, same_file
from workshop.messages import QT_TRANSLATE_NOOP, Word
from workshop.progress import Cancelled
from workshop.signals import Events
from workshop.storage import Database, copy_sqlite, inspect_sqlite_file, open_database

log = logging.getLogger(__name__)

KEEP_DAILY = 7
FOLDER_NAME = BACKUPS_FOLDER
# Pages copied per step when progress is wanted: 64 pages of 4 KiB is a quarter of a megabyte,
# small enough for a smooth bar and a prompt Cancel, large enough to cost little per step.
STEP_PAGES = 64


class BackupKind(enum.Enum):
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_UPGRADE = "before-upgrade"


class BackupStage(enum.Enum):
    """What a backup or restore is doing, for the progress shown to the user."""

    COPYING = "copying"  # back up now: copying the record
    READING = "reading"  # restore: copying the backup into a scratch file
    CHECKING = "checking"  # restore: checking the scratch copy, upgrading it if it is older
    KEEPING = "keeping"  # restore: keeping a copy of the record about to be replaced
    REPLACING = "replacing"  # restore: swapping the record in; it can no longer be cancelled


# progress(percent, stage): percent runs from 0 to 100 over the whole backup or restore.
ProgressCallback = Callable[[int, BackupStage], None]
# should_stop(): True once the user has asked to cancel.
StopCheck = Callable[[], bool]


class BackupCancelled(Cancelled):
    """Raised when a backup or restore was cancelled; nothing was written and nothing changed."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore dialog lists it."""

    path: Path
    kind: BackupKind
    made_at: dt.datetime
    size: int


class BackupError(WorkshopError):
    """A backup or restore that could not be done; the current record is unchanged."""


# <stem>.<kind>.<YYYYmmdd-HHMMSS>[-n]<suffix>; migration backups have "-from-REV" after the kind.
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<kind>daily|manual|before-restore|before-upgrade(?:-from-[^.]+)?)"
    r"\.(?P<stamp>\d{8}-\d{6})(?:-\d+)?(?P<suffix>\.[^.]+)$"
)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


# The reasons _explain gives, for the translators (an OS's own words stay as the OS wrote them).
REASONS = (
    QT_TRANSLATE_NOOP("RefusalWord", "the disk is full"),
    QT_TRANSLATE_NOOP("RefusalWord", "the folder cannot be written to"),
    QT_TRANSLATE_NOOP("RefusalWord", "the copy failed"),
)


def _explain(error: BaseException) -> str:
    text = str(error).lower()
    if "full" in text or "no space" in text:
        return "the disk is full"
    if isinstance(error, PermissionError) or "readonly" in text or "permission" in text:
        return "the folder cannot be written to"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return "the copy failed"


class Backups:
    """Backups of one open SQLite database, kept in a private `backups` folder beside it."""

    def __init__(
        self,
        database: Database,
        *,
        folder: Path | None = None,
        keep: int = KEEP_DAILY,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        events: Events | None = None,
        step_pages: int = STEP_PAGES,
    ) -> None:
        path = database.path
        if path is None:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "Backups of a shared database are made on its server, not by this app.",
                )
            )
        self._database = database
        self._path = path.resolve()
        self.folder = folder or self._path.parent / FOLDER_NAME
        self.keep = keep
        self._clock = clock
        self._events = events
        self._last_daily: dt.date | None = None
        self.last_error: str | None = None
        self.step_pages = step_pages

    @property
    def database_path(self) -> Path:
        return self._path

    # ----- the rolling daily backup ------------------------------------------------------

    def attach(self) -> None:
        """Make the day's backup just before the first change of each day is written."""
        self._database.add_before_change(self.before_change)

    def before_change(self) -> None:
        """Before a change: back up if today has no daily backup yet, then prune old ones."""
        today = self._clock().date()
        if self._last_daily == today or self._database.read_only:
            return
        try:
            if not any(
                b.kind is BackupKind.DAILY and b.made_at.date() == today for b in self.list()
            ):
                self._make(BackupKind.DAILY)
            self._last_daily = today
            self.prune()
            self.last_error = None
        except (OSError, sqlite3.Error, BackupError) as error:
            # A failed daily backup must never stop the facilitator's work; the next change retries.
            self.last_error = f"Today's automatic backup could not be made: {_explain(error)}."
            log.warning("Daily backup failed: %s", type(error).__name__)

    def prune(self) -> list[Path]:
        """Delete daily backups beyond the newest `keep`; other kinds are never deleted."""
        daily = [b for b in self.list() if b.kind is BackupKind.DAILY]
        removed = []
        for old in daily[self.keep :]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
        return removed

    # ----- on demand ---------------------------------------------------------------------

    def backup_now(
        self,
        target: Path | None = None,
        *,
        progress: ProgressCallback | None = None,
        should_stop: StopCheck | None = None,
    ) -> Path:
        """Copy the record now, to target or into the backups folder; returns the copy's path.

        With `progress`, the copy is made a few pages at a time and reported in percent; once
        `should_stop()` is true the copy stops, its partial file is deleted and BackupCancelled
        is raised.
        """
        steps = _Steps(progress, should_stop, self.step_pages)
        if target is None:
            made = self._make(BackupKind.MANUAL, steps.phase(0, 100, BackupStage.COPYING))
            steps.report(100, BackupStage.COPYING)
            return made
        target = Path(target).expanduser()
        # The database, its working files and the backups folder, by identity (links followed).
        try:
            check_output(target, RecordFiles(self._path, self.folder))
        except OutputRefused as refusal:
            raise BackupError.of(refusal.template, **refusal.params) from None
        resolved = target.resolve()
        steps.stop_if_asked()
        try:
            copy_sqlite(
                self._path, resolved, **steps.phase(0, 100, BackupStage.COPYING).copy_options()
            )
        except (OSError, sqlite3.Error) as error:
            raise BackupError.of(
                QT_TRANSLATE_NOOP("Refusal", "The backup could not be made: {reason}."),
                reason=Word(_explain(error)),
            ) from None
        steps.report(100, BackupStage.COPYING)
        return resolved

    def list(self) -> list[BackupInfo]:
        """Backups in the backups folder and migration backups beside the database, newest first."""
        found = []
        for folder in {self.folder, self._path.parent}:
            if not folder.is_dir():
                continue
            for candidate in folder.iterdir():
                info = self._describe(candidate)
                if info is not None:
                    found.append(info)
        return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)

    # ----- restoring ---------------------------------------------------------------------

    def restore(
        self,
        backup_path: Path,
        *,
        progress: ProgressCallback | None = None,
        should_stop: StopCheck | None = None,
    ) -> Path:
        """Replace the current record by a backup; returns the safety copy of the replaced one.

        The backup is checked as strictly as opening a file (not SQLite, damaged, another app's,
        newer version: refused), copied into a scratch file and upgraded there if it is older,
        and then copied into the live database in one transaction, so other connections see the
        old record or the new one, never a mixture. `should_stop` is honoured until that last
        step (reported as BackupStage.REPLACING): a cancel raises BackupCancelled and leaves the
        current record untouched, with no scratch file and no safety copy left behind.
        """
        if self._database.read_only:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "This database is open read-only, so it cannot be restored into."
                )
            )
        source = Path(backup_path).expanduser().resolve()
        # By identity: a symlink or a hard link to the open database is the open database.
        if any(same_file(source, own) for own in RecordFiles.beside(self._path).protected()):
            raise BackupError(
                QT_TRANSLATE_NOOP("Refusal", "That is the database that is open now, not a backup.")
            )
        if not source.is_file():
            raise BackupError.of(
                QT_TRANSLATE_NOOP("Refusal", "There is no backup file {file}."), file=str(source)
            )
        inspect_sqlite_file(source)
        steps = _Steps(progress, should_stop, self.step_pages)
        steps.stop_if_asked()
        self._ensure_folder()
        safety: Path | None = None
        try:
            with tempfile.TemporaryDirectory(prefix=".restore-", dir=self.folder) as scratch:
                staged = Path(scratch) / "staged.sqlite3"
                try:
                    copy_sqlite(
                        source, staged, **steps.phase(0, 40, BackupStage.READING).copy_options()
                    )
                    steps.report(40, BackupStage.CHECKING)
                    # Opening the scratch copy upgrades an older backup with the usual migrations.
                    open_database(staged).dispose()
                    steps.stop_if_asked()
                    safety = self._make(
                        BackupKind.BEFORE_RESTORE, steps.phase(45, 90, BackupStage.KEEPING)
                    )
                    # The last moment a cancel is honoured: from here on the swap runs to the end.
                    steps.stop_if_asked()
                    steps.report(90, BackupStage.REPLACING)
                    self._copy_into_live(staged)
                except (OSError, sqlite3.Error) as error:
                    raise BackupError(
                        f"The backup could not be restored ({_explain(error)}); "
                        "the current record is unchanged."
                    ) from None
        except BackupCancelled:
            # The safety copy is of a record that was never replaced, so it is not worth keeping.
            if safety is not None:
                safety.unlink(missing_ok=True)
            log.info("Restore cancelled; the current record is unchanged")
            raise
        assert safety is not None  # made before the swap, which is the only way here
        steps.report(100, BackupStage.REPLACING)
        log.info("Restored the record from a backup; the previous record was kept")
        if self._events is not None:
            self._events.record_replaced.emit()
        return safety

    def _copy_into_live(self, staged: Path) -> None:
        # Under the app's own write lock, so no change of this process interleaves with the copy.
        with self._database.write_lock():
            source = sqlite3.connect(f"{staged.as_uri()}?mode=ro", uri=True)
            live = sqlite3.connect(self._path, timeout=10)
            try:
                source.backup(live)
                mode = live.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                check = live.execute("PRAGMA quick_check").fetchone()[0]
                if mode != "wal" or check != "ok":
                    raise sqlite3.DatabaseError("the restored record did not check out")
            finally:
                live.close()
                source.close()

    # ----- helpers -----------------------------------------------------------------------

    def _ensure_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.folder.chmod(0o700)

    def _make(self, kind: BackupKind, phase: _Phase | None = None) -> Path:
        self._ensure_folder()
        stamp = _stamp(self._clock())
        suffix = self._path.suffix or ".sqlite3"
        target = self.folder / f"{self._path.stem}.{kind.value}.{stamp}{suffix}"
        counter = 1
        while target.exists():
            counter += 1
            target = self.folder / f"{self._path.stem}.{kind.value}.{stamp}-{counter}{suffix}"
        options = phase.copy_options() if phase is not None else {}
        try:
            copy_sqlite(self._path, target, **options)
        except (OSError, sqlite3.Error) as error:
            raise BackupError(f"The backup could not be made: {_explain(error)}.") from None
        return target

    def _describe(self, candidate: Path) -> BackupInfo | None:
        match = _NAME.match(candidate.name)
        if match is None or match["stem"] != self._path.stem or not candidate.is_file():
            return None
        kind_text = match["kind"]
        kind = (
            BackupKind.BEFORE_UPGRADE
            if kind_text.startswith("before-upgrade")
            else BackupKind(kind_text)
        )
        made_at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        return BackupInfo(path=candidate, kind=kind, made_at=made_at, size=candidate.stat().st_size)


class _Steps:
    """Progress and cancel for one backup or restore, shared by its phases."""

    def __init__(
        self, progress: ProgressCallback | None, should_stop: StopCheck | None, pages: int
    ) -> None:
        self._progress = progress
        self._should_stop = should_stop
        self.pages = pages
        self._last: tuple[int, BackupStage] | None = None

    @property
    def stepwise(self) -> bool:
        return self._progress is not None or self._should_stop is not None

    def report(self, percent: int, stage: BackupStage) -> None:
        # Repeats of the same figure are dropped: the bar only needs changes.
        if self._progress is not None and (percent, stage) != self._last:
            self._last = (percent, stage)
            self._progress(percent, stage)

    def stop_if_asked(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise BackupCancelled

    def phase(self, start: int, end: int, stage: BackupStage) -> _Phase:
        return _Phase(self, start, end, stage)


@dataclass(frozen=True)
class _Phase:
    """One page-by-page copy, filling the part of the bar from start to end percent."""

    steps: _Steps
    start: int
    end: int
    stage: BackupStage

    def on_step(self, copied: int, total: int) -> None:
        # Raising here aborts SQLite's copy; copy_sqlite then deletes the partial file.
        self.steps.stop_if_asked()
        if total > 0:
            self.steps.report(self.start + (self.end - self.start) * copied // total, self.stage)

    def copy_options(self) -> dict[str, Any]:
        """Keyword arguments for copy_sqlite: stepwise with a callback, or all in one go."""
        if not self.steps.stepwise:
            return {}
        self.steps.stop_if_asked()
        self.steps.report(self.start, self.stage)
        return {"pages": self.steps.pages, "progress": self.on_step}
