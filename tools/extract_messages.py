"""Collect the message templates of ``workshop/``'s errors into a Qt Linguist file.

Every ``WorkshopError`` subclass call (and every ``Notice``: an import's skipped rows and
warnings, record kinds, OS reasons) in ``workshop/**.py`` takes an English template (a string
literal with ``{named}`` placeholders) as its first argument; the UI translates it in the Qt
context ``"workshop"`` (``ui.i18n.error_text``).  This script finds those literals (and the
classes' ``frame`` templates in ``workshop/errors.py``) with :mod:`ast` and writes
``resources/translations/workshop_th.ts``, keeping the translations it already has.  New
messages come out as ``type="unfinished"``; messages no longer used are kept as ``vanished``.

    python tools/extract_messages.py          # update the .ts, list what needs translating
    python tools/extract_messages.py --check  # exit 1 when a message is not a literal
    pyside6-lrelease resources/translations/workshop_th.ts

Only the standard library is used.
"""
from __future__ import annotations

import argparse
import ast
import builtins
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "workshop"
TS_FILE = ROOT / "resources" / "translations" / "workshop_th.ts"
CONTEXT = "workshop"
BASE = "WorkshopError"
NOTICE = "Notice"          # a translatable message that is not an error (errors.Notice)
BUILTIN_EXCEPTIONS = {n for n in dir(builtins)
                      if isinstance(getattr(builtins, n), type)
                      and issubclass(getattr(builtins, n), BaseException)}


@dataclass
class Message:
    template: str
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Problem:
    file: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}"


def error_classes(errors_py: Path = PACKAGE / "errors.py") -> set[str]:
    """Names of ``WorkshopError`` and its subclasses defined in ``errors_py``."""
    tree = ast.parse(errors_py.read_text(encoding="utf-8"))
    bases = {n.name: [_name(b) for b in n.bases]
             for n in tree.body if isinstance(n, ast.ClassDef)}
    found = {BASE, NOTICE}
    changed = True
    while changed:
        changed = False
        for cls, parents in bases.items():
            if cls not in found and found.intersection(parents):
                found.add(cls)
                changed = True
    return found


def frames(errors_py: Path = PACKAGE / "errors.py") -> list[tuple[str, int]]:
    """``frame = "..."`` class attributes: (template, line)."""
    out = []
    for node in ast.walk(ast.parse(errors_py.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
                targets = (stmt.targets if isinstance(stmt, ast.Assign)
                           else [stmt.target] if isinstance(stmt, ast.AnnAssign) else [])
                if (any(_name(t) == "frame" for t in targets) and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)):
                    out.append((value.value, stmt.lineno))
    return out


def _name(node: ast.AST) -> str:
    """The last name of ``a.b.C`` / ``C``; "" for anything else."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _built_string(node: ast.AST) -> str:
    """What makes ``node`` a string built at run time ("" when it is not one)."""
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)) and (
            _is_str(node.left) or _is_str(node.right) or isinstance(node.left, ast.JoinedStr)):
        return "a string built with + or %"
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "join") and _is_str(node.func.value)):
        return f"a string built with str.{node.func.attr}()"
    return ""


def scan_source(source: str, filename: str, classes: set[str]) -> tuple[list[tuple[str, int]],
                                                                          list[Problem]]:
    """(template, line) of every error call in ``source``, and the calls that break the rule."""
    found: list[tuple[str, int]] = []
    problems: list[Problem] = []
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in classes:
            cls = _name(node.func)
            first = node.args[0] if node.args else None
            if first is not None and _is_str(first):
                found.append((first.value, node.lineno))
            else:
                why = (_built_string(first) if first is not None else "") or \
                    ("no template" if first is None else "a value that is not a string literal")
                problems.append(Problem(filename, node.lineno,
                                        f"{cls}(...) gets {why}: pass an English template "
                                        "literal and its values as keywords"))
        elif (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
              and _name(node.exc.func) not in BUILTIN_EXCEPTIONS | classes):
            # a helper that makes the error (``raise _fail(f"...")``): its message must be a
            # template too (builtin exceptions are programming errors, never shown)
            for arg in node.exc.args:
                why = _built_string(arg)
                if why:
                    problems.append(Problem(filename, arg.lineno,
                                            f"a raised error's message is {why}: "
                                            "it cannot be translated"))
    problems.sort(key=lambda p: p.line)
    return found, problems


def scan(package: Path = PACKAGE) -> tuple[list[Message], list[Problem]]:
    classes = error_classes(package / "errors.py")
    messages: dict[str, Message] = {}
    problems: list[Problem] = []
    rel = lambda p: p.relative_to(package.parent).as_posix()  # noqa: E731
    for template, line in frames(package / "errors.py"):
        messages.setdefault(template, Message(template)).locations.append(
            (rel(package / "errors.py"), line))
    for path in sorted(package.rglob("*.py")):
        found, bad = scan_source(path.read_text(encoding="utf-8"), rel(path), classes)
        problems.extend(bad)
        for template, line in sorted(found, key=lambda t: t[1]):
            messages.setdefault(template, Message(template)).locations.append((rel(path), line))
    return list(messages.values()), problems


def read_translations(ts: Path) -> dict[str, tuple[str, str]]:
    """source → (translation, type) of the ``workshop`` context of ``ts``."""
    if not ts.exists():
        return {}
    out = {}
    for ctx in ET.parse(ts).iter("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[msg.findtext("source") or ""] = (
                (tr.text or "") if tr is not None else "", tr.get("type", "") if tr is not None else "")
    return out


def write_ts(messages: list[Message], ts: Path = TS_FILE) -> list[str]:
    """Write ``ts``; return the templates that still need a translation."""
    old = read_translations(ts)
    root = ET.Element("TS", version="2.1", language="th_TH")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    todo = []
    current = {m.template for m in messages}
    for m in messages:
        el = ET.SubElement(ctx, "message")
        for filename, _line in dict.fromkeys(m.locations):
            ET.SubElement(el, "location", filename=f"../../{filename}")
        ET.SubElement(el, "source").text = m.template
        text, kind = old.get(m.template, ("", "unfinished"))
        tr = ET.SubElement(el, "translation")
        tr.text = text
        if not text.strip() or kind == "unfinished":
            tr.set("type", "unfinished")
            todo.append(m.template)
    for source, (text, _kind) in old.items():
        if source not in current and text.strip():
            el = ET.SubElement(ctx, "message")
            ET.SubElement(el, "source").text = source
            ET.SubElement(el, "translation", type="vanished").text = text
    ET.indent(root, space="    ")
    ts.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text("<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + body + "\n",
                  encoding="utf-8")
    return todo


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check; write nothing")
    ap.add_argument("--ts", type=Path, default=TS_FILE)
    args = ap.parse_args(argv)
    messages, problems = scan()
    for p in problems:
        print(p, file=sys.stderr)
    if args.check:
        return 1 if problems else 0
    todo = write_ts(messages, args.ts)
    print(f"{len(messages)} messages in {args.ts.name}; {len(todo)} need a translation")
    for t in todo:
        print("  " + t)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
