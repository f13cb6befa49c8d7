"""One hand-over package: everything the office needs from one meeting, in a folder or a ZIP.

:func:`build_package` gathers, for one meeting:

* the minutes (PDF, and DOCX: :mod:`workshop.minutes.word`),
* the sign-in sheet (PDF),
* each community map with its numbered pins (PNG),
* the action plan and pledges (XLSX, :mod:`workshop.plan.actions_xlsx`),
* the village plan table (PDF and XLSX, :mod:`workshop.plan`),
* a copy of the workshop file, by default **the copy for handing over**
  (:func:`workshop.privacy.handover_copy`: a person named only with consent, everyone else by
  a stable pseudonym, no phones, no notes about people; PDPA 2562, data minimisation); the
  full file with all personal data (SQLite's backup API: :meth:`Store.backup_to`) only on
  purpose (``full_copy=True``, ``handover --full-copy``), named ``..._ฉบับเต็ม``;
* ``index.html``: a short page listing the files, with links, saying what the copy holds.

Why not the full file: the office is another controller; it needs the record (the official
minutes and sign-in sheet name the members as the body's record does) and the plan, not the
phone numbers or the names of people who did not agree to be named.  In Thai (default) or
English (``lang="en"``: the documents, the file names and the index page).

File names are made of the body's name, the meeting number and the B.E. date
(``ประชาคมหมู่บ้านหนองบัว_หมู่ที่_5_ครั้งที่_3-2569_2569-11-20_รายงานการประชุม.pdf``).
:func:`write_package` never replaces an existing package unless ``replace=True`` (the CLI's
``--force``, the GUI's "Replace?" question); it writes beside the target and renames, so a
failed run leaves nothing half-written under the package's name.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from . import errors
from .issues import map_png, maps
from .model import Meeting
from .plan.words import Words
from .store import FILE_SUFFIX, Store
from .thai import be_year, parse_date

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass
class Part:
    name: str            # file name inside the package
    title: str           # what it is, for the index page
    data: bytes = b""
    write: Optional[Callable[[Path], None]] = None    # for the workshop copy
    note: str = ""       # a line under the title on the index page


def _safe(text: str) -> str:
    text = _UNSAFE.sub("-", text.strip())
    return re.sub(r"\s+", "_", text).strip("._-")


def base_name(m: Meeting, lang: str = "th") -> str:
    """``<body>_ครั้งที่_<n>-<B.E. year>_<B.E. date>``: the start of every file name
    (English: ``<body>_no_<n>-<year>_<date>``, Gregorian as the English minutes)."""
    L = Words(lang)
    d = parse_date(m.date)
    day = ""
    if d:
        year = be_year(d.year) if lang == "th" else d.year
        day = f"{year}-{d.month:02d}-{d.day:02d}"
    parts = [_safe(m.body_name or m.title or L("ho_default_body")),
             L("ho_meeting_no", n=m.number, y=L.year(m.be_year)), day]
    return "_".join(p for p in parts if p)


def build_package(store: Store, meeting_id: str, lang: str = "th",
                  full_copy: bool = False) -> list[Part]:
    """The package's parts in ``lang`` (``th`` or ``en``).  The workshop copy is the one
    for handing over (:func:`workshop.privacy.handover_copy`) unless ``full_copy``."""
    from .minutes.content import build_minutes
    from .minutes.layout import render_minutes, signin_pdf
    from .minutes.word import render_minutes_docx
    from .plan.actions_xlsx import actions_xlsx
    from .plan.output import plan_bytes
    from .privacy import handover_copy

    L = Words(lang)
    m = store.get(Meeting, meeting_id)
    base = base_name(m, lang)
    minutes = build_minutes(store, m.id)
    parts = [Part(f"{base}_{L('ho_minutes_pdf')}.pdf", L("ho_minutes_pdf_t"),
                  render_minutes(minutes, lang)),
             Part(f"{base}_{L('ho_minutes_pdf')}.docx", L("ho_minutes_docx_t"),
                  render_minutes_docx(minutes, lang)),
             Part(f"{base}_{L('ho_signin')}.pdf", L("ho_signin_t"), signin_pdf(store, m.id, lang))]
    found = maps(store, m.id)
    for k, cm in enumerate(found, 1):
        suffix = f"_{k}" if len(found) > 1 else ""
        parts.append(Part(f"{base}_{L('ho_map')}{suffix}.png", L("ho_map_t", v=cm.name).strip(),
                          map_png(store, cm.id)))
    parts.append(Part(f"{base}_{L('ho_actions')}.xlsx", L("ho_actions_t"),
                      actions_xlsx(store, m.id, lang)))
    parts.append(Part(f"{base}_{L('ho_plan')}.pdf", L("ho_plan_pdf_t"),
                      plan_bytes(store, m.id, ".pdf", lang)))
    parts.append(Part(f"{base}_{L('ho_plan')}.xlsx", L("ho_plan_xlsx_t"),
                      plan_bytes(store, m.id, ".xlsx", lang)))
    if full_copy:
        parts.append(Part(f"{base}_{L('ho_copy_full')}{FILE_SUFFIX}", L("ho_copy_t"),
                          write=lambda dest: store.backup_to(dest),
                          note=L("ho_copy_full_note")))
    else:
        parts.append(Part(f"{base}_{L('ho_copy')}{FILE_SUFFIX}", L("ho_copy_t"),
                          write=lambda dest: handover_copy(store, dest),
                          note=L("ho_copy_safe")))
    parts.append(Part("index.html", L("ho_index"), index_html(m, parts, lang)))
    return parts


def index_html(m: Meeting, parts: list[Part], lang: str = "th") -> bytes:
    L = Words(lang)
    e = html.escape
    rows = "\n".join(
        f'<li><a href="{e(p.name)}">{e(p.title)}</a> — {e(p.name)}'
        + (f'<br><small>{e(p.note)}</small>' if p.note else "") + "</li>" for p in parts)
    title = L("ho_title", v=m.body_name or m.title).strip()
    when = f"{L('number', n=m.number, y=L.year(m.be_year))} {L('date', d=L.date(m.date))}"
    place = L("at", v=m.venue) if m.venue else ""
    page = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>body{{font-family:Sarabun,'TH Sarabun New',sans-serif;font-size:16pt;margin:2em}}
small{{font-size:13pt;color:#444}}</style>
</head><body>
<h1>{e(title)}</h1>
<p>{e(m.title)}<br>{e(when)} {e(place)}</p>
<ol>
{rows}
</ol>
<p>{e(L("ho_made_by"))}</p>
</body></html>
"""
    return page.encode("utf-8")


