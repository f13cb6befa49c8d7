"""The people and organisations registry, kept across meetings.

* :func:`normalise` folds text for matching: NFC, zero-width characters removed, case folded,
  Thai digits as Arabic digits, Thai ``ํา`` typed as two characters read as ``ำ``, a tone mark
  typed before an upper vowel put after it, runs of spaces collapsed.
* :class:`PeopleIndex` answers search-as-you-type over every person (prefix, first and last
  name, position, organisation name, phone); each word of the query must occur somewhere
  (substring match, so Thai needs no word breaks).  Names that *start* with the query rank
  first.
* :func:`duplicate_warnings` tells when a new or edited person looks like one already
  registered: the same first+last name after normalisation (prefix ignored) or the same phone.
* A person without an organisation takes part as a member of the community
  (:data:`DEFAULT_SECTOR`); :func:`sector_of` says which sector a person speaks for.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

from . import errors
from .model import Organisation, Person, Sector, now_iso
from .store import Store

DEFAULT_SECTOR = Sector.COMMUNITY

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"
_UPPER_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47"
_TONE_FIRST = re.compile(f"([{_TONES}])([{_UPPER_VOWELS}\u0e38\u0e39])")
_SPACES = re.compile(r"\s+")
_HAS_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HAS_THAI_DIGIT = re.compile("[\u0e50-\u0e59]")
_NON_DIGITS = re.compile(r"\D+")

# Customary Thai name prefixes, longest first, dropped when comparing names for duplicates.
PREFIXES = ("นางสาว", "นาง", "นาย", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "ว่าที่ร.ต.",
            "ดร.", "พระ", "mrs.", "mrs", "miss", "ms.", "ms", "mr.", "mr", "dr.")


def _vowel_first(m: re.Match) -> str:
    return m.group(2) + m.group(1)


def normalise(text: Optional[str]) -> str:
    """Fold text for matching (see the module docstring).

    Called for every person a picker's query reads (an SQL function of the store), so each
    step runs only when the text needs it (``str.translate`` with a table is slow on Thai)."""
    if not text:
        return ""
    t = unicodedata.normalize("NFC", text)
    if _HAS_ZERO_WIDTH.search(t):
        t = t.translate(_ZERO_WIDTH)
    if "\u0e4d" in t:
        t = t.replace("\u0e4d\u0e32", "\u0e33")          # ํ + า  ->  ำ
    if _TONE_FIRST.search(t):                          # ก่ั -> กั่ (a function, not r"\2\1":
        t = _TONE_FIRST.sub(_vowel_first, t)           # a template re-imports re each call)
    if _HAS_THAI_DIGIT.search(t):
        t = t.translate(_THAI_DIGITS)
    return " ".join(t.casefold().split())


def normalise_phone(phone: Optional[str]) -> str:
    """Digits only; a +66 country code becomes the leading 0 (``+66 81-234-5678`` ->
    ``0812345678``)."""
    digits = _NON_DIGITS.sub("", normalise(phone))
    if digits.startswith("66") and len(digits) in (11, 10) and (phone or "").strip().startswith("+"):
        digits = "0" + digits[2:]
    return digits


def name_key(first_name: str, last_name: str) -> str:
    """First and last name folded, without spaces: the duplicate-detection key."""
    return normalise(f"{first_name}{last_name}").replace(" ", "")


def split_prefix(text: str) -> tuple[str, str]:
    """``"นางสาวสมศรี"`` -> (``"นางสาว"``, ``"สมศรี"``); no known prefix -> ("", text)."""
    t = text.strip()
    low = t.casefold()
    for p in PREFIXES:
        if low.startswith(p) and len(t) > len(p):
            rest = t[len(p):]
            # Latin prefixes must be followed by a space ("Mr Somchai", not "Mrinal")
            if p.isascii() and not rest[:1].isspace() and not p.endswith("."):
                continue
            return t[:len(p)], rest.strip()
    return "", t


def split_name(text: str) -> tuple[str, str, str]:
    """What a facilitator typed in one box -> (prefix, first name, last name)."""
    prefix, rest = split_prefix(text)
    parts = rest.split(None, 1)
    first = parts[0] if parts else ""
    last = parts[1] if len(parts) > 1 else ""
    return prefix, first, last


# ------------------------------------------------------------------ organisations
def organisations(store: Store) -> list[Organisation]:
    return store.select(Organisation, order_by="name COLLATE NOCASE")


def organisation_map(store: Store) -> dict[str, Organisation]:
    return {o.id: o for o in store.select(Organisation)}


def find_organisation(store: Store, name: str) -> Optional[Organisation]:
    """An organisation whose name or short name equals ``name`` after normalisation."""
    key = normalise(name)
    if not key:
        return None
    for o in store.select(Organisation):
        if key in (normalise(o.name), normalise(o.short_name)):
            return o
    return None


def sector_of(person: Person, orgs: dict[str, Organisation]) -> Sector:
    """The sector a person speaks for: their organisation's, else the community."""
    org = orgs.get(person.organisation_id or "")
    return org.sector if org is not None else DEFAULT_SECTOR


