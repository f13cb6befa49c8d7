"""Personal data (PDPA 2562): who is named where, pseudonyms, and erasing a person.

The one rule, stated on the People page (Thai and English) and applied here for every output
that prints or hands over names (the minutes, the sign-in sheet, the action-plan CSV, the
anonymised JSON export, the hand-over package's copy of the file and the published database):

* **Anything published or handed to others** (:data:`Audience.PUBLIC`: the public minutes,
  ``publish``, the action-plan CSV, ``export --anonymise``, :func:`handover_copy`) names a
  person only when the consent box ("agreed that the name may be recorded and published") is
  ticked.  Everyone else is *counted* instead, by sector and gender, and shown as
  :data:`UNNAMED` (in the hand-over copy: a stable pseudonym, so the office can still count).
* **The official minutes and the sign-in sheet** (:data:`Audience.OFFICIAL`) are the record the
  body keeps for its public task: they name the members of the body who attended or sent
  apologies and the chair, recorder and reviewer who sign them, and anyone else only with
  consent.  The sign-in sheet leaves a blank row (to sign in one's own hand) for a person who
  would not be named.
* Phone numbers are never printed or published.

:func:`anonymise` turns a JSON export (``interchange.export_data``) into one where every
personal name and phone is replaced by a stable pseudonym (the same person always gets the
same pseudonym).  :func:`erase_person` removes a person and every personal field from the file
and from its backups, and leaves a tombstone that a merge never overrides.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from . import errors
from .model import (RECORD_BY_TABLE, Attendance, Gender, Meeting, Organisation, Person, Sector,
                    StrEnum, field_types, now_iso)
from .store import district_queries as q

UNNAMED = "ผู้ไม่ประสงค์ออกนาม"           # a person who is not named
ERASED_TEXT = "[ลบข้อมูลส่วนบุคคลแล้ว]"      # what replaces a name or phone in free text
ERASED_MARK = "erased "                     # tombstones.deleted of an erasure: sorts after
#                                           # every ISO time, so no edit ever outlives it


class Audience(StrEnum):
    OFFICIAL = "official"   # the official minutes and the sign-in sheet
    PUBLIC = "public"       # anything published or handed to others


# ---------------------------------------------------------------------------- naming
class NameRule:
    """Who may be named in one output (see the module doc).

    ``people`` holds every person as that output may show them: a person who may not be named
    is a copy with the first name :data:`UNNAMED` and no prefix, last name or phone, so code
    that prints ``person.full_name`` needs no change.  Phones are blanked for everyone.
    """

    def __init__(self, store, audience: Audience = Audience.PUBLIC,
                 meeting_id: Optional[str] = None,
                 person_ids: Optional[Iterable[Optional[str]]] = None):
        # person_ids: only these people (an output that names a few), not the whole registry
        self.audience = Audience(audience)
        if person_ids is None:
            everyone = {p.id: p for p in store.find(Person)}
        else:
            from .store.by_ids import records_by_ids

            everyone = {p.id: p for p in records_by_ids(store, Person, person_ids)}
        self.named: set[str] = {pid for pid, p in everyone.items() if p.consent}
        if self.audience == Audience.OFFICIAL and meeting_id:
            m = store.maybe(Meeting, meeting_id)
            if m is not None:
                self.named |= {x for x in (m.chair_id, m.recorder_id, m.reviewer_id) if x}
            self.named |= {a.person_id for a in store.find(Attendance, meeting_id=meeting_id)
                           if a.member}
        self.real = everyone
        self.people = {pid: self._shown(p) for pid, p in everyone.items()}

    def _shown(self, p: Person) -> Person:
        if p.id in self.named:
            return dataclasses.replace(p, phone="")
        return dataclasses.replace(p, prefix="", first_name=UNNAMED, last_name="", phone="",
                                   notes="")

    def may_name(self, person_id: Optional[str]) -> bool:
        return bool(person_id) and person_id in self.named

    def name(self, person_id: Optional[str]) -> str:
        p = self.people.get(person_id or "")
        return p.full_name if p else ""


@dataclass
class Headcount:
    """People who are not named, counted by gender, within one sector."""
    sector: Optional[Sector]
    by_gender: dict[Gender, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_gender.values())

    def text(self) -> str:
        """``ผู้ไม่ประสงค์ออกนาม หญิง 2 ชาย 1 รวม 3 คน``"""
        from .vocabulary import label

        parts = [f"{label(g)} {n}" for g in Gender for n in [self.by_gender.get(g, 0)] if n]
        return f"{UNNAMED} {' '.join(parts)} รวม {self.total} คน"


def headcounts(rule: NameRule, person_ids: Iterable[str],
               orgs: dict[str, Organisation]) -> list[Headcount]:
    """The people of ``person_ids`` that ``rule`` does not name, counted by sector (their
    organisation's; ``None`` without one) and gender, in sector order of first appearance."""
    out: dict[Optional[Sector], Headcount] = {}
    for pid in person_ids:
        p = rule.real.get(pid)
        if p is None or rule.may_name(pid):
            continue
        org = orgs.get(p.organisation_id or "")
        sector = org.sector if org is not None else None
        h = out.setdefault(sector, Headcount(sector))
        h.by_gender[p.gender] = h.by_gender.get(p.gender, 0) + 1
    return list(out.values())


# ---------------------------------------------------------------------------- pseudonyms
def pseudonym(person_id: str) -> str:
    """A stable pseudonym for a person: the same id always gives the same text."""
    return "บุคคล-" + hashlib.sha256(f"person:{person_id}".encode()).hexdigest()[:8].upper()


def phone_pseudonym(phone: str) -> str:
    from .people import normalise_phone

    digits = normalise_phone(phone) or phone.strip()
    return "โทร-" + hashlib.sha256(f"phone:{digits}".encode()).hexdigest()[:8].upper()


def _text_pseudonym(name: str) -> str:
    from .people import normalise

    return "ผู้พูด-" + hashlib.sha256(f"name:{normalise(name)}".encode()).hexdigest()[:8].upper()


def name_forms(p) -> list[str]:
    """The ways a person's name and phone may be written in free text, longest first."""
    first, last, prefix = p["first_name"], p["last_name"], p["prefix"]
    forms = {f"{prefix}{first} {last}".strip(), f"{prefix} {first} {last}".strip(),
             f"{first} {last}".strip(), f"{first}{last}"}
    if len(f"{first}{last}") < 4:          # a one-word short name would hit ordinary words
        forms = {f for f in forms if " " in f or prefix}
    return sorted((f for f in forms if f.strip()), key=len, reverse=True)


def phone_forms(phone: str) -> list[str]:
    from .people import normalise_phone

    forms = {phone.strip(), normalise_phone(phone)}
    return sorted((f for f in forms if len(f) >= 6), key=len, reverse=True)


# Free-text columns that hold the name of someone who is not registered.
_NAME_COLUMNS = {"issues": ("raised_by_name",), "speaker_turns": ("name",)}


def _text_columns(table: str) -> list[str]:
    cls = RECORD_BY_TABLE[table]
    return [c for c, t in field_types(cls).items() if t is str and c not in ("id", "created",
                                                                             "updated")]


def anonymise(data: dict, *, keep: Iterable[str] = (), drop_phones: bool = False) -> dict:
    """A copy of a JSON export (:func:`workshop.interchange.export_data`) in which every
    personal name and phone is replaced by a stable pseudonym, wherever it is written.

    ``keep``: ids of people whose names stay (those who agreed to be named: the hand-over
    copy, :func:`handover_copy`); ``drop_phones``: every phone is removed (an empty field,
    :data:`ERASED_TEXT` in free text) rather than replaced by a pseudonym.  Everyone's notes
    about a person are removed."""
    import copy

    out = copy.deepcopy(data)
    tables = out["tables"]
    kept = set(keep)
    replace: dict[str, str] = {}
    for p in tables.get("people", []):
        if p["phone"].strip():
            hidden = ERASED_TEXT if drop_phones else phone_pseudonym(p["phone"])
            for form in phone_forms(p["phone"]):
                replace.setdefault(form, hidden)
            p["phone"] = "" if drop_phones else hidden
        p["notes"] = ""
        if p["id"] in kept:
            continue
        alias = pseudonym(p["id"])
        for form in name_forms(p):
            replace.setdefault(form, alias)
        p.update(prefix="", first_name=alias, last_name="")
    for table, cols in _NAME_COLUMNS.items():
        for row in tables.get(table, []):
            for c in cols:
                if row.get(c, "").strip():
                    replace.setdefault(row[c].strip(), _text_pseudonym(row[c]))
                    row[c] = _text_pseudonym(row[c])
    forms = sorted(replace, key=len, reverse=True)
    for table, rows in tables.items():
        cols = [c for c in _text_columns(table) if not (table == "people" and c in (
            "prefix", "first_name", "last_name", "phone"))]
        for row in rows:
            for c in cols:
                v = row.get(c)
                if isinstance(v, str) and v:
                    for f in forms:
                        if f in v:
                            v = v.replace(f, replace[f])
                    row[c] = v
    out.setdefault("meta", {})["anonymised"] = now_iso()
    return out


def handover_copy(store, dest: str | Path) -> Path:
    """Write to ``dest`` the copy of the workshop file that goes to the office with the
    hand-over package (:mod:`workshop.handover`), under the rule for what is handed to others
    (:data:`Audience.PUBLIC`, PDPA 2562 section 22: no more than the purpose needs):

    * a person is named only with consent; everyone else gets the stable pseudonym of
      ``export --anonymise`` (so the office can still count and follow the same person),
      in their record and wherever their name is written (the same for names typed without
      a person: who raised an issue, who spoke);
    * no phone number at all, and no notes about people;
    * everything else (meetings, issues, maps, decisions, actions, pledges, the plan fields,
      gender, sector, position, village) as in the file, so the copy opens and passes
      ``check`` and the office can carry the plan forward.

    Made from the JSON export imported into a new file, so no old value lingers in it.
    """
    from . import interchange
    from .store import Store

    dest = Path(dest)
    data = anonymise(interchange.export_data(store), keep=NameRule(store, Audience.PUBLIC).named,
                     drop_phones=True)
    data["meta"]["personal_data"] = "consented names only; no phones"
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        with Store.create(tmp, backups=False) as copy:
            interchange.import_data(copy, data)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


# ---------------------------------------------------------------------------- erasure
@dataclass
class ErasureReport:
    name: str
    rows_removed: int = 0          # the person and what depended on them
    texts_cleaned: int = 0         # free-text values in which the name or phone was replaced
    backups_cleaned: list[str] = field(default_factory=list)
    backups_removed: list[str] = field(default_factory=list)


def _erase_in(store, person_id: str) -> tuple[int, int]:
    """Erase one person inside ``store`` (one transaction); (rows removed, texts cleaned)."""
    p = q.person_row(store, person_id)
    removed = texts = 0
    with store.transaction():
        if p is not None:
            forms = name_forms(p) + phone_forms(p["phone"])
            removed = len(store.delete(Person, person_id))
            columns = {t: _text_columns(t) for t in RECORD_BY_TABLE}
            texts = q.replace_in_texts(store, columns, forms, ERASED_TEXT, now_iso())
        q.set_tombstone(store, person_id, "people", ERASED_MARK + now_iso())
    return removed, texts


def is_erasure(deleted: str) -> bool:
    """True for the ``deleted`` value of a tombstone left by :func:`erase_person`."""
    return deleted.startswith(ERASED_MARK)


def erase_person(store, person_id: str, *, backups: bool = True) -> ErasureReport:
    """Remove a person and every personal field from the file and, when ``backups``, from
    every backup of it; a tombstone keeps a merge from bringing the person back.

    The person's row is deleted with everything that depends on it (check-ins, roles, dots,
    partnerships), references to them are cleared, and their name and phone are replaced by
    :data:`ERASED_TEXT` in every free-text field.  SQLite's ``secure_delete`` overwrites the
    freed space, so the old values do not linger inside the file.  Each backup gets the same
    treatment; a backup that cannot be cleaned (damaged, unreadable) is deleted.
    Not undoable: the page clears its undo history after it.
    """
    p = store.get(Person, person_id)
    report = ErasureReport(name=p.full_name)
    q.secure_delete(store)
    report.rows_removed, report.texts_cleaned = _erase_in(store, person_id)
    if backups:
        for path in store.list_backups():
            if _erase_in_backup(path, person_id):
                report.backups_cleaned.append(str(path))
            else:
                report.backups_removed.append(str(path))
    return report


def _erase_in_backup(path: Path, person_id: str) -> bool:
    """Erase the person inside one backup file; False when it had to be deleted instead."""
    from .store import Store

    try:
        with Store.open(path, backups=False, lock=False) as b:
            q.secure_delete(b)
            _erase_in(b, person_id)
            q.vacuum(b)
        return True
    except (errors.WorkshopError, sqlite3.Error, OSError):
        try:
            path.unlink()
        except OSError:
            pass
        return False
