"""Prachakhom (ประชาคม): start the app, or run a headless command.

    python main.py [FILE]          open FILE (or the last file, or a demo workshop)
    python main.py COMMAND ...     a headless command
    python main.py --help          list the headless commands

Anything else (an unknown or misspelt command, a stray argument) is refused with one line
and the list of commands, exit code 2: only ``python main.py`` and ``python main.py FILE``
start the GUI.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from workshop import cli

    if argv and (argv[0] in cli.COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return cli.main(argv)
    refusal = cli.gui_refusal(argv)
    if refusal:
        print(refusal, file=sys.stderr)
        return 2
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
