"""Annex to the minutes: the actor network of the series up to this meeting (issue 15).

The picture is the Network page's (:mod:`workshop.network`: the same graph and the same
layout coordinates, :func:`workshop.network.cached_layout`), drawn without Qt as a reportlab
drawing: one shape and colour per sector (:data:`workshop.network.SECTOR_STYLE`),
organisations filled and people outlined, links thicker when more records stand behind them.
The most connected actors carry a number that the short table below explains (name, sector,
links, roles); the coordinators found from the record (:func:`workshop.coordinators.coordinators`)
are named under it.  People are named as the minutes name them (:class:`workshop.privacy.NameRule`).

:func:`build_network_annex` reads the store (the GUI thread); :func:`network_story` only lays
out what it read (a worker thread may run it).  Optional: ``python main.py minutes ...
--network`` or the report page's check box.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .. import coordinators as co
from .. import network as nw
from .. import privacy
from ..followup import series
from ..model import NetworkRole, Sector
from ..store import Store
from .labels import Labels

LISTED = 15          # actors numbered in the picture and listed in the table

_T = {
    "title": ("ภาคผนวก เครือข่ายผู้มีส่วนร่วม", "Annex: the actor network"),
    "intro": ("ผู้มีส่วนร่วมในชุดการประชุมนี้จนถึงครั้งนี้ ({n} ครั้ง) และความเชื่อมโยงระหว่างกัน "
              "จากบทบาท กิจกรรม ภาคีร่วมดำเนินการ และการสมทบทรัพยากรที่บันทึกไว้",
              "Who took part in this series of meetings up to this one ({n} meetings) and who "
              "worked with whom, from the roles, actions, partners and pledges recorded."),
    "window": ("ชุดการประชุมนี้ยาวกว่านี้ ภาคผนวกนี้นับเฉพาะ {n} ครั้งล่าสุดจนถึงครั้งนี้",
               "The series is longer: this annex counts only its last {n} meetings up to "
               "this one."),
    "legend": ("รูปร่างและสีแสดงภาคส่วน: ทึบคือหน่วยงาน โปร่งคือบุคคล "
               "เส้นหนาคือมีบันทึกร่วมกันมาก เส้นประคือการสมทบหรือการเป็นสมาชิกเท่านั้น",
               "Shape and colour show the sector: filled is an organisation, outlined a "
               "person; a thicker line means more records together, a dashed one only a "
               "pledge or membership."),
    "no": ("ที่", "No."),
    "actor": ("ผู้มีส่วนร่วม", "Actor"),
    "sector": ("ภาคส่วน", "Sector"),
    "links": ("เชื่อมกับ", "Links"),
    "roles": ("บทบาท", "Roles"),
    "coordinators": ("ผู้เชื่อมประสานเครือข่าย (จากบันทึก): {v}",
                     "Coordinators found from the record: {v}"),
    "no_coordinators": ("ยังไม่พบผู้เชื่อมประสานเครือข่ายจากบันทึก",
                        "No coordinator found from the record yet"),
    "count": ("ผู้มีส่วนร่วม {n} ราย ความเชื่อมโยง {m} เส้น แสดงในตาราง {k} รายที่เชื่อมโยงมากที่สุด",
              "{n} actors, {m} links; the table lists the {k} most connected."),
    "empty": ("ยังไม่มีบันทึกบทบาท กิจกรรม หรือการสมทบ จึงยังไม่มีเครือข่ายให้แสดง",
              "No role, action or pledge is recorded yet: there is no network to show."),
}
ROLE_WORDS = {"lead": ("ผู้รับผิดชอบกิจกรรม", "leads"), "partner": ("ภาคีร่วม", "partner"),
              "pledge": ("สมทบทรัพยากร", "pledge")}
_ROLE_VALUES = {r.value for r in NetworkRole}


@dataclass
class Actor:
    key: str
    name: str
    sector: Sector
    person: bool
    links: int
    roles: Counter = field(default_factory=Counter)     # role kind -> records
    number: int = 0                                      # 0: not listed


@dataclass
class NetworkAnnex:
    """What the annex shows, read from the store: plain data, no store needed to lay it out."""
    meetings: int
    actors: dict[str, Actor]
    links: list[tuple[str, str, int, bool]]             # a, b, weight, dashed
    pos: dict[str, tuple[float, float]]
    coordinators: list[str] = field(default_factory=list)   # names, most central first
    cut: bool = False           # earlier meetings of the series are left out

    @property
    def listed(self) -> list[Actor]:
        return sorted((a for a in self.actors.values() if a.number), key=lambda a: a.number)


def build_network_annex(store: Store, meeting_id: str, audience: str = "official"
                        ) -> NetworkAnnex:
    """The series' network up to ``meeting_id``, its layout and coordinators."""
    ids = list(reversed(series(store, meeting_id)))
    net = nw.build(store, ids)
    pos = nw.cached_layout(net)
    rule = privacy.NameRule(store, privacy.Audience(audience), meeting_id)
    actors: dict[str, Actor] = {}
    for key, n in net.nodes.items():
        name = rule.people[n.id].full_name if n.kind == "person" and n.id in rule.people \
            else n.name
        actors[key] = Actor(key, name, n.sector, n.kind == "person", net.graph.degree(key),
                            Counter(r.kind for r in n.roles))
    ranked = sorted(actors.values(), key=lambda a: (-a.links, -sum(a.roles.values()), a.name))
    for i, a in enumerate(ranked[:LISTED], 1):
        a.number = i
    links = [(a, b, d["weight"], set(d["kinds"]) <= {nw.LinkKind.PLEDGE, nw.LinkKind.MEMBER})
             for a, b, d in net.graph.edges(data=True)]
    found = [actors[c.key].name for c in co.coordinators(net)]
    cut = len(series(store, meeting_id, len(ids) + 1)) > len(ids)   # earlier ones left out
    return NetworkAnnex(len(ids), actors, links, pos, found, cut)


