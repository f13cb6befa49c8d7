"""CSV import of a people list (the sign-up sheet a village office keeps in a spreadsheet).

Columns are found by their header, Thai or English (``ชื่อ``/``first_name``, ``นามสกุล``,
``ชื่อ-นามสกุล``, ``ตำแหน่ง``, ``หน่วยงาน``, ``ภาค``, ``โทรศัพท์``, ``เพศ``, ``หมู่ที่``,
``ยินยอม``, ``หมายเหตุ``); the encoding is read from the bytes (:func:`decode_csv`).  The
whole list is added in one transaction; a person already in the file is skipped and reported
(:class:`workshop.interchange.ImportReport`).
"""
from __future__ import annotations

import csv
import io
import os
import unicodedata
from pathlib import Path
from typing import Optional

from . import errors, namecheck
from .interchange import ImportReport
from .model import Gender, Organisation, Person, Sector, now_iso
from .people import split_name, split_prefix

# header (lower-case, spaces removed) -> field
_HEADERS: dict[str, str] = {}
for _field, _names in {
    "prefix": ["คำนำหน้า", "คำนำหน้าชื่อ", "prefix", "title"],
    "first_name": ["ชื่อ", "first_name", "firstname", "first name", "given name", "ชื่อจริง"],
    "last_name": ["นามสกุล", "สกุล", "last_name", "lastname", "last name", "surname",
                  "family name"],
    "full_name": ["ชื่อ-นามสกุล", "ชื่อ-สกุล", "ชื่อนามสกุล", "ชื่อ นามสกุล", "name",
                  "full name", "full_name"],
    "position": ["ตำแหน่ง", "position", "role"],
    "organisation": ["หน่วยงาน", "องค์กร", "สังกัด", "organisation", "organization", "org",
                     "agency"],
    "sector": ["ภาค", "ภาคส่วน", "sector"],
    "phone": ["โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "โทร", "phone", "telephone", "tel",
              "mobile"],
    "gender": ["เพศ", "gender", "sex"],
    "village_no": ["หมู่ที่", "หมู่", "village_no", "village no", "village", "moo"],
    "consent": ["ยินยอม", "ความยินยอม", "consent"],
    "notes": ["หมายเหตุ", "notes", "note", "remarks"],
}.items():
    for _n in _names:
        _HEADERS[_n.replace(" ", "").replace("_", "").lower()] = _field

_SECTOR_WORDS: list[tuple[str, Sector]] = [
    ("อปท", Sector.LOCAL_GOVERNMENT), ("ท้องถิ่น", Sector.LOCAL_GOVERNMENT),
    ("local", Sector.LOCAL_GOVERNMENT),
    ("รัฐ", Sector.STATE), ("state", Sector.STATE), ("government", Sector.STATE),
    ("public", Sector.STATE),
    ("เอกชน", Sector.PRIVATE), ("ธุรกิจ", Sector.PRIVATE), ("private", Sector.PRIVATE),
    ("business", Sector.PRIVATE),
    ("ประชาสังคม", Sector.CIVIL_SOCIETY), ("civil", Sector.CIVIL_SOCIETY),
    ("ngo", Sector.CIVIL_SOCIETY),
    ("ประชาชน", Sector.COMMUNITY), ("ชุมชน", Sector.COMMUNITY), ("community", Sector.COMMUNITY),
    ("สถาบันการศึกษา", Sector.ACADEMIA), ("การศึกษา", Sector.ACADEMIA),
    ("มหาวิทยาลัย", Sector.ACADEMIA), ("academ", Sector.ACADEMIA),
    ("university", Sector.ACADEMIA),
]
# keys without spaces, lower case: "อื่น ๆ", "อื่นๆ" and "อื่น" are the same word
_GENDER_WORDS = {"ชาย": Gender.MALE, "male": Gender.MALE, "m": Gender.MALE, "ช": Gender.MALE,
                 "เพศชาย": Gender.MALE, "หญิง": Gender.FEMALE, "female": Gender.FEMALE,
                 "f": Gender.FEMALE, "ญ": Gender.FEMALE, "เพศหญิง": Gender.FEMALE,
                 "อื่นๆ": Gender.OTHER, "อื่น": Gender.OTHER, "other": Gender.OTHER,
                 "ไม่ระบุ": Gender.UNSPECIFIED, "unspecified": Gender.UNSPECIFIED,
                 "-": Gender.UNSPECIFIED, "": Gender.UNSPECIFIED}
