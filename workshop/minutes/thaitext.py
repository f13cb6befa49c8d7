"""Thai paragraphs for reportlab: broken between words, names kept whole.

Shaping and the searchable text layer are :mod:`workshop.minutes.thaifont`; here:

* **Line breaking.**  :class:`ThaiParagraph` fills each line itself from
  :func:`workshop.thai.segment` pieces and measured shaped widths, never breaks inside a word
  (unless one word is wider than the line, then between grapheme clusters), and splits across
  pages.  It takes plain text: nothing is markup, so user text prints literally.
* **Names.**  A person's or organisation's name passed as :class:`Keep` (or inside a
  :class:`Phrase`) is never broken inside one of its parts, and goes whole to the next line
  rather than break between its parts when it fits there.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence, Union

from reportlab.platypus.flowables import Flowable

from ..thai import NON_ENDERS, NON_STARTERS, dictionary, segment
from .thaifont import REGULAR, clean, draw_line, shape


# ------------------------------------------------------------------------------ names
class Keep(str):
    """A name the line filler keeps together: a person's full name ("นายประเสริฐ วงศ์ใหญ่":
    prefix and first name, then last name) or an organisation's name or short name.

    Its parts are the text between its spaces.  No line breaks inside a part; a line breaks
    at a space between parts only when the whole name is wider than a line (else the whole
    name starts the next line); a single part wider than a whole line still breaks, between
    words and then between clusters, so nothing leaves the margins.  It is a plain ``str``
    (it prints literally, compares equal to its text); formatting or concatenating it gives
    a plain ``str`` again, so put names in a :class:`Phrase` to keep them marked.
    """
    __slots__ = ()


class Phrase(str):
    """Text made of plain parts and :class:`Keep` names, e.g. a person with their
    organisation: ``Phrase(Keep(person), " (", Keep(org), ")")``.  It is the joined text
    as a ``str``; :class:`ThaiParagraph` typesets each part, keeping the names whole."""

    parts: tuple[str, ...]

    def __new__(cls, *parts: str) -> "Phrase":
        flat: list[str] = []
        for part in parts:
            if isinstance(part, Phrase):
                flat.extend(part.parts)
            elif part:
                flat.append(part)
        obj = super().__new__(cls, "".join(flat))
        obj.parts = tuple(flat)
        return obj

    @classmethod
    def join(cls, sep: str, items: Iterable[str]) -> "Phrase":
        """``sep.join(items)`` keeping the names among ``items`` marked."""
        parts: list[str] = []
        for item in items:
            if parts:
                parts.append(sep)
            parts.append(item)
        return cls(*parts)


def _expand(runs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs with every :class:`Phrase` split into its parts (names stay :class:`Keep`)."""
    out: list[tuple[str, str]] = []
    for text, font in runs:
        if isinstance(text, Phrase):
            out.extend((part, font) for part in text.parts)
        else:
            out.append((text, font))
    return out


_NAME_PARTS = re.compile(r"\S+\s*|\s+")


# ------------------------------------------------------------------------ line filling
@dataclass
class Piece:
    text: str            # the core (no trailing spaces)
    space: str           # trailing whitespace
    font: str
    width: float         # of the core
    space_width: float
    newline: bool = False
    keep: int = 0        # >0: a part of the name numbered so (pieces of one name share it)


@dataclass
class Line:
    pieces: list[Piece] = field(default_factory=list)
    width: float = 0.0


def _graphemes(text: str) -> list[str]:
    """Split into clusters that must stay together (base + its marks)."""
    out: list[str] = []
    for ch in text:
        if out and (ch in NON_STARTERS or unicodedata.combining(ch)
                    or out[-1][-1] in NON_ENDERS):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _word_prefix(text: str, font: str, size: float, avail: float) -> str:
    """The longest dictionary word (of two or more clusters) that starts ``text`` (after
    any opening brackets), is shorter than it, and fits in ``avail``; empty when there is
    none."""
    words = dictionary()
    lead = len(text) - len(text.lstrip("".join(_OPENERS)))   # "(องค์การ...": the word after
    clusters = _graphemes(text[lead:])
    for n in range(len(clusters) - 1, 1, -1):
        prefix = text[:lead] + "".join(clusters[:n])
        if shape(prefix, font, size)[1] > avail + 0.01:
            continue
        if prefix[lead:] in words:
            return prefix
    return ""


Runs = Union[str, Sequence[tuple[str, str]]]
_OPENERS = set("([{\"'“‘«<")
_CLOSERS = set(")]}\"'”’».,;:!?%>")


_ABBR = re.compile(r"(?:[\u0E01-\u0E2E]{1,4}\.)+")


def _keep_abbreviations(text: str, segs: list[str]) -> list[str]:
    """Never break inside a Thai abbreviation such as อบต. อปท. รพ.สต. ผศ.ดร."""
    spans = [m.span() for m in _ABBR.finditer(text)]
    if not spans:
        return segs
    out: list[str] = []
    pos = 0
    for seg in segs:
        if out and any(a < pos < b for a, b in spans):
            out[-1] += seg
        else:
            out.append(seg)
        pos += len(seg)
    return out