def _role_text(kind: str, n: int, L: Labels) -> str:
    if kind in _ROLE_VALUES:
        word = L.term(NetworkRole(kind), inline=True)
    else:
        word = ROLE_WORDS.get(kind, (kind, kind))[L.i]
    return f"{word} {L.num(n)}" if n > 1 else word


@dataclass
class _Mark:
    """A node as drawn: centre (y up), radius, colour, filled, its shape's corners."""
    x: float
    y: float
    r: float
    colour: str
    filled: bool
    corners: list[tuple[float, float]]      # [] for a circle; absolute, y up
    number: str = ""


def _marks(a: NetworkAnnex, width: float, height: float, L: Labels
           ) -> tuple[list[tuple[float, float, float, float, float, bool]], list[_Mark]]:
    """The picture in the box's coordinates (y up): lines (x1, y1, x2, y2, width, dashed)
    and node marks; both renderers (PDF, Word) draw these."""
    margin, r = 14.0, 4.2
    sx, sy = (width - 2 * margin) / 2, (height - 2 * margin) / 2

    def at(key: str) -> tuple[float, float]:
        x, y = a.pos.get(key, (0.0, 0.0))
        return margin + (x + 1) * sx, margin + (1 - y) * sy

    lines = [(*at(ka), *at(kb), 0.3 + min(w, 6) * 0.18, dashed) for ka, kb, w, dashed in a.links]
    marks = []
    for actor in a.actors.values():
        x, y = at(actor.key)
        colour, shape = nw.SECTOR_STYLE[actor.sector]
        rr = r * (0.8 if actor.person else 1.0)
        corners = [(x + px, y - py) for px, py in nw.shape_points(shape, rr)]
        marks.append(_Mark(x, y, rr, colour, not actor.person, corners,
                           L.num(actor.number) if actor.number else ""))
    return lines, marks


def _picture_class():
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.attrmap import AttrMap, AttrMapValue

    class NetworkPicture(Drawing):
        """A drawing that also gives its PNG (``png()``), for the Word copy."""
        _attrMap = AttrMap(BASE=Drawing, png=AttrMapValue(None, desc="its PNG, on demand"))

    return NetworkPicture


def picture(a: NetworkAnnex, width: float, height: float, L: Labels):
    """The network as a reportlab Drawing (vector, no Qt): the layout's [-1, 1]² in the box."""
    from reportlab.graphics.shapes import Circle, Line, Polygon, String
    from reportlab.lib import colors

    from .thaifont import BOLD, register_fonts

    register_fonts()
    d = _picture_class()(width, height)
    d.png = lambda: png_picture(a, width, height, L)     # for the Word copy
    grey = colors.HexColor("#777777")
    lines, marks = _marks(a, width, height, L)
    for x1, y1, x2, y2, w, dashed in lines:
        line = Line(x1, y1, x2, y2, strokeColor=grey, strokeWidth=w)
        if dashed:
            line.strokeDashArray = [2, 2]
        d.add(line)
    for m in marks:
        c = colors.HexColor(m.colour)
        style = dict(fillColor=c if m.filled else colors.white, strokeColor=c,
                     strokeWidth=0.4 if m.filled else 1.0)
        if m.corners:
            d.add(Polygon([v for pt in m.corners for v in pt], **style))
        else:
            d.add(Circle(m.x, m.y, m.r, **style))
        if m.number:
            d.add(String(m.x + m.r + 1.2, m.y + m.r - 1, m.number, fontName=BOLD,
                         fontSize=8, fillColor=colors.black))
    return d


