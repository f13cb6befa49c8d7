"""Publish what forums decided: an anonymised, read-only SQLite database for Datasette.

``publish(paths, dest)`` merges the workshop files (:mod:`workshop.merge`, in a temporary file)
and writes, with sqlite-utils, tables shaped for reading rather than for editing: meetings,
agenda items with their resolutions, decisions with their counts, actions with status and
responsible organisation, pledges by organisation and sector, issues with category and
location, attendance counted by sector and gender, and the governance assessment.  Beside it
goes ``<name>.metadata.json`` (:mod:`workshop.publish_metadata`: Thai titles, column labels,
facets, canned queries), which ``python main.py serve`` hands to Datasette.

Personal data (:mod:`workshop.privacy`, ``Audience.PUBLIC``): a person is named only with
consent; phones are never published; the names and phones of people without consent are
removed from every free text as well.  No person table is published.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import sqlite_utils

from . import errors, governance, merge, privacy, vocabulary
from .people import PREFIXES
from .model import (Action, AgendaItem, Attendance, AttendanceStatus, Category, Gender, Issue,
                    Meeting, Organisation, Pledge, PositionValue, Proposal, ProposalPosition,
                    Sector)
from .counts import votes
from .ranking import rank_issues
from .store import Store
from .store import publish_queries as q
from .thai import format_date_th

OPEN = ("planned", "in_progress")


@dataclass
class PublishReport:
    path: Path
    metadata: Path
    counts: dict[str, int]

    def summary(self) -> str:
        return ", ".join(f"{n} {t}" for t, n in self.counts.items())


class _Scrub:
    """Removes the names and phones of people who may not be named from free text.

    Forms are looked up by their first :data:`KEY` characters at each position of a text
    (a name with a prefix contains the name without it, so only the latter are kept), which
    stays fast with tens of thousands of people where one big regular expression does not.
    """

    KEY = 4

    def __init__(self, rule: privacy.NameRule):
        forms: dict[str, tuple[str, str]] = {}      # form -> (replacement, the prefix)
        for pid, p in rule.real.items():
            if not rule.may_name(pid):
                row = {"prefix": "", "first_name": p.first_name, "last_name": p.last_name}
                for f in privacy.name_forms(row):
                    forms.setdefault(f, (privacy.UNNAMED, p.prefix.strip()))
            for f in privacy.phone_forms(p.phone):
                forms.setdefault(f, ("", ""))
        self.index: dict[str, list[tuple[str, str, str]]] = {}
        for f in sorted(forms, key=len, reverse=True):     # the longest form first
            if len(f) >= self.KEY:
                self.index.setdefault(f[:self.KEY], []).append((f, *forms[f]))
        self.short = [(f, forms[f][0]) for f in forms if len(f) < self.KEY]

    def __call__(self, text: str) -> str:
        if not text or len(text) < self.KEY and not self.short:
            return text
        out: list[str] = []
        i, n, k, index = 0, len(text), self.KEY, self.index
        while i < n:
            cands = index.get(text[i:i + k])
            if cands:
                for f, to, own in cands:
                    if text.startswith(f, i):
                        if to:                       # a name: its prefix (นาย, นาง...) goes too
                            done = "".join(out)
                            tight = done.rstrip()
                            for pre in ((own,) if own else ()) + PREFIXES:
                                if done.endswith(pre) or tight.endswith(pre) and pre == own:
                                    cut = done if done.endswith(pre) else tight
                                    done = cut[:-len(pre)]
                                    break
                            out = [done]
                        out.append(to)
                        i += len(f)
                        break
                else:
                    out.append(text[i])
                    i += 1
            else:
                out.append(text[i])
                i += 1
        text = "".join(out)
        for f, to in self.short:
            text = text.replace(f, to)
        return text


def _village(m: Meeting) -> str:
    parts = [f"หมู่ที่ {m.village_no}" if m.village_no else "", m.village_name,
             f"ต.{m.subdistrict}" if m.subdistrict else ""]
    return " ".join(x for x in parts if x) or m.body_name or m.title


def _actor(rule: privacy.NameRule, orgs: dict[str, Organisation], pid: Optional[str],
           oid: Optional[str]) -> tuple[str, str]:
    """(organisation or named person, sector label) of an action's lead or a pledge."""
    org = orgs.get(oid or "")
    if org is None and pid and pid in rule.real:
        org = orgs.get(rule.real[pid].organisation_id or "")
        name = rule.name(pid)
        if org is not None and not rule.may_name(pid):
            name = org.name
    else:
        name = org.name if org is not None else ""
    # a person without an organisation speaks for the community, as check-in counts them
    known = bool(pid and pid in rule.real)
    return name, vocabulary.sector_label(org.sector if org else
                                         Sector.COMMUNITY if known else None)


