"""The pages of the main window, one per stage of a meeting, listed in one place.

Every page is a :class:`Page`: constructed as ``Page(ctx: AppContext, parent=None)``, it
shows the file for ``ctx.meeting_id`` as soon as it is built, and offers the window:

* ``page_title()`` — a class method: its name in the navigation list, the title of its
  entry in :data:`PAGES` translated in the page class's context; ``icon_name``;
* ``load()`` — re-read everything it shows for the current meeting, as when the meeting
  changes.  The window calls it when a page that missed a change of meeting while it was
  hidden is shown again;
* ``commit_pending()`` — write what is typed but not saved yet (a form that saves on leaving
  a row, a field that saves on ``editingFinished``), each as its usual undo step.  The window
  calls it when the page is left, before the file is closed (window closed, File ▸ New /
  Open / Open recent) while the store is still open, and before File ▸ Save a copy and the
  exports.  An edit of an existing record must be kept; half-typed text in a "new item" form
  (saved only by its Add button) may be dropped.  Must not ask anything;
* ``shutdown()`` — stop what would outlive the file: timers, pending jobs.  The page is
  deleted right after;
* ``retranslate()`` — the language was switched: True if the page set its texts again
  itself; False (the default): the window builds it again;
* the signals ``requestPage(str)`` (show another page, named by its module, e.g.
  ``"ui.pages.setup"``) and ``statusMessage(str)`` (a short message for the status bar);
* the actions it offers the window's menus: its public methods (``ReportPage.export_minutes``),
  called on the page found by its class (``MainWindow.page_of(ReportPage)``), never by name.

Pages are built on first show (``MainWindow`` keeps a placeholder until then).  A built page
that is hidden gets no change notices: its :class:`PageContext` holds them back, and the page
catches up when it is shown again: ``load()`` if the meeting changed meanwhile, and the store
changes it missed as one merged ``storeChanged`` notice (its own handler updates what they
touched).

Adding a page is one entry in :data:`PAGES` (module, class, title); the page module is
imported when the page is first shown.  Pages never import each other.
"""
from __future__ import annotations

import importlib
import inspect
from typing import Any, Callable, ClassVar, NamedTuple, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """The interface every page of the main window offers (see the module doc)."""

    icon_name: ClassVar[str] = ""
    requestPage = Signal(str)
    statusMessage = Signal(str)

    @classmethod
    def page_title(cls) -> str:
        """The page's name in the navigation list: the title of its entry in :data:`PAGES`."""
        for entry in PAGES:
            if entry[:2] == (cls.__module__, cls.__name__) and len(entry) > 2:
                return PageEntry(*entry).translated_title()
        raise NotImplementedError(f"{cls.__name__} is not in ui.pages.PAGES")

    def load(self) -> None:
        """Re-read everything the page shows for ``ctx.meeting_id``, as when the current
        meeting changes."""
        raise NotImplementedError

    def commit_pending(self) -> None:
        """Write what is typed but not saved yet (nothing by default)."""

    def shutdown(self) -> None:
        """Stop timers and jobs before the page is deleted (nothing by default)."""

    def retranslate(self) -> bool:
        """The language was switched: set every text again and return True, or return False
        (the default) and the window builds the page again (after ``commit_pending``)."""
        return False


class PageEntry(NamedTuple):
    """One page of the window: where its class is (imported when the page is first built)
    and its title (English, translated in the class's context: known without the import)."""
    module: str
    class_name: str
    title: str = ""

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)

    def load_class(self) -> type[Page]:
        cls = getattr(importlib.import_module(self.module), self.class_name, None)
        if not (isinstance(cls, type) and issubclass(cls, Page)):
            raise ImportError(f"{self.module} has no page class {self.class_name}")
        return cls


