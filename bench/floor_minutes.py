"""The floor for the minutes benchmark: the same content laid out by plain reportlab.

    python bench/floor_minutes.py FILE --meeting ID -o OUT.pdf

Opens the file and builds the minutes' content as ``python main.py minutes`` does, then lays
out the same paragraphs and tables (every paragraph of the minutes' story, every table with
its cells, the same fonts' sizes and leading) with reportlab's own ``Paragraph`` in Sarabun
used as a plain TTFont: no shaping, no word segmentation, no searchable-text work.
``bench/bench.py`` runs this and the real command as processes, side by side.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def plain_story(flow: list, font: str) -> list:
    """``flow`` (the minutes' story) with every ThaiParagraph a plain reportlab Paragraph."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, Table

    from workshop.minutes.thaitext import ThaiParagraph

    styles: dict = {}

    def para(p: ThaiParagraph):
        st = p.style
        key = (st.size, st.leading, st.left_indent, st.first_indent, st.align)
        if key not in styles:
            styles[key] = ParagraphStyle(
                f"s{len(styles)}", fontName=font, fontSize=st.size, leading=st.leading,
                leftIndent=st.left_indent, firstLineIndent=st.first_indent,
                alignment={"left": 0, "center": 1, "right": 2}.get(st.align, 0))
        return Paragraph(escape(p.plain_text()).replace("\n", "<br/>"), styles[key])

    def conv(f):
        if isinstance(f, ThaiParagraph):
            return para(f)
        if isinstance(f, Table):
            rows = [[[conv(x) for x in c] if isinstance(c, (list, tuple)) else conv(c)
                     for c in row] for row in f._cellvalues]
            t = Table(rows, colWidths=f._argW, repeatRows=f.repeatRows, hAlign=f.hAlign)
            return t
        if isinstance(f, KeepTogether):
            return KeepTogether([conv(x) for x in f._content])
        return f

    return [conv(f) for f in flow]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--meeting", required=True)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from workshop.meetings import resolve_meeting
    from workshop.minutes.content import build_minutes
    from workshop.minutes.labels import Labels
    from workshop.minutes import layout
    from workshop.store import Store

    with Store.open(args.path, read_only=True, backups=False, lock=False) as store:
        content = build_minutes(store, resolve_meeting(store, args.meeting).id)
    # the same fonts registered as the minutes register them (the story's column widths
    # measure a few names); the floor's paragraphs use Sarabun as a plain TTFont
    story = plain_story(layout.minutes_story(content, Labels("th")), layout.REGULAR)
    SimpleDocTemplate(args.output, pagesize=A4, leftMargin=85, rightMargin=57, topMargin=71,
                      bottomMargin=57).build(story)
    return 0


if __name__ == "__main__":
    sys.exit(main())
