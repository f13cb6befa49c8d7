"""Merging workshop files from several laptops: one rule, the same in both directions.

A file's content is its records and its tombstones (``meta`` is the file's own).  Merging two
contents decides every record id alone, from what both sides know of it:

1. **The latest event wins.**  Each side may have the row (edited at ``updated``) or a
   tombstone (deleted at ``deleted``).  The newest row is the candidate (equal times: the
   greater content, compared as text, so both directions pick the same one); the newest
   tombstone deletes it unless the row was edited *after* the deletion (equal times: deleted).
   An erasure's tombstone (:mod:`workshop.privacy`) outlives every edit.
2. **Parents decide for children.**  A row whose parent ends deleted is deleted too when the
   schema cascades (``ON DELETE CASCADE``), else its reference is cleared (``SET NULL``);
   repeated until nothing changes.  A reference to a record neither side knows is refused.
3. **One row per unique key.**  Two laptops that checked the same person into the same
   meeting (or scored the same issue on the same criterion, or linked the same two issues)
   keep the row created first (equal: the greater id); the other is deleted.

The result depends only on the two contents, not on which is "ours": ``merge(A, B)`` and
``merge(B, A)`` give the same content, and merging again changes nothing.  :func:`plan`
turns "make this file's content equal that content" into a :class:`Plan` (rows to add,
update and delete, tombstones to set and drop) with a report; :func:`apply` runs a plan in
one transaction (all or nothing).  ``plan(merged, before)`` is the undo of a merge.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from . import errors
from .store import Store
from .store import district_queries as q

# Unique keys besides the id (schema: UNIQUE (...)).
UNIQUE_KEYS = {"attendance": ("meeting_id", "person_id"),
               "criterion_scores": ("issue_id", "criterion_id"),
               "issue_links": ("cause_id", "effect_id")}


@dataclass
class Content:
    """Records (table -> id -> row as stored) and tombstones (id -> (table, deleted))."""
    rows: dict[str, dict[str, dict]] = field(default_factory=dict)
    tombs: dict[str, tuple[str, str]] = field(default_factory=dict)

    def row(self, rid: str) -> Optional[tuple[str, dict]]:
        for table, rows in self.rows.items():
            if rid in rows:
                return table, rows[rid]
        return None

    def ids(self) -> dict[str, str]:
        return {rid: t for t, rows in self.rows.items() for rid in rows}

    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())


def read(store: Store) -> Content:
    """The content of an open file."""
    rows, tombs = q.read_content(store)
    return Content(rows, tombs)


def read_file(path: str | os.PathLike) -> Content:
    """The content of a workshop file on disk (opened for reading only)."""
    with Store.open(Path(path), read_only=True, backups=False, lock=False) as other:
        return read(other)


# ------------------------------------------------------------------------------ the rule
def _key(row: dict) -> str:
    return json.dumps([v.hex() if isinstance(v, (bytes, memoryview)) else v
                       for v in row.values()], ensure_ascii=False, default=str)


def _newer(a: dict, b: dict) -> dict:
    if a["updated"] != b["updated"]:
        return a if a["updated"] > b["updated"] else b
    return a if _key(a) >= _key(b) else b


@dataclass
class Conflict:
    table: str
    id: str
    what: str          # "edited on both" | "deleted here, edited there later" | ...


def merge(contents: Iterable[Content], conflicts: Optional[list[Conflict]] = None) -> Content:
    """The merged content of several files (see the module doc); order does not matter."""
    contents = list(contents)
    order = q.table_order()
    best: dict[str, tuple[str, dict]] = {}
    tombs: dict[str, tuple[str, str]] = {}
    for c in contents:
        for table, rows in c.rows.items():
            for rid, row in rows.items():
                have = best.get(rid)
                if have is None:
                    best[rid] = (table, row)
                elif have[1] != row:
                    if conflicts is not None and have[1]["updated"] == row["updated"]:
                        conflicts.append(Conflict(table, rid, "edited at the same time"))
                    best[rid] = (table, _newer(have[1], row))
        for rid, (table, deleted) in c.tombs.items():
            if rid not in tombs or deleted > tombs[rid][1]:
                tombs[rid] = (table, deleted)
    out = Content({t: {} for t in order}, {})
    for rid, (table, row) in best.items():
        tomb = tombs.get(rid)
        if tomb is not None and tomb[1] >= row["updated"]:
            continue
        if tomb is not None and conflicts is not None:
            conflicts.append(Conflict(table, rid, "deleted on one side, edited later on the "
                                                  "other: kept"))
        out.rows[table][rid] = dict(row)
    for rid, tomb in tombs.items():
        if rid not in out.rows.get(tomb[0], {}):
            out.tombs[rid] = tomb
    _close(out, order)
    return out


def _close(c: Content, order: list[str]) -> None:
    """Rules 2 and 3 until nothing changes."""
    fks = {t: q.foreign_keys(t) for t in order}
    changed = True
    while changed:
        changed = False
        alive = c.ids()
        for table in order:
            rows = c.rows[table]
            for rid in list(rows):
                row = rows[rid]
                for col, parent, on_delete in fks[table]:
                    ref = row.get(col)
                    if ref is None or ref in alive:
                        continue
                    if ref not in c.tombs:
                        raise errors.ImportFailed(
                            "{table} {id} refers to a {parent} record ({ref}) that is neither "
                            "in the file nor in the import.", table=table, id=rid,
                            parent=parent, ref=ref)
                    if on_delete == "CASCADE":
                        del rows[rid]
                        alive.pop(rid, None)
                        c.tombs[rid] = (table, c.tombs[ref][1])
                        changed = True
                        break
                    row = dict(row, **{col: None})
                    rows[rid] = row
                    changed = True
        for table, cols in UNIQUE_KEYS.items():
            seen: dict[tuple, str] = {}
            rows = c.rows.get(table, {})
            for rid in sorted(rows, key=lambda r: (rows[r]["created"], _neg(r))):
                k = tuple(rows[rid][col] for col in cols)
                if k in seen:
                    keep = rows[seen[k]]
                    c.tombs[rid] = (table, max(rows[rid]["updated"], keep["updated"]))
                    del rows[rid]
                    changed = True
                else:
                    seen[k] = rid


def _neg(s: str) -> tuple:
    """Sort key that puts the greater id first."""
    return tuple(-ord(ch) for ch in s)


# ------------------------------------------------------------------------------ plans
@dataclass
class Plan:
    """What makes a file's content equal a target content."""
    add: list[tuple[str, dict]] = field(default_factory=list)
    update: list[tuple[str, dict]] = field(default_factory=list)
    delete: list[tuple[str, str]] = field(default_factory=list)            # table, id
    set_tombs: list[tuple[str, str, str]] = field(default_factory=list)    # id, table, deleted
    drop_tombs: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)   # incoming rows left out

    @property
    def empty(self) -> bool:
        return not (self.add or self.update or self.delete or self.set_tombs
                    or self.drop_tombs)

    def summary(self) -> str:
        return (f"{len(self.add)} added, {len(self.update)} updated, "
                f"{len(self.delete)} deleted, {len(self.conflicts)} conflicts")