# ------------------------------------------------------------------ people
def people(store: Store) -> list[Person]:
    return store.select(Person, order_by="first_name, last_name")


def validate(person: Person) -> None:
    if not person.first_name.strip():
        raise errors.InvalidInput("A person needs at least a first name.")


def add_person(store: Store, person: Person) -> Person:
    """Add a person to the registry; consent given now is dated now."""
    validate(person)
    if person.consent and not person.consent_at:
        person.consent_at = now_iso()
    return store.add(person)


def update_person(store: Store, person_id: str, **changes: object) -> None:
    """Edit a person; giving or withdrawing consent dates it (or clears the date)."""
    if "first_name" in changes and not str(changes["first_name"] or "").strip():
        raise errors.InvalidInput("A person needs at least a first name.")
    with store.transaction():
        old = store.get(Person, person_id)
        changes = {k: v for k, v in changes.items() if getattr(old, k) != v}
        if "consent" in changes:
            changes["consent_at"] = now_iso() if changes["consent"] else ""
        store.update(Person, person_id, **changes)


def delete_person(store: Store, person_id: str) -> None:
    """Delete a person (their check-ins and roles go with them)."""
    store.delete(Person, person_id)


def add_organisation(store: Store, organisation: Organisation) -> Organisation:
    return store.add(organisation)


def update_organisation(store: Store, organisation_id: str, **changes: object) -> None:
    store.update(Organisation, organisation_id, **changes)


def delete_organisation(store: Store, organisation_id: str) -> None:
    """Delete an organisation; its people stay, without an organisation."""
    store.delete(Organisation, organisation_id)


def display_name(person: Person, orgs: Optional[dict[str, Organisation]] = None) -> str:
    """``นายสมชาย ใจดี (ผู้ใหญ่บ้าน, อบต.บ้านนา)``"""
    extra = [person.position] if person.position else []
    org = (orgs or {}).get(person.organisation_id or "")
    if org is not None:
        extra.append(org.short_name or org.name)
    return person.full_name + (f" ({', '.join(extra)})" if extra else "")


@dataclass
class DuplicateWarning:
    person: Person
    reason: str          # "name" or "phone"

    def message(self) -> str:
        what = "the same name" if self.reason == "name" else "the same phone number"
        return f"{self.person.full_name} is already registered with {what}."


def duplicate_warnings(store: Store, first_name: str, last_name: str, phone: str = "", *,
                       exclude_id: Optional[str] = None,
                       candidates: Optional[Iterable[Person]] = None) -> list[DuplicateWarning]:
    """People already registered with the same name (prefix ignored) or the same phone."""
    key = name_key(first_name, last_name)
    ph = normalise_phone(phone)
    out: list[DuplicateWarning] = []
    pool = candidates if candidates is not None else store.select(Person)
    for p in pool:
        if p.id == exclude_id:
            continue
        if key and name_key(p.first_name, p.last_name) == key:
            out.append(DuplicateWarning(p, "name"))
        elif len(ph) >= 6 and normalise_phone(p.phone) == ph:
            out.append(DuplicateWarning(p, "phone"))
    return out


def duplicate_groups(store: Store) -> list[list[Person]]:
    """Groups of registered people that look like the same person (for a clean-up list)."""
    by_key: dict[str, list[Person]] = {}
    for p in people(store):
        by_key.setdefault("n:" + name_key(p.first_name, p.last_name), []).append(p)
        ph = normalise_phone(p.phone)
        if len(ph) >= 6:
            by_key.setdefault("p:" + ph, []).append(p)
    groups: list[list[Person]] = []
    seen: set[frozenset[str]] = set()
    for group in by_key.values():
        ids = frozenset(p.id for p in group)
        if len(group) > 1 and ids not in seen:
            seen.add(ids)
            groups.append(group)
    return groups


