"""Typeset :class:`~workshop.minutes.content.Minutes` and the sign-in sheet as A4 PDF.

Official Thai layout: A4, margins top 2.5 cm, left 3 cm, right 2 cm, bottom 2 cm, Sarabun
14 pt (the size of TH Sarabun 16 pt), page numbers "- n -" at the top centre from page 2.
All text goes through :class:`~workshop.minutes.thaitext.ThaiParagraph` (shaped, word-wrapped,
searchable, never markup).
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageTemplate, Spacer, Table, TableStyle,
)

from ..model import AgendaKind, DecisionMethod, ResourceKind
from .content import CarriedLine, DecisionLine, Minutes, group_by_sector
from .labels import Labels
from .thaifont import BOLD, REGULAR, draw_text, register_fonts, text_width
from .thaitext import Keep, Phrase, TextStyle, ThaiParagraph

PAGE_W, PAGE_H = A4
MARGIN_TOP = 2.5 * cm
MARGIN_LEFT = 3.0 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_BOTTOM = 2.0 * cm
FRAME_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
INDENT = 2.5 * cm            # the customary first-line indent of Thai official documents
# "nothing recorded" at the end of a line: U+2010, which looks as "-" but which PDF readers
# do not take for a hyphenated word to join to the next line (dropping it)
NO_TEXT = "\u2010"

BODY = TextStyle(size=14, leading=21)
TITLE = BODY.but(font=BOLD, align="center", size=15, leading=22)
HEAD = BODY.but(font=BOLD, space_before=6)
PARA = BODY.but(first_indent=INDENT)
CELL = TextStyle(size=12.5, leading=17)
CELL_HEAD = CELL.but(font=BOLD, align="center")
SMALL = TextStyle(size=12, leading=16)
SECTOR_NOTE = TextStyle(size=11, leading=14, color="#555555")   # the sector under an org


def _p(text: str, style: TextStyle = BODY) -> ThaiParagraph:
    return ThaiParagraph([(text, style.font)], style)


def _head(f: ThaiParagraph) -> ThaiParagraph:
    """``f`` marked as a heading: :func:`guard_headings` never lets it end a page."""
    f.is_heading = True
    return f


class _HeadingGuard(CondPageBreak):
    """Before a run of headings: a new page unless the headings and the start of what
    follows them (two lines of a paragraph, the first rows of a table) fit here."""

    def __init__(self, headings: list, following):
        super().__init__(0)
        self.headings, self.following = headings, following

    def wrap(self, availWidth, availHeight):
        need = 0.0
        for h in self.headings:
            need += h.wrap(availWidth, availHeight)[1] + h.getSpaceBefore() + h.getSpaceAfter()
        need += _start_height(self.following, availWidth, availHeight)
        self.height = min(need, FRAME_H - 1)    # what a fresh page holds, or it never fits
        return super().wrap(availWidth, availHeight)


def _start_height(f, width: float, avail: float) -> float:
    """The least of ``f`` that may stand at the foot of a page under a heading."""
    if isinstance(f, ThaiParagraph):
        h = f.wrap(width, avail)[1]
        lines = len(f.lines(width))
        n = lines if lines < 4 else 2        # ThaiParagraph leaves no lone line at a foot
        return min(h, n * f.style.leading) + f.getSpaceBefore()
    if isinstance(f, Table):     # the first two rows (the whole table is wrapped later)
        total = 0.0
        for row in f._cellvalues[:2]:
            cells = [c if isinstance(c, (list, tuple)) else [c] for c in row]
            total += 6 + max((sum(x.wrap(max(w - 6, 1), avail)[1] for x in cell
                                  if hasattr(x, "wrap"))
                              for cell, w in zip(cells, f._argW)), default=0.0)
        return total
    if isinstance(f, KeepTogether):          # kept whole: all of it
        return sum(x.wrap(width, avail)[1] + x.getSpaceBefore() for x in f._content)
    return min(f.wrap(width, avail)[1], 4 * BODY.leading)


def guard_headings(flow: list) -> list:
    """The story with a :class:`_HeadingGuard` before every run of headings (see :func:`_head`),
    so that no heading ends a page."""
    out: list = []
    run: list = []
    for f in flow:
        if getattr(f, "is_heading", False):
            run.append(f)
            continue
        if run:
            if isinstance(f, (CondPageBreak, Spacer)) and not isinstance(f, _HeadingGuard):
                run.append(f)      # a spacer or break between a heading and its text
                continue
            heads = [h for h in run if getattr(h, "is_heading", False)]
            out.append(_HeadingGuard(heads, f))
            out.extend(run)
            run = []
        out.append(f)
    out.extend(run)
    return out


def _runs(*runs: tuple[str, str], style: TextStyle = BODY) -> ThaiParagraph:
    return ThaiParagraph(list(runs), style)


def _items(texts: Sequence[str], L: Labels, indent: float = INDENT,
           style: TextStyle = BODY) -> list:
    """A numbered list with hanging indent."""
    out = []
    for n, text in enumerate(texts, 1):
        label = f"{L.num(n)}. "
        st = style.but(left_indent=indent + 0.8 * cm, first_indent=-0.8 * cm)
        out.append(ThaiParagraph([(label, style.font), (text, style.font)], st))
    return out


def _table(rows: list[list], widths: list[float], *, grid: bool = True,
           header: bool = True) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header and grid:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")))
    t.setStyle(TableStyle(style))
    return t


def _cells(values: Sequence[str], style: TextStyle = CELL) -> list:
    return [_p(v, style) for v in values]


# --------------------------------------------------------------------------- minutes
class _Story:
    def __init__(self, L: Labels):
        self.L = L
        self.flow: list = []

    def add(self, *f) -> None:
        self.flow.extend(f)


def _people_table(people, L: Labels, *, absent: bool = False) -> Table:
    """Numbered rows: name, position (and reason).  A name too long for its column gets
    the whole row, so a name is never cut into two cells' lines."""
    widths = [1.1 * cm, 6.0 * cm, FRAME_W - 7.1 * cm]
    if absent:
        widths = [1.1 * cm, 6.0 * cm, 4.5 * cm, FRAME_W - 11.6 * cm]
    rows, spans = [], []
    for n, p in enumerate(people, 1):
        pos = p.position
        if p.organisation and p.organisation not in pos:
            pos = Phrase(pos, " " if pos else "", p.organisation)
        if p.substitute_for and not absent:
            pos = Phrase(pos, " (", _named(L("substitute", n=p.substitute_for),
                                           p.substitute_for), ")")
        cells = [f"{L.num(n)}.", p.name, pos] + ([p.reason] if absent else [])
        if text_width(p.name, REGULAR, BODY.size) > widths[1] - 6:
            last = len(cells) - 1
            cells = [cells[0], Phrase.join("   ", (c for c in cells[1:] if c))] + \
                [""] * (last - 1)
            spans.append(("SPAN", (1, n - 1), (last, n - 1)))
        rows.append(_cells(cells, BODY))
    t = _table(rows, widths, grid=False, header=False)
    if spans:
        t.setStyle(TableStyle(spans))
    return t


