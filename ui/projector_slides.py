"""What the projector shows, as a :class:`Slide`: read through workshop functions only.

One builder per view (agenda, speakers, board, map, results, decisions, actions); each takes
the store, the
meeting and what the facilitator has selected on the page in front (``selected``: an agenda
item or proposal id, or ""), and ``now`` for the clocks.  People are named by the PUBLIC rule
of :mod:`workshop.privacy` (a person without consent shows as ``privacy.UNNAMED``); no phone
or other personal field is ever read here.  The texts are translated in the context
``Projector`` (``resources/translations/projector_th.ts``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication


from workshop import actions as actions_mod
from workshop import agenda, decisions, privacy, ranking, speakers
from workshop import issues as issues_mod
from workshop.model import AgendaItem, DecisionMethod, Meeting, Outcome, PositionValue

from . import i18n, labels

AGENDA, SPEAKERS, RESULTS, DECISIONS, ACTIONS = "agenda", "speakers", "results", "decisions", \
    "actions"
BOARD, MAP = "board", "map"        # drawn by ui.projector_pictures (the slide names it)
VIEWS = (AGENDA, SPEAKERS, BOARD, MAP, RESULTS, DECISIONS, ACTIONS)
MAX_ROWS = 5          # rows that fit at 28 pt on 1280×720 under a title and a clock


@dataclass
class Slide:
    """One screen: the meeting's title, a heading, a large figure (a clock), lines, bars."""
    meeting: str = ""
    heading: str = ""
    big: str = ""
    big_alarm: bool = False               # overrun: shown in red
    lines: list[str] = field(default_factory=list)
    bars: list[tuple[str, int]] = field(default_factory=list)
    picture: str = ""                     # BOARD or MAP: the picture under the heading
    picture_id: str = ""                  # the map shown


def _meeting(store, meeting_id: str) -> Optional[Meeting]:
    return store.maybe(Meeting, meeting_id) if meeting_id else None


def _title(m: Optional[Meeting]) -> str:
    return m.title if m else QCoreApplication.translate("Projector", "No meeting")


def _current_item(store, meeting_id: str, selected: str) -> Optional[AgendaItem]:
    """The agenda item selected (when one is), else the running one, else None."""
    items = agenda.items(store, meeting_id)
    chosen = next((it for it in items if it.id == selected), None)
    return chosen or agenda.running_item(items)


def _item_title(store, meeting_id: str, item: Optional[AgendaItem]) -> str:
    if item is None:
        return ""
    items = agenda.items(store, meeting_id)
    numbers = dict(zip((it.id for it in items), agenda.numbering(items)))
    number = numbers.get(item.id, "")
    return f"{number}. {item.title}" if number else item.title


def _more(lines: list[str], rest: int) -> list[str]:
    if rest > 0:
        lines.append(QCoreApplication.translate("Projector", "… and %1 more").replace("%1", str(rest)))
    return lines


def agenda_slide(store, meeting_id: str, selected: str, now: datetime) -> Slide:
    m = _meeting(store, meeting_id)
    slide = Slide(meeting=_title(m))
    item = _current_item(store, meeting_id, selected)
    if item is None:
        slide.heading = QCoreApplication.translate("Projector", "Agenda")
        items = agenda.items(store, meeting_id)
        numbers = agenda.numbering(items)
        slide.lines = [f"{n}. {it.title}" for n, it in zip(numbers, items)][:MAX_ROWS]
        _more(slide.lines, len(items) - MAX_ROWS)
        return slide
    slide.heading = _item_title(store, meeting_id, item)
    left = agenda.remaining(item, now)
    if left is not None:
        slide.big = agenda.format_duration(left)
        slide.big_alarm = left < 0
        slide.lines.append(QCoreApplication.translate("Projector", "Time box: %1 minutes").replace("%1", str(item.timebox_min)))
    else:
        slide.big = agenda.format_duration(agenda.elapsed(item, now))
    if not agenda.is_running(item):
        slide.lines.append(QCoreApplication.translate("Projector", "The clock is stopped"))
    return slide


