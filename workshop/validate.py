"""Every stored value checked against the model: the rules an edit in the app obeys.

One function, :func:`value_problem`, says what is wrong with one value of ``table.column``
(``None`` when nothing is), and is used by both sides of the file's safety:

* ``check`` (:func:`file_problems`) runs it over every value of a file, so that a file with a
  damaged timestamp, an unknown enum value, a broken picture or bytes that are not UTF-8 is
  reported "damaged" instead of "sound" (SQLite's own checks see none of these);
* a JSON import (:mod:`workshop.interchange`) runs it over every incoming value, so an import
  cannot store what the UI would refuse (too long, empty name, unknown value, not an id).

Rules, by column:

* ``id`` and every reference (``*_id``): a UUID (references may be empty, ``None``);
* ``created``/``updated``: an ISO 8601 date and time; other ``*_at``: empty or one;
* ``date``/``due_date``: empty or an ISO date; ``start_time``/``end_time``: empty or hh:mm;
* enums: one of the model's values; booleans 0 or 1; numbers numbers; texts text (UTF-8);
* the limits of :mod:`workshop.limits`; pictures (``maps.image``) must decode.
"""
from __future__ import annotations

import enum
import functools
import io
import re
import sqlite3
from datetime import date, datetime, time
from typing import Any, Callable, Iterable, Iterator, Optional

from pathlib import Path

from . import errors, limits
from .model import RECORD_BY_TABLE, field_types
from .store import check_queries

#: columns ending in ``_id`` that hold something other than a record id
_NOT_IDS = {("agenda_items", "source_id"): "optional"}
_TIMES = ("start_time", "end_time")
_DATES = ("date", "due_date")


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
Check = Callable[[Any], Optional[errors.Notice]]