def _named(text: str, name: str) -> str:
    """``text`` (a label with ``name`` formatted into it) with the name marked as a
    :class:`Keep` again, so the line filler does not break inside it."""
    i = text.find(name) if name else -1
    if i < 0:
        return text
    return Phrase(text[:i], Keep(name), text[i + len(name):])


def _decision_flow(d: DecisionLine, n: str, L: Labels) -> list:
    st = BODY.but(left_indent=INDENT)
    out = [_head(_runs((f"{n} ", BOLD), (d.title, BOLD),
                       style=BODY.but(left_indent=INDENT * 0.6, space_before=4)))]
    if d.text.strip() and d.text.strip() != d.title.strip():
        out.append(_runs((L("proposal") + ": ", BOLD), (d.text, REGULAR), style=st))
    method = L.method(d.method)
    if d.method == DecisionMethod.MAJORITY:
        method += f" ({L.threshold(d.threshold)})"
    out.append(_runs((L("method") + ": ", BOLD), (method, REGULAR), style=st))
    if d.method == DecisionMethod.MAJORITY:
        counts = L("counts", f=d.count_for, a=d.count_against, s=d.count_abstain)
        if d.present:
            counts += " " + L("present_n", n=d.present)
        out.append(_p(counts, st))
    elif d.method == DecisionMethod.CONSENSUS:
        levels = ", ".join(L("level_n", k=k, n=d.levels.get(k, 0)) for k in (5, 4, 3, 2, 1))
        out.append(_runs((L("levels") + ": ", BOLD), (levels, REGULAR), style=st))
    else:
        out.append(_p(L("objections", n=d.objections, u=d.objections_unresolved)
                      if d.objections else L("no_objection"), st))
    out.append(_runs((L("result") + ": ", BOLD), (L.outcome(d.outcome), REGULAR), style=st))
    if d.dissent:
        out.append(_head(_runs((L("dissent") + ":", BOLD), style=st)))
        for x in d.dissent:
            who = x.name or L("unnamed")
            extra = (L("dissent_count", n=x.count) if x.count > 1 else "") + \
                (L("resolved") if x.resolved else "")
            out.append(ThaiParagraph(
                [("- ", REGULAR), (who, REGULAR), (f" ({L.position(x.value)}{extra}): ", REGULAR),
                 (x.reason, REGULAR)],
                BODY.but(left_indent=INDENT + 0.8 * cm, first_indent=-0.4 * cm)))
    return out


