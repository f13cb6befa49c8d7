"""The README's table of headless commands lists every command the CLI has."""
from __future__ import annotations

import re
from pathlib import Path

from workshop import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_command_is_in_the_readme_table():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Headless commands"):]
    section = section[:section.index("\n## ", 1)]
    listed = re.findall(r"^\| `([a-z-]+)[ `]", section, flags=re.M)
    assert len(cli.COMMANDS) > 10
    assert sorted(set(cli.COMMANDS) - set(listed)) == [], "add them to README.md"
    assert sorted(set(listed) - set(cli.COMMANDS)) == [], "README.md lists a command gone"
