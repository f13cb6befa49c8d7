"""Linux desktop integration: ``prachakhom install-desktop [--remove]``.

Puts, for the current user (``$XDG_DATA_HOME``, else ``~/.local/share``), the menu entry
``applications/prachakhom.desktop`` (its ``Exec`` runs this very copy: the checkout, the
installed package or the bundle), the icon ``icons/hicolor/scalable/apps/prachakhom.svg`` and the
file type ``mime/packages/prachakhom.xml`` (``*.prachakhom`` = ``application/x-prachakhom``, opened
by the app), then refreshes the desktop's caches when their tools are there.  Nothing needs root.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .. import paths
from . import command

DESKTOP = "prachakhom.desktop"
ICON = "prachakhom.svg"
MIME = "prachakhom.xml"


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--remove", action="store_true", help="take the menu entry and file type away")
    p.add_argument("--print", action="store_true", dest="print_only",
                   help="only show the menu entry that would be written")


def data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env) if env else Path.home() / ".local" / "share"


def targets(base: Path) -> dict[str, Path]:
    return {"desktop": base / "applications" / DESKTOP,
            "icon": base / "icons" / "hicolor" / "scalable" / "apps" / ICON,
            "mime": base / "mime" / "packages" / MIME}


def launcher() -> list[str]:
    """The command line that starts this copy of Prachakhom."""
    if getattr(sys, "frozen", False):                 # the PyInstaller bundle
        return [sys.executable]
    script = Path(sys.executable).parent / "prachakhom"
    if paths.APP_ROOT.parent.name == "site-packages" and script.is_file():
        return [str(script)]                         # the installed package's command
    return [sys.executable, str(paths.APP_ROOT / "main.py")]    # a checkout


def _quoted(arg: str) -> str:
    """One argument of a desktop entry's Exec key (the spec's quoting rules)."""
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry() -> str:
    """The shipped entry with its ``Exec`` pointing at this copy."""
    text = paths.resource("desktop", DESKTOP).read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(_quoted(a.replace("%", "%%")) for a in launcher()) + " %f"
    return "\n".join(exec_line if line.startswith("Exec=") else line
                     for line in text.splitlines()) + "\n"


def _refresh(base: Path) -> None:
    for tool, folder in (("update-mime-database", base / "mime"),
                         ("update-desktop-database", base / "applications")):
        exe = shutil.which(tool)
        if exe and folder.is_dir():
            subprocess.run([exe, str(folder)], capture_output=True, timeout=60, check=False)


@command("install-desktop", "Linux: add Prachakhom to the applications menu and open "
         ".prachakhom files with it (for this user; --remove takes it away)", _args)
def install_desktop_cmd(args) -> int:
    if args.print_only:
        print(desktop_entry(), end="")
        return 0
    base = data_home()
    where = targets(base)
    if args.remove:
        for path in where.values():
            path.unlink(missing_ok=True)
        _refresh(base)
        print(f"removed the menu entry and the file type from {base}")
        return 0
    entry = desktop_entry()
    for path in where.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    where["desktop"].write_text(entry, encoding="utf-8")
    shutil.copyfile(paths.resource("icons", ICON), where["icon"])
    shutil.copyfile(paths.resource("desktop", "prachakhom-mime.xml"), where["mime"])
    _refresh(base)
    print(f"wrote {where['desktop']}")
    print(f"wrote {where['icon']}")
    print(f"wrote {where['mime']}")
    return 0
