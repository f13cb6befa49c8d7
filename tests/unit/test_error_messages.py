"""Every message an environment error shows can be translated.

``workshop`` raises its errors with an English template and values; the UI translates the
template (``workshop_th.ts``).  An f-string or a string built at run time would reach a Thai
user in English, so the scan below fails on one.
"""
from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop import errors, paths

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import extract_messages as em  # noqa: E402

TS = paths.TRANSLATIONS / "workshop_th.ts"


def placeholders(template: str) -> list[str]:
    return sorted(name for _text, name, _spec, _conv in string.Formatter().parse(template)
                  if name is not None)


def test_no_error_message_is_built_at_run_time():
    messages, problems = em.scan()
    assert not problems, "untranslatable error messages:\n" + "\n".join(map(str, problems))
    assert len(messages) > 100     # the scan found the raise sites
    found = {m.template for m in messages}
    assert "A block or an objection needs a reason: ask what would make it acceptable." in found
    assert "{name} is read-only: it can be opened for viewing only." in found
    assert errors.ImportFailed.frame in found


@pytest.mark.parametrize("source, why", [
    ('raise errors.InvalidInput(f"{n} dots are too many.")', "f-string"),
    ('raise errors.InvalidInput("too many: " + str(n))', "+ or %"),
    ('raise errors.InvalidInput("{} dots".format(n))', "format"),
    ('raise errors.InvalidInput(message)', "not a string literal"),
    ('err = NotFound(f"no {x}")', "f-string"),
    ('raise _fail(f"row {n}: first name is empty.")', "f-string"),
    ('raise errors.ImportFailed()', "no template"),
])
def test_the_scan_catches_a_message_built_at_run_time(source, why):
    found, problems = em.scan_source(source, "x.py", em.error_classes())
    assert problems and why in problems[0].text, problems
    assert not found


def test_the_scan_takes_templates_and_leaves_programming_errors():
    source = '''
def f(n, name):
    if n < 0:
        raise ValueError(f"negative {n}")
    raise errors.InvalidInput("{name} has {n} dots; "
                              "that is too many.", name=f"{name}!", n=n)
'''
    found, problems = em.scan_source(source, "x.py", em.error_classes())
    assert not problems
    assert found == [("{name} has {n} dots; that is too many.", 5)]


def test_error_classes_are_read_from_errors_py():
    classes = em.error_classes()
    assert {"WorkshopError", "ReadOnlyFile", "InvalidInput", "ImportFailed"} <= classes
    assert "Exception" not in classes


def _translations() -> dict[str, tuple[str, str]]:
    out = {}
    for ctx in ET.parse(TS).iter("context"):
        assert ctx.findtext("name") == "workshop"
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[msg.findtext("source")] = (tr.text or "", tr.get("type", ""))
    return out


def test_every_template_has_a_thai_translation_with_the_same_placeholders():
    messages, _ = em.scan()
    translations = _translations()
    problems = []
    for m in messages:
        text, kind = translations.get(m.template, ("", "missing"))
        if kind in ("unfinished", "missing", "vanished", "obsolete") or not text.strip():
            problems.append(f"not translated: {m.template!r} ({m.locations[0][0]})")
        elif placeholders(text) != placeholders(m.template):
            problems.append(f"placeholders differ: {m.template!r} -> {text!r}")
        elif not any("\u0e00" <= ch <= "\u0e7f" for ch in text):
            problems.append(f"not Thai: {text!r}")
    assert not problems, "run python tools/extract_messages.py and translate:\n" + \
        "\n".join(problems)


def test_extraction_keeps_translations(tmp_path):
    ts = tmp_path / "workshop_th.ts"
    ts.write_bytes(TS.read_bytes())
    messages, _ = em.scan()
    todo = em.write_ts(messages + [em.Message("A new message about {thing}.", [("x.py", 1)])], ts)
    assert todo == ["A new message about {thing}."]
    kept = {m.findtext("source"): m.findtext("translation")
            for m in ET.parse(ts).iter("message")}
    assert kept["{name} is read-only: it can be opened for viewing only."] == \
        _translations()["{name} is read-only: it can be opened for viewing only."][0]
    em.write_ts(messages, ts)       # the new one is gone again (it had no translation)
    assert "A new message about {thing}." not in ts.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- the class
def test_template_params_and_english_text(tmp_path):
    path = tmp_path / "ro.prachakhom"
    exc = errors.ReadOnlyFile("{name} is read-only: it can be opened for viewing only.",
                              name=path.name, path=str(path))
    assert str(exc) == "ro.prachakhom is read-only: it can be opened for viewing only."
    assert exc.template == "{name} is read-only: it can be opened for viewing only."
    assert exc.params == {"name": "ro.prachakhom", "path": str(path)}
    assert exc.path == str(path)
    assert exc.args == (str(exc),)


def test_positional_path_is_kept_and_can_be_a_placeholder():
    exc = errors.NotFound("There is no file {path}.", "/tmp/x.prachakhom")
    assert exc.path == "/tmp/x.prachakhom"
    assert str(exc) == "There is no file /tmp/x.prachakhom."


def test_an_already_formatted_message_still_works():
    exc = errors.InvalidInput("Row {3} has no name; it stays {as is}.")
    assert str(exc) == "Row {3} has no name; it stays {as is}."
    assert exc.params == {}
    exc = errors.DamagedFile("x.prachakhom is damaged {oops}.", "/tmp/x.prachakhom")
    assert str(exc) == "x.prachakhom is damaged {oops}."      # no crash on stray braces


def test_render_translates_nested_messages_and_the_frame():
    thai = {"Import refused, nothing was changed: {reason}": "นำเข้าไม่ได้: {reason}",
            "row {row}: first name is empty.": "แถวที่ {row}: ไม่มีชื่อ",
            "{reason}": "{reason}"}
    inner = errors.InvalidInput("row {row}: first name is empty.", row=3)
    exc = errors.ImportFailed.from_error(inner)
    assert str(exc) == "Import refused, nothing was changed: row 3: first name is empty."
    assert exc.render(lambda t: thai.get(t, t)) == "นำเข้าไม่ได้: แถวที่ 3: ไม่มีชื่อ"
    direct = errors.ImportFailed("row {row}: first name is empty.", row=4)
    assert direct.render(lambda t: thai.get(t, t)) == "นำเข้าไม่ได้: แถวที่ 4: ไม่มีชื่อ"


def test_a_broken_translation_falls_back_to_english():
    exc = errors.InvalidInput("{name} has {limit} dots.", name="สมชาย", limit=3)
    assert exc.render(lambda t: "{nmae} มี {limit} จุด") == "สมชาย has 3 dots."
    assert exc.render(lambda t: "{limit:d} {name:d}") == "สมชาย has 3 dots."
    assert exc.render(lambda t: "{name} มี {limit} จุด") == "สมชาย มี 3 จุด"


def test_cli_prints_the_english_one_liner(tmp_path):
    missing = tmp_path / "nowhere.prachakhom"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(missing)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and f"There is no file {missing}." in lines[0], run.stderr