def png_picture(a: NetworkAnnex, width: float, height: float, L: Labels,
                scale: float = 3.0) -> bytes:
    """The same picture as a PNG (Pillow), for the Word copy of the minutes."""
    import io

    from PIL import Image, ImageDraw

    from ..mapimage import _font

    W, H = int(width * scale), int(height * scale)
    img = Image.new("RGB", (W, H), "white")
    draw = ImageDraw.Draw(img)

    def pt(x: float, y: float) -> tuple[float, float]:
        return x * scale, (height - y) * scale

    lines, marks = _marks(a, width, height, L)
    for x1, y1, x2, y2, w, dashed in lines:
        draw.line([pt(x1, y1), pt(x2, y2)], fill="#bbbbbb" if dashed else "#777777",
                  width=max(1, round(w * scale)))
    font = _font(round(8 * scale))
    for m in marks:
        outline_w = max(1, round((0.4 if m.filled else 1.0) * scale))
        fill = m.colour if m.filled else "white"
        if m.corners:
            draw.polygon([pt(x, y) for x, y in m.corners], fill=fill, outline=m.colour,
                         width=outline_w)
        else:
            (cx, cy), rr = pt(m.x, m.y), m.r * scale
            draw.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=fill, outline=m.colour,
                         width=outline_w)
        if m.number:
            draw.text(pt(m.x + m.r + 1.2, m.y + m.r + 6), m.number, fill="black", font=font)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def legend(L: Labels, size: float = 12):
    """One shape per sector with its name, as a table row."""
    from reportlab.graphics.shapes import Circle, Drawing, Polygon
    from reportlab.lib import colors

    from .layout import SMALL, _p, _table

    cells: list = []
    for s in Sector:
        colour, shape = nw.SECTOR_STYLE[s]
        d = Drawing(size, size)
        c = colors.HexColor(colour)
        pts = nw.shape_points(shape, size * 0.42)
        if pts:
            d.add(Polygon([v for px, py in pts for v in (size / 2 + px, size / 2 - py)],
                          fillColor=c, strokeColor=c))
        else:
            d.add(Circle(size / 2, size / 2, size * 0.42, fillColor=c, strokeColor=c))
        cells += [d, _p(L.sector(s), SMALL)]
    rows = [cells[i:i + 6] for i in range(0, len(cells), 6)]
    from .layout import FRAME_W
    w = (FRAME_W - 3 * (size + 8)) / 3
    return _table(rows, [size + 8, w] * 3, grid=False, header=False)


def network_story(a: NetworkAnnex, L: Labels) -> list:
    """The annex as flowables, on a page of its own."""
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, PageBreak

    from .layout import BODY, CELL, CELL_HEAD, FRAME_W, SMALL, TITLE, _cells, _p, _table

    def t(key: str, **kw) -> str:
        text = _T[key][L.i]
        return text.format(**{k: L.num(v) if isinstance(v, int) else v for k, v in kw.items()})

    out: list = [PageBreak(), _p(t("title"), TITLE),
                 _p(t("intro", n=a.meetings), BODY.but(align="center"))]
    if a.cut:
        out.append(_p(t("window", n=a.meetings), SMALL))
    if not a.actors:
        return out + [_p(t("empty"), BODY)]
    fig = picture(a, FRAME_W, FRAME_W * 0.72, L)
    out.append(KeepTogether([fig, legend(L), _p(t("legend"), SMALL)]))
    listed = a.listed
    rows = [_cells([t("no"), t("actor"), t("sector"), t("links"), t("roles")], CELL_HEAD)]
    for actor in listed:
        roles = ", ".join(_role_text(k, n, L) for k, n in sorted(
            actor.roles.items(), key=lambda kv: (-kv[1], kv[0])))
        rows.append(_cells([L.num(actor.number), actor.name, L.sector(actor.sector),
                            L.num(actor.links), roles], CELL))
    widths = [1.0 * cm, 5.8 * cm, 3.3 * cm, 1.5 * cm]
    out.append(_p(t("count", n=len(a.actors), m=len(a.links), k=len(listed)),
                  SMALL.but(space_before=6)))
    out.append(_table(rows, widths + [FRAME_W - sum(widths)]))
    names = ", ".join(a.coordinators[:8])
    out.append(_p(t("coordinators", v=names) if names else t("no_coordinators"),
                  BODY.but(space_before=6)))
    return out


__all__ = ["NetworkAnnex", "Actor", "build_network_annex", "network_story", "picture",
           "LISTED"]
