"""JSON export/import of a whole workshop file (a people list in CSV: :mod:`workshop.people_csv`).

JSON (see ``docs/file-format.md``)::

    {"format": "prachakhom-workshop", "version": 1, "schema_version": N,
     "meta": {...}, "tables": {"organisations": [...], ...}, "tombstones": [...]}

Tables appear in dependency order (parents before children), rows sorted by id, columns in
the order of the model's dataclass fields, BLOBs as base64 text.  Exporting, importing the
result into a new file and exporting again gives byte-identical JSON.

Import is *merge by id* and atomic (one transaction; any error leaves the file unchanged):

* a row whose id is not in the file is added;
* a row whose id is in the file replaces it only when its ``updated`` is newer;
* a row whose id the file has deleted (a tombstone) stays deleted;
* a tombstone in the import deletes the file's row (and what cascades from it) unless the
  file's row was edited after the deletion;
* a row that would duplicate another row's unique key (e.g. the same person checked in twice
  to the same meeting on two laptops) is skipped and reported.

Importing into an empty file therefore copies everything, including the file's ``meta``
(its ``file_id``); importing into a file that has records keeps the file's own ``meta``.
"""
from __future__ import annotations

import base64
import dataclasses
import enum
import json
import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import errors, validate
from .model import RECORD_BY_TABLE, Record, field_types
from .schema import SCHEMA_VERSION
from .store import exchange_queries as q

FORMAT_NAME = "prachakhom-workshop"
FORMAT_VERSION = 1
_META_COPIED = ("file_id", "created", "app")


# ------------------------------------------------------------------------------ reports
@dataclass
class ImportReport:
    """What an import did.  ``added``/``updated``/``deleted`` count rows of any table."""
    added: int = 0
    updated: int = 0
    deleted: int = 0
    skipped: list[str] = field(default_factory=list)     # errors.Notice: English str,
    warnings: list[str] = field(default_factory=list)    # translated by the UI
    organisations_added: int = 0

    def summary(self) -> str:
        parts = [f"{self.added} added"]
        if self.updated:
            parts.append(f"{self.updated} updated")
        if self.deleted:
            parts.append(f"{self.deleted} deleted")
        if self.organisations_added:
            parts.append(f"{self.organisations_added} organisations added")
        parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


# ------------------------------------------------------------------------ table metadata
table_order = q.table_order          # parents before children (the store's query)


def _optional_fields(cls: type[Record]) -> set[str]:
    hints = typing.get_type_hints(cls)
    return {f.name for f in dataclasses.fields(cls)
            if type(None) in typing.get_args(hints[f.name])}


def _defaults(cls: type[Record]) -> dict[str, Any]:
    out = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            v = f.default
        elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
            continue  # id: always required
        else:  # pragma: no cover
            continue
        if isinstance(v, enum.Enum):
            v = v.value
        elif isinstance(v, bool):
            v = int(v)
        out[f.name] = v
    return out