def _actions_table(actions, L: Labels) -> Table:
    head = _cells([L("col_no"), L("col_activity"), L("col_lead"), L("col_due"),
                   L("col_resources"), L("col_response")], CELL_HEAD)
    rows = [head]
    for n, a in enumerate(actions, 1):
        lead = Phrase(a.lead, " / ", a.partners) if a.partners else a.lead
        rows.append(_cells([L.num(n), a.title, lead, L.short_date(a.due_date), a.resources,
                            L.response(a.response)]))
    return _table(rows, [0.8 * cm, 3.7 * cm, 3.9 * cm, 2.1 * cm, 3.2 * cm,
                         FRAME_W - 13.7 * cm])


def _pledges_flow(sec, L: Labels) -> list:
    head = _cells([L("col_no"), L("col_actor"), L("col_sector"), L("col_kind"),
                   L("col_detail"), L("col_value")], CELL_HEAD)
    rows = [head]
    right = CELL.but(align="right")
    for n, p in enumerate(sec.pledges, 1):
        detail = p.description
        if p.quantity:
            detail = f"{detail} {L.amount(p.quantity)} {p.unit}".strip()
        rows.append([*_cells([L.num(n), p.actor, L.sector(p.sector), L.resource(p.kind),
                              detail]), _p(L.baht(p.value_baht), right)])
    total = sum(p.value_baht for p in sec.pledges)
    # every cell in the cells' style, so the row is as high as its text plus the padding
    rows.append([_p("", CELL), _p(L("total"), CELL.but(font=BOLD)), _p("", CELL), _p("", CELL),
                 _p("", CELL), _p(L.baht(total), right.but(font=BOLD))])
    table = _table(rows, [0.9 * cm, 4.4 * cm, 2.8 * cm, 1.9 * cm, 3.6 * cm,
                          FRAME_W - 13.6 * cm])
    table.setStyle(TableStyle([("NOSPLIT", (0, -2), (-1, -1))]))  # no lone total row
    out: list = [table]
    grand = sec.pledge_grand_total
    tables = [("totals_actor", [(t.label, t.totals) for t in sec.pledge_totals_actor]),
              ("totals_sector", [(L.sector(t.sector), t.totals)
                                 for t in sec.pledge_totals_sector])]
    tables = [(key, rows) for key, rows in tables if rows]
    for k, (key, rows) in enumerate(tables):
        note = L("value_note") if k == len(tables) - 1 else ""
        out += [Spacer(1, 6),
                _totals_table(L(key), rows, grand.totals if grand else None, L, note)]
    return out


