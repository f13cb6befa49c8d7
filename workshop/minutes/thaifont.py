"""The Sarabun fonts for reportlab: Thai shaped by HarfBuzz, and searchable in the PDF.

* **Shaping.**  Text is shaped with HarfBuzz (uharfbuzz) ourselves, so tone marks sit above
  upper vowels (ที่ ปี่ ญี่ปุ่น น้ำ ติ๊ก) and descenders are handled (:func:`shape`,
  :func:`text_width`).
* **Exact text.**  Every line is one PDF text object (real space glyphs between its words)
  inside a marked-content span whose ``/ActualText`` is the line exactly as typed
  (:func:`draw_line`), so poppler (pdftotext, Evince) and PDFium (Chrome) extract and search
  the typed Unicode: ``ำ`` as U+0E33, marks after their base, no spaces inside words.
  Underneath, every glyph also has a code whose ToUnicode entry is the text of its HarfBuzz
  cluster (:class:`MappedTTFont`), for readers that ignore ActualText (pdfminer): NFKC-equal
  there, ``ำ`` comes back as ``ํา``.  Characters the font lacks (emoji) print as the font's
  missing-glyph box but still extract as themselves.

Line breaking and paragraphs are :mod:`workshop.minutes.thaitext`.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Sequence

import uharfbuzz
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

from .. import paths

REGULAR = "PKSarabun"
BOLD = "PKSarabun-Bold"
ITALIC = "PKSarabun-Italic"
_FILES = {REGULAR: "Sarabun-Regular.ttf", BOLD: "Sarabun-Bold.ttf",
          ITALIC: "Sarabun-Italic.ttf"}
_FEATURES = {"kern": True, "liga": True}
_PUA_START = 0xF0000     # supplementary private use area A: never in Sarabun's cmap


class MappedTTFont(TTFont):
    """A TTFont whose extra glyph codes map back to the text they were shaped from."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename)
        self.pk_text: dict[int, str] = {}               # private code -> original text
        self._pk_codes: dict[tuple[int, str], int] = {}  # (glyph id, text) -> private code
        self._pk_next = _PUA_START
        self._hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(self.face._ttf_data)))

    def code_for(self, gid: int, text: str) -> int:
        """A character code that draws glyph ``gid`` and extracts as ``text``."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == gid:
            return ord(text)
        key = (gid, text)
        code = self._pk_codes.get(key)
        if code is None:
            code = self._pk_codes[key] = self._pk_next
            self._pk_next += 1
            face = self.face
            face.charToGlyph[code] = gid
            face.glyphToChar.setdefault(gid, []).append(code)
            face.charWidths[code] = self.pdfScale(self._hb_font.get_glyph_h_advance(gid))
            self.pk_text[code] = text
        return code

    def addObjects(self, doc):  # same as TTFont.addObjects, with our ToUnicode CMap
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                    ).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = "Font %s subset %d" % (self.fontName, n)
            pdf_font.Name = internal
            pdf_font.BaseFont = base
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = _to_unicode_cmap(base, subset, self.pk_text)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base, subset)
            doc.Reference(pdf_font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = pdf_font
        del self.state[doc]


def _to_unicode_cmap(name: str, subset: Sequence[int], texts: dict[int, str]) -> str:
    entries = []
    for i, code in enumerate(subset):
        text = texts.get(code) or chr(code)
        hexa = text.encode("utf-16-be").hex().upper()
        entries.append("<%02X> <%s>" % (i, hexa))
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", "<< /Registry (%s)" % name, "/Ordering (%s)" % name,
             "/Supplement 0", ">> def", "/CMapName /%s def" % name, "/CMapType 2 def",
             "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange"]
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[start:start + 100]
        lines += ["%d beginbfchar" % len(chunk), *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@functools.lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str, str]:
    """Register Sarabun (regular, bold, italic) with reportlab; returns their names."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        # getFont() of a name not registered searches (and parses) every AFM file first
        font = pdfmetrics.getFont(name) if name in registered else None
        if not isinstance(font, MappedTTFont):
            pdfmetrics.registerFont(MappedTTFont(name, str(paths.resource("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD)
    return REGULAR, BOLD, ITALIC


# ------------------------------------------------------------------------------ shaping
def _decomposed(text: str) -> str:
    # ำ comes back from the glyphs as nikhahit + sara aa (its NFKC form); other text as is
    return text.replace("\u0E33", "\u0E4D\u0E32")


def clean(text: str) -> str:
    """Text made safe to typeset: tabs become spaces, other control characters go."""
    out = []
    for ch in str(text or ""):
        if ch == "\t":
            out.append(" ")
        elif ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs"):
            out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def shape(text: str, font_name: str, size: float) -> tuple[ShapedStr, float]:
    """Shape ``text``; returns the drawable string and its width in points."""
    font: MappedTTFont = pdfmetrics.getFont(font_name)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(font._hb_font, buf, _FEATURES)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    scale = font.pdfScale
    glyphs = []  # [cluster, gid, advance, origin, y_advance, y_offset]
    pen = 0.0
    for info, pos in zip(infos, positions):
        adv = scale(pos.x_advance)
        glyphs.append([info.cluster, info.codepoint, adv, pen + scale(pos.x_offset),
                       scale(pos.y_advance), scale(pos.y_offset), pen])
        pen += adv
    # Groups: an advancing glyph and the marks after it, never splitting a cluster.
    groups: list[list[list]] = []
    for g in glyphs:
        if groups and (g[2] == 0 or g[0] == groups[-1][-1][0]):
            groups[-1].append(g)
        else:
            groups.append([g])
    chars: list[str] = []
    data: list[ShapeData] = []
    widths = font.face.charWidths
    pen = 0.0
    for gi, group in enumerate(groups):
        first = group[0][0]
        nxt = groups[gi + 1][0][0] if gi + 1 < len(groups) else len(text)
        chunk = _decomposed(text[first:nxt])
        # Text extraction sorts glyphs by position: keep every mark between its base and
        # the next base (a shift of at most a hair), then emit the group in position order,
        # giving the cluster's characters out in that same order.
        start = group[0][3]
        for g in group:
            if g[2] == 0:
                g[3] = max(start, min(g[3], g[6] - 1.0))
        if len(group) > 1:
            group = sorted(group, key=lambda g: g[3])
        k = len(group)
        for n, (cluster, gid, adv, origin, y_adv, y_off, _pen) in enumerate(group):
            t = chunk[n:n + 1] if n < k - 1 else chunk[n:]
            if not t:      # more glyphs than characters: repeat the last one
                t = chunk[-1:] or " "
            code = font.code_for(gid, t)
            chars.append(chr(code))
            data.append(ShapeData(cluster, adv, y_adv, origin - pen, y_off, widths[code]))
            pen += adv
    width_units = pen
    return ShapedStr("".join(chars), shapeData=data), width_units * size / 1000.0


def text_width(text: str, font_name: str, size: float) -> float:
    return shape(clean(text), font_name, size)[1]


def draw_text(canv, x: float, y: float, text: str, font_name: str, size: float,
              align: str = "left") -> float:
    """Draw one shaped line (no wrapping) at baseline ``y``; returns its width."""
    text = clean(text).replace("\n", " ")
    width = shape(text, font_name, size)[1]
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    draw_line(canv, x, y, [(text, font_name)], size)
    return width


def actual_text(text: str) -> str:
    """``text`` as a PDF text string (UTF-16BE with its byte-order mark, hex)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_line(canv, x: float, y: float, runs: Sequence[tuple[str, str]], size: float) -> None:
    """Draw one line of runs ``(text, font)`` (spaces included) as one text object.

    The words of a font are one show-text operation, and the spaces between them are moves
    of the pen inside it (no space glyphs): poppler and PDFium each find word breaks from
    such gaps, while a line cut into several operations, or drawn with space glyphs, loses
    spaces to their heuristics.  The line is inside a marked-content span whose
    ``/ActualText`` is the line as typed, which both take instead of the glyphs' text.
    (Both join a line ending in "-" to the next: a line never ends with one, see
    :func:`fill_lines`, and page numbers use U+2010.)"""
    runs = [(t, f) for t, f in runs if t]
    if not runs:
        return
    typed = "".join(t for t, _f in runs)
    merged: list[list] = []       # [shaped string or None, font]
    for text, font_name in runs:
        for token in _SPACES.split(text):
            if not token:
                continue
            if token.isspace():
                gap = shape(token, font_name, size)[1] * 1000.0 / size
                if merged and merged[-1][0] is not None:
                    merged[-1][0] = _widen_last(merged[-1][0], gap)
                else:
                    x += gap * size / 1000.0      # a line's leading spaces
                continue
            shaped = shape(token, font_name, size)[0]
            if merged and merged[-1][1] == font_name:
                merged[-1][0] = merged[-1][0] + shaped
            else:
                merged.append([shaped, font_name])
    if not merged:
        return
    canv.addLiteral("/Span <</ActualText %s>> BDC" % actual_text(typed))
    to = canv.beginText(x, y)
    for shaped, font_name in merged:
        to.setFont(font_name, size)
        to.textOut(shaped)
    canv.drawText(to)
    canv.addLiteral("EMC")


_SPACES = re.compile(r"(\s+)")


def _widen_last(shaped: ShapedStr, units: float) -> ShapedStr:
    """``shaped`` with its last glyph advancing ``units`` (1/1000 em) further."""
    data = list(shaped.__shapeData__)
    data[-1] = data[-1]._replace(x_advance=data[-1].x_advance + units)
    return ShapedStr(str(shaped), shapeData=data)
