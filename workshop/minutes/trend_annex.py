"""Annex: governance across meetings (issue 15), for the minutes (PDF, Word) and the village
plan (PDF, XLSX).

The figures of :func:`workshop.trend.series_table` (people present by sector, the non-state
share of those who decide, actions with a lead and a due date, actions done on time, the
quorum) and the ten findings of :mod:`workshop.governance`, one column per meeting of the
series up to this one ("ครั้งที่ 3/2569"), the latest :data:`MAX_MEETINGS` of them.  Every
figure carries its trend against the meeting before in words as well as an arrow
("▲ เพิ่มขึ้น"), and the lines under the table say which records each figure comes from
(:attr:`workshop.trend.Figure.source`).  Optional: ``python main.py minutes ... --trend``,
``python main.py plan ... --trend`` or the report page's check box.

:func:`build_trend_annex` reads the store (the GUI thread); :func:`trend_cells` and
:func:`trend_story` only lay out what it read (a worker thread may run them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .. import governance, trend
from ..model import Meeting, Sector
from ..store import Store
from . import annex as gov_words
from .labels import Labels

MAX_MEETINGS = 4          # meeting columns in the portrait minutes
PLAN_MEETINGS = 6         # on the village plan's landscape page

_T = {
    "title": ("ภาคผนวก การอภิบาลแบบร่วมมือต่อเนื่องหลายครั้ง",
              "Annex: governance across meetings"),
    "sheet": ("การอภิบาลต่อเนื่อง", "Across meetings"),      # the workbook's sheet
    "intro": ("ตัวเลขจากบันทึกของการประชุมแต่ละครั้งในชุดการประชุมนี้ จนถึงครั้งนี้ ({n} ครั้ง) "
              "พร้อมแนวโน้มเทียบกับครั้งก่อน",
              "Figures from the record of each meeting of this series up to this one "
              "({n} meetings), each with its trend against the meeting before."),
    "window": ("แสดง {k} ครั้งล่าสุดจากทั้งหมด {n} ครั้ง", "The latest {k} of {n} meetings."),
    "what": ("สิ่งที่บันทึกแสดง", "What the record shows"),
    "figures": ("ตัวเลขจากบันทึก", "Figures from the record"),
    "present": ("ผู้มาประชุม: {s}", "Present: {s}"),
    "non_state_deciding": ("สัดส่วนภาคที่ไม่ใช่รัฐในผู้ร่วมตัดสินใจ",
                           "Non-state share of those who decide"),
    "owned_dated": ("กิจกรรมที่มีผู้รับผิดชอบและกำหนดเสร็จ",
                    "Actions with a lead and a due date"),
    "on_time": ("กิจกรรมที่เสร็จตามกำหนด", "Actions with a due date done on time"),
    "quorum": ("องค์ประชุม", "Quorum"),
    "people": ("{n} คน", "{n}"),
    "share": ("ร้อยละ {p}\n({n} จาก {of})", "{p}%\n({n} of {of})"),
    "quorum_met": ("ครบ\nมา {n} คน\nต้องการ {of}", "met\n{n} present\n{of} needed"),
    "quorum_not": ("ไม่ครบ\nมา {n} คน\nต้องการ {of}", "not met\n{n} present\n{of} needed"),
    "quorum_unset": ("ไม่ได้กำหนด\nมา {n} คน", "not set\n{n} present"),
    # a finding's level, short for a cell (the key under the table says what it means)
    governance.MET: ("ผ่าน", "met"),
    governance.PARTLY: ("ผ่านบางส่วน", "partly met"),
    governance.NOT_MET: ("ยังไม่ผ่าน", "not met"),
    "nothing": ("–", "–"),
    "up": ("▲ เพิ่มขึ้น", "▲ up"),
    "down": ("▼ ลดลง", "▼ down"),
    "same": ("= เท่าเดิม", "= same"),
    "better": ("▲ ดีขึ้น", "▲ better"),
    "worse": ("▼ แย่ลง", "▼ worse"),
    "sources": ("ที่มาของตัวเลข", "Where each figure comes from"),
    "records": ("ข้อมูลที่นับ: {v}", "records counted: {v}"),
    "key": ("▲ ▼ = คือแนวโน้มเทียบกับการประชุมครั้งก่อน – คือยังไม่มีบันทึกให้นับ "
            "ผ่าน คือเป็นไปตามเงื่อนไขหรือหลักการนั้น",
            "▲ ▼ = give the trend against the meeting before; – means nothing recorded to "
            "count; met means the condition or principle is met."),
    "empty": ("ยังไม่มีการประชุมในชุดนี้", "No meeting in this series yet."),
}

# which records each line's figures come from, in words (the record's own rule beside it)
SOURCES = {
    "present": ("ผู้มาประชุมตามภาคส่วน: จากการลงทะเบียน ผู้ที่บันทึกว่ามาประชุม "
                "นับตามภาคส่วนของหน่วยงานที่สังกัด",
                "Present by sector: from the sign-in, the people marked present, counted by "
                "the sector of their organisation"),
    "non_state_deciding": ("สัดส่วนภาคที่ไม่ใช่รัฐในผู้ร่วมตัดสินใจ: จากบทบาทที่บันทึก "
                           "ผู้มีส่วนร่วม (หน่วยงานหรือบุคคล) "
                           "ที่มีบทบาทร่วมตัดสินใจในการประชุมนั้น "
                           "และส่วนที่ไม่ใช่ภาครัฐ",
                           "Non-state share of those who decide: from the roles recorded, the "
                           "actors (organisations or people) holding the deciding role at that "
                           "meeting, and how many of them are not state"),
    "owned_dated": ("กิจกรรมที่มีผู้รับผิดชอบและกำหนดเสร็จ: จากแผนปฏิบัติการของการประชุมนั้น "
                    "เทียบกับกิจกรรมทั้งหมด",
                    "Actions with a lead and a due date: from that meeting's action plan, "
                    "against all its actions"),
    "on_time": ("กิจกรรมที่เสร็จตามกำหนด: จากแผนปฏิบัติการและรายงานความก้าวหน้า กิจกรรมที่มี"
                "กำหนดเสร็จซึ่งรายงานว่าเสร็จแล้วภายในกำหนด",
                "Actions done on time: from the action plan and its progress reports, the "
                "actions with a due date reported done by then"),
    "quorum": ("องค์ประชุม: จากการลงทะเบียน สมาชิกที่มาประชุม เทียบกับองค์ประชุมที่กำหนดไว้",
               "Quorum: from the sign-in, the members present, against the meeting's quorum"),
    "levels": ("เงื่อนไขและหลักการ: จากการประเมินการอภิบาลแบบร่วมมือของแต่ละครั้ง "
               "ซึ่งพิจารณาจากสิ่งที่บันทึกไว้ ไม่มีการให้คะแนนด้วยมือ",
               "Conditions and principles: from the assessment of each meeting's record; "
               "nothing is scored by hand"),
}
FIGURE_KEYS = ("non_state_deciding", "owned_dated", "on_time", "quorum")
# a line whose rise is an improvement rather than a count going up
_BETTER = {"quorum"}


@dataclass
class TrendAnnex:
    """What the annex shows, read from the store: the series' rows up to the meeting."""
    rows: list[trend.MeetingRow] = field(default_factory=list)

    @property
    def meetings(self) -> int:
        return len(self.rows)