# the totals tables: who/which sector, money, labour, other kinds, value, status; English
# words are longer in the other-resources and status columns, Thai actor names in the first
TOTALS_WIDTHS = {"th": [4.4 * cm, 2.2 * cm, 1.8 * cm, 2.8 * cm, 2.2 * cm, FRAME_W - 13.4 * cm],
                 "en": [3.5 * cm, 2.2 * cm, 1.8 * cm, 3.9 * cm, 2.2 * cm, FRAME_W - 13.6 * cm]}


def _other_resources(t, L: Labels, width: float, font: str = REGULAR) -> str:
    """Materials, equipment, knowledge, venue: a quantity per unit, else a count of items;
    one line each, broken after the kind (never inside "147 หน่วย") when it is too wide."""
    order = list(ResourceKind)
    lines = []
    for (kind, unit), q in sorted(t.other_amounts.items(),
                                  key=lambda kv: (order.index(kv[0][0]), kv[0][1])):
        amount = f"{L.amount(q)} {unit}" if unit else L.items(int(q))
        line = f"{L.resource(kind)} {amount}"
        if text_width(line, font, CELL.size) > width:
            line = f"{L.resource(kind)}\n{amount}"
        lines.append(line)
    return "\n".join(lines) or "-"


def _totals_table(title: str, rows: list, grand, L: Labels, note: str = "") -> Table:
    """Totals per actor or per sector, and the grand total: money in baht, labour in
    person-days, the other kinds with their units, the estimated value, how many pledges
    were received and how many are outstanding.  ``note`` is a line under the table."""
    right = CELL.but(align="right")
    head = _cells([title, L("col_money"), L("col_labour"), L("col_other"),
                   L("col_est_value"), L("col_status")], CELL_HEAD)
    widths = TOTALS_WIDTHS[L.lang]
    other_w = widths[3] - 6           # the cell's padding: 3 pt each side

    def cells(label: str, t, font: str = REGULAR) -> list:
        num = right.but(font=font)
        status = L("received_n", n=t.fulfilled) + "\n" + L("outstanding_n", n=t.outstanding)
        return [_p(label or "-", CELL.but(font=font)),
                _p(L.baht(t.money_baht) if t.money_baht else "-", num),
                _p(L.amount(t.labour_days) if t.labour_days else "-", num),
                _p(_other_resources(t, L, other_w, font), CELL.but(font=font)),
                _p(L.baht(t.value_baht), num),
                _p(status, CELL.but(font=font))]

    body = [head] + [cells(label, t) for label, t in rows]
    if grand is not None:
        body.append(cells(L("total"), grand, BOLD))
    last = len(body) - 1
    if note:
        body.append([_p(note, SMALL)] + [""] * 5)
    table = _table(body, widths, grid=False)
    style = [("GRID", (0, 0), (-1, last), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
             # the total row never stands alone at the top of a page, nor the note
             ("NOSPLIT", (0, max(last - 1, 1)), (-1, len(body) - 1))]
    if note:   # the note keeps clear of the total row's rule, as the rows' text does
        style += [("SPAN", (0, last + 1), (-1, last + 1)),
                  ("LEFTPADDING", (0, last + 1), (-1, last + 1), 0),
                  ("TOPPADDING", (0, last + 1), (-1, last + 1), 4)]
    table.setStyle(TableStyle(style))
    return table


MAP_MAX_H = 15 * cm


def _map_flow(fig, L: Labels) -> list:
    """A community map (numbered pins already drawn) with its legend."""
    from reportlab.platypus import Image

    w = FRAME_W - INDENT * 0.6
    h = w * fig.height / fig.width if fig.width else w * 0.7
    if h > MAP_MAX_H:
        w, h = w * MAP_MAX_H / h, MAP_MAX_H
    img = Image(io.BytesIO(fig.png), width=w, height=h)
    img.hAlign = "CENTER"
    img.png = fig.png            # for the Word copy (workshop.minutes.word)
    out: list = [KeepTogether([_p(fig.name, SMALL.but(font=BOLD, align="center")), img])]
    if fig.legend:
        out.append(_p(L("map_legend"), SMALL.but(font=BOLD, left_indent=INDENT * 0.6,
                                                  space_before=4)))
        for n, title in fig.legend:
            out.append(ThaiParagraph([(f"{L.num(n)}. ", REGULAR), (title, REGULAR)],
                                     SMALL.but(left_indent=INDENT + 0.6 * cm,
                                               first_indent=-0.6 * cm)))
    return out


def minutes_story(m: Minutes, L: Labels, annex=None) -> list:
    """The minutes' flowables; ``annex``: a governance assessment or
    :class:`workshop.minutes.annex.Annexes` to add as annexes on pages of their own."""
    register_fonts()
    s = _Story(L)
    name = m.body_name or m.title
    s.add(_p(f"{L('minutes')}{' ' if L.lang == 'en' else ''}{name}", TITLE))
    if m.title and m.body_name and m.title != m.body_name:
        s.add(_p(m.title, TITLE))
    s.add(_p(L("number", n=m.number, y=L.year(m.be_year)), TITLE))
    if m.date:
        s.add(_p(L("date", d=L.date(m.date)), TITLE))
    where = [x for x in (m.venue, *L.place_parts(m.location)) if x]
    if where:   # venue and location: each name kept whole ("โนนสูง Subdistrict")
        before, _v, after = L("at", v="\x00").partition("\x00")
        s.add(_p(Phrase(before, Phrase.join(" " if L.lang == "th" else ", ",
                                            [Keep(x) for x in where]), after), TITLE))
    if m.draft:
        s.add(_p(L("draft_note", s=L.term(m.status, inline=True)), PARA))
    s.add(_Rule(), Spacer(1, 4))

    s.add(_head(_p(L("present"), HEAD)))
    s.add(_people_table(m.present, L) if m.present else _p(L("none"), PARA))
    s.add(_head(_p(L("absent"), HEAD)))
    s.add(_people_table(m.absent, L, absent=True) if m.absent else _p(L("none"), PARA))
    s.add(_head(_p(L("participants"), HEAD)))
    if not m.participants:
        s.add(_p(L("none"), PARA))
    for g in m.participants:
        s.add(CondPageBreak(3 * BODY.leading),
              _head(_p(L.sector(g.sector), BODY.but(font=BOLD, left_indent=1.2 * cm))),
              _people_table(g.people, L))

    if m.start_time:
        s.add(_p(L("start", t=L.time(m.start_time)), HEAD.but(space_before=10)))
    opening = (_named(L("opening", n=m.chair.name), m.chair.name) if m.chair.name
               else L("opening_nochair"))
    s.add(_p(opening, PARA))

    for sec in m.agenda:
        head = _runs((L("item", n=sec.number) + "  ", BOLD),
                     (L.agenda_title(sec.kind, sec.title), BOLD),
                     style=HEAD.but(space_before=10))
        s.add(CondPageBreak(3 * BODY.leading), _head(head))
        if sec.notes.strip():
            for para in [x for x in sec.notes.split("\n\n") if x.strip()]:
                s.add(_p(para.strip(), PARA))
        if sec.kind == AgendaKind.FOLLOW_UP:
            if sec.carried:
                s.add(_p(L("follow_up_list"), PARA))
                s.add(*_items([_carried(c, L) for c in sec.carried], L))
            elif not sec.notes.strip():
                s.add(_p(L("no_follow_up"), PARA))
        sub = 0
        if sec.issues:
            sub += 1
            s.add(_head(_p(f"{L.num(sec.number)}.{L.num(sub)} {L('issues')}",
                           BODY.but(font=BOLD, left_indent=INDENT * 0.6, space_before=6))))
            if sec.ranking_method:
                s.add(_head(_p(L("ranked_by", m=L.ranking_method(sec.ranking_method)),
                               BODY.but(left_indent=INDENT * 0.6))))
            texts = []
            for i in sec.issues:
                # the issue number is its pin on the map and its card on the board
                extra = L("issue_no", n=i.number) + ", " if i.number else ""
                extra += L.issue_score(sec.ranking_method, i.dots, i.criteria_score)
                if i.response is not None:
                    extra += f", {L.response(i.response)}"
                texts.append(f"{i.title} ({extra})")
            for n, (i, text) in enumerate(zip(sec.issues, texts)):
                st = BODY.but(left_indent=INDENT + 0.8 * cm, first_indent=-0.8 * cm)
                rank = L.num(i.rank) + ("=" if i.tied else "")
                s.add(ThaiParagraph([(f"{rank}. ", REGULAR), (i.title, REGULAR),
                                     (text[len(i.title):], REGULAR)], st))
        if sec.maps:
            sub += 1
            s.add(CondPageBreak(10 * cm),
                  _head(_p(f"{L.num(sec.number)}.{L.num(sub)} {L('map')}",
                           BODY.but(font=BOLD, left_indent=INDENT * 0.6, space_before=6))))
            for fig in sec.maps:
                s.add(*_map_flow(fig, L))
        if sec.decisions:
            sub += 1
            s.add(_head(_p(f"{L.num(sec.number)}.{L.num(sub)} {L('decisions')}",
                           BODY.but(font=BOLD, left_indent=INDENT * 0.6, space_before=6))))
            for k, d in enumerate(sec.decisions, 1):
                s.add(*_decision_flow(d, f"{L.num(sec.number)}.{L.num(sub)}.{L.num(k)}", L))
        if sec.actions:
            sub += 1
            s.add(CondPageBreak(7 * cm),
                  _head(_p(f"{L.num(sec.number)}.{L.num(sub)} {L('actions')}",
                           BODY.but(font=BOLD, left_indent=INDENT * 0.6, space_before=6))),
                  _actions_table(sec.actions, L))
        if sec.pledges:
            sub += 1
            s.add(CondPageBreak(7 * cm),
                  _head(_p(f"{L.num(sec.number)}.{L.num(sub)} {L('pledges')}",
                           BODY.but(font=BOLD, left_indent=INDENT * 0.6, space_before=6))),
                  *_pledges_flow(sec, L))
        resolutions = sec.resolutions
        label = _head(_p(L("resolution"), BODY.but(font=BOLD, left_indent=INDENT * 0.6,
                                                     space_before=6)))
        if len(resolutions) == 1:
            s.add(_runs((L("resolution") + "  ", BOLD), (resolutions[0], REGULAR),
                        style=BODY.but(left_indent=INDENT * 0.6, first_indent=0,
                                       space_before=6)))
        elif resolutions:
            s.add(label, *_items(resolutions, L))
        else:
            s.add(_runs((L("resolution") + "  ", BOLD), (NO_TEXT, REGULAR),
                        style=BODY.but(left_indent=INDENT * 0.6, space_before=6)))

    # the closing block (end time, recorder, reviewer) stays with the last resolution: never
    # split from it, never alone on a page
    end = L("end", t=L.time(m.end_time)) if m.end_time else L("end_blank")
    closing = [_p(end, HEAD.but(space_before=12)), Spacer(1, 18)]
    for sig, role in ((m.recorder, "recorder"), (m.reviewer, "reviewer")):
        closing += _signature(sig.name, sig.position, L(role), L)
    last = [s.flow.pop()] if s.flow and isinstance(s.flow[-1], ThaiParagraph) else []
    s.add(KeepTogether(last + closing))
    if annex is not None:
        from .annex import annex_story

        s.add(*annex_story(annex, L))
    return guard_headings(s.flow)


def _carried(c, L: Labels) -> str:
    """A carried-over matter: an action with its lead and its status in the minutes'
    language; a resolution or pledge as its text."""
    if not isinstance(c, CarriedLine):
        return c
    status = L.term(c.status, inline=True) if c.status is not None else ""
    inner = [x for x in (c.lead, status) if x]
    if not inner:
        return c.title
    return Phrase(c.title, " (", *([c.lead, "; "] if c.lead and status else [c.lead or ""]),
                  status, ")")


def _signature(name: str, position: str, role: str, L: Labels) -> list:
    st = BODY.but(align="center")
    dots = "." * 46
    col = 8.5 * cm
    rows = [[_p(f"{L('signed')} {dots}", st)], [_p(Phrase("( ", name or "." * 40, " )"), st)]]
    if position:
        rows.append([_p(position, st)])
    rows.append([_p(role, st)])
    t = Table(rows, colWidths=[col], hAlign="RIGHT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 14), t]


class _Rule(Spacer):
    """A short centred rule under the title block."""

    def __init__(self):
        super().__init__(FRAME_W, 6)

    def draw(self):
        self.canv.setLineWidth(0.6)
        self.canv.line(FRAME_W * 0.35, 3, FRAME_W * 0.65, 3)


# ------------------------------------------------------------------------ document
def _on_page(L: Labels, stamp: str = ""):
    def draw(canv, doc):
        n = canv.getPageNumber()
        w, h = doc.pagesize
        if n > 1 or stamp:
            canv.saveState()
        if n > 1:
            draw_text(canv, w / 2, h - 1.5 * cm, L("page", n=n), REGULAR, 14, align="center")
        if stamp:       # a draft's every page says so, top right
            draw_text(canv, w - MARGIN_RIGHT, h - 1.5 * cm, stamp, BOLD, 16, align="right")
        if n > 1 or stamp:
            canv.restoreState()
    return draw


def _doc(out, title: str, L: Labels, stamp: str = "", size=A4) -> BaseDocTemplate:
    doc = BaseDocTemplate(out, pagesize=size, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                          author="Prachakhom", creator="Prachakhom", lang=L.lang)
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT,
                  size[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_on_page(L, stamp))])
    return doc