_YES = {"1", "y", "yes", "true", "ใช่", "ยินยอม", "ย", "✓", "✔", "x", "/", "ได้"}
_NO = {"", "0", "n", "no", "false", "ไม่", "ไม่ยินยอม", "-", "ไม่ได้"}


def parse_sector(text: str) -> Optional[Sector]:
    t = text.strip().lower()
    if not t:
        return None
    try:
        return Sector(t)
    except ValueError:
        pass
    for word, sector in _SECTOR_WORDS:
        if word in t:
            return sector
    return None


_THAI_CONSONANTS = {chr(c) for c in range(0x0E01, 0x0E2F)}
_THAI_MARKS = {chr(c) for c in (0x0E31, 0x0E33, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))}
_THAI_LEADING = {chr(c) for c in range(0x0E40, 0x0E45)}


def _plausible_thai(text: str) -> bool:
    """Whether text decoded as cp874 reads as Thai: every mark sits on a Thai letter, every
    leading vowel comes before one, and no Thai letter touches a Latin one.  Latin letters
    with accents saved in Windows-1252 (é, è, à, ó) decode to Thai marks and digits that
    break these rules ("café" reads as "caf" and a tone mark)."""
    prev = ""
    for i, ch in enumerate(text):
        if "\u0e00" <= ch <= "\u0e7f":
            if ch in _THAI_MARKS and not (prev in _THAI_CONSONANTS or prev in _THAI_MARKS):
                return False
            nxt = text[i + 1:i + 2]
            if ch in _THAI_LEADING and nxt not in _THAI_CONSONANTS:
                return False
            if (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha()):
                return False
        prev = ch
    return True


def decode_csv(raw: bytes, name: str = "") -> tuple[str, str]:
    """Decode CSV bytes, decided by the bytes and never guessed: UTF-16 with its byte-order
    mark, UTF-8 with or without one, or Thai Windows (cp874) when the text reads as Thai.
    Bytes that fit cp874 only as garbage (another code page's accented letters) are refused
    with a request to save the file as UTF-8."""
    label = name or "the file"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    elif raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            text = raw.decode("cp874")
        except UnicodeDecodeError:
            pass
        else:
            if _plausible_thai(text):
                return text, "cp874"
            raise errors.ImportFailed(
                "{name} is not UTF-8, and read as Thai Windows (cp874) its letters make no "
                "sense (it may be in another code page, e.g. names with é). Save it from the "
                "spreadsheet as \"CSV UTF-8\" and try again.", name=label)
    raise errors.ImportFailed("{name} is not a text file in a known encoding. Save it from the "
                              "spreadsheet as \"CSV UTF-8\" and try again.", name=label)


def _gender(text: str, prefix: str) -> Gender:
    """The gender column's word; left empty (or no column), the gender the prefix says
    (นาย, นาง, นางสาว...), as check-in takes it.  "ไม่ระบุ" stays unspecified."""
    if not text:
        return namecheck.gender_for_prefix(prefix) or Gender.UNSPECIFIED
    return _GENDER_WORDS[text]


def _prefix(text: str) -> str:
    """A prefix cell as the list spells it: "น. ส." is "น.ส." (spaces inside an abbreviation
    dropped), "Mr" stays "Mr"."""
    t = _norm(text)
    return t.replace(" ", "") if "." in t else t


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split()))


def _key(first: str, last: str) -> tuple[str, str]:
    return (_norm(first).casefold(), _norm(last).casefold())


