"""Prachakhom (ประชาคม): start the app, or run a headless command.

    python main.py [FILE]          open FILE (or the last file, or a demo workshop)
    python main.py COMMAND ...     a headless command
    python main.py --help          list the headless commands

Anything else (an unknown or misspelt command, a stray argument) is refused with one line
and the list of commands, exit code 2: only ``python main.py`` and ``python main.py FILE``
start the GUI.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

_COMMAND_WORD = re.compile(r"[a-z][a-z0-9-]*")


def wants_command(argv: list[str]) -> bool:
    """True when ``argv`` asks for a headless command (a command word, ``--help``,
    ``--version``) rather than the app with a FILE: decided without importing the commands,
    so the app starts without them."""
    if not argv:
        return False
    first = argv[0]
    if first in ("-h", "--help", "--version"):
        return True
    return bool(_COMMAND_WORD.fullmatch(first)) and not Path(first).exists()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_command(argv):
        from workshop import cli

        return cli.main(argv)
    refusal = cli.gui_refusal(argv)
    if refusal:
        print(refusal, file=sys.stderr)
        return 2
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