def render_minutes(m: Minutes, lang: str = "th", thai_digits: bool = False,
                   annex=None) -> bytes:
    L = Labels(lang, thai_digits)
    buf = io.BytesIO()
    title = f"{L('minutes')} {m.body_name or m.title}".strip()
    _doc(buf, title, L, L("draft") if m.draft else "").build(minutes_story(m, L, annex))
    return buf.getvalue()


def write_atomic(data: bytes, out: str | os.PathLike) -> Path:
    """Write to ``OUT.part`` and rename, so a half-written PDF is never left as OUT."""
    out = Path(out)
    part = out.with_name(out.name + ".part")
    try:
        with open(part, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, out)
    except BaseException:
        try:
            part.unlink()
        except OSError:
            pass
        raise
    return out


def minutes_pdf(store, meeting_id: str, lang: str = "th",
                thai_digits: bool = False) -> bytes:
    from .content import build_minutes

    return render_minutes(build_minutes(store, meeting_id), lang, thai_digits)


# The sign-in sheet is its own module; its names stay importable from here.
from .signin import (  # noqa: E402  (it builds on this module's page and styles)
    SIGNIN_EXTRA, SIGNIN_WIDTHS, render_signin, signin_page, signin_pdf, signin_story,
    signin_widths,
)

__all__ = ["render_minutes", "render_signin", "minutes_pdf", "signin_pdf", "write_atomic",
           "minutes_story", "signin_story", "signin_page", "signin_widths", "SIGNIN_WIDTHS",
           "SIGNIN_EXTRA", "group_by_sector"]