def speakers_slide(store, meeting_id: str, selected: str, now: datetime) -> Slide:
    """The floor and the queue of the agenda item ``selected`` (the speakers page's item)."""
    m = _meeting(store, meeting_id)
    slide = Slide(meeting=_title(m))
    rule = privacy.NameRule(store, privacy.Audience.PUBLIC, meeting_id)

    def name(turn) -> str:
        return rule.name(turn.person_id) if turn.person_id else turn.name

    current = speakers.speaking(store, meeting_id)
    if current is not None:
        slide.heading = QCoreApplication.translate("Projector", "Speaking: %1").replace("%1", name(current))
        if current.limit_s:
            left = int(current.limit_s) - speakers.elapsed(current, now)
            slide.big = agenda.format_duration(left)
            slide.big_alarm = left < 0
        else:
            slide.big = agenda.format_duration(speakers.elapsed(current, now))
    else:
        slide.heading = QCoreApplication.translate("Projector", "Speakers")
    queue = speakers.waiting(store, meeting_id, selected or None)
    if queue:
        slide.lines = [QCoreApplication.translate("Projector", "Next:")] + [f"{i}. {name(t)}" for i, t in
                                       enumerate(queue[:MAX_ROWS - 1], 1)]
        _more(slide.lines, len(queue) - (MAX_ROWS - 1))
    else:
        slide.lines = [QCoreApplication.translate("Projector", "Nobody is waiting to speak")]
    return slide


def board_slide(store, meeting_id: str, selected: str, now: datetime) -> Slide:
    """The issue board as the facilitator arranges it (drawn by the projector's picture)."""
    m = _meeting(store, meeting_id)
    count = len(issues_mod.issues(store, meeting_id)) if meeting_id else 0
    return Slide(meeting=_title(m), picture=BOARD,
                 heading=QCoreApplication.translate("Projector", "Issue board: %1 issues")
                 .replace("%1", str(count)))


def map_slide(store, meeting_id: str, selected: str, now: datetime) -> Slide:
    """The community map chosen on the map page (else the meeting's first) with its pins."""
    m = _meeting(store, meeting_id)
    maps = issues_mod.maps(store, meeting_id) if meeting_id else []
    chosen = next((x for x in maps if x.id == selected), maps[0] if maps else None)
    if chosen is None:
        return Slide(meeting=_title(m),
                     heading=QCoreApplication.translate("Projector", "Community map"),
                     lines=[QCoreApplication.translate("Projector", "No map yet")])
    return Slide(meeting=_title(m), picture=MAP, picture_id=chosen.id,
                 heading=chosen.name or QCoreApplication.translate("Projector",
                                                                   "Community map"))


def results_slide(store, meeting_id: str, selected: str, now: datetime) -> Slide:
    """Dot-vote and hand-count results, best first, as bars."""
    m = _meeting(store, meeting_id)
    slide = Slide(meeting=_title(m),
                  heading=QCoreApplication.translate("Projector", "Priorities: dots"))
    ranked = ranking.rank_issues(store, meeting_id) if meeting_id else []
    by_dots = sorted(ranked, key=lambda r: (-r.dots, r.number))
    slide.bars = [(r.title, r.dots) for r in by_dots[:MAX_ROWS + 1]]
    if not ranked:
        slide.lines = [QCoreApplication.translate("Projector", "No issues yet")]
    return slide


