"""The projector window: stage and timer on a bar, the board or a page below, the join code aside.

It is a view of the Room; the facilitator drives it from the laptop.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QHideEvent,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QPixmapCache,
    QResizeEvent,
    QScreen,
    QShowEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.labels import (
    timer_state_label,
)
from ui.once_per_turn import OncePerTurn
from ui.projector.pages import ActionsPage, ResultsPage
from ui.projector.scene import ProjectorScene
from ui.projector.style import HIGH_CONTRAST, PROJECTOR_QR_MODULE_PX, REFERENCE, ProjectorStyle
from ui.qr import qr_image
from ui.theme import load_fonts
from workshop import analysis
from workshop.room import (
    SPOTLIGHT_SECONDS,
    Aspect,
    LiveInfo,
    Overflow,
    ProjectorMode,
    ProjectorState,
    ResultsKind,
    Room,
)
from workshop.scopes import board_in_scope, scope_name
from workshop.timer import TimerState
from workshop.views import BoardSnapshot

# Qt's shared pixmap cache holds every cached item's picture: the board's notes and the
# projector's cards and card outlines (two layers of the page), beside what the facilitator's
# board keeps. Qt's default (10 MB) is less than one 1080p page of cards, so pictures pushed
# each other out and every repaint drew every card again.
_BOARD_CACHE_KB = 16 * 1024
_PAGE_LAYERS = 2


def _room_in_pixmap_cache(page_pixels: int) -> None:
    """Make the shared pixmap cache big enough for the projector's page and the board."""
    needed_kb = _BOARD_CACHE_KB + _PAGE_LAYERS * page_pixels * 4 // 1024
    if QPixmapCache.cacheLimit() < needed_kb:
        QPixmapCache.setCacheLimit(needed_kb)


