"""Local issues: capture, edit, categories, clusters on the board, duplicates, map pins and
the actors concerned (cause → effect links are :mod:`workshop.causes`).

Every function that writes runs in one store transaction; undo is recorded by the store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from . import errors, mapimage
from .model import (
    Category, Cluster, CommunityMap, Issue, IssueActor, Meeting, Person, Response,
)
from .store import Store

# (Thai name, English name, colour) — the default categories, in board-legend order.
DEFAULT_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("น้ำ", "Water", "#4e9fd6"),
    ("ถนนและการคมนาคม", "Roads", "#8c8c8c"),
    ("การเกษตรและรายได้", "Farming and income", "#7cb342"),
    ("สุขภาพ", "Health", "#e57373"),
    ("การศึกษา", "Education", "#ffb74d"),
    ("สิ่งแวดล้อม", "Environment", "#2e9d6a"),
    ("ความปลอดภัย", "Safety", "#f06292"),
    ("วัฒนธรรมและประเพณี", "Culture", "#ba68c8"),
    ("เด็ก เยาวชน และผู้สูงอายุ", "Youth and elderly", "#4db6ac"),
    ("ที่ดินและที่อยู่อาศัย", "Land and housing", "#a1887f"),
    ("อื่น ๆ", "Other", "#bdbdbd"),
)

CARD_W, CARD_H = 220.0, 110.0    # board card size (scene units)
CARD_GAP = 20.0
BOARD_COLUMNS = 8


# ------------------------------------------------------------------------- categories
def ensure_default_categories(store: Store) -> list[Category]:
    """Create the default categories when the file has none; return all, in order."""
    if store.count(Category) == 0:
        with store.transaction():
            store.add_many(Category(name_th=th, name_en=en, color=color, position=i)
                           for i, (th, en, color) in enumerate(DEFAULT_CATEGORIES))
    return categories(store)


def categories(store: Store) -> list[Category]:
    return store.find(Category, order_by="position, name_th")


def category_name(cat: Optional[Category], lang: str = "th") -> str:
    if cat is None:
        return ""
    if lang == "th":
        return cat.name_th or cat.name_en
    return cat.name_en or cat.name_th


def add_category(store: Store, name_th: str, name_en: str = "", color: str = "#888888",
                 category_id: Optional[str] = None) -> Category:
    name_th, name_en = name_th.strip(), name_en.strip()
    if not (name_th or name_en):
        raise errors.InvalidInput("A category needs a name.")
    _check_color(color)
    last = store.max_of(Category, "position")
    pos = 0 if last is None else int(last) + 1
    cat = Category(name_th=name_th or name_en, name_en=name_en, color=color, position=pos)
    if category_id:
        cat.id = category_id
    return store.add(cat)


def _check_color(color: str) -> None:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", color or ""):
        raise errors.InvalidInput("{color} is not a colour (write it as #RRGGBB).",
                                  color=repr(color))


# ---------------------------------------------------------------------------- capture
def issues(store: Store, meeting_id: str, *, include_merged: bool = False) -> list[Issue]:
    """The meeting's issues in capture order; merged duplicates left out unless asked."""
    merged: dict[str, None] = {} if include_merged else {"merged_into_id": None}
    return store.find(Issue, order_by="position, created", meeting_id=meeting_id, **merged)


def next_board_position(index: int) -> tuple[float, float]:
    """Where the ``index``-th new card lands on the board (a grid, left to right)."""
    col, row = index % BOARD_COLUMNS, index // BOARD_COLUMNS
    return col * (CARD_W + CARD_GAP), row * (CARD_H + CARD_GAP)


def capture_issue(store: Store, meeting_id: str, title: str, *,
                  raised_by_id: Optional[str] = None, raised_by_name: str = "",
                  category_id: Optional[str] = None, village_no: str = "",
                  location: str = "", issue_id: Optional[str] = None) -> Issue:
    """Add an issue in one step, as it is spoken: numbered and placed on the board."""
    title = " ".join(title.split())
    if not title:
        raise errors.InvalidInput("Write the issue first (a few words are enough).")
    store.get(Meeting, meeting_id)
    if raised_by_id:
        store.get(Person, raised_by_id)
        raised_by_name = ""
    with store.transaction():
        last = store.max_of(Issue, "position", meeting_id=meeting_id)
        pos = 0 if last is None else int(last) + 1
        x, y = next_board_position(pos)
        issue = Issue(meeting_id=meeting_id, title=title, raised_by_id=raised_by_id or None,
                      raised_by_name=raised_by_name.strip(), category_id=category_id or None,
                      village_no=village_no.strip(), location=location.strip(), position=pos,
                      board_x=x, board_y=y)
        if issue_id:
            issue.id = issue_id
        store.add(issue)
    return issue