def _show(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 60 else text[:57] + "..."


def value_problem(table: str, column: str, value: Any) -> Optional[errors.Notice]:
    """What is wrong with ``value`` as ``table.column`` as the file stores it (texts as
    ``str``, or as ``bytes`` when read raw; booleans 0/1; pictures bytes); ``None`` if fine."""
    return _checker(table, column)(value)


@functools.lru_cache(maxsize=None)
def _checker(table: str, column: str) -> Check:
    """The check of one column, built once (a file has a million values to check)."""
    t = field_types(RECORD_BY_TABLE[table])[column]
    optional = column in _OPTIONAL[table]
    inner = _inner_check(table, column, t)
    decode = t is not bytes

    def check(value: Any) -> Optional[errors.Notice]:
        if value is None:
            return None if optional else errors.Notice("is empty but must have a value")
        if decode and isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                return errors.Notice("is not valid text (UTF-8)")
        return inner(value)

    return check


def _inner_check(table: str, column: str, t: type) -> Check:
    if isinstance(t, type) and issubclass(t, enum.Enum):
        values = frozenset(m.value for m in t)
        return lambda v: None if v in values else errors.Notice(
            "has an unknown value {value}", value=_show(v))
    if t is bool:
        return lambda v: None if v in (0, 1) and type(v) is int else errors.Notice(
            "must be 0 or 1, not {value}", value=_show(v))
    if t is int:
        return lambda v: None if type(v) is int else errors.Notice(
            "must be a whole number, not {value}", value=_show(v))
    if t is float:
        return lambda v: None if type(v) in (int, float) else errors.Notice(
            "must be a number, not {value}", value=_show(v))
    if t is bytes:
        picture = table == "maps" and column == "image"

        def blob(v: Any) -> Optional[errors.Notice]:
            if not isinstance(v, (bytes, bytearray, memoryview)):
                return errors.Notice("must be a picture, not {value}", value=_show(v))
            return _picture_problem(bytes(v)) if picture else None
        return blob
    text = _text_check(table, column)

    def string(v: Any) -> Optional[errors.Notice]:
        if not isinstance(v, str):
            return errors.Notice("must be text, not {value}", value=_show(v))
        return text(v)
    return string


def _parses(parse: Callable[[str], object], v: str) -> bool:
    try:
        parse(v)
    except ValueError:
        return False
    return True


def _text_check(table: str, column: str) -> Check:
    if column == "id" or column.endswith("_id"):
        may_be_empty = (table, column) in _NOT_IDS
        return lambda v: None if (may_be_empty and not v) or _UUID.match(v) else errors.Notice(
            "is not a record id (UUID): {value}", value=_show(v))
    if column in ("created", "updated") or column.endswith("_at"):
        required = column in ("created", "updated")
        return lambda v: None if (not v and not required) or _parses(
            datetime.fromisoformat, v) else errors.Notice(
            "is not a date and time: {value}", value=_show(v))
    if column in _DATES:
        return lambda v: None if not v or _parses(date.fromisoformat, v) else errors.Notice(
            "is not a date: {value}", value=_show(v))
    if column in _TIMES:
        return lambda v: None if not v or _parses(time.fromisoformat, v) else errors.Notice(
            "is not a time (hh:mm): {value}", value=_show(v))
    limit = limits.LIMITS.get((table, column))
    if not limit:
        return lambda v: None
    return lambda v: None if len(v) <= limit else errors.Notice(
        "is too long: {length} characters, at most {limit}", length=f"{len(v):,}",
        limit=f"{limit:,}")


def _picture_problem(data: bytes) -> Optional[errors.Notice]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        return errors.Notice("is not a picture that can be shown (damaged or cut short)")
    return None


def required_problem(table: str, column: str, value: Any) -> Optional[errors.Notice]:
    """The UI's "cannot be empty" for names and titles (:data:`limits.REQUIRED`)."""
    if column in limits.REQUIRED.get(table, ()) and isinstance(value, str) and not value.strip():
        return errors.Notice("cannot be empty")
    return None


def _optional_columns() -> dict[str, tuple[str, ...]]:
    import dataclasses
    import typing

    out = {}
    for table, cls in RECORD_BY_TABLE.items():
        hints = typing.get_type_hints(cls)
        out[table] = tuple(f.name for f in dataclasses.fields(cls)
                           if type(None) in typing.get_args(hints[f.name]))
    return out


_OPTIONAL = _optional_columns()


# ------------------------------------------------------------------------ a whole file
def size_problem(path: Path) -> Optional[errors.Notice]:
    """The file's size against the page count its header records: a file cut short (even by
    one byte) or with bytes added is damaged, though SQLite may read it without a word.
    Not judged while a journal lies beside it (the file is whole again once rolled back)."""
    path = Path(path)
    if path.with_name(path.name + "-journal").exists():
        return None
    with open(path, "rb") as fh:
        head = fh.read(100)
    size = path.stat().st_size
    if len(head) < 100:
        return errors.Notice("it is cut short ({size} bytes)", size=size)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return errors.Notice("its header is damaged")
    if size % page_size:
        return errors.Notice("it is cut short or has bytes added: {size} bytes is not a whole "
                             "number of pages of {page_size} bytes", size=f"{size:,}",
                             page_size=page_size)
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]
    if header_valid and pages and pages * page_size != size:
        return errors.Notice("it holds {have} pages but its header records {pages}: it was cut "
                             "short or has pages added", have=size // page_size, pages=pages)
    return None


def row_problems(table: str, columns: list[str],
                 rows: Iterable[tuple]) -> Iterator[errors.Notice]:
    """Findings for raw rows of ``table`` (``columns`` in order, ``id`` first)."""
    checks = [_checker(table, c) for c in columns]
    for row in rows:
        for column, check, value in zip(columns, checks, row):
            problem = check(value)
            if problem is not None:
                rid = row[0]
                if isinstance(rid, bytes):
                    rid = rid.decode("utf-8", "replace")
                yield errors.Notice("{table} {id} ({column}) {problem}", table=table,
                                    id=_show(rid), column=column, problem=problem)


def value_problems(store, first_only: bool = False) -> list[errors.Notice]:
    """Every value of every record of ``store`` checked (see the module doc)."""
    found: list[errors.Notice] = []
    for table, cls in RECORD_BY_TABLE.items():
        columns = cls.columns()
        try:
            rows = check_queries.raw_rows(store, table, columns)
        except sqlite3.DatabaseError as exc:
            found.append(errors.Notice("table {table} cannot be read ({detail})", table=table,
                                       detail=one_line(str(exc))))
            rows = []
        for problem in row_problems(table, columns, rows):
            found.append(problem)
            if first_only:
                break
        if first_only and found:
            return found
    return found


def one_line(text: str) -> str:
    """A finding made printable on one line (damaged bytes can hold line breaks)."""
    return "".join(ch if ch.isprintable() else "?" for ch in str(text))


def file_problems(store, first_only: bool = False) -> list[str]:
    """Everything wrong with the open file ``store``: its size against its header, SQLite's
    full integrity check (with foreign keys and the schema's columns), then every value.
    ``first_only`` stops at the first finding (what the commands need to refuse a file)."""
    found: list[str] = []
    size = size_problem(store.path)
    if size is not None:
        found.append(size)
    if not (first_only and found):
        found += store.integrity_check()
    if not (first_only and found):
        found += value_problems(store, first_only)
    found = [p if isinstance(p, errors.Notice) else one_line(p) for p in found]
    return found[:1] if first_only else found