def build_tables(store: Store) -> dict[str, list[dict]]:
    """The published tables of one (merged) workshop file, as rows."""
    rule = privacy.NameRule(store, privacy.Audience.PUBLIC)
    scrub = _Scrub(rule)
    orgs = {o.id: o for o in store.find(Organisation)}
    cats = {c.id: c for c in store.find(Category)}
    people = rule.real
    positions: dict[str, list[ProposalPosition]] = {}
    for pos in store.find(ProposalPosition, order_by="created, id"):
        positions.setdefault(pos.proposal_id, []).append(pos)
    t: dict[str, list[dict]] = {k: [] for k in (
        "meetings", "agenda_items", "decisions", "actions", "pledges", "issues", "attendance",
        "governance")}
    for m in store.find(Meeting, order_by="date, number, id"):
        village = _village(m)
        base = {"meeting_id": m.id, "village": village, "meeting": m.title}
        att = store.find(Attendance, meeting_id=m.id)
        present = [a for a in att if a.status == AttendanceStatus.PRESENT]
        counts: dict[tuple[str, str], int] = {}
        for a in present:
            p = people.get(a.person_id)
            if p is None:
                continue
            org = orgs.get(p.organisation_id or "")
            k = (vocabulary.sector_label(org.sector if org else Sector.COMMUNITY),
                 vocabulary.label(p.gender))
            counts[k] = counts.get(k, 0) + 1
        t["attendance"] += [dict(base, id=f"{m.id}:{s}:{g}", sector=s, gender=g, present=n)
                            for (s, g), n in sorted(counts.items())]
        items = store.find(AgendaItem, order_by="position, created", meeting_id=m.id)
        props = store.find(Proposal, order_by="created, id", meeting_id=m.id)
        acts = store.find(Action, order_by="due_date, created, id", meeting_id=m.id)
        t["meetings"].append({
            "id": m.id, "village": village, "village_no": m.village_no,
            "village_name": m.village_name, "subdistrict": m.subdistrict,
            "district": m.district, "province": m.province, "title": m.title,
            "body_name": m.body_name, "number": m.number, "be_year": m.be_year,
            "date": m.date, "date_be": format_date_th(m.date), "venue": scrub(m.venue),
            "start_time": m.start_time, "end_time": m.end_time,
            "status": vocabulary.label(m.status), "purpose": scrub(m.purpose),
            "common_goal": scrub(m.common_goal), "present": len(present),
            "members_present": sum(1 for a in present if a.member),
            "women": sum(1 for a in present if people.get(a.person_id) is not None
                         and people[a.person_id].gender == Gender.FEMALE),
            "resolutions": sum(1 for i in items if i.resolution.strip())
            + sum(1 for p in props if p.resolution.strip()),
            "actions": len(acts)})
        for it in items:
            t["agenda_items"].append(dict(base, id=it.id, position=it.position,
                                          kind=vocabulary.label(it.kind), title=scrub(it.title),
                                          notes=scrub(it.notes),
                                          resolution=scrub(it.resolution)))
        for p in props:
            pos = positions.get(p.id, [])
            v = votes(p, pos)            # the one tally rule (workshop.counts)
            t["decisions"].append(dict(
                base, id=p.id, agenda_item_id=p.agenda_item_id, title=scrub(p.title),
                text=scrub(p.amended_text or p.text), method=vocabulary.label(p.method),
                outcome=vocabulary.label(p.outcome), count_for=v.count_for,
                count_against=v.count_against, count_abstain=v.count_abstain,
                objections=sum(x.count for x in pos if x.value in (
                    PositionValue.OBJECTION, PositionValue.LEVEL_1)), present=p.present,
                resolution=scrub(p.resolution), decided_at=p.decided_at))
        for a in acts:
            lead, sector = _actor(rule, orgs, a.lead_person_id, a.lead_organisation_id)
            t["actions"].append(dict(
                base, id=a.id, title=scrub(a.title), responsible=lead, sector=sector,
                partners=scrub(a.partners), status=vocabulary.label(a.status),
                status_code=a.status.value, due_date=a.due_date,
                due_date_be=format_date_th(a.due_date), cost_baht=a.cost_baht,
                funding_source=scrub(a.funding_source), response=vocabulary.label(a.response),
                proposal_id=a.proposal_id, issue_id=a.issue_id))
        titles = {a.id: a.title for a in acts}
        for pl in store.find(Pledge, order_by="created, id", meeting_id=m.id):
            who, sector = _actor(rule, orgs, pl.person_id, pl.organisation_id)
            t["pledges"].append(dict(
                base, id=pl.id, organisation=who, sector=sector,
                kind=vocabulary.label(pl.kind), description=scrub(pl.description),
                quantity=pl.quantity, unit=pl.unit, value_baht=pl.value_baht,
                fulfilled=int(pl.fulfilled), action=scrub(titles.get(pl.action_id or "", "")),
                action_id=pl.action_id))
        ranked = {r.issue_id: r for r in rank_issues(store, m.id)}
        for i in store.find(Issue, order_by="position, created", meeting_id=m.id):
            if i.merged_into_id:
                continue
            r = ranked.get(i.id)
            cat = cats.get(i.category_id or "")
            t["issues"].append(dict(
                base, id=i.id, title=scrub(i.title), description=scrub(i.description),
                category=cat.name_th if cat else "", location=scrub(i.location),
                village_no=i.village_no, people_affected=i.people_affected,
                dots=r.dots if r else 0, rank=r.rank if r else None,
                response=vocabulary.label(i.response) if i.response else ""))
        a = governance.assess(store, m.id)
        for kind, findings in (("condition", a.conditions), ("principle", a.principles)):
            for f in findings:
                t["governance"].append(dict(base, id=f"{m.id}:{f.key}", kind=kind, key=f.key,
                                            level=f.level))
    return t


