"""Writing a file the person asked for (an export, a PDF, a package), one way everywhere.

:func:`write_file` runs the writer; an environment error (a refused write, a full disk, a
missing font: an ``OSError`` or a :class:`workshop.errors.WorkshopError`) is reported in the
UI's language through ``error`` instead of raising, and on success ``status`` says "Wrote
<name>".  :func:`write_error_text` is the same message for a writer run elsewhere (a PDF laid
out on a worker thread).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop import errors

from . import i18n
from .context import Done

_NOT_WRITTEN = QT_TRANSLATE_NOOP("FileWrite", "The file could not be written: %1")
_WROTE = QT_TRANSLATE_NOOP("FileWrite", "Wrote %1")


def write_error_text(exc: BaseException) -> str:
    """Why a file was not written: a WorkshopError's own message, or the OS reason."""
    if isinstance(exc, errors.WorkshopError):
        return i18n.error_text(exc)
    reason = i18n.os_error_text(exc) if isinstance(exc, OSError) else str(exc)
    return QCoreApplication.translate("FileWrite", _NOT_WRITTEN).replace("%1", reason)


def written_text(path: str | os.PathLike) -> str:
    return QCoreApplication.translate("FileWrite", _WROTE).replace("%1", Path(path).name)


def write_file(write: Callable[[], Any], path: str | os.PathLike, *,
               error: Callable[[str], Any],
               status: Optional[Callable[[str], Any]] = None) -> Done:
    """Run ``write()``, which writes ``path``; what it returned, or ``Done(False)`` after
    ``error`` was told why the file could not be written."""
    try:
        result = write()
    except (errors.WorkshopError, OSError) as exc:
        error(write_error_text(exc))
        return Done(False)
    if status is not None:
        status(written_text(path))
    return Done(True, result)