def read_people_csv(source: str | os.PathLike) -> tuple[list[tuple[int, dict[str, str]]], str]:
    """Rows of a people CSV as (line number, {field: text}); raises ImportFailed if unusable."""
    path = Path(source)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise errors.NotFound("There is no file {path}.", str(path))
    except OSError as exc:
        raise errors.ImportFailed("cannot read {name}: {reason}.", name=path.name,
                                  reason=errors.os_reason(exc))
    text, encoding = decode_csv(raw, path.name)
    if not text.strip():
        raise errors.ImportFailed("{name} is empty.", name=path.name)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise errors.ImportFailed("{name} is not a valid CSV file ({detail}).", name=path.name,
                                  detail=str(exc))
    header = lines[0]
    fields: list[Optional[str]] = []
    for h in header:
        k = _norm(h).replace(" ", "").replace("_", "").lower()
        fields.append(_HEADERS.get(k))
    if "first_name" not in fields and "full_name" not in fields:
        shown = ", ".join(repr(h) for h in header[:6])
        raise errors.ImportFailed("{name} has no first-name column (ชื่อ / first_name); its "
                                  "first row is {header}. If the Thai letters look wrong, save "
                                  "the file as \"CSV UTF-8\" and try again.",
                                  name=path.name, header=shown)
    out = []
    for n, cells in enumerate(lines[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        row: dict[str, str] = {}
        for f, c in zip(fields, cells):
            if f and f not in row:
                row[f] = _norm(c)
        out.append((n, row))
    return out, encoding


def import_people_csv(store, source: str | os.PathLike) -> ImportReport:
    """Add the people of a CSV list (one transaction); see the module doc for the columns.

    Rows are numbered as a spreadsheet shows them (the header is row 1).  A person whose first
    and last name are already in the file (or earlier in the list) is skipped and reported.
    """
    rows, encoding = read_people_csv(source)
    report = ImportReport()
    if encoding != "utf-8":
        report.warnings.append(errors.Notice("read as {encoding}", encoding=encoding))
    known = {_key(p.first_name, p.last_name) for p in store.find(Person)}
    orgs = {_norm(o.name).casefold(): o for o in store.find(Organisation)}
    people: list[Person] = []
    new_orgs: list[Organisation] = []
    for n, row in rows:
        first, last = row.get("first_name", ""), row.get("last_name", "")
        prefix = _prefix(row.get("prefix", ""))
        if not first and row.get("full_name"):
            p, first, rest = split_name(row["full_name"])
            prefix, last = prefix or p, rest or last
        if not prefix:
            prefix, first = split_prefix(first)
        if not first:
            raise errors.ImportFailed("row {row}: first name is empty.", row=n)
        gender_text = "".join(row.get("gender", "").split()).lower()
        if gender_text not in _GENDER_WORDS:
            raise errors.ImportFailed("row {row}: gender {value} is not one of ชาย, หญิง, "
                                      "อื่น ๆ, ไม่ระบุ (male, female, other, unspecified).",
                                      row=n, value=repr(row["gender"]))
        consent_text = row.get("consent", "").lower()
        if consent_text in _YES:
            consent = True
        elif consent_text in _NO:
            consent = False
        else:
            raise errors.ImportFailed("row {row}: consent {value} should be ใช่/ไม่ (yes/no).",
                                      row=n, value=repr(row["consent"]))
        key = _key(first, last)
        if key in known:
            report.skipped.append(errors.Notice("row {row}: {name} is already in the list", row=n,
                                                name=f"{first} {last}".strip()))
            continue
        known.add(key)
        org_id = None
        org_name = row.get("organisation", "")
        sector_text = row.get("sector", "")
        sector = parse_sector(sector_text)
        if sector_text and sector is None:
            raise errors.ImportFailed("row {row}: sector {value} is not one of ภาครัฐ, อปท., "
                                      "ภาคเอกชน, ภาคประชาสังคม, ภาคประชาชน, สถาบันการศึกษา.",
                                      row=n, value=repr(sector_text))
        if org_name:
            org = orgs.get(org_name.casefold())
            if org is None:
                org = Organisation(name=org_name,
                                   sector=sector or parse_sector(org_name) or Sector.COMMUNITY)
                orgs[org_name.casefold()] = org
                new_orgs.append(org)
            org_id = org.id
        elif sector_text:
            report.warnings.append(errors.Notice("row {row}: a sector without an organisation was "
                                                "ignored", row=n))
        people.append(Person(prefix=prefix, first_name=first, last_name=last,
                             position=row.get("position", ""), organisation_id=org_id,
                             phone=row.get("phone", ""), gender=_gender(gender_text, prefix),
                             village_no=row.get("village_no", ""), consent=consent,
                             consent_at=now_iso() if consent else "",
                             notes=row.get("notes", "")))
    with store.transaction():
        for org in new_orgs:
            store.add(org)
        for p in people:
            store.add(p)
    report.added = len(people)
    report.organisations_added = len(new_orgs)
    return report