def _write_dir(parts: list[Part], folder: Path) -> None:
    folder.mkdir(parents=True)
    for p in parts:
        if p.write is not None:
            p.write(folder / p.name)
        else:
            (folder / p.name).write_bytes(p.data)


def package_exists(out: str | os.PathLike) -> bool:
    out = Path(out)
    if out.suffix.lower() == ".zip":
        return out.exists()
    return out.exists() and (not out.is_dir() or any(out.iterdir()))


def write_package(store: Store, meeting_id: str, out: str | os.PathLike, *,
                  replace: bool = False, lang: str = "th", full_copy: bool = False) -> list[str]:
    """Write the package to folder ``out`` or to ``out`` ending in ``.zip``; the file names.

    An existing package is replaced only with ``replace=True``; ``lang``: the documents'
    language; ``full_copy``: the whole workshop file, every personal field in it, instead
    of the copy for handing over (only on purpose: the CLI's ``--full-copy``)."""
    out = Path(out)
    if package_exists(out) and not replace:
        raise errors.InvalidInput("{name} already exists; it was left as it was.",
                                  str(out), name=out.name)
    parts = build_package(store, meeting_id, lang, full_copy)
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".handover-", dir=parent))
    try:
        inner = work / (out.stem if out.suffix.lower() == ".zip" else out.name)
        _write_dir(parts, inner)
        if out.suffix.lower() == ".zip":
            made = work / out.name
            with zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as z:
                for p in parts:
                    z.write(inner / p.name, f"{inner.name}/{p.name}")
            os.replace(made, out)
        else:
            if out.exists():
                old = work / "old"
                os.replace(out, old)
            os.replace(inner, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [p.name for p in parts]
