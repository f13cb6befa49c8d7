"""Prachakhom (ประชาคม): start the app, or run a headless command.

    python main.py [FILE]          open FILE (or the last file, or a demo workshop)
    python main.py COMMAND ...     a headless command
    python main.py --help          list the headless commands
    prachakhom ...                 the same, installed (``prachakhom.main:main``)

Anything else (an unknown or misspelt command, a stray argument) is refused with one line
and the list of commands, exit code 2: only ``python main.py`` and ``python main.py FILE``
start the GUI.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

_COMMAND_WORD = re.compile(r"[a-z][a-z0-9-]*")
FILE_SUFFIX = ".prachakhom"      # workshop.store.FILE_SUFFIX, without importing the store


def needs_commands(argv: list[str]) -> bool:
    """True unless ``argv`` is nothing or one FILE (an existing path, or a name ending in
    .prachakhom): only then does the app start without importing the headless commands."""
    if not argv:
        return False
    first = argv[0]
    if len(argv) > 1 or first.startswith("-") or _COMMAND_WORD.fullmatch(first):
        return True
    return not (Path(first).exists() or first.lower().endswith(FILE_SUFFIX))


def _app_folder_first_on_path() -> None:
    """Installed, this file is ``prachakhom/main.py`` beside ``prachakhom/workshop/``,
    ``ui/`` and ``resources/`` (see setup.py): put that folder first on ``sys.path`` so that
    the absolute imports (``from workshop import x``) find the copy beside it.  Run as
    ``python main.py`` (a checkout) or frozen (the bundle), the folder is there already."""
    if __package__:
        here = os.path.dirname(os.path.abspath(__file__))
        if not sys.path or sys.path[0] != here:
            sys.path.insert(0, here)


def main(argv: list[str] | None = None) -> int:
    _app_folder_first_on_path()
    argv = list(sys.argv[1:] if argv is None else argv)
    if needs_commands(argv):
        from workshop import cli

        if argv[0] in cli.COMMANDS or argv[0] in ("-h", "--help", "--version"):
            return cli.main(argv)
        refusal = cli.gui_refusal(argv)
        if refusal:
            print(refusal, file=sys.stderr)
            return 2
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