def plan(current: Content, target: Content) -> Plan:
    p = Plan()
    for table, rows in target.rows.items():
        have = current.rows.get(table, {})
        for rid, row in rows.items():
            old = have.get(rid)
            if old is None:
                p.add.append((table, row))
            elif old != row:
                p.update.append((table, row))
    for table, rows in current.rows.items():
        keep = target.rows.get(table, {})
        p.delete += [(table, rid) for rid in rows if rid not in keep]
    for rid, (table, deleted) in target.tombs.items():
        if current.tombs.get(rid) != (table, deleted):
            p.set_tombs.append((rid, table, deleted))
    p.drop_tombs = [rid for rid in current.tombs if rid not in target.tombs]
    return p


def merge_plan(current: Content, others: Iterable[Content]) -> tuple[Plan, Content]:
    """The plan that merges ``others`` into ``current``, and the merged content; the plan's
    ``conflicts`` and ``refused`` (incoming rows the rule left out) say what was decided."""
    others = list(others)
    conflicts: list[Conflict] = []
    target = merge([current, *others], conflicts)
    p = plan(current, target)
    alive = target.ids()
    p.conflicts = conflicts
    for o in others:
        for table, rows in o.rows.items():
            p.refused += [(table, rid) for rid in rows if rid not in alive]
    return p, target


def apply(store: Store, p: Plan) -> None:
    """Run a plan in one transaction (all or nothing)."""
    q.apply_plan(store, p)


def merge_files(store: Store, paths: Iterable[str | os.PathLike]) -> Plan:
    """Merge whole workshop files into an open one (the ``merge`` command)."""
    others = [read_file(p) for p in paths]
    p, _target = merge_plan(read(store), others)
    apply(store, p)
    return p


__all__ = ["Content", "Conflict", "Plan", "read", "read_file", "merge", "plan", "merge_plan",
           "apply", "merge_files", "UNIQUE_KEYS"]