def build_trend_annex(store: Store, meeting_id: str) -> TrendAnnex:
    """The rows of :func:`workshop.trend.series_table` up to ``meeting_id`` (a later
    meeting of the series is not in the minutes of an earlier one)."""
    rows = trend.series_table(store, meeting_id)
    ids = [r.meeting.id for r in rows]
    if meeting_id in ids:
        rows = rows[:ids.index(meeting_id) + 1]
    return TrendAnnex(rows)


def _t(key: str, L: Labels, **kw) -> str:
    text = _T[key][L.i]
    return text.format(**{k: L.num(v) if isinstance(v, int) else v for k, v in kw.items()})


def word(key: str, L: Labels) -> str:
    """One of the annex's fixed words (its title, the key under the table, ...)."""
    return _t(key, L)


def meeting_head(m: Meeting, L: Labels) -> str:
    """ "ครั้งที่ 3/2569" (the B.E. year; its Western year in English)."""
    return L("number", n=m.number, y=L.year(m.be_year)) if m.number else m.title


def lines(L: Labels) -> list[tuple[str, str, bool]]:
    """(key, label, is_level) for every line of the table, in order."""
    out = [(f"present_{s.value}", _t("present", L, s=L.sector(s)), False) for s in Sector]
    out += [(k, _t(k, L), False) for k in FIGURE_KEYS]
    out += [(k, gov_words.name(k, L)[0], True)
            for k in governance.CONDITIONS + governance.PRINCIPLES]
    return out


def value_text(key: str, row: trend.MeetingRow, L: Labels) -> str:
    """One figure (or finding) of one meeting, as the annex prints it."""
    if key in row.levels:
        return _t(row.levels[key], L)
    f = row.figures[key]
    n = len(f.ids)
    if key == "quorum":
        if f.of is None:
            return _t("quorum_unset", L, n=n)
        return _t("quorum_met" if f.value else "quorum_not", L, n=n, of=f.of)
    if f.value is None:
        return _t("nothing", L)
    if key.startswith("present_"):
        return _t("people", L, n=int(f.value))
    counted = round(f.value * (f.of or 0))
    return _t("share", L, p=round(f.value * 100), n=counted, of=f.of or 0)


def trend_of(key: str, rows: list[trend.MeetingRow], i: int) -> Optional[str]:
    """The trend of line ``key`` at row ``i`` against the row before (None: no comparison)."""
    if key in rows[i].levels:
        if i == 0:
            return None
        a = trend.LEVEL_SCORE[rows[i - 1].levels[key]]
        b = trend.LEVEL_SCORE[rows[i].levels[key]]
        return trend.UP if b > a else trend.DOWN if b < a else trend.SAME
    return rows[i].figures[key].trend