def _glue(segs: list[str]) -> list[str]:
    """Keep opening brackets with the word after and closing punctuation with the word
    before, so no line ends with "(" or starts with ")"."""
    out: list[str] = []
    for seg in segs:
        if out and seg and seg[0] in _CLOSERS and not out[-1][-1:].isspace():
            out[-1] += seg
        elif out and out[-1] and set(out[-1]) <= _OPENERS:
            out[-1] += seg
        elif out and seg and not seg[0].isspace() and not out[-1][-1:].isspace() \
                and (seg[0] == "-" or out[-1][-1] == "-"):
            out[-1] += seg       # "คน-วัน" is one unit: PDF readers join a line ending in "-"
        else:
            out.append(seg)
    return out


def _words(text: str) -> list[str]:
    return _glue(_keep_abbreviations(text, segment(text)))


def _pieces(runs: Sequence[tuple[str, str]], size: float) -> list[Piece]:
    out: list[Piece] = []
    names = 0
    for text, font in runs:
        keep = 0
        if isinstance(text, Keep):
            names += 1
            keep = names
        text = clean(text)
        for li, line_text in enumerate(text.split("\n")):
            if li:
                out.append(Piece("", "", font, 0.0, 0.0, newline=True))
            segs = _NAME_PARTS.findall(line_text) if keep else _words(line_text)
            for seg in segs:
                core = seg.rstrip()
                space = seg[len(core):]
                if not core and out and not out[-1].newline:
                    # whitespace on its own: attach to the previous piece
                    prev = out[-1]
                    prev.space += space
                    prev.space_width = shape(prev.space, prev.font, size)[1]
                    continue
                out.append(Piece(core, space, font, shape(core, font, size)[1] if core else 0.0,
                                 shape(space, font, size)[1] if space else 0.0, keep=keep))
    return _glue_runs(out, size) if names else out


def _glue_runs(pieces: list[Piece], size: float) -> list[Piece]:
    """Across runs (a name and the text around it): "(" stays with the word after it and
    closing punctuation with the word before it, as :func:`_glue` does inside a run."""
    out: list[Piece] = []
    for p in pieces:
        prev = out[-1] if out else None
        if (prev is not None and not prev.newline and not p.newline and not prev.space
                and prev.font == p.font and p.text and prev.text
                and (p.text[0] in _CLOSERS or set(prev.text) <= _OPENERS)):
            text = prev.text + p.text
            out[-1] = Piece(text, p.space, p.font, shape(text, p.font, size)[1],
                            p.space_width, keep=prev.keep or p.keep)
        else:
            out.append(p)
    return out


def fill_lines(pieces: list[Piece], width: float, first_width: Optional[float] = None,
               size: float = 14.0) -> list[Line]:
    """Greedy line filling: as many whole pieces per line as fit."""
    lines: list[Line] = []
    cur = Line()
    avail = first_width if first_width is not None else width
    pending_space = 0.0  # width of the previous piece's trailing space

    def flush():
        nonlocal cur, avail, pending_space
        lines.append(cur)
        cur = Line()
        avail = width
        pending_space = 0.0

    # the width of each name: its parts and the spaces between them
    name_width: dict[int, float] = {}
    for k, p in enumerate(pieces):
        if p.keep:
            inner = pieces[k - 1].space_width if k and pieces[k - 1].keep == p.keep else 0.0
            name_width[p.keep] = name_width.get(p.keep, 0.0) + inner + p.width
    name = 0     # the name being placed

    queue = list(reversed(pieces))
    while queue:
        p = queue.pop()
        if p.newline:
            flush()
            continue
        if p.keep and p.keep != name:
            name = p.keep
            w = name_width[name]
            if cur.pieces and cur.width + pending_space + w > avail + 0.01 \
                    and w <= width + 0.01:
                flush()          # the whole name fits on the next line: start it there
        if p.keep and p.width > max(width, avail) + 0.01:
            # a part of a name wider than a whole line: break it between words after all,
            # from the start of a line so it is cut as few times as can be
            if cur.pieces:
                flush()
            subs = [Piece(seg, "", p.font, shape(seg, p.font, size)[1], 0.0)
                    for seg in _words(p.text)]
            subs[-1].space, subs[-1].space_width = p.space, p.space_width
            queue.extend(reversed(subs))
            continue
        if cur.pieces and cur.width + pending_space + p.width > avail + 0.01:
            flush()
        while not cur.pieces and p.width > avail + 0.01:
            # a compound wider than the line: break after the longest word that fits
            cut = _word_prefix(p.text, p.font, size, avail)
            if not cut:
                break
            w = shape(cut, p.font, size)[1]
            cur.pieces.append(Piece(cut, "", p.font, w, 0.0))
            cur.width = w
            flush()
            rest = p.text[len(cut):]
            p = Piece(rest, p.space, p.font, shape(rest, p.font, size)[1], p.space_width)
        if not cur.pieces and p.width > avail + 0.01:
            # one word wider than the line: break it between grapheme clusters
            part = ""
            for g in _graphemes(p.text):
                if part and shape(part + g, p.font, size)[1] > avail + 0.01:
                    carry = ""
                    if part.endswith("-") and len(part) > 1:
                        # PDF readers join a line ending in "-" to the next, dropping it
                        part, carry = part[:-1], "-"
                    w = shape(part, p.font, size)[1]
                    cur.pieces.append(Piece(part, "", p.font, w, 0.0))
                    cur.width = w
                    flush()
                    part = carry + g
                else:
                    part += g
            p = Piece(part, p.space, p.font, shape(part, p.font, size)[1] if part else 0.0,
                      p.space_width)
        cur.width += (pending_space if cur.pieces else 0.0) + p.width
        cur.pieces.append(p)
        pending_space = p.space_width
    if cur.pieces or not lines:
        lines.append(cur)
    return lines