@dataclass
class QuickLine:
    """What a single capture line says: ``title #category @speaker หมู่ 3``."""
    title: str
    category_id: Optional[str] = None
    raised_by_id: Optional[str] = None
    raised_by_name: str = ""
    village_no: str = ""


_VILLAGE = re.compile(r"(?:หมู่ที่|หมู่|ม\.|moo|village)\s*([0-9๐-๙]+)", re.IGNORECASE)


def parse_quick_line(line: str, cats: Iterable[Category] = (),
                     people: Iterable[Person] = ()) -> QuickLine:
    """Split a typed line into title and the optional ``#category``, ``@speaker`` and
    ``หมู่ n`` parts.  A category or speaker is matched by the start of its name."""
    text = line
    village = ""
    m = _VILLAGE.search(text)
    if m:
        village = m.group(1).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
        text = text[:m.start()] + text[m.end():]
    category_id = None
    m = re.search(r"#(\S+)", text)
    if m:
        word = m.group(1).lower()
        for c in cats:
            if any(n and n.lower().startswith(word) for n in (c.name_th, c.name_en)):
                category_id = c.id
                break
        text = text[:m.start()] + text[m.end():]
    raised_by_id, raised_by_name = None, ""
    m = re.search(r"@(\S+(?:\s+\S+)?)$", text.strip()) or re.search(r"@(\S+)", text)
    if m:
        name = m.group(1).strip()
        for p in people:
            if p.full_name.startswith(name) or p.first_name.startswith(name) or \
                    f"{p.first_name} {p.last_name}".startswith(name):
                raised_by_id = p.id
                break
        else:
            raised_by_name = name
        text = text.replace(m.group(0), "")
    return QuickLine(" ".join(text.split()), category_id, raised_by_id, raised_by_name, village)


def unlinked_raisers(store: Store, meeting_id: str) -> list[str]:
    """The names typed as free text for who raised an issue of the meeting (not linked to
    the register)."""
    return sorted({i.raised_by_name for i in store.find(Issue, meeting_id=meeting_id,
                                                         raised_by_id=None)
                   if i.raised_by_name})


def link_raiser(store: Store, meeting_id: str, name: str, person_id: str) -> int:
    """A name typed as free text for who raised issues was a register person after all:
    every issue of the meeting raised under that name becomes theirs (one transaction).
    Returns how many issues changed."""
    person = store.get(Person, person_id)
    with store.transaction():
        found = [i for i in store.find(Issue, meeting_id=meeting_id, raised_by_id=None)
                 if i.raised_by_name == name]
        if not found:
            raise errors.InvalidInput("No issue of this meeting was raised under that name.")
        for i in found:
            store.update(Issue, i.id, raised_by_id=person.id, raised_by_name="")
    return len(found)


def raiser_name(store: Store, issue: Issue) -> str:
    if issue.raised_by_id:
        p = store.maybe(Person, issue.raised_by_id)
        if p:
            return p.full_name
    return issue.raised_by_name


def delete_issue(store: Store, issue_id: str) -> None:
    """Delete an issue (its duplicates are un-merged by the schema)."""
    store.delete(Issue, issue_id)


# ---------------------------------------------------------------------------- board
def add_cluster(store: Store, meeting_id: str, name: str, x: float, y: float,
                width: float = 500.0, height: float = 360.0, color: str = "#eeeeee",
                cluster_id: Optional[str] = None) -> Cluster:
    """Add a named group; the cards inside its rectangle join it."""
    name = " ".join(name.split())
    if not name:
        raise errors.InvalidInput("A group needs a name.")
    if width <= 0 or height <= 0:
        raise errors.InvalidInput("A group must have a size.")
    _check_color(color)
    c = Cluster(meeting_id=meeting_id, name=name, x=x, y=y, width=width, height=height,
                color=color)
    if cluster_id:
        c.id = cluster_id
    with store.transaction():
        store.add(c)
        # cards inside the rectangle join the new group
        for issue in issues(store, meeting_id):
            if _inside(c, issue.board_x, issue.board_y):
                store.update(Issue, issue.id, cluster_id=c.id)
    return c