def trend_text(key: str, t: Optional[str], L: Labels) -> str:
    """The trend in words with its arrow: "▲ เพิ่มขึ้น" (a finding or the quorum: "▲ ดีขึ้น")."""
    if t is None:
        return ""
    better = key in _BETTER or not (key.startswith("present_") or key in FIGURE_KEYS)
    key_word = {trend.UP: "better" if better else "up",
                trend.DOWN: "worse" if better else "down", trend.SAME: "same"}[t]
    return _t(key_word, L)


@dataclass
class TrendCells:
    """The table as text, for every renderer (PDF, Word, XLSX)."""
    heads: list[str]                          # "what", then one per meeting shown
    groups: list[tuple[str, list[tuple[str, list[tuple[str, str]]]]]]
    # (group title, [(line label, [(value, trend text) per meeting])])
    notes: list[str]                          # the intro, and how many meetings are shown
    sources: list[str]


def trend_cells(a: TrendAnnex, L: Labels, max_meetings: int = MAX_MEETINGS) -> TrendCells:
    shown = list(range(max(0, a.meetings - max_meetings), a.meetings))
    heads = [_t("what", L)] + [meeting_head(a.rows[i].meeting, L) for i in shown]
    groups: list = []
    current: list = []
    titles = {"present_state": _t("figures", L),
              governance.CONDITIONS[0]: gov_words.text("conditions", L),
              governance.PRINCIPLES[0]: gov_words.text("principles", L)}
    for key, label, _level in lines(L):
        if key in titles:
            current = []
            groups.append((titles[key], current))
        current.append((label, [(value_text(key, a.rows[i], L),
                                 trend_text(key, trend_of(key, a.rows, i), L)) for i in shown]))
    notes = [_t("intro", L, n=a.meetings)]
    if len(shown) < a.meetings:
        notes.append(_t("window", L, k=len(shown), n=a.meetings))
    return TrendCells(heads, groups, notes, source_lines(a, L))


def source_lines(a: TrendAnnex, L: Labels) -> list[str]:
    """One line per figure: which records it comes from, in words and as the record's rule
    (:attr:`workshop.trend.Figure.source`)."""
    if not a.rows:
        return []
    last = a.rows[-1].figures
    out = []
    for key, sample in [("present", "present_state")] + [(k, k) for k in FIGURE_KEYS]:
        out.append(SOURCES[key][L.i] + " (" + _t("records", L, v=last[sample].source) + ")")
    out.append(SOURCES["levels"][L.i])
    return out


def trend_story(a: TrendAnnex, L: Labels, width: Optional[float] = None,
                max_meetings: int = MAX_MEETINGS) -> list:
    """The annex as flowables, on a page of its own (``width``: the frame's, the minutes'
    by default)."""
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Spacer, TableStyle

    from .layout import BODY, CELL, CELL_HEAD, FRAME_W, HEAD, SMALL, TITLE, _head, _p, _table

    width = FRAME_W if width is None else width
    out: list = [PageBreak(), _p(_t("title", L), TITLE)]
    if not a.rows:
        return out + [_p(_t("empty", L), BODY)]
    c = trend_cells(a, L, max_meetings)
    out += [_p(x, BODY.but(align="center")) for x in c.notes] + [Spacer(1, 6)]
    n = len(c.heads) - 1
    first = 5.5 * cm if width < 20 * cm else 7.5 * cm       # portrait / landscape
    col = min((width - first) / max(1, n), 4.0 * cm)
    rows: list[list] = [[_p(h, CELL_HEAD) for h in c.heads]]
    style: list = []
    centre, small = CELL.but(align="center"), SMALL.but(align="center", size=11, leading=14)
    for title, group in c.groups:
        r = len(rows)
        rows.append([_p(title, CELL.but(font=CELL_HEAD.font))] + [""] * n)
        style += [("SPAN", (0, r), (-1, r)),
                  ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f6f6")),
                  ("NOSPLIT", (0, r), (-1, r + 1))]
        for label, cells in group:
            rows.append([_p(label, CELL)] + [[_p(v, centre)] + ([_p(t, small)] if t else [])
                                             for v, t in cells])
    t = _table(rows, [first] + [col] * n)
    t.setStyle(TableStyle(style))
    out += [t, _p(_t("key", L), SMALL.but(space_before=4)),
            _head(_p(_t("sources", L), HEAD.but(space_before=8)))]
    out += [_p("- " + line, SMALL.but(left_indent=0.4 * cm, first_indent=-0.4 * cm))
            for line in c.sources]
    return out


__all__ = ["word", "TrendAnnex", "TrendCells", "build_trend_annex", "trend_cells", "trend_story",
           "source_lines", "value_text", "trend_text", "meeting_head", "MAX_MEETINGS",
           "PLAN_MEETINGS"]