_FKS = {"agenda_items": [("meeting_id", "meetings", "id")],
        "decisions": [("meeting_id", "meetings", "id")],
        "actions": [("meeting_id", "meetings", "id")],
        "pledges": [("meeting_id", "meetings", "id")],
        "issues": [("meeting_id", "meetings", "id")],
        "attendance": [("meeting_id", "meetings", "id")],
        "governance": [("meeting_id", "meetings", "id")]}
_INDEXES = {"actions": ["village", "status", "sector", "responsible"],
            "pledges": ["village", "sector", "organisation"], "issues": ["village", "category"],
            "attendance": ["village", "sector"], "meetings": ["village"],
            "decisions": ["village", "outcome"], "agenda_items": ["village"],
            "governance": ["village", "key"]}


def write_db(tables: dict[str, list[dict]], dest: Path) -> None:
    """Write the tables to a new SQLite file (atomically), indexed for the facets."""
    tmp = dest.with_name(dest.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    db = sqlite_utils.Database(tmp)
    q.start_writing(db)
    try:
        for name, rows in tables.items():
            table = db.table(name)
            fks = [fk for fk in _FKS.get(name, [])]
            if rows:
                table.insert_all(rows, pk="id", alter=True, foreign_keys=fks)
            else:
                table.create({"id": str, "meeting_id": str, "village": str}, pk="id",
                             foreign_keys=fks if name != "meetings" else None)
        for name, cols in _INDEXES.items():
            for col in cols:
                if col in db.table(name).columns_dict:
                    db.table(name).create_index([col], if_not_exists=True)
        q.finish_writing(db)
    finally:
        db.close()
    os.replace(tmp, dest)


def publish(paths: Iterable[str | os.PathLike], dest: str | os.PathLike,
            title: str = "") -> PublishReport:
    """Merge the files and write the published database and its metadata (see the module)."""
    from .publish_metadata import metadata

    paths = [Path(p) for p in paths]
    dest = Path(dest)
    if not paths:
        raise errors.InvalidInput("Name at least one workshop file to publish.")
    if dest.suffix in (".prachakhom",) or any(dest.resolve() == p.resolve() for p in paths):
        raise errors.InvalidInput("{name} is a workshop file; publish to a new .db file.",
                                  name=dest.name)
    if len(paths) == 1:
        with Store.open(paths[0], read_only=True, backups=False, lock=False) as store:
            tables = build_tables(store)
    else:
        contents = [merge.read_file(p) for p in paths]
        with tempfile.TemporaryDirectory(prefix="prachakhom-publish-") as tmp:
            with Store.create(Path(tmp) / "merged.prachakhom", backups=False) as store:
                target = merge.merge(contents)
                merge.apply(store, merge.plan(merge.read(store), target))
                tables = build_tables(store)
    try:
        write_db(tables, dest)
        meta = dest.with_suffix(".metadata.json")
        text = json.dumps(metadata(dest.stem, title), ensure_ascii=False, indent=1)
        meta.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise errors.ReadOnlyFile("Cannot write {path}: {reason}.", str(dest),
                                  reason=errors.os_reason(exc))
    return PublishReport(dest, meta, {k: len(v) for k, v in tables.items()})


def datasette_command(db: str | os.PathLike, port: int = 8001) -> list[str]:
    """The command that serves a published database with Datasette, read-only (immutable),
    on this computer only (127.0.0.1), with its metadata when it is beside it."""
    import sys

    db = Path(db)
    cmd = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db),
           "--host", "127.0.0.1", "--port", str(port), "--setting", "default_page_size", "50"]
    meta = db.with_suffix(".metadata.json")
    if meta.exists():
        cmd += ["--metadata", str(meta)]
    return cmd


def datasette_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("datasette") is not None