def clusters(store: Store, meeting_id: str) -> list[Cluster]:
    return store.find(Cluster, order_by="created", meeting_id=meeting_id)


def _inside(c: Cluster, x: float, y: float) -> bool:
    """Is a card whose top-left corner is at x, y inside the cluster (by its centre)?"""
    cx, cy = x + CARD_W / 2, y + CARD_H / 2
    return c.x <= cx <= c.x + c.width and c.y <= cy <= c.y + c.height


def cluster_at(cluster_list: Iterable[Cluster], x: float, y: float) -> Optional[str]:
    """The id of the (most recently created) cluster containing a card placed at x, y."""
    found = None
    for c in cluster_list:
        if _inside(c, x, y):
            found = c.id
    return found


def move_cards(store: Store, meeting_id: str, moves: dict[str, tuple[float, float]]) -> None:
    """Place cards at new positions; each joins the cluster it lands in (or none)."""
    cl = clusters(store, meeting_id)
    with store.transaction():
        for issue_id, (x, y) in moves.items():
            store.update(Issue, issue_id, board_x=float(x), board_y=float(y),
                         cluster_id=cluster_at(cl, x, y))


def move_cluster(store: Store, cluster_id: str, x: float, y: float,
                 width: Optional[float] = None, height: Optional[float] = None) -> None:
    """Move (and optionally resize) a cluster; its cards move along."""
    c = store.get(Cluster, cluster_id)
    w = c.width if width is None else width
    h = c.height if height is None else height
    if w <= 0 or h <= 0:
        raise errors.InvalidInput("A group must have a size.")
    dx, dy = x - c.x, y - c.y
    with store.transaction():
        store.update(Cluster, cluster_id, x=float(x), y=float(y), width=float(w), height=float(h))
        for issue in store.find(Issue, cluster_id=cluster_id):
            store.update(Issue, issue.id, board_x=issue.board_x + dx, board_y=issue.board_y + dy)


GROUP_PAD, GROUP_HEAD = 20.0, 56.0     # inside a group: margin, and the band for its name
GROUPS_PER_ROW = 3


