"""Environment errors: things that are wrong with the file or the machine, not with the code.

Each carries a message a facilitator can act on.  The command line prints ``str(error)`` (the
English text) on one line; the UI shows ``ui.i18n.error_text(error)``, the same message in
the user's language.  Neither shows a traceback.  Programming errors are ordinary exceptions
and are reported as bugs.

A message is an English **template** with ``{named}`` placeholders plus its values, so that
the UI can translate the template (Qt context ``"workshop"``) and fill in the values::

    raise errors.ReadOnlyFile("{name} is read-only: it can be opened for viewing only.",
                              name=path.name, path=str(path))

Always pass a string literal as the template (never an f-string or a string built at run
time): ``tools/extract_messages.py`` collects the literals into
``resources/translations/workshop_th.ts`` and a test fails on anything else.  A value that
is itself a message (an inner refusal) is passed as a WorkshopError and is translated too.
``path`` is kept as an attribute and is also a value (``{path}``).
"""
from __future__ import annotations

import errno
from typing import Callable

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _fill(template: str, values: dict, translate: Translate) -> str:
    """``translate(template)`` filled with ``values``; the English when that fails."""
    if not values:
        return translate(template)      # a plain sentence: braces in it are literal
    for text in (translate(template), template):
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return template


class Notice(str):
    """A translatable message that is not an error: an import's skipped rows and warnings, a
    record kind or an OS reason put into an error message.  It *is* its English text (a
    ``str``, so the command line prints it as it is); the UI words it in the user's language
    with ``ui.i18n.error_text(notice)``.  Same rule as the errors: an English template
    literal and keyword values (``Notice("row {row}: ...", row=n)``)."""

    template: str
    params: dict

    def __new__(cls, template: str, **params: object) -> "Notice":
        values = {k: str(v) if isinstance(v, Notice) else v for k, v in params.items()}
        self = super().__new__(cls, _fill(template, values, _same))
        self.template = template
        self.params = params
        return self

    def render(self, translate: Translate = _same) -> str:
        values = {k: v.render(translate) if isinstance(v, (WorkshopError, Notice)) else v
                  for k, v in self.params.items()}
        return _fill(self.template, values, translate)

    def __reduce__(self):
        return _notice, (self.template, self.params)


def _notice(template: str, params: dict) -> Notice:
    return Notice.__new__(Notice, template, **params)


_OS_REASONS = {
    errno.EACCES: Notice("permission denied"),
    errno.EPERM: Notice("the operation is not permitted"),
    errno.ENOENT: Notice("no such file or folder"),
    errno.ENOSPC: Notice("the disk is full"),
    errno.EROFS: Notice("the disk is read-only"),
    errno.EEXIST: Notice("a file of that name already exists"),
    errno.EISDIR: Notice("that is a folder"),
    errno.ENOTDIR: Notice("a part of the path is not a folder"),
    errno.ENAMETOOLONG: Notice("the name is too long"),
    errno.EBUSY: Notice("the file is in use"),
    errno.EIO: Notice("the disk could not be read or written"),
}


def os_reason(exc: OSError) -> "Notice | str":
    """Why an ``OSError`` happened, translatable for the common causes; else the OS's words."""
    reason = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return reason if reason is not None else (exc.strerror or str(exc))


class WorkshopError(Exception):
    """Base class of every error the user can do something about."""

    #: A template that wraps every message of the class (``{reason}`` is the message).
    frame: str | None = None

    def __init__(self, template: str, path: str | None = None, **params: object):
        self.template = template
        self.path = path
        if path is not None:
            params.setdefault("path", path)
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Translate = _same) -> str:
        """The message with ``translate`` applied to every template (the English by default)."""
        values = {k: v.render(translate) if isinstance(v, (WorkshopError, Notice)) else v
                  for k, v in self.params.items()}
        text = _fill(self.template, values, translate)
        if self.frame:
            text = _fill(self.frame, {"reason": text}, translate)
        return text

    def __str__(self) -> str:
        return self.render()

    @classmethod
    def from_error(cls, inner: "WorkshopError", path: str | None = None) -> "WorkshopError":
        """An error of this class that says what ``inner`` says (translated alike)."""
        return cls("{reason}", path if path is not None else inner.path, reason=inner)


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
    """An import was refused; nothing was changed.  The message says why."""

    frame = "Import refused, nothing was changed: {reason}"


class InvalidInput(WorkshopError):
    """A value the user typed cannot be stored (the message says why)."""


class NotFound(WorkshopError):
    pass


class MeetingClosed(InvalidInput):
    """A write to a closed meeting, or to what was recorded in it: refused until the meeting
    is reopened (:mod:`workshop.store.closed`)."""


class MissingResource(WorkshopError):
    """A file that ships with Prachakhom (a font, a translation, the demo map) is not there:
    the installation is incomplete."""