# In the order of a meeting: the one place the pages are listed.
PAGES: list[PageEntry] = [
    PageEntry("ui.pages.meetings", "MeetingsPage", QT_TRANSLATE_NOOP("MeetingsPage", "Meetings")),
    PageEntry("ui.pages.setup", "SetupPage", QT_TRANSLATE_NOOP("SetupPage", "Setup")),
    PageEntry("ui.pages.people", "PeoplePage", QT_TRANSLATE_NOOP("PeoplePage", "People")),
    PageEntry("ui.pages.checkin", "CheckinPage", QT_TRANSLATE_NOOP("CheckinPage", "Check-in")),
    PageEntry("ui.pages.roles", "RolesPage", QT_TRANSLATE_NOOP("RolesPage", "Roles")),
    PageEntry("ui.pages.agenda", "AgendaPage", QT_TRANSLATE_NOOP("AgendaPage", "Agenda")),
    PageEntry("ui.pages.issues", "IssuesPage", QT_TRANSLATE_NOOP("IssuesPage", "Issues")),
    PageEntry("ui.pages.board", "BoardPage", QT_TRANSLATE_NOOP("BoardPage", "Issue board")),
    PageEntry("ui.pages.map", "MapPage", QT_TRANSLATE_NOOP("MapPage", "Community map")),
    PageEntry("ui.pages.tree", "TreePage", QT_TRANSLATE_NOOP("TreePage", "Problem tree")),
    PageEntry("ui.pages.priorities", "PrioritiesPage",
              QT_TRANSLATE_NOOP("PrioritiesPage", "Priorities")),
    PageEntry("ui.pages.speakers", "SpeakersPage", QT_TRANSLATE_NOOP("SpeakersPage", "Speakers")),
    PageEntry("ui.pages.decisions", "DecisionsPage",
              QT_TRANSLATE_NOOP("DecisionsPage", "Decisions")),
    PageEntry("ui.pages.actions", "ActionsPage", QT_TRANSLATE_NOOP("ActionsPage", "Action plan")),
    PageEntry("ui.pages.followup", "FollowupPage",
              QT_TRANSLATE_NOOP("FollowupPage", "Follow-up")),
    PageEntry("ui.pages.network", "NetworkPage", QT_TRANSLATE_NOOP("NetworkPage", "Network")),
    PageEntry("ui.pages.report", "ReportPage",
              QT_TRANSLATE_NOOP("ReportPage", "Minutes and reports")),
]


def page_classes() -> list[type[Page]]:
    """Import every page class in :data:`PAGES` order (a missing one is a bug: it raises)."""
    return [PageEntry(*entry).load_class() for entry in PAGES]


class PageContext(QObject):
    """The :class:`ui.context.AppContext` as one page of the window sees it.

    Everything is the window's context (``store``, ``meeting_id``, ``push``, ``errorOccurred``,
    ...), except the two change notices, ``meetingChanged`` and ``storeChanged``: they reach
    the page while it is *live* (shown), or while the page itself is acting through one of the
    context's methods (its own edit, even when made hidden, as a test or a shortcut does);
    otherwise they are held, and :meth:`go_live` tells what the page missed.
    """

    meetingChanged = Signal(str)
    storeChanged = Signal(object)

    def __init__(self, ctx: Any, parent: Optional[QObject] = None,
                 before_acting: Optional[Callable[[], None]] = None):
        super().__init__(parent)
        self._ctx = ctx
        self._before_acting = before_acting     # e.g. the open-time backup, if still due
        self._live = True
        self._acting = 0
        self._missed_meeting = False
        self._missed_changes: list = []
        ctx.meetingChanged.connect(self._meeting)
        ctx.storeChanged.connect(self._store)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._ctx, name)
        if not inspect.ismethod(value):
            return value

        def acting(*args: Any, **kwargs: Any) -> Any:
            if self._before_acting is not None:
                self._before_acting()
            self._acting += 1
            try:
                return value(*args, **kwargs)
            finally:
                self._acting -= 1
        return acting

    @property
    def context(self) -> Any:
        """The window's own AppContext."""
        return self._ctx

    @property
    def live(self) -> bool:
        return self._live

    def hold(self) -> None:
        """The page is hidden: hold the notices from now on."""
        self._live = False

    def go_live(self) -> tuple[bool, Optional[object]]:
        """The page is shown: notices reach it again.  Returns what it missed meanwhile:
        whether the meeting changed, and the store changes merged into one (or None)."""
        meeting, changes = self._missed_meeting, self._missed_changes
        self._live, self._missed_meeting, self._missed_changes = True, False, []
        return meeting, merge_changes(changes)

    def detach(self) -> None:
        self._ctx.meetingChanged.disconnect(self._meeting)
        self._ctx.storeChanged.disconnect(self._store)

    def _meeting(self, meeting_id: str) -> None:
        if self._live or self._acting:
            self.meetingChanged.emit(meeting_id)
        else:
            self._missed_meeting = True

    def _store(self, change: object) -> None:
        if self._live or self._acting:
            self.storeChanged.emit(change)
        else:
            self._missed_changes.append(change)


def merge_changes(changes: list) -> Optional[object]:
    """One change notice holding every table and id of ``changes`` (None for none)."""
    if not changes:
        return None
    if len(changes) == 1:
        return changes[0]
    merged = type(changes[0])()
    for change in changes:
        for table, ids in change.tables.items():
            merged.add(table, ids)
    return merged
