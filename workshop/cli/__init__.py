"""Headless commands: ``python main.py COMMAND ...`` (see ``python main.py --help``).

The registry lives here; the commands themselves are in this package's modules (``files``,
``exchange``, ``documents``, ...), listed in :data:`_MODULES`.

Each command is a function ``(args) -> int`` registered with :func:`command` together with a
function that adds its arguments.  Errors the user can act on print one line to stderr and
return a non-zero exit code; there is never a traceback for them.

Exit codes: 0 fine, 1 the file has problems (``check``), 2 usage, 3 an environment error.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Callable

from .. import errors

_Handler = Callable[[argparse.Namespace], int]
_REGISTRY: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], _Handler]] = {}
COMMANDS: list[str] = []


def command(name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None]):
    def wrap(fn: _Handler) -> _Handler:
        _REGISTRY[name] = (help, arguments, fn)
        COMMANDS.append(name)
        return fn

    return wrap


# The modules that register commands, one per area; each imports its heavy libraries only
# inside the command that needs them, so that loading this list stays quick.  A new area adds
# its module here.
_MODULES = ("files", "exchange", "documents", "plan", "district", "desktop", "backups")


def _load_commands() -> None:
    import importlib

    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}")


def _command_list() -> str:
    return ", ".join(COMMANDS)


class _Parser(argparse.ArgumentParser):
    """argparse that refuses on one line (what is wrong, then the commands), exit code 2."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (commands: {_command_list()}; "
                     "see python main.py --help)\n")


def gui_refusal(argv: list[str]) -> str:
    """Why ``argv`` (not a command) cannot start the GUI, on one line; "" when it can.

    The GUI takes nothing or one FILE: an existing path, or a name ending in ``.prachakhom``.
    A word that is neither (``restor``) is a misspelt command, not a new file."""
    _load_commands()
    if not argv:
        return ""
    from ..store import FILE_SUFFIX

    from pathlib import Path

    first = argv[0]
    p = Path(first)
    a_file = not first.startswith("-") and (p.exists() or p.suffix.lower() == FILE_SUFFIX)
    if len(argv) == 1 and a_file:
        return ""
    if a_file:
        what = f"stray argument {argv[1]!r} after the file (the app takes one FILE)"
    elif len(argv) == 1 and not first.startswith("-"):
        what = f"there is no command or file {first!r}"
    elif first.startswith("-"):
        what = f"unknown option {first!r}"
    else:
        what = f"there is no command {first!r}"
    return (f"prachakhom: {what} (commands: {_command_list()}; "
            "python main.py [FILE] starts the app)")


#: commands that judge the file themselves (``check`` reports; ``demo`` writes a new one; a
#: damaged file is what ``backups`` and ``restore`` are for)
_OWN_CHECKS = ("demo", "check", "backups", "restore")


def open_read_only(path: Path):
    """The workshop file ``path`` opened for reading only (no lock, no backup)."""
    from ..store import Store

    try:
        store = Store.open(path, read_only=True, backups=False, lock=False)
    except UnicodeDecodeError:      # SQLite's own list of tables is not UTF-8
        raise errors.DamagedFile("{name} is damaged (its list of tables is not readable). "
                                 "Open one of its backups instead.", str(path), name=path.name)
    if store.recovered is not None:
        print(f"prachakhom: {store.recovered}", file=sys.stderr)
    return store


def refuse_damaged(path: Path) -> None:
    """Raise :class:`errors.DamagedFile` when the existing workshop file ``path`` is damaged:
    SQLite's quick check (on open), its size, and every value against the model
    (:mod:`workshop.validate`).  Every command but ``check`` runs this first, so that a
    damaged file gets one clear line instead of a traceback or garbage out."""
    from .. import validate

    if not path.is_file() or path.stat().st_size == 0:
        return      # the command itself says there is no such file (or creates it)
    with open_read_only(path) as store:
        problem = next(iter(validate.file_problems(store, first_only=True)), None)
    if problem is not None:
        raise errors.DamagedFile("{name} is damaged ({problem}). Open one of its backups "
                                 "instead.", str(path), name=path.name, problem=problem)


def _environment(exc: sqlite3.DatabaseError, path: Path) -> "errors.WorkshopError | None":
    """An SQLite error that escaped a command: what it says about the file, by its result
    code (a text that is not UTF-8 has none: the file is damaged); ``None`` for a bug."""
    from ..store import sqlerrors

    if sqlerrors.primary_code(exc) is None and "decode" in str(exc).lower():
        return errors.DamagedFile("{name} is damaged and cannot be read safely. Open one of its "
                                  "backups instead.", str(path), name=path.name)
    return sqlerrors.environment_error(exc, path)


def _os_error(exc: OSError, args: argparse.Namespace) -> errors.WorkshopError:
    """An OSError that escaped a command, naming the file it was about (the output being
    written when the error does not say)."""
    import errno

    target = exc.filename or getattr(args, "output", None) or getattr(args, "path", "")
    name = Path(str(target)).name.removesuffix(".part")
    if exc.errno == errno.ENOSPC:
        return errors.DiskFull("The disk is full: {name} was not written; nothing half-written "
                               "was kept.", str(target), name=name)
    return errors.ReadOnlyFile("Cannot write {path}: {reason}.", str(target),
                               reason=errors.os_reason(exc))


def build_parser() -> argparse.ArgumentParser:
    _load_commands()
    parser = _Parser(
        prog="prachakhom",
        description="Prachakhom (ประชาคม): community forum workshop files. "
                    "Run without a command to start the app (python main.py [FILE]).")
    parser.add_argument("--version", action="version", version="Prachakhom 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, arguments, _fn) in _REGISTRY.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        arguments(p)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return 2
    _help, _arguments, fn = _REGISTRY[args.command]
    path = getattr(args, "path", None)
    try:
        if args.command not in _OWN_CHECKS and path:
            refuse_damaged(Path(path))
        return fn(args)
    except sqlite3.DatabaseError as exc:
        err = _environment(exc, Path(path or "?"))
        if err is None:
            raise
        print(f"prachakhom {args.command}: {err}", file=sys.stderr)
        return 3
    except errors.WorkshopError as exc:
        print(f"prachakhom {args.command}: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print(f"prachakhom {args.command}: interrupted; nothing half-written was kept.",
              file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"prachakhom {args.command}: {_os_error(exc, args)}", file=sys.stderr)
        return 3


# Load registrations at import so COMMANDS is complete for main.py's dispatch.
_load_commands()