# ------------------------------------------------------------------ search
class PeopleIndex:
    """Search-as-you-type over the registry, built once and reused while typing.

    Rebuild it (``PeopleIndex(store)``) after people or organisations changed.
    """

    def __init__(self, store: Store, people_list: Optional[list[Person]] = None,
                 orgs: Optional[dict[str, Organisation]] = None):
        self.orgs = orgs if orgs is not None else organisation_map(store)
        self.people = people_list if people_list is not None else people(store)
        self.by_id = {p.id: p for p in self.people}
        self._entries: list[tuple[Person, str, str, str, str]] = []
        for p in self.people:
            org = self.orgs.get(p.organisation_id or "")
            org_text = f"{org.name} {org.short_name}" if org else ""
            first, last = normalise(p.first_name), normalise(p.last_name)
            hay = " ".join(normalise(x) for x in (
                p.prefix + p.first_name, p.last_name, p.position, org_text, p.village_no))
            hay = f"{hay} {first} {last}"
            self._entries.append((p, first, last, hay, normalise_phone(p.phone)))

    def search(self, query: str, limit: Optional[int] = None) -> list[Person]:
        """People matching every word of ``query``; all people (by name) for an empty query."""
        q = normalise(query)
        if not q:
            return self.people[:limit] if limit else list(self.people)
        terms = q.split(" ")
        ranked: list[tuple[int, int, Person]] = []
        for i, (p, first, last, hay, phone) in enumerate(self._entries):
            ok = True
            for term in terms:
                if term in hay:
                    continue
                digits = _NON_DIGITS.sub("", term)
                if digits and digits == term.replace("-", "") and digits in phone:
                    continue
                ok = False
                break
            if not ok:
                continue
            if first.startswith(terms[0]):
                rank = 0
            elif last.startswith(terms[0]):
                rank = 1
            elif f"{first} {last}".startswith(q):
                rank = 0
            else:
                rank = 2
            ranked.append((rank, i, p))
        ranked.sort(key=lambda r: (r[0], r[1]))
        out = [p for _, _, p in ranked]
        return out[:limit] if limit else out


def search(store: Store, query: str, limit: Optional[int] = None) -> list[Person]:
    """One-off search (build a :class:`PeopleIndex` to search repeatedly)."""
    return PeopleIndex(store).search(query, limit)


def of_meeting(store: Store, meeting_id: str) -> list[Person]:
    """The people a meeting's pages show and offer (those at the meeting and those its
    records name), without reading the whole registry: see :mod:`workshop.store.meeting_people`."""
    from .store.meeting_people import meeting_people

    return meeting_people(store, meeting_id)


# ------------------------------------------------------------------ pickers
@dataclass(frozen=True)
class Match:
    """One answer of :func:`find_people` / :func:`find_organisations`: a person (with their
    organisation) or an organisation; ``at_meeting`` is 2 for a person present at the
    meeting, 1 for one recorded absent or excused (for an organisation: how many of its people
    the meeting recorded), 0 otherwise."""
    person: Optional[Person]
    organisation: Optional[Organisation]
    at_meeting: int = 0


def _terms(query: str) -> list[tuple[str, str]]:
    out = []
    for term in normalise(query).split(" "):
        if not term:
            continue
        digits = _NON_DIGITS.sub("", term)
        out.append((term, digits if digits and digits == term.replace("-", "") else ""))
    return out


def find_people(store: Store, query: str, meeting_id: str = "", limit: int = 30, *,
                everyone: bool = False, meeting_first: bool = True) -> list[Match]:
    """At most ``limit`` people matching every word of ``query`` (name, position,
    organisation, village no., phone digits), the meeting's people first (unless
    ``meeting_first`` is False); an empty query gives the meeting's people (with
    ``everyone``: the register by name).  Reads the answer, never the whole register."""
    from .store import people_queries as q

    found = q.search_people(store, _terms(query), meeting_id, limit, normalise,
                            normalise_phone, everyone=everyone, meeting_first=meeting_first)
    orgs = q.organisations_by_id(store, [p.organisation_id or "" for p, _ in found])
    return [Match(p, orgs.get(p.organisation_id or ""), at) for p, at in found]


def find_organisations(store: Store, query: str, meeting_id: str = "",
                       limit: int = 30) -> list[Match]:
    """At most ``limit`` organisations whose name or short name holds every word of
    ``query``, those with people at the meeting first (empty query: only those)."""
    from .store import people_queries as q

    terms = [t for t, _d in _terms(query)]
    return [Match(None, o, n) for o, n in q.search_organisations(store, terms, meeting_id,
                                                                  limit, normalise)]


def people_by_id(store: Store, ids: Iterable[str]) -> dict[str, Person]:
    """The people of these ids (the few a page names), not the whole register."""
    from .store import people_queries as q

    return q.people_by_id(store, list(ids))


def organisations_by_id(store: Store, ids: Iterable[str]) -> dict[str, Organisation]:
    """The organisations of these ids, not the whole register."""
    from .store import people_queries as q

    return q.organisations_by_id(store, list(ids))
