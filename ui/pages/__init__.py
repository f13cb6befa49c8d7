"""The pages of the main window, one per stage of a meeting, listed in one place.

A page is a ``QWidget`` subclass constructed as ``Page(ctx: AppContext, parent=None)`` with a
``page_title()`` method returning a ``tr()`` string and an ``icon_name`` class attribute.  A
page may also have these signals, which the main window connects in ``_connect_signals()``:

* ``requestPage(str)`` — show another page, named by its module (e.g. ``"ui.pages.setup"``);
* ``statusMessage(str)`` — a short message for the status bar.

and these optional methods, which the main window calls on every page that has them before
the file is closed (window closed, File ▸ New / Open / Open recent) — while the store is still
open — and ``commit_pending()`` also before File ▸ Save a copy and the exports:

* ``commit_pending()`` — write what is typed but not saved yet (a form that saves on leaving
  a row, a field that saves on ``editingFinished``), each as its usual undo step.  An edit of
  an existing record must be kept; half-typed text in a "new item" form (saved only by its
  Add button) may be dropped.  Must not ask anything: it runs while the window closes.
* ``shutdown()`` — stop what would outlive the file: timers, pending jobs.  The page is
  deleted right after.

Pages never import each other.
"""
from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

# (module, class) in the order of a meeting: the one place the pages are listed.
PAGES: list[tuple[str, str]] = [
    ("ui.pages.meetings", "MeetingsPage"),
    ("ui.pages.setup", "SetupPage"),
    ("ui.pages.people", "PeoplePage"),
    ("ui.pages.checkin", "CheckinPage"),
    ("ui.pages.roles", "RolesPage"),
    ("ui.pages.agenda", "AgendaPage"),
    ("ui.pages.issues", "IssuesPage"),
    ("ui.pages.board", "BoardPage"),
    ("ui.pages.map", "MapPage"),
    ("ui.pages.tree", "TreePage"),
    ("ui.pages.priorities", "PrioritiesPage"),
    ("ui.pages.speakers", "SpeakersPage"),
    ("ui.pages.decisions", "DecisionsPage"),
    ("ui.pages.actions", "ActionsPage"),
    ("ui.pages.report", "ReportPage"),
]

def page_classes() -> list[type]:
    """Import every page class in :data:`PAGES` order (a missing one is a bug: it raises)."""
    out: list[type] = []
    for module_name, class_name in PAGES:
        cls = getattr(importlib.import_module(module_name), class_name, None)
        if not (isinstance(cls, type) and issubclass(cls, QWidget)):
            raise ImportError(f"{module_name} has no page class {class_name}")
        out.append(cls)
    return out