def decisions_slide(store, meeting_id: str, selected: str, now: datetime) -> Slide:
    """The selected proposal (else the latest undecided one, else the latest) and its result."""
    m = _meeting(store, meeting_id)
    slide = Slide(meeting=_title(m))
    props = decisions.proposals(store, meeting_id) if meeting_id else []
    prop = next((p for p in props if p.id == selected), None) \
        or next((p for p in reversed(props) if p.outcome == Outcome.PENDING), None) \
        or (props[-1] if props else None)
    if prop is None:
        slide.heading = QCoreApplication.translate("Projector", "Decisions")
        slide.lines = [QCoreApplication.translate("Projector", "No proposal yet")]
        return slide
    slide.heading = prop.title
    result = decisions.tally(store, prop.id)
    if prop.outcome != Outcome.PENDING:
        slide.big = labels.label(prop.outcome)
    elif result.outcome is not None:
        slide.lines.append(QCoreApplication.translate("Projector", "Result if decided now: %1").replace(
            "%1", labels.label(result.outcome)))
    else:
        slide.lines.append(QCoreApplication.translate("Projector", "Not decided yet"))
    if result.quorum:
        slide.lines.append(QCoreApplication.translate("Projector", "Present %1 of a quorum of %2").replace(
            "%1", str(result.present)).replace("%2", str(result.quorum)))
    if prop.method == DecisionMethod.MAJORITY:
        slide.bars = [(labels.label(PositionValue.FOR), result.count_for),
                      (labels.label(PositionValue.AGAINST), result.count_against),
                      (labels.label(PositionValue.ABSTAIN), result.count_abstain)]
    elif prop.method == DecisionMethod.CONSENSUS:
        slide.bars = [(labels.label(lv), int(result.levels.get(lv.value, 0)))
                      for lv in reversed(decisions.LEVELS)]
    else:
        slide.lines.append(QCoreApplication.translate("Projector", "Objections: %1, unresolved: %2").replace(
            "%1", str(result.objections)).replace("%2", str(result.blocks)))
    return slide


def actions_slide(store, meeting_id: str, selected: str, now: datetime) -> Slide:
    """The action plan as agreed: what, who leads (PUBLIC naming), by when."""
    m = _meeting(store, meeting_id)
    slide = Slide(meeting=_title(m),
                  heading=QCoreApplication.translate("Projector", "Action plan"))
    found = actions_mod.actions(store, meeting_id) if meeting_id else []
    actors = actions_mod.Actors(store, privacy.NameRule(store, privacy.Audience.PUBLIC,
                                                         meeting_id))
    for a in found[:MAX_ROWS]:
        who = actors.name(a.lead_person_id, a.lead_organisation_id)
        when = i18n.format_date(a.due_date, short=True) if a.due_date else ""
        extra = " · ".join(x for x in (who, when) if x)
        slide.lines.append(f"{a.title} — {extra}" if extra else a.title)
    if not found:
        slide.lines = [QCoreApplication.translate("Projector", "No actions yet")]
    _more(slide.lines, len(found) - MAX_ROWS)
    return slide


#: the tables each view's slide (and picture) reads: a change notice that touches none of
#: them leaves the projector as it is
READS: dict[str, frozenset[str]] = {
    AGENDA: frozenset({"meetings", "agenda_items"}),
    SPEAKERS: frozenset({"meetings", "speaker_turns", "people", "attendance"}),
    BOARD: frozenset({"meetings", "issues", "clusters", "categories"}),
    MAP: frozenset({"meetings", "maps", "issues", "categories"}),
    RESULTS: frozenset({"meetings", "issues", "dot_votes"}),
    DECISIONS: frozenset({"meetings", "proposals", "proposal_positions", "attendance",
                          "people"}),
    ACTIONS: frozenset({"meetings", "actions", "people", "organisations", "attendance"}),
}
#: the views whose slide shows a running clock (built again every second)
CLOCKS = frozenset({AGENDA, SPEAKERS})


def reads(view: str) -> frozenset[str]:
    """The tables the slide of ``view`` reads (an unknown view shows the agenda)."""
    return READS.get(view, READS[AGENDA])


BUILDERS: dict[str, Callable[..., Slide]] = {
    AGENDA: agenda_slide, SPEAKERS: speakers_slide, BOARD: board_slide, MAP: map_slide,
    RESULTS: results_slide,
    DECISIONS: decisions_slide, ACTIONS: actions_slide,
}


def build(view: str, store, meeting_id: str, selected: str, now: datetime) -> Slide:
    return BUILDERS.get(view, agenda_slide)(store, meeting_id, selected, now)
