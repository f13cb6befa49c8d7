"""Catching check-in mistakes before they are stored: a likely duplicate, the gender a prefix
says, and text typed with the wrong keyboard layout.

* :func:`likely_duplicates`: registered people whose name is close to the one typed (one
  letter apart: "สมชัย ใจดี" and "สมชาย ใจดี"), or who have the same phone number.  Names are
  compared folded (:func:`workshop.people.name_key`, prefix left out) with the standard
  library's :class:`difflib.SequenceMatcher`; only people sharing the first or the last name
  or the phone are read (a store query), never the whole register.
* :func:`gender_for_prefix`: นาย → male, นาง / นางสาว → female, and the English Mr, Mrs, Ms,
  Miss; None for a prefix that says nothing (ดร., พระ...).
* :func:`wrong_layout`: Thai typed while the keyboard was on the English layout ("l;ylfu" is
  "สวัสดี" on the Kedmanee keys), or English and digits typed on the Thai layout (a phone
  number "0812345678" comes out as "จคๅ/-ภถุึค"), converted back.  The key table is the
  standard Kedmanee layout (TIS 820-2538) on the US keys, the same as pythainlp's
  ``pythainlp.util.keyboard`` (a test compares them; pythainlp is not a dependency of the app)
  with the number row's first key, which pythainlp's table leaves out.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Optional

from .model import Gender, Person
from .people import name_key, normalise, normalise_phone
from .store import Store

#: a pair of names at least this similar (difflib ratio of the folded first+last names) is
#: offered as a possible duplicate: one letter apart in a two-word Thai name is about 0.89
SIMILAR = 0.84

_MALE = ("นาย", "ด.ช.", "เด็กชาย", "mr", "mr.")
_FEMALE = ("นาง", "นางสาว", "น.ส.", "ด.ญ.", "เด็กหญิง", "mrs", "mrs.", "ms", "ms.", "miss")


def gender_for_prefix(prefix: str) -> Optional[Gender]:
    """The gender a name prefix says, or None when it says none."""
    p = normalise(prefix).replace(" ", "")
    if p in _MALE:
        return Gender.MALE
    if p in _FEMALE:
        return Gender.FEMALE
    return None


@dataclass(frozen=True)
class Duplicate:
    person: Person
    reason: str            # "same name", "similar name" or "same phone"
    score: float           # 1.0 for the same name or phone


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def similarity(a_first: str, a_last: str, b_first: str, b_last: str) -> float:
    """How alike two names are, from 0 to 1 (prefix, case, spaces and Thai typing variants
    left out)."""
    a, b = name_key(a_first, a_last), name_key(b_first, b_last)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def likely_duplicates(store: Store, first_name: str, last_name: str, phone: str = "", *,
                      exclude_id: Optional[str] = None, limit: int = 5) -> list[Duplicate]:
    """Registered people who may be the person typed: the same or a similar name (sharing
    the first or the last name, the other one close), or the same phone; best first."""
    from .store import people_queries as q

    first, last = normalise(first_name), normalise(last_name)
    digits = normalise_phone(phone)
    if not first and len(digits) < 6:
        return []
    pool = q.duplicate_candidates(store, first, last, digits if len(digits) >= 6 else "",
                                  normalise, normalise_phone)
    key = name_key(first_name, last_name)
    out: list[Duplicate] = []
    for p in pool:
        if p.id == exclude_id:
            continue
        if key and name_key(p.first_name, p.last_name) == key:
            out.append(Duplicate(p, "same name", 1.0))
        elif len(digits) >= 6 and normalise_phone(p.phone) == digits:
            out.append(Duplicate(p, "same phone", 1.0))
        elif (last or not normalise(p.last_name)) and _digits(key) == _digits(
                name_key(p.first_name, p.last_name)):     # "ผู้มาเยือน01" is not "…02"
            score = similarity(first_name, last_name, p.first_name, p.last_name)
            if score >= SIMILAR:
                out.append(Duplicate(p, "similar name", score))
    out.sort(key=lambda d: (-d.score, d.person.first_name, d.person.last_name))
    return out[:limit]


# ------------------------------------------------------------------ keyboard layout
_THAI_FIRST = (0x0E01, 0x0E5B)
#: marks and following vowels that never begin a Thai word
_NOT_FIRST = set("ะาำัิีึืุู็่้๊๋์ํฺๅ")
_ABOVE_BELOW = set("ัิีึืุู็ํฺ")      # written over or under a consonant, one at a time
_TONES = set("่้๊๋์")
_LEADING = set("เแโใไ")              # written before the consonant they follow
_CONSONANT = (0x0E01, 0x0E2E)


#: US key -> the Kedmanee character it types: each row unshifted, then shifted
_KEYS = ("`1234567890-=" "qwertyuiop[]\\" "asdfghjkl;'" "zxcvbnm,./"
         "~!@#$%^&*()_+" "QWERTYUIOP{}|" 'ASDFGHJKL:"' "ZXCVBNM<>?")
_KEDMANEE = ("_ๅ/-ภถุึคตจขช" "ๆไำพะัีรนยบลฃ" "ฟหกดเ้่าสวง" "ผปแอิืทมใฝ"
             "%+๑๒๓๔ู฿๕๖๗๘๙" '๐"ฎฑธํ๊ณฯญฐ,ฅ' "ฤฆฏโฌ็๋ษศซ." "()ฉฮฺ์?ฒฬฦ")
assert len(_KEYS) == len(_KEDMANEE) == 94
KEDMANEE: dict[str, str] = dict(zip(_KEYS, _KEDMANEE))
_EN_TH = {ord(k): v for k, v in KEDMANEE.items()}
_TH_EN = {ord(v): k for k, v in KEDMANEE.items()}


def _is_thai(ch: str) -> bool:
    return _THAI_FIRST[0] <= ord(ch) <= _THAI_FIRST[1]


def to_thai(text: str) -> str:
    """What ``text`` typed on the English layout would have been on the Thai one."""
    return text.translate(_EN_TH)


def to_english(text: str) -> str:
    """What ``text`` typed on the Thai layout would have been on the English one."""
    return text.translate(_TH_EN)


def _consonant(ch: str) -> bool:
    return len(ch) == 1 and _CONSONANT[0] <= ord(ch) <= _CONSONANT[1]


def _plausible_word(w: str) -> bool:
    """A few rules of Thai spelling a random key sequence breaks: a word does not start with
    a vowel sign or tone mark; a sign over or under a letter and a tone mark follow a
    consonant; a leading vowel and ไม้หันอากาศ are followed by a consonant."""
    if w[0] in _NOT_FIRST:
        return False
    for i, c in enumerate(w):
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c in _ABOVE_BELOW and not _consonant(prev):
            return False
        if c in _TONES and not (_consonant(prev) or prev in _ABOVE_BELOW):
            return False
        if c in _LEADING and not _consonant(nxt):
            return False
        if c == "ั" and not (_consonant(nxt) or nxt in _TONES):
            return False
    return True


def _plausible_thai(text: str) -> bool:
    words = text.split()
    letters = [c for c in text if not c.isspace()]
    return bool(words) and all(_plausible_word(w) for w in words) and \
        all(_is_thai(c) or c == "." for c in letters)


def _plausible_english(text: str) -> bool:
    """Latin letters and digits: a phone number, or a word with a vowel."""
    letters = [c for c in text if not c.isspace()]
    if not letters or sum(c.isascii() and c.isalnum() for c in letters) < 0.8 * len(letters):
        return False
    return sum(c.isdigit() for c in letters) >= 3 or (
        len(letters) >= 3 and any(c in "aeiouyAEIOUY" for c in letters))


def _looks_english(text: str) -> bool:
    return all(c.isalpha() or c.isspace() or c in ".-'" for c in text) and \
        any(c in "aeiouyAEIOUY" for c in text)


def other_layout(text: str) -> Optional[str]:
    """``text`` as the other keyboard layout types it (Latin -> Thai, Thai -> Latin), or
    None when it mixes both or has no key of either."""
    t = text.strip()
    if not t:
        return None
    if all(c.isascii() for c in t):
        converted = to_thai(t)
    elif all(_is_thai(c) or c.isspace() or c in "/-\",.()%+?_" for c in t):
        converted = to_english(t)
    else:
        return None
    return converted if converted != t else None


def wrong_layout(text: str) -> Optional[str]:
    """``text`` converted to the other keyboard layout when it looks typed on the wrong one
    (Latin that spells Thai, Thai that spells Latin letters or a phone number), else None.
    Text that reads right as it is (an English name, a Thai word, digits) is left alone."""
    t = text.strip()
    if len(t) < 2 or t.replace("-", "").replace(" ", "").isdigit():
        return None
    converted = other_layout(t)
    if converted is None:
        return None
    if all(c.isascii() for c in t):
        return converted if not _looks_english(t) and _plausible_thai(converted) else None
    if _plausible_thai(t) and not any(c.isdigit() for c in converted):
        return None
    return converted if _plausible_english(converted) else None