def arrange_board(store: Store, meeting_id: str) -> None:
    """Tidy the board: each group's cards in a grid inside it (groups resized to fit, laid
    out in rows), cards without a group in rows below."""
    groups = sorted(clusters(store, meeting_id), key=lambda c: (c.y, c.x))
    live = issues(store, meeting_id)
    members: dict[Optional[str], list[Issue]] = {}
    for i in live:
        members.setdefault(i.cluster_id if any(g.id == i.cluster_id for g in groups)
                           else None, []).append(i)
    step_x, step_y = CARD_W + CARD_GAP, CARD_H + CARD_GAP
    x = y = row_h = 0.0
    with store.transaction():
        for k, g in enumerate(groups):
            cards = members.get(g.id, [])
            n = len(cards)
            cols = 1 if n <= 1 else 2 if n <= 4 else 3
            rows = max(1, -(-n // cols))
            w = 2 * GROUP_PAD + cols * step_x - CARD_GAP
            h = GROUP_HEAD + rows * step_y - CARD_GAP + GROUP_PAD
            if k and k % GROUPS_PER_ROW == 0:
                x, y, row_h = 0.0, y + row_h + 40.0, 0.0
            store.update(Cluster, g.id, x=x, y=y, width=w, height=h)
            for j, card in enumerate(cards):
                store.update(Issue, card.id, board_x=x + GROUP_PAD + (j % cols) * step_x,
                             board_y=y + GROUP_HEAD + (j // cols) * step_y, cluster_id=g.id)
            x += w + 40.0
            row_h = max(row_h, h)
        top = (y + row_h + 60.0) if groups else 0.0
        for j, card in enumerate(members.get(None, [])):
            store.update(Issue, card.id, board_x=(j % BOARD_COLUMNS) * step_x,
                         board_y=top + (j // BOARD_COLUMNS) * step_y, cluster_id=None)


# --------------------------------------------------------------------------- duplicates
def root_of(store: Store, issue_id: str) -> str:
    """Follow merged_into_id to the issue that stands for this one."""
    seen = set()
    cur = store.get(Issue, issue_id)
    while cur.merged_into_id and cur.id not in seen:
        seen.add(cur.id)
        cur = store.get(Issue, cur.merged_into_id)
    return cur.id


def merge_issues(store: Store, target_id: str, duplicate_ids: Iterable[str]) -> None:
    """Merge duplicates into ``target_id``.  Each keeps its record (and who raised it);
    duplicates already merged into a duplicate now point at the target too."""
    target_id = root_of(store, target_id)
    target = store.get(Issue, target_id)
    dups = [d for d in dict.fromkeys(duplicate_ids) if d != target_id]
    if not dups:
        raise errors.InvalidInput("Choose at least two issues to merge.")
    with store.transaction():
        for d in dups:
            dup = store.get(Issue, d)
            if dup.meeting_id != target.meeting_id:
                raise errors.InvalidInput("Only issues of the same meeting can be merged.")
            if root_of(store, d) == target_id and dup.merged_into_id == target_id:
                continue
            store.update(Issue, d, merged_into_id=target_id)
            for child in store.find(Issue, merged_into_id=d):
                store.update(Issue, child.id, merged_into_id=target_id)


def split_off(store: Store, issue_id: str) -> None:
    """Take one duplicate out of its merge again."""
    issue = store.get(Issue, issue_id)
    if not issue.merged_into_id:
        raise errors.InvalidInput("This issue is not merged into another one.")
    store.update(Issue, issue_id, merged_into_id=None)


def merged_group(store: Store, issue_id: str) -> list[Issue]:
    """The issue and every duplicate merged into it (directly or through a chain)."""
    out = [store.get(Issue, issue_id)]
    i = 0
    while i < len(out):
        out.extend(store.find(Issue, order_by="position", merged_into_id=out[i].id))
        i += 1
    return out


@dataclass
class Raiser:
    issue_id: str
    title: str
    person_id: Optional[str]
    name: str


def raisers(store: Store, issue_id: str) -> list[Raiser]:
    """Who raised the issue and each duplicate merged into it (the merge keeps them all)."""
    return [Raiser(i.id, i.title, i.raised_by_id, raiser_name(store, i))
            for i in merged_group(store, issue_id)]


# --------------------------------------------------------------------------------- maps
def add_map(store: Store, meeting_id: str, name: str, data: bytes,
            map_id: Optional[str] = None) -> CommunityMap:
    """Store an imported picture (downscaled, PNG/JPEG) inside the workshop file."""
    store.get(Meeting, meeting_id)
    img = mapimage.prepare_image(data)
    m = CommunityMap(meeting_id=meeting_id, name=name.strip() or "map", mime=img.mime,
                     image=img.data, width=img.width, height=img.height)
    if map_id:
        m.id = map_id
    return store.add(m)


def maps(store: Store, meeting_id: str) -> list[CommunityMap]:
    return store.find(CommunityMap, order_by="created", meeting_id=meeting_id)


def pin_issue(store: Store, issue_id: str, map_id: Optional[str], x: Optional[float],
              y: Optional[float]) -> None:
    """Pin an issue at x, y (0..1 of the picture) or unpin it (map_id None)."""
    issue = store.get(Issue, issue_id)
    if map_id is None:
        store.update(Issue, issue_id, map_id=None, map_x=None, map_y=None)
        return
    m = store.get(CommunityMap, map_id)
    if m.meeting_id != issue.meeting_id:
        raise errors.InvalidInput("The issue and the map belong to different meetings.")
    if x is None or y is None:
        raise errors.InvalidInput("A pin needs a place on the map.")
    x = min(max(float(x), 0.0), 1.0)
    y = min(max(float(y), 0.0), 1.0)
    store.update(Issue, issue_id, map_id=map_id, map_x=x, map_y=y)


def pinned(store: Store, map_id: str) -> list[Issue]:
    return store.find(Issue, order_by="position, created", map_id=map_id,
                      merged_into_id=None)


def pin_numbers(store: Store, meeting_id: str) -> dict[str, int]:
    """The number each issue carries on the map: its issue number, i.e. its place in capture
    order among the live issues (1, 2, 3 ..., merged duplicates left out).

    This is the one numbering of pins, used by the map page, the exported PNG and the minutes
    (:func:`map_pins`).  Pins are deliberately *not* numbered by rank: ranks tie ("2=" twice)
    and change with every dot, while a pin must have its own number that stays put from the
    walk to the minutes.  The issue number is the same one the board's cards, the dot-voting
    and scoring tables and :attr:`workshop.ranking.RankedIssue.number` show, and the ranked
    lists (Priorities page, minutes) print it beside the rank, so a reader goes from "rank 2="
    to pin 3 through "issue 3"; the map's legend shows each pin's rank (:func:`pin_ranks`).
    """
    return {i.id: n for n, i in enumerate(issues(store, meeting_id), 1)}


def pin_ranks(store: Store, meeting_id: str) -> dict[str, str]:
    """Each issue's rank as the ranked list shows it ("1", "2=", ...), by issue id; empty
    before any dot or score (there is no ranking yet)."""
    from . import ranking

    rows = ranking.rank_issues(store, meeting_id)
    if not any(r.dots or r.criteria_score is not None for r in rows):
        return {}
    return {r.issue_id: ranking.rank_text(r) for r in rows}


def map_pins(store: Store, map_id: str) -> list[tuple[Issue, mapimage.Pin]]:
    """The pinned issues of a map with their numbered pins (coloured by category)."""
    m = store.get(CommunityMap, map_id)
    numbers = pin_numbers(store, m.meeting_id)
    colors = {c.id: c.color for c in categories(store)}
    out = []
    for issue in pinned(store, map_id):
        if issue.map_x is None or issue.map_y is None:
            continue
        out.append((issue, mapimage.Pin(numbers.get(issue.id, 0), issue.map_x, issue.map_y,
                                        pin_color(colors.get(issue.category_id or "")))))
    out.sort(key=lambda t: t[1].number)
    return out


def pin_color(category_color: Optional[str]) -> str:
    """The colour of a pin: its category's, darkened to carry a white number."""
    return "#c62828" if not category_color else _darker(category_color)


def _darker(color: str, f: float = 0.7) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % (int(r * f), int(g * f), int(b * f))


def map_png(store: Store, map_id: str, max_px: Optional[int] = None) -> bytes:
    """The map picture with its numbered pins, as PNG bytes (export, minutes)."""
    m = store.get(CommunityMap, map_id)
    return mapimage.render_pins(m.image, [p for _i, p in map_pins(store, map_id)],
                                max_px=max_px)


# ------------------------------------------------------------------- response, actors
def set_response(store: Store, issue_id: str, response: Optional[Response]) -> None:
    store.update(Issue, issue_id, response=response)


def add_actor(store: Store, issue_id: str, *, person_id: Optional[str] = None,
              organisation_id: Optional[str] = None, notes: str = "",
              actor_id: Optional[str] = None) -> IssueActor:
    if not person_id and not organisation_id:
        raise errors.InvalidInput("Choose a person or an organisation.")
    store.get(Issue, issue_id)
    for a in store.find(IssueActor, issue_id=issue_id):
        if (person_id and a.person_id == person_id) or \
                (organisation_id and not person_id and a.organisation_id == organisation_id):
            raise errors.InvalidInput("They are already linked to this issue.")
    a = IssueActor(issue_id=issue_id, person_id=person_id or None,
                   organisation_id=organisation_id or None, notes=notes)
    if actor_id:
        a.id = actor_id
    return store.add(a)


def actors(store: Store, issue_id: str) -> list[IssueActor]:
    return store.find(IssueActor, order_by="created", issue_id=issue_id)


# ------------------------------------------------------------------ edits from the pages
def update_issue(store: Store, issue_id: str, **changes: object) -> None:
    """Edit an issue's details; its title may not be empty."""
    if "title" in changes:
        changes["title"] = " ".join(str(changes["title"] or "").split())
        if not changes["title"]:
            raise errors.InvalidInput("Write the issue first (a few words are enough).")
    store.update(Issue, issue_id, **changes)


def update_category(store: Store, category_id: str, **changes: object) -> None:
    """Rename or recolour a category; its Thai name may not be empty."""
    if "name_th" in changes and not str(changes["name_th"] or "").strip():
        raise errors.InvalidInput("A category needs a name.")
    if "color" in changes:
        _check_color(str(changes["color"]))
    store.update(Category, category_id, **changes)


def rename_cluster(store: Store, cluster_id: str, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise errors.InvalidInput("A group needs a name.")
    store.update(Cluster, cluster_id, name=name)


def delete_cluster(store: Store, cluster_id: str) -> None:
    """Delete a group; its cards stay on the board, in no group."""
    store.delete(Cluster, cluster_id)


def remove_actor(store: Store, actor_id: str) -> None:
    store.delete(IssueActor, actor_id)


def delete_map(store: Store, map_id: str) -> None:
    """Remove a map picture; the issues pinned on it lose their pins."""
    store.delete(CommunityMap, map_id)