class ProjectorView(QGraphicsView):
    """Shows the projector scene scaled from the reference size, top-aligned, without scrollbars."""

    def __init__(self, scene: ProjectorScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The whole board is one screen: nothing scrolls, nothing is drawn over the scene, and
        # every item declares its geometry changes, so repainting what changed leaves no stale
        # pixels after a wheel, a key, a resize or a change of page (a test compares).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.scale_factor = 1.0

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()  # there is nothing to scroll to: everything is on screen

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # Keys or a drag at the edge must not shift the page either.
        return

    def showEvent(self, event: QShowEvent) -> None:
        # The board waited while nobody looked (window closed, another page shown): lay it out
        # before the first paint.
        scene = self.scene()
        if isinstance(scene, ProjectorScene):
            scene.ensure_laid_out()
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # A layout still waiting (a resize just arrived) is done before anything is drawn.
        scene = self.scene()
        if isinstance(scene, ProjectorScene):
            scene.ensure_laid_out()
        super().paintEvent(event)

    def set_scale(self, factor: float) -> None:
        self.scale_factor = factor
        self.resetTransform()
        self.scale(factor, factor)
        self._fit_scene()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        _room_in_pixmap_cache(self.width() * self.height())
        self._fit_scene()

    def _fit_scene(self) -> None:
        # The scene is laid out in reference units over whatever area the view has left
        # (less when the join code is shown).
        scene = self.scene()
        if isinstance(scene, ProjectorScene) and self.scale_factor > 0:
            # The view's own size: the viewport's lags behind while the window is hidden.
            width = self.width() / self.scale_factor
            height = self.height() / self.scale_factor
            scene.set_area(width, height)
            self.setSceneRect(QRectF(0, 0, width, height))


class PresentationWindow(QWidget):
    """The projector window: stage and timer on a bar, the board or a page below, join code aside.

    It has no facilitator controls: it is a view of the Room, which the laptop drives.
    """

    presenting_changed = Signal(bool)

    def __init__(
        self, room: Room, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        family = load_fonts() or HIGH_CONTRAST.font_family
        self.room = room
        self._style = replace(HIGH_CONTRAST, font_family=family)
        self.countdown = room.countdown
        self._screen_factor = 1.0
        self._spotlight_lane = room.projector.spotlight_lane
        self.session_id: int | None = None
        self.mode = ProjectorMode.BOARD
        self.results_kind = ResultsKind.CONTRIBUTIONS
        self.show_balance = False
        self._page_later = OncePerTurn(self._refresh_page, self)
        self._balance_later = OncePerTurn(self._update_balance, self)
        self.sound_enabled = False
        self.join_url: str | None = None
        self._join_qr: QImage | None = None
        self.setWindowTitle(self.tr("Projector"))
        self.setAccessibleName(self.tr("Projector view"))
        self.setAccessibleDescription(
            self.tr(
                "What the room sees: the board, a column, a theme, results or actions, "
                "with the stage and the timer."
            )
        )
        self.scene = ProjectorScene(room, self._style, self, undo_stack)
        # One lane at a time, when the board is too big: the Room holds which lane, this clock
        # moves it on while the room can see it.
        self.spotlight_timer = QTimer(self)
        self.spotlight_timer.setInterval(SPOTLIGHT_SECONDS * 1000)
        self.spotlight_timer.timeout.connect(lambda: self.room.step_spotlight(1))
        self._build()
        self._connect_signals()
        self.set_session(room.session_id)
        self._apply_projector(room.projector)
        self._on_live(room.live)
        self._update_timer()

    # ----- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._bar = QWidget()
        self._bar.setObjectName("projectorBar")
        bar = QHBoxLayout(self._bar)
        bar.setContentsMargins(32, 6, 32, 6)
        bar.setSpacing(24)
        self.stage_label = QLabel()
        self.stage_label.setAccessibleName(self.tr("Stage"))
        self.balance_label = QLabel()
        self.balance_label.setAccessibleName(self.tr("Balance of voice"))
        self.balance_label.hide()
        self.timer_status = QLabel()
        self.timer_status.setAccessibleName(self.tr("Timer status"))
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.stage_label, 1)
        bar.addWidget(self.balance_label)
        bar.addWidget(self.timer_status)
        bar.addWidget(self.timer_label)
        outer.addWidget(self._bar)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.pages = QStackedWidget()
        self.view = ProjectorView(self.scene)
        self.results_page = ResultsPage(self._style)
        self.actions_page = ActionsPage(self._style)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.results_page)
        self.pages.addWidget(self.actions_page)
        body.addWidget(self.pages, 1)
        self.join_panel = QWidget()
        self.join_panel.setObjectName("joinPanel")
        join = QVBoxLayout(self.join_panel)
        join.setContentsMargins(24, 24, 32, 24)
        join.setSpacing(12)
        self.join_title = QLabel(self.tr("Join on your phone"))
        self.join_qr = QLabel()
        self.join_qr.setAccessibleName(self.tr("Join code"))
        self.join_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_url_label = QLabel()
        self.join_url_label.setWordWrap(True)
        self.join_url_label.setTextFormat(Qt.TextFormat.PlainText)
        join.addWidget(self.join_title)
        join.addWidget(self.join_qr)
        join.addWidget(self.join_url_label)
        join.addStretch(1)
        self.join_panel.hide()
        body.addWidget(self.join_panel)
        outer.addLayout(body, 1)
        self._apply_style()

    def _apply_style(self) -> None:
        style = self._style
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(style.background))
        self.setPalette(palette)
        self.results_page.set_style(style)
        self.actions_page.set_style(style)
        self.scene.set_style(style)
        self._apply_fonts()
        self.join_panel.setStyleSheet(
            f"#joinPanel {{ background: {style.background}; border-left: 4px solid {style.ink}; }}"
            f"QLabel {{ color: {style.ink}; }}"
        )
        for page in (self.results_page, self.actions_page):
            page.setAutoFillBackground(True)
            page_palette = page.palette()
            page_palette.setColor(page.backgroundRole(), QColor(style.background))
            page.setPalette(page_palette)
        self._update_timer()

    def _apply_fonts(self) -> None:
        """The bar's and the join panel's text, scaled with the screen like the board below."""
        style, factor = self._style, self._screen_factor
        bar = self._bar.layout()
        if bar is not None:
            bar.setContentsMargins(
                round(32 * factor), round(6 * factor), round(32 * factor), round(6 * factor)
            )
        self.stage_label.setFont(style.font(style.bar_px * factor, bold=True))
        self.balance_label.setFont(style.font(28 * factor))
        self.timer_status.setFont(style.font(30 * factor, bold=True))
        self.timer_label.setFont(style.font(style.timer_px * factor, bold=True))
        self.join_title.setFont(style.font(32 * factor, bold=True))
        self.join_url_label.setFont(style.font(26 * factor))

    def _connect_signals(self) -> None:
        self.scene.laid_out.connect(self._sync_spotlight)
        room = self.room
        room.session_opened.connect(self.set_session)
        room.board_changed.connect(self._on_board_changed)
        room.projector_changed.connect(self._apply_projector)
        room.live_started.connect(self._on_live)
        room.live_stopped.connect(lambda _session_id: self._on_live(None))
        self.countdown.changed.connect(self._update_timer)
        self.countdown.finished.connect(self._on_timer_finished)

    # ----- public API ----------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.scene.set_session(session_id)
        self._update_stage()
        self._refresh_page()

    def set_mode(
        self,
        mode: ProjectorMode,
        *,
        column_id: int | None = None,
        theme_id: int | None = None,
    ) -> None:
        """Follow the facilitator: what the room should look at now."""
        self.mode = mode
        if mode is ProjectorMode.BOARD:
            self.scene.show_board()
        elif mode is ProjectorMode.COLUMN:
            self.scene.show_column(column_id)
        elif mode is ProjectorMode.THEME:
            self.scene.show_theme(theme_id)
        self._refresh_page()

    def set_results_kind(self, kind: ResultsKind) -> None:
        self.results_kind = kind
        self._refresh_page()

    def _sync_spotlight(self) -> None:
        """The spotlight moves on by itself only while it is on screen and not paused."""
        running = (
            self.isVisible()
            and self.pages.currentWidget() is self.view
            and self.scene.shown is Overflow.SPOTLIGHT
            and not self.room.projector.spotlight_paused
        )
        if running and not self.spotlight_timer.isActive():
            self.spotlight_timer.start()
        elif not running and self.spotlight_timer.isActive():
            self.spotlight_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_spotlight()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_spotlight()

    def _apply_projector(self, state: ProjectorState) -> None:
        """Show what the Room says the room should see."""
        if state.spotlight_lane != self._spotlight_lane:
            # A lane just put up (by the clock or by hand) gets its full time.
            self._spotlight_lane = state.spotlight_lane
            if self.spotlight_timer.isActive():
                self.spotlight_timer.start()
        if state.text_scale != self._style.text_scale:
            self.set_text_scale(state.text_scale)
        self.sound_enabled = state.sound
        if state.show_balance != self.show_balance:
            self.set_show_balance(state.show_balance)
        mode, scene = state.mode, self.scene
        scope_changed = state.tables_shown != scene.table_scope
        scene.set_table_scope(state.tables_shown)
        if scope_changed:
            # Results and the balance of voice count the notes of the tables shown.
            self._refresh_page()
        if (
            state.mode != self.mode
            or state.results_kind != self.results_kind
            or (mode is ProjectorMode.COLUMN and state.column_id != scene.focus_column_id)
            or (mode is ProjectorMode.THEME and state.theme_id != scene.focus_theme_id)
        ):
            self.results_kind = state.results_kind
            self.set_mode(state.mode, column_id=state.column_id, theme_id=state.theme_id)
        self._sync_spotlight()

    def _on_live(self, live: LiveInfo | None) -> None:
        if live is None:
            self.set_join_info(None, None)
        else:
            self.set_join_info(live.join_url, qr_image(live.join_url, PROJECTOR_QR_MODULE_PX))

    def set_join_info(self, url: str | None, qr: QImage | None) -> None:
        """Show how to join live participation (None, None: participation closed)."""
        self.join_url = url
        self._join_qr = qr
        if url is None and qr is None:
            self.join_panel.hide()
            return
        self.join_url_label.setText(url or "")
        if qr is not None and not qr.isNull():
            # Whole pixels per module: a fractionally scaled code gets seams phones misread.
            target = 280
            factor = max(1, target // max(1, qr.width()))
            scaled = qr.scaled(
                qr.width() * factor,
                qr.height() * factor,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
            self.join_qr.setPixmap(QPixmap.fromImage(scaled))
        else:
            self.join_qr.clear()
        self.join_panel.show()

    def set_show_balance(self, show: bool) -> None:
        self.show_balance = show
        self._update_balance()

    def set_sound_enabled(self, enabled: bool) -> None:
        self.sound_enabled = enabled

    def set_text_scale(self, factor: float) -> None:
        """The facilitator's projector text size (1.0 is the designed size)."""
        self._style = replace(self._style, text_scale=max(0.5, min(3.0, factor)))
        self._apply_style()
        self._refresh_page()

    @property
    def projector_style(self) -> ProjectorStyle:
        return self._style

    def present_on(self, screen: QScreen | None) -> None:
        """Go full screen on the chosen screen (the projector), keeping the laptop's window free."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.presenting_changed.emit(True)

    def stop_presenting(self) -> None:
        if self.isVisible():
            self.showNormal()
            self.hide()
            self.presenting_changed.emit(False)

    @property
    def presenting(self) -> bool:
        return self.isVisible()

    def render_image(self, size: QSize = REFERENCE) -> QImage:
        """Draw this view offscreen at a size (for `workshop snapshot --presentation`)."""
        self._prepare_render(size)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self._style.background))
        with self.scene.drawn_afresh():
            self.render(image)
        return image

    def render_svg(self, size: QSize = REFERENCE) -> bytes:
        """This view as SVG at a size; text stays text, so its size can be read from the file."""
        self._prepare_render(size)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setTitle(self.tr("Projector"))
        painter = QPainter(generator)
        try:
            painter.fillRect(QRect(QPoint(0, 0), size), QColor(self._style.background))
            with self.scene.drawn_afresh():
                self.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        return bytes(buffer.data().data())

    def _prepare_render(self, size: QSize) -> None:
        self.resize(size)
        layout_ = self.layout()
        if layout_ is not None:
            layout_.activate()
        self._rescale()
        # Rendering delivers the resizes a hidden window still owes its children; the board is
        # laid out at the view's final size as it paints (ProjectorView.paintEvent).

    # ----- behaviour -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.room.set_presenting(False)
            self.stop_presenting()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        factor = max(0.2, min(self.width() / REFERENCE.width(), self.height() / REFERENCE.height()))
        if factor != self._screen_factor:
            self._screen_factor = factor
            self._apply_fonts()
            layout_ = self.layout()
            if layout_ is not None:
                layout_.activate()
        self.view.set_scale(factor)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the window manager: the Room hears the projector is no longer presenting.
        self.room.set_presenting(False)
        super().closeEvent(event)

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id != self.session_id:
            return
        if aspect & Aspect.SESSION:
            self._update_stage()
        # Once per burst of changes (a grouping folds in 40 notes, each a Room signal).
        if self.mode in (ProjectorMode.RESULTS, ProjectorMode.ACTIONS) and aspect & (
            Aspect.NOTES | Aspect.VOTES | Aspect.THEMES | Aspect.PEOPLE | Aspect.ACTIONS
        ):
            self._page_later.request()
        elif aspect & (Aspect.NOTES | Aspect.VOTES | Aspect.PEOPLE):
            self._balance_later.request()

    def _scoped_board(self) -> BoardSnapshot | None:
        """The Room's board with only the notes (and dots) of the tables the projector shows."""
        board = self.room.board_of(self.session_id)
        if board is None or self.scene.table_scope is None:
            return board
        return board_in_scope(board, self.scene.table_scope)

    def _refresh_page(self) -> None:
        self._page_later.cancel()
        board = self._scoped_board()
        if self.mode is ProjectorMode.RESULTS and board is not None:
            self.results_page.show_results(board, self.results_kind)
            self.pages.setCurrentWidget(self.results_page)
        elif self.mode is ProjectorMode.ACTIONS and board is not None:
            self.actions_page.show_actions(board, self.room.actions)
            self.pages.setCurrentWidget(self.actions_page)
        else:
            self.pages.setCurrentWidget(self.view)
        self._update_balance()

    def _update_stage(self) -> None:
        text = ""
        board = self.room.board_of(self.session_id)
        if board is not None:
            session = board.session
            stage = session.stage
            if stage is not None:
                text = self.tr("Stage {number} of {total}: {name}").format(
                    number=stage.position + 1, total=len(session.stages), name=stage.name
                )
            else:
                text = session.title
            if session.board_locked:
                text += " · " + self.tr("board locked")
        self.stage_label.setText(text)

    def _update_balance(self) -> None:
        self._balance_later.cancel()
        tallies = self.room.tallies_of(self.session_id) if self.show_balance else None
        if tallies is None:
            self.balance_label.hide()
            return
        balance = tallies.balance  # the room's, computed once per change
        scope = self.scene.table_scope
        board = self._scoped_board() if scope is not None else None
        if board is not None:
            balance = analysis.voice_balance(board)  # only the tables shown: a few notes
        if balance.total == 0:
            text = self.tr("Balance of voice: no contributions yet")
        else:
            citizen = round(100 * (1 - balance.professional_share))
            text = self.tr("Citizen voice {citizen}% · Professional voice {professional}%").format(
                citizen=citizen, professional=100 - citizen
            )
        name = scope_name(board, scope) if board is not None else None
        if name is not None:
            text = f"{name} · {text}"
        self.balance_label.setText(text)
        self.balance_label.show()

    def _update_timer(self) -> None:
        style = self._style
        state = self.countdown.state
        self.timer_label.setText(self.countdown.text())
        alarm = state is TimerState.FINISHED
        fill, ink = (
            (style.alarm_fill, style.alarm_ink) if alarm else (style.bar_fill, style.bar_ink)
        )
        # Status is said in words too, never by colour alone.
        status = (
            timer_state_label(state) if state in (TimerState.PAUSED, TimerState.FINISHED) else ""
        )
        self.timer_status.setText(status)
        self.timer_label.setVisible(self.countdown.countdown.duration > 0 or alarm)
        border = f"border-bottom: 8px solid {ink};" if alarm else ""
        self._bar.setStyleSheet(
            f"#projectorBar {{ background: {fill}; {border} }} QLabel {{ color: {ink}; }}"
        )

    def _on_timer_finished(self) -> None:
        self._update_timer()
        if self.sound_enabled:
            QApplication.beep()
