"""One hand-over package: everything the office needs from one meeting, in a folder or a ZIP.

:func:`build_package` gathers, for one meeting:

* the minutes (PDF, and DOCX: :mod:`workshop.minutes.word`),
* the sign-in sheet (PDF),
* each community map with its numbered pins (PNG),
* the action plan and pledges (XLSX, :mod:`workshop.plan.actions_xlsx`),
* the village plan table (PDF and XLSX, :mod:`workshop.plan`),
* a consistent copy of the workshop file (SQLite's backup API: :meth:`Store.backup_to`),
* ``index.html``: a short page listing the files, with links.

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
from .store import FILE_SUFFIX, Store
from .thai import be_year, format_date_th, parse_date

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass
class Part:
    name: str            # file name inside the package
    title: str           # what it is, in Thai, for the index page
    data: bytes = b""
    write: Optional[Callable[[Path], None]] = None    # for the workshop copy


def _safe(text: str) -> str:
    text = _UNSAFE.sub("-", text.strip())
    return re.sub(r"\s+", "_", text).strip("._-")


def base_name(m: Meeting) -> str:
    """``<body>_ครั้งที่_<n>-<B.E. year>_<B.E. date>``: the start of every file name."""
    d = parse_date(m.date)
    day = f"{be_year(d.year)}-{d.month:02d}-{d.day:02d}" if d else ""
    parts = [_safe(m.body_name or m.title or "เวทีประชาคม"), f"ครั้งที่_{m.number}-{m.be_year}", day]
    return "_".join(p for p in parts if p)


def _minutes_docx(store: Store, meeting_id: str) -> bytes:
    """The minutes as an editable Word copy (:mod:`workshop.minutes.word`)."""
    from .minutes.content import build_minutes
    from .minutes.word import render_minutes_docx

    return render_minutes_docx(build_minutes(store, meeting_id))


def build_package(store: Store, meeting_id: str) -> list[Part]:
    from .minutes.layout import minutes_pdf, signin_pdf
    from .plan.actions_xlsx import actions_xlsx
    from .plan.output import plan_bytes

    m = store.get(Meeting, meeting_id)
    base = base_name(m)
    parts = [Part(f"{base}_รายงานการประชุม.pdf", "รายงานการประชุม (PDF)",
                  minutes_pdf(store, m.id))]
    parts.append(Part(f"{base}_รายงานการประชุม.docx", "รายงานการประชุม (Word)",
                      _minutes_docx(store, m.id)))
    parts.append(Part(f"{base}_แบบลงทะเบียน.pdf", "แบบลงทะเบียนผู้เข้าร่วมประชุม",
                      signin_pdf(store, m.id)))
    found = maps(store, m.id)
    for k, cm in enumerate(found, 1):
        suffix = f"_{k}" if len(found) > 1 else ""
        name = f"{base}_แผนที่ชุมชน{suffix}.png"
        parts.append(Part(name, f"แผนที่ชุมชน {cm.name}".strip(), map_png(store, cm.id)))
    parts.append(Part(f"{base}_แผนปฏิบัติการ.xlsx", "แผนปฏิบัติการและการสนับสนุนทรัพยากร (Excel)",
                      actions_xlsx(store, m.id)))
    parts.append(Part(f"{base}_แผนพัฒนาหมู่บ้าน.pdf", "ตารางแผนพัฒนาหมู่บ้าน (PDF)",
                      plan_bytes(store, m.id, ".pdf")))
    parts.append(Part(f"{base}_แผนพัฒนาหมู่บ้าน.xlsx", "ตารางแผนพัฒนาหมู่บ้าน (Excel)",
                      plan_bytes(store, m.id, ".xlsx")))
    parts.append(Part(f"{base}_แฟ้มเวที{FILE_SUFFIX}",
                      "แฟ้มข้อมูลเวที (เปิดด้วยโปรแกรมประชาคม)",
                      write=lambda dest: store.backup_to(dest)))
    parts.append(Part("index.html", "สารบัญ", index_html(m, parts)))
    return parts


def index_html(m: Meeting, parts: list[Part]) -> bytes:
    e = html.escape
    rows = "\n".join(f'<li><a href="{e(p.name)}">{e(p.title)}</a> — {e(p.name)}</li>'
                     for p in parts)
    title = f"เอกสารส่งมอบ {m.body_name or m.title}".strip()
    when = f"ครั้งที่ {m.number}/{m.be_year} เมื่อวันที่ {format_date_th(m.date)}"
    place = f"ณ {m.venue}" if m.venue else ""
    page = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>body{{font-family:Sarabun,'TH Sarabun New',sans-serif;font-size:16pt;margin:2em}}</style>
</head><body>
<h1>{e(title)}</h1>
<p>{e(m.title)}<br>{e(when)} {e(place)}</p>
<ol>
{rows}
</ol>
<p>จัดทำโดยโปรแกรมประชาคม (Prachakhom)</p>
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
                  replace: bool = False) -> list[str]:
    """Write the package to folder ``out`` or to ``out`` ending in ``.zip``; the file names.

    An existing package is replaced only with ``replace=True``."""
    out = Path(out)
    if package_exists(out) and not replace:
        raise errors.InvalidInput("{name} already exists; it was left as it was.",
                                  str(out), name=out.name)
    parts = build_package(store, meeting_id)
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
