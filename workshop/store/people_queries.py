"""Search the register as a picker types, without reading the whole register.

A picker (speakers, roles, setup officers, pledges...) asks for the few people or
organisations that match what was typed, the current meeting's attendees first, at most
``limit`` of them: what it reads grows with the answer, not with the file.

Text is compared folded (``fold``, given by :mod:`workshop.people`: Thai typing variants, case,
Thai digits) through SQL functions registered on the connection, so a match here is a match
in :class:`workshop.people.PeopleIndex` too.
"""
from __future__ import annotations

from typing import Any, Callable, Optional, Sequence, cast

from ..model import Organisation, Person, from_row
from .records import Store

Fold = Callable[[Optional[str]], str]

_PERSON_HAY = ("p.first_name || ' ' || p.last_name || ' ' || p.prefix || p.first_name || ' ' "
               "|| p.position || ' ' || coalesce(o.name, '') || ' ' "
               "|| coalesce(o.short_name, '') || ' ' || p.village_no")
_AT_MEETING = ("coalesce((SELECT CASE a.status WHEN 'present' THEN 2 ELSE 1 END FROM attendance a "
               "WHERE a.meeting_id = ?1 AND a.person_id = p.id), 0)")


def _register(store: Store, fold: Fold, fold_phone: Fold) -> None:
    store.conn.create_function("pk_fold", 1, fold, deterministic=True)
    store.conn.create_function("pk_phone", 1, fold_phone, deterministic=True)


def _term_clause(term: str, digits: str, column: str, phone: str) -> tuple[str, list[str]]:
    if digits:
        return (f"(instr({column}, ?) > 0 OR instr({phone}, ?) > 0)", [term, digits])
    return f"instr({column}, ?) > 0", [term]


def search_people(store: Store, terms: Sequence[tuple[str, str]], meeting_id: str, limit: int,
                  fold: Fold, fold_phone: Fold, *, everyone: bool = False,
                  meeting_first: bool = True) -> list[tuple[Person, int]]:
    """People matching every ``(term, digits)`` (a folded word of the query; its digits when
    it is a phone number, else ""), as (person, at meeting: 2 present, 1 recorded absent or
    excused, 0 not): the meeting's people first, then names starting with the first word,
    then names with a word starting with it, then by name (``meeting_first`` False: by name
    only).  No terms: the meeting's people only (their attendance rows, nothing folded), or
    with ``everyone`` the register by name, the first ``limit``."""
    first_key = "at_meeting DESC, " if meeting_first else ""
    if not terms and everyone:
        rows = store.rows(f"""
            SELECT p.*, {_AT_MEETING} AS at_meeting FROM people p
            ORDER BY {first_key}p.first_name, p.last_name, p.id LIMIT ?2""",
                          (meeting_id or "", limit))
        return [_person(r) for r in rows]
    if not terms:
        rows = store.rows(f"""
            SELECT p.*, {_AT_MEETING} AS at_meeting FROM attendance a0
            JOIN people p ON p.id = a0.person_id WHERE a0.meeting_id = ?1
            ORDER BY {first_key}p.first_name, p.last_name, p.id LIMIT ?2""",
                          (meeting_id or "", limit))
        return [_person(r) for r in rows]
    _register(store, fold, fold_phone)
    where, params = [], []
    for term, digits in terms:
        if digits:
            where.append("(instr(hay, ?) > 0 OR instr(pk_phone(phone), ?) > 0)")
            params.extend([term, digits])
        else:
            where.append("instr(hay, ?) > 0")
            params.append(term)
    first = terms[0][0]
    sql = f"""
        SELECT * FROM (
            SELECT p.*, pk_fold({_PERSON_HAY}) AS hay, {_AT_MEETING} AS at_meeting
            FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id)
        WHERE {' AND '.join(where)}
        ORDER BY {first_key}
                 CASE WHEN substr(hay, 1, length(?)) = ? THEN 0
                      WHEN instr(hay, ' ' || ?) > 0 THEN 1 ELSE 2 END,
                 first_name, last_name, id
        LIMIT ?"""
    rows = store.rows(sql, [meeting_id or ""] + params + [first, first, first, limit])
    return [_person(r) for r in rows]


def _person(row: Any) -> tuple[Person, int]:
    d = dict(row)
    at = int(d.pop("at_meeting"))
    d.pop("hay", None)
    return cast(Person, from_row(Person, d)), at


def search_organisations(store: Store, terms: Sequence[str], meeting_id: str, limit: int,
                         fold: Fold) -> list[tuple[Organisation, int]]:
    """Organisations whose name or short name holds every folded term, as (organisation,
    people of it at the meeting), those at the meeting first.  No terms: those at the meeting
    only."""
    _register(store, fold, fold)
    where = [f"instr(pk_fold(o.name || ' ' || o.short_name || ' ' || o.kind), ?) > 0"
             for _t in terms] or ["at_meeting > 0"]
    sql = f"""
        SELECT * FROM (
            SELECT o.*, (SELECT count(*) FROM attendance a JOIN people p ON p.id = a.person_id
                         WHERE a.meeting_id = ? AND p.organisation_id = o.id) AS at_meeting
            FROM organisations o) o
        WHERE {' AND '.join(where)}
        ORDER BY at_meeting > 0 DESC, name COLLATE NOCASE, id
        LIMIT ?"""
    rows = store.rows(sql, [meeting_id or ""] + list(terms) + [limit])
    out = []
    for r in rows:
        d = dict(r)
        at = int(d.pop("at_meeting"))
        out.append((cast(Organisation, from_row(Organisation, d)), at))
    return out


def organisations_by_id(store: Store, ids: Sequence[str]) -> dict[str, Organisation]:
    """The organisations of these ids (the few a page shows), not the whole register."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    return {o.id: o for o in store.select(Organisation, f"id IN ({marks})", wanted)}


def people_by_id(store: Store, ids: Sequence[str]) -> dict[str, Person]:
    """The people of these ids, not the whole register."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    return {p.id: p for p in store.select(Person, f"id IN ({marks})", wanted)}


def duplicate_candidates(store: Store, first: str, last: str, phone: str, fold: Fold,
                         fold_phone: Fold) -> list[Person]:
    """People who share the folded first name or the folded last name, or the phone digits
    (``phone`` "" to leave the phone out): the few a new person could be a duplicate of."""
    _register(store, fold, fold_phone)
    where, params = [], []
    if first:
        where.append("pk_fold(first_name) = ?")
        params.append(first)
    if last:
        where.append("pk_fold(last_name) = ?")
        params.append(last)
    if phone:
        where.append("(phone != '' AND pk_phone(phone) = ?)")
        params.append(phone)
    if not where:
        return []
    return store.select(Person, " OR ".join(where), params, order_by="first_name, last_name")
