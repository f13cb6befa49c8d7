"""Thai text and dates: Buddhist-Era years, Thai month names and digits, word segmentation."""
from __future__ import annotations

import functools
import re
import threading
from datetime import date, datetime
from typing import Iterable, Iterator, Optional

import marisa_trie

from . import newmm, paths

BE_OFFSET = 543

MONTHS_TH = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
MONTHS_TH_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                   "ต.ค.", "พ.ย.", "ธ.ค.")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
WEEKDAYS_TH = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์",
               "วันอาทิตย์")

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def be_year(ce_year: int) -> int:
    return ce_year + BE_OFFSET


def ce_year(be: int) -> int:
    return be - BE_OFFSET


def thai_digits(text: str) -> str:
    return str(text).translate(_THAI_DIGITS)


def arabic_digits(text: str) -> str:
    return str(text).translate(_ARABIC_DIGITS)


def parse_date(value: str | date | None) -> Optional[date]:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def format_date_th(value, *, digits: bool = False, short: bool = False,
                   weekday: bool = False) -> str:
    """``24 พฤศจิกายน 2569`` (Buddhist Era); empty when there is no valid date."""
    d = parse_date(value)
    if d is None:
        return ""
    month = (MONTHS_TH_SHORT if short else MONTHS_TH)[d.month - 1]
    text = f"{d.day} {month} {be_year(d.year)}"
    if weekday:
        text = f"{WEEKDAYS_TH[d.weekday()]}ที่ {text}"
    return thai_digits(text) if digits else text


def format_date_en(value) -> str:
    d = parse_date(value)
    if d is None:
        return ""
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def format_time_th(hhmm: str, *, digits: bool = False) -> str:
    """``10:00`` -> ``10.00 น.``"""
    if not hhmm:
        return ""
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*", hhmm)
    if not m:
        return hhmm
    text = f"{int(m.group(1)):02d}.{m.group(2)} น."
    return thai_digits(text) if digits else text


def format_time_en(hhmm: str) -> str:
    m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*", hhmm or "")
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else (hhmm or "")


def format_baht(value: float, *, digits: bool = False) -> str:
    text = f"{value:,.2f}" if value % 1 else f"{value:,.0f}"
    return thai_digits(text) if digits else text


# --------------------------------------------------------------------- segmentation
THAI_RE = re.compile(r"[\u0E00-\u0E7F]")
# Marks that never start a line: above/below vowels, tone marks, following vowels.
NON_STARTERS = set("\u0E31\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A\u0E47\u0E48\u0E49\u0E4A"
                   "\u0E4B\u0E4C\u0E4D\u0E4E\u0E30\u0E32\u0E33\u0E45")
# Leading vowels that never end a line.
NON_ENDERS = set("\u0E40\u0E41\u0E42\u0E43\u0E44")


def has_thai(text: str) -> bool:
    return bool(THAI_RE.search(text or ""))


class WordTrie:
    """PyThaiNLP's word list in a MARISA trie (the ``marisa-trie`` package), the dictionary
    of the newmm segmenter.

    newmm asks its dictionary for the words that start at a position, shortest first
    (``prefixes``).  pythainlp's own trie answers the same but takes about a second and
    ~60 MB to build (and the garbage collector walks its objects at exit); a frozenset of
    the words took 10 MB.  The MARISA trie holds the 62,000 words in 0.3 MB, is built in
    tens of milliseconds and answers a prefix query in C.
    """

    def __init__(self, words: Iterable[str]):
        longest = [0]

        def measured(ws: Iterable[str]) -> Iterator[str]:
            for w in ws:
                longest[0] = max(longest[0], len(w))
                yield w

        self.trie = marisa_trie.Trie(measured(words))
        #: no word is longer: a query never needs more of the text than this
        self.longest = longest[0]

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        return self.trie.prefixes(text[start:start + self.longest])

    def __contains__(self, word) -> bool:
        return word in self.trie

    def __len__(self) -> int:
        return len(self.trie)

    def __iter__(self) -> Iterator[str]:
        return iter(self.trie)


_DICTIONARY_LOCK = threading.Lock()


def dictionary() -> WordTrie:
    """PyThaiNLP's Thai word list (``resources/thai/words_th.txt``, pythainlp's
    ``thai_words()``), the dictionary of the newmm segmenter: read once (by whichever
    thread asks first; the others wait for it)."""
    with _DICTIONARY_LOCK:
        return _read_dictionary()


@functools.lru_cache(maxsize=1)
def _read_dictionary() -> WordTrie:
    with paths.resource("thai", "words_th.txt").open(encoding="utf-8-sig") as lines:
        return WordTrie(w for w in (line.rstrip("\n") for line in lines) if w)


def warm_up() -> threading.Thread:
    """Read the dictionary in a background thread (the window calls this once it is on
    screen, so that the first page painting Thai words does not wait ~50-100 ms for it)."""
    t = threading.Thread(target=dictionary, name="thai-dictionary", daemon=True)
    t.start()
    return t


@functools.lru_cache(maxsize=4096)
def _segment_run(run: str) -> tuple[str, ...]:
    return tuple(_repair(newmm.segment(run, dictionary())))


def _repair(tokens: list[str]) -> list[str]:
    """Never let a token start with a combining mark or end with a leading vowel."""
    out: list[str] = []
    for tok in tokens:
        if out and tok and (tok[0] in NON_STARTERS or out[-1][-1:] in NON_ENDERS):
            out[-1] += tok
        else:
            out.append(tok)
    return out


_RUN_RE = re.compile(r"([\u0E00-\u0E7F]+)")


def segment(text: str) -> list[str]:
    """Split text into pieces between which a line may break.

    Thai runs are split into words; everything else is split after spaces.  Joining the
    pieces gives the text back unchanged.
    """
    pieces: list[str] = []
    for part in _RUN_RE.split(text or ""):
        if not part:
            continue
        if THAI_RE.match(part):
            pieces.extend(_segment_run(part) if len(part) > 1 else (part,))
        else:
            pieces.extend(p for p in re.split(r"(?<=\s)", part) if p)
    return _repair(pieces)