@dataclass
class TextStyle:
    size: float = 14.0
    leading: float = 21.0
    font: str = REGULAR
    align: str = "left"          # left | center | right | justify (last line left)
    left_indent: float = 0.0
    first_indent: float = 0.0    # added to the first line only
    space_before: float = 0.0
    space_after: float = 0.0
    color: str = ""              # fill colour ("#666666"); "" draws in the current colour

    def but(self, **kw) -> "TextStyle":
        return TextStyle(**{**self.__dict__, **kw})


class ThaiParagraph(Flowable):
    """A paragraph of plain text (runs of ``(text, font)``), shaped and word-wrapped."""

    def __init__(self, runs: Runs, style: Optional[TextStyle] = None,
                 _lines: Optional[list[Line]] = None, _first: bool = True):
        super().__init__()
        self.style = style or TextStyle()
        if isinstance(runs, str):
            runs = [(runs, self.style.font)]
        self.runs = _expand(runs)
        self._lines = _lines
        self._lines_for: Optional[float] = None if _lines is None else -1.0
        self._first = _first
        self.width = 0.0
        self.height = 0.0

    # platypus protocol --------------------------------------------------------------
    def getSpaceBefore(self):
        return self.style.space_before if self._first else 0.0

    def getSpaceAfter(self):
        return self.style.space_after

    def lines(self, avail_width: float) -> list[Line]:
        if self._lines is not None and self._lines_for == -1.0:
            return self._lines  # a split part keeps the lines it was given
        if self._lines is None or self._lines_for != avail_width:
            st = self.style
            width = max(avail_width - st.left_indent, st.size)
            first = max(width - st.first_indent, st.size) if self._first else width
            self._lines = fill_lines(_pieces(self.runs, st.size), width, first, st.size)
            self._lines_for = avail_width
        return self._lines

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        lines = self.lines(availWidth)
        n = int((availHeight + 1e-6) // self.style.leading)
        if n >= len(lines):
            return [self]
        if n < 1:
            return []
        if len(lines) >= 4 and n == 1:
            return []  # no single orphan line at the foot of a page
        head = ThaiParagraph(self.runs, self.style.but(space_after=0), lines[:n], self._first)
        tail = ThaiParagraph(self.runs, self.style.but(space_before=0), lines[n:], False)
        return [head, tail]

    def draw(self):
        st = self.style
        canv = self.canv
        lines = self.lines(self.width)
        if st.color:
            canv.saveState()
            canv.setFillColor(st.color)
        y = self.height - st.leading + (st.leading - st.size) / 2 + st.size * 0.22
        for i, line in enumerate(lines):
            x = st.left_indent + (st.first_indent if (i == 0 and self._first) else 0.0)
            avail = self.width - x
            if st.align == "center":
                x += (avail - line.width) / 2
            elif st.align == "right":
                x += avail - line.width
            last = len(line.pieces) - 1
            draw_line(canv, x, y, [(p.text + (p.space if k < last else ""), p.font)
                                   for k, p in enumerate(line.pieces)], st.size)
            y -= st.leading
        if st.color:
            canv.restoreState()

    def plain_text(self) -> str:
        return "".join(t for t, _f in self.runs)


def paragraph(text: str, style: TextStyle, font: Optional[str] = None) -> ThaiParagraph:
    return ThaiParagraph([(text, font or style.font)], style)


def line_texts(flowable: ThaiParagraph, width: float) -> list[str]:
    """The text of each line (for tests)."""
    out = []
    for line in flowable.lines(width):
        out.append("".join(p.text + (p.space if k < len(line.pieces) - 1 else "")
                           for k, p in enumerate(line.pieces)))
    return out


def iter_runs(*parts: Iterable) -> list[tuple[str, str]]:
    return [tuple(p) for p in parts]  # type: ignore[misc]
