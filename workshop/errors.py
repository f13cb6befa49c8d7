"""Environment errors: things that are wrong with the file or the machine, not with the code.

Each carries a message a facilitator can act on.  The UI shows ``str(error)`` in a dialog and
the command line prints it on one line; neither shows a traceback.  Programming errors are
ordinary exceptions and are reported as bugs.
"""
from __future__ import annotations


class WorkshopError(Exception):
    """Base class of every error the user can do something about."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.path = path


class NotAWorkshopFile(WorkshopError):
    pass


class DamagedFile(WorkshopError):
    pass


class NewerVersion(WorkshopError):
    pass


class ReadOnlyFile(WorkshopError):
    pass


class FileLocked(WorkshopError):
    """The file is open in another Prachakhom window (or another program holds it)."""


class DiskFull(WorkshopError):
    pass


class ImportFailed(WorkshopError):
    """An import was refused; nothing was changed."""


class InvalidInput(WorkshopError):
    """A value the user typed cannot be stored (the message says why)."""


class NotFound(WorkshopError):
    pass