# ----------------------------------------------------------------------------- export
def export_data(store) -> dict:
    """The whole file as a JSON-ready dict (deterministic)."""
    tables: dict[str, list[dict]] = {}
    for table in q.export_order(store):
        cls = RECORD_BY_TABLE[table]
        cols = cls.columns()
        types = field_types(cls)
        blobs = [c for c in cols if types[c] is bytes]
        rows = []
        for row in q.record_rows(store, table):
            for c in blobs:
                if row[c] is not None:
                    row[c] = base64.b64encode(bytes(row[c])).decode("ascii")
            rows.append(row)
        tables[table] = rows
    meta = q.meta_items(store)
    tombstones = q.tombstone_rows(store)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION,
            "schema_version": store.schema_version, "meta": meta, "tables": tables,
            "tombstones": tombstones}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def export_json(store, dest: str | os.PathLike, *, anonymise: bool = False) -> Path:
    """Write the whole file as JSON to ``dest`` (atomically: a temporary file, then rename);
    ``anonymise``: every personal name and phone replaced by a pseudonym (workshop.privacy)."""
    dest = Path(dest)
    data = export_data(store)
    if anonymise:
        from .privacy import anonymise as _anonymise

        data = _anonymise(data)
    text = dumps(data)
    tmp = dest.with_name(dest.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if exc.errno == 28:
            raise errors.DiskFull("The disk is full: {name} was not written.", str(dest),
                                  name=dest.name)
        raise errors.ReadOnlyFile("Cannot write {path}: {reason}.", str(dest),
                                  reason=errors.os_reason(exc))
    return dest


# ----------------------------------------------------------------------------- import
def load_json(source: str | os.PathLike) -> dict:
    path = Path(source)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise errors.NotFound("There is no file {path}.", str(path))
    except OSError as exc:
        raise errors.ImportFailed("cannot read {name}: {reason}.", name=path.name,
                                  reason=errors.os_reason(exc))
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise errors.ImportFailed("{name} is not a text (UTF-8) file.", name=path.name)
    except json.JSONDecodeError as exc:
        raise errors.ImportFailed("{name} is not valid JSON (line {line}: {detail}).",
                                  name=path.name, line=exc.lineno, detail=exc.msg)


def _check_value(table: str, i: int, col: str, t: type, optional: bool, v: Any) -> Any:
    """Validate one JSON value for column ``col``; return the value to store."""
    where = dict(table=table, row=i + 1, column=col, value=repr(v))
    if v is None:
        if optional:
            return None
        raise errors.ImportFailed("{table} row {row} ({column}) is empty but must have a "
                                  "value.", **where)
    if isinstance(t, type) and issubclass(t, enum.Enum):
        if not isinstance(v, str) or v not in {m.value for m in t}:
            raise errors.ImportFailed("{table} row {row} ({column}) has an unknown value "
                                      "{value}.", **where)
        return v
    if t is bool:
        if isinstance(v, bool):
            return int(v)
        if v in (0, 1):
            return int(v)
        raise errors.ImportFailed("{table} row {row} ({column}) must be 0 or 1, not {value}.",
                                  **where)
    if t is int:
        if isinstance(v, bool) or not isinstance(v, int):
            raise errors.ImportFailed("{table} row {row} ({column}) must be a whole number, "
                                      "not {value}.", **where)
        return v
    if t is float:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise errors.ImportFailed("{table} row {row} ({column}) must be a number, "
                                      "not {value}.", **where)
        return float(v)
    if t is bytes:
        if not isinstance(v, str):
            raise errors.ImportFailed("{table} row {row} ({column}) must be base64 text.",
                                      **where)
        try:
            return base64.b64decode(v.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            raise errors.ImportFailed("{table} row {row} ({column}) is not valid base64.",
                                      **where)
    if not isinstance(v, str):
        raise errors.ImportFailed("{table} row {row} ({column}) must be text, not {value}.",
                                  **where)
    return v


def _validate(data: Any) -> tuple[dict[str, list[dict]], list[dict], dict[str, str]]:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise errors.ImportFailed("this is not a Prachakhom workshop export "
                                  "(expected \"format\": \"{format}\").", format=FORMAT_NAME)
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise errors.ImportFailed("the export has no valid format version.")
    if version > FORMAT_VERSION:
        raise errors.ImportFailed("the export was made by a newer Prachakhom (export format "
                                  "{version}; this version reads up to {supported}). Please "
                                  "update Prachakhom.", version=version, supported=FORMAT_VERSION)
    schema = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise errors.ImportFailed("the export comes from a newer file format ({version}; this "
                                  "version reads up to {supported}). Please update Prachakhom.",
                                  version=schema, supported=SCHEMA_VERSION)
    tables = data.get("tables", {})
    if not isinstance(tables, dict):
        raise errors.ImportFailed("\"tables\" must be an object.")
    unknown = sorted(set(tables) - set(RECORD_BY_TABLE))
    if unknown:
        raise errors.ImportFailed("unknown table {table}.", table=repr(unknown[0]))
    clean: dict[str, list[dict]] = {}
    seen_ids: dict[str, str] = {}
    for table, rows in tables.items():
        cls = RECORD_BY_TABLE[table]
        if not isinstance(rows, list):
            raise errors.ImportFailed("table {table} must be a list of rows.", table=table)
        cols = cls.columns()
        types = field_types(cls)
        optional = _optional_fields(cls)
        defaults = _defaults(cls)
        out = []
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                raise errors.ImportFailed("{table} row {row} is not an object.", table=table,
                                          row=i + 1)
            extra = sorted(set(row) - set(cols))
            if extra:
                raise errors.ImportFailed("{table} row {row} has an unknown column {column}.",
                                          table=table, row=i + 1, column=repr(extra[0]))
            for required in ("id", "created", "updated"):
                if not isinstance(row.get(required), str) or not row.get(required):
                    raise errors.ImportFailed("{table} row {row} has no {column}.",
                                              table=table, row=i + 1, column=required)
            rid = row["id"]
            if rid in seen_ids:
                raise errors.ImportFailed("the id {id} appears twice ({first} and {second}).",
                                          id=rid, first=seen_ids[rid], second=table)
            seen_ids[rid] = table
            rec = {}
            for c in cols:
                if c in row:
                    rec[c] = _check_value(table, i, c, types[c], c in optional, row[c])
                elif c in defaults:
                    rec[c] = defaults[c]
                else:
                    raise errors.ImportFailed("{table} row {row} lacks the column {column}.",
                                              table=table, row=i + 1, column=repr(c))
            for c, v in rec.items():    # the rules an edit in the app obeys
                problem = validate.value_problem(table, c, v) or validate.required_problem(
                    table, c, v)
                if problem is not None:
                    raise errors.ImportFailed("{table} row {row} ({column}) {problem}.",
                                              table=table, row=i + 1, column=c, problem=problem)
            out.append(rec)
        clean[table] = out
    tombs = data.get("tombstones", [])
    if not isinstance(tombs, list):
        raise errors.ImportFailed("\"tombstones\" must be a list.")
    for i, t in enumerate(tombs):
        if (not isinstance(t, dict) or set(t) != {"id", "table_name", "deleted"}
                or not all(isinstance(t[k], str) and t[k] for k in t)):
            raise errors.ImportFailed("tombstone {n} must have id, table_name and deleted.",
                                      n=i + 1)
        if t["table_name"] not in RECORD_BY_TABLE:
            raise errors.ImportFailed("tombstone {n} names an unknown table {table}.", n=i + 1,
                                      table=repr(t["table_name"]))
        for c in ("id", "deleted"):
            problem = validate.value_problem(t["table_name"], "id" if c == "id" else "created",
                                             t[c])
            if problem is not None:
                raise errors.ImportFailed("tombstone {n} ({column}) {problem}.", n=i + 1,
                                          column=c, problem=problem)
    meta = data.get("meta", {})
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        raise errors.ImportFailed("\"meta\" must be an object of texts.")
    return clean, tombs, meta


is_empty = q.is_empty                # no records and no tombstones


def import_data(store, data: Any) -> ImportReport:
    """Merge an export (a dict from :func:`load_json`) into ``store`` with the one merge rule
    of :mod:`workshop.merge` (the same as merging whole files); all or nothing."""
    from . import merge

    tables, tombs, meta = _validate(data)
    incoming = merge.Content({t: {r["id"]: r for r in rows} for t, rows in tables.items()},
                             {t["id"]: (t["table_name"], t["deleted"]) for t in tombs})
    empty = is_empty(store)
    current = merge.read(store)
    plan, _target = merge.merge_plan(current, [incoming])
    report = ImportReport(added=len(plan.add), updated=len(plan.update),
                          deleted=len(plan.delete))
    for table, rid in plan.refused:
        if rid in current.tombs:
            why = errors.Notice("{table} {id}: deleted in this file", table=table, id=rid)
        elif table in merge.UNIQUE_KEYS:
            why = errors.Notice("{table} {id}: duplicates a record already in the file",
                                table=table, id=rid)
        else:
            why = errors.Notice("{table} {id}: a record it depends on was deleted",
                                table=table, id=rid)
        report.skipped.append(why)
    for c in plan.conflicts:
        report.warnings.append(errors.Notice("{table} {id} was deleted in one file but edited "
                                             "later in the other; kept", table=c.table,
                                             id=c.id)
                               if c.what.startswith("deleted") else
                               errors.Notice("{table} {id} was edited in both at the same time; "
                                             "one version was kept", table=c.table, id=c.id))
    with store.transaction():
        merge.apply(store, plan)
        if empty:
            for k, v in sorted(meta.items()):
                store.set_meta(k, v)
    return report


def import_json(store, source: str | os.PathLike) -> ImportReport:
    return import_data(store, load_json(source))
