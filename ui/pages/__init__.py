"""The pages of the main window, one per stage of a meeting, listed in one place.

A page is a ``QWidget`` subclass constructed as ``Page(ctx: AppContext, parent=None)`` with a
``page_title()`` method returning a ``tr()`` string and an ``icon_name`` class attribute.  A
page may also have these signals, which the main window connects in ``_connect_signals()``:

* ``requestPage(str)`` — show another page, named by its module (e.g. ``"ui.pages.setup"``);
* ``statusMessage(str)`` — a short message for the status bar.

Pages never import each other.
"""
from __future__ import annotations

import importlib
import logging
from typing import Optional

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# (module, class) in the order of a meeting.  A module that does not exist yet is skipped with
# a logged warning; ``load_pages(strict=True)`` makes that an error (the lead turns it on when
# every page has landed).
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
]

STRICT = False


def _find_class(module, class_name: str) -> Optional[type]:
    cls = getattr(module, class_name, None)
    if isinstance(cls, type) and issubclass(cls, QWidget):
        return cls
    # the helper may have named it differently: take the one page class the module defines
    found = [obj for name, obj in vars(module).items()
             if isinstance(obj, type) and issubclass(obj, QWidget) and name.endswith("Page")
             and obj.__module__ == module.__name__ and hasattr(obj, "page_title")]
    if len(found) == 1:
        log.warning("%s has no %s; using %s", module.__name__, class_name, found[0].__name__)
        return found[0]
    return None


def page_classes(strict: Optional[bool] = None) -> list[type]:
    """Import every page class in :data:`PAGES` order, skipping missing ones (logged)."""
    strict = STRICT if strict is None else strict
    out: list[type] = []
    for module_name, class_name in PAGES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if strict or exc.name != module_name:
                raise
            log.warning("page module %s is not there yet; skipped", module_name)
            continue
        cls = _find_class(module, class_name)
        if cls is None:
            if strict:
                raise ImportError(f"{module_name} has no page class {class_name}")
            log.warning("%s has no page class %s; skipped", module_name, class_name)
            continue
        out.append(cls)
    return out
