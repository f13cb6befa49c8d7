"""Proposals and decisions: consensus, consent and majority, with quorum from check-in.

The outcome rules (pure functions on plain numbers, tested in ``tests/unit/test_decisions.py``):

Before any method
    *Nobody present* (no one checked in as present) -> no decision is possible.
    *Quorum*: when the meeting sets one (``Meeting.quorum``), the members present (check-in
    rows with status present and ``member`` set) must reach it; otherwise no decision is
    possible ("quorum not met").  A meeting without quorum can only defer a proposal.

Consensus (five-level scale, ``PositionValue.LEVEL_1`` .. ``LEVEL_5``)
    1 = block (cannot accept; a reason is required), 2 = serious reservations, 3 = can live
    with it, 4 = agree, 5 = fully agree.  **Adopted** when no block is unresolved and at least
    ``ConsensusRule.support`` (default 75 %) of the people who gave a level stand at 3-5.
    Otherwise **rejected** (not agreed); nobody giving a level -> no decision yet.

Consent
    Every objection needs a reason; objections can be marked resolved (the proposal was
    changed or the objector withdrew).  **Adopted** when no objection is unresolved.

Majority (hand count on the proposal, person by person as positions, or both: the counts
come from :func:`workshop.counts.votes`, the one rule)
    Votes cast = for + against; abstentions are documented but not counted.
    *Simple*: adopted when for > against (a tie is not a majority: rejected).
    *Two-thirds*: adopted when for >= 2/3 of votes cast (3 x for >= 2 x cast) and for > 0.
    No votes cast (everyone abstained) -> rejected, "no votes cast".
    More votes than people present is an input error.

Recording a decision (:func:`decide`) stores the outcome the facilitator chose, which must be
compatible with the computed result: adopted -> adopted / amended / deferred; rejected ->
rejected / deferred; no decision possible -> deferred only.  ``present`` and ``quorum`` are
copied from check-in onto the proposal at that moment.  ``count_for/against/abstain`` on the
proposal hold a hand count only: when votes were taken person by person (positions), the
positions are the record and the hand-count fields are cleared on deciding, so that nothing
is counted twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from . import errors
from . import counts as tally_rule
from .model import (
    DecisionMethod, Meeting, Outcome, PositionValue, Proposal,
    ProposalPosition, Threshold, now_iso,
)
from .store import Store

__all__ = [
    "ConsensusRule", "Result", "consensus_result", "consent_result", "majority_result",
    "present_counts", "add_proposal", "add_position", "set_hand_count", "resolve_objection",
    "tally", "decide", "reopen", "positions", "proposals", "remove_position",
    "allowed_outcomes", "dissent", "set_outcome",
]

LEVELS = (PositionValue.LEVEL_1, PositionValue.LEVEL_2, PositionValue.LEVEL_3,
          PositionValue.LEVEL_4, PositionValue.LEVEL_5)
VOTES = (PositionValue.FOR, PositionValue.AGAINST, PositionValue.ABSTAIN)
NEEDS_REASON = (PositionValue.LEVEL_1, PositionValue.OBJECTION)

# Result reasons (stable codes; the UI translates them)
NOBODY_PRESENT = "nobody_present"
QUORUM_NOT_MET = "quorum_not_met"
NO_POSITIONS = "no_positions"
UNRESOLVED_BLOCK = "unresolved_block"
SUPPORT_TOO_LOW = "support_too_low"
CONSENSUS_REACHED = "consensus_reached"
UNRESOLVED_OBJECTION = "unresolved_objection"
NO_OBJECTION = "no_objection"
NO_VOTES_CAST = "no_votes_cast"
TIE = "tie"
MAJORITY_FOR = "majority_for"
MAJORITY_AGAINST = "majority_against"
TWO_THIRDS_REACHED = "two_thirds_reached"
TWO_THIRDS_MISSED = "two_thirds_missed"


@dataclass(frozen=True)
class ConsensusRule:
    """Consensus is reached with no unresolved block and this share at levels 3-5."""
    support: float = 0.75


@dataclass
class Result:
    """The computed result of a proposal.  ``outcome`` is None when no decision is possible
    (or none yet: nobody gave a position)."""
    outcome: Optional[Outcome]
    reason: str
    present: int = 0            # members present (the quorum counts these)
    present_all: int = 0        # everyone present
    quorum: Optional[int] = None
    count_for: int = 0
    count_against: int = 0
    count_abstain: int = 0
    levels: dict[str, int] = field(default_factory=dict)   # consensus: level -> people
    blocks: int = 0             # unresolved blocks / objections
    objections: int = 0         # all objections or blocks (resolved or not)
    support_share: Optional[float] = None

    @property
    def decidable(self) -> bool:
        return self.outcome is not None

    @property
    def votes_cast(self) -> int:
        return self.count_for + self.count_against


# ------------------------------------------------------------------------ pure rules
def _precheck(present: int, present_all: int, quorum: Optional[int]) -> Optional[Result]:
    if present_all <= 0:
        return Result(None, NOBODY_PRESENT, present, present_all, quorum)
    if quorum is not None and quorum > 0 and present < quorum:
        return Result(None, QUORUM_NOT_MET, present, present_all, quorum)
    return None


def consensus_result(levels: dict, blocks_unresolved: int, *, present: int, present_all: int,
                     quorum: Optional[int] = None,
                     rule: ConsensusRule = ConsensusRule()) -> Result:
    """``levels`` maps LEVEL_1..LEVEL_5 (or "1".."5") to the number of people at that level."""
    norm = {lv.value: 0 for lv in LEVELS}
    for k, n in levels.items():
        key = PositionValue(k).value if not str(k).isdigit() else f"level_{int(k)}"
        norm[key] += int(n)
    pre = _precheck(present, present_all, quorum)
    total = sum(norm.values())
    blocks_total = norm[PositionValue.LEVEL_1.value]
    if pre:
        pre.levels, pre.blocks, pre.objections = norm, blocks_unresolved, blocks_total
        return pre
    support = (sum(norm[lv.value] for lv in LEVELS[2:]) / total) if total else None
    common = dict(present=present, present_all=present_all, quorum=quorum, levels=norm,
                  blocks=blocks_unresolved, objections=blocks_total, support_share=support)
    if total == 0:
        return Result(None, NO_POSITIONS, **common)
    if blocks_unresolved > 0:
        return Result(Outcome.REJECTED, UNRESOLVED_BLOCK, **common)
    if support is not None and support + 1e-9 >= rule.support:
        return Result(Outcome.ADOPTED, CONSENSUS_REACHED, **common)
    return Result(Outcome.REJECTED, SUPPORT_TOO_LOW, **common)


def consent_result(objections: int, unresolved: int, *, present: int, present_all: int,
                   quorum: Optional[int] = None) -> Result:
    pre = _precheck(present, present_all, quorum)
    if pre:
        pre.objections, pre.blocks = objections, unresolved
        return pre
    common = dict(present=present, present_all=present_all, quorum=quorum,
                  objections=objections, blocks=unresolved)
    if unresolved > 0:
        return Result(Outcome.REJECTED, UNRESOLVED_OBJECTION, **common)
    return Result(Outcome.ADOPTED, NO_OBJECTION, **common)


def majority_result(count_for: int, count_against: int, count_abstain: int, *,
                    threshold: Threshold = Threshold.SIMPLE, present: int, present_all: int,
                    quorum: Optional[int] = None) -> Result:
    f, a, ab = int(count_for), int(count_against), int(count_abstain)
    if min(f, a, ab) < 0:
        raise errors.InvalidInput("Vote counts cannot be negative.")
    counts = dict(count_for=f, count_against=a, count_abstain=ab)
    pre = _precheck(present, present_all, quorum)
    if pre:
        pre.count_for, pre.count_against, pre.count_abstain = f, a, ab
        return pre
    if f + a + ab > present_all:
        raise errors.InvalidInput(
            "{counted} votes were counted but only {present} people are present.",
            counted=f + a + ab, present=present_all)
    common = dict(present=present, present_all=present_all, quorum=quorum, **counts)
    cast = f + a
    if cast == 0:
        return Result(Outcome.REJECTED, NO_VOTES_CAST, **common)
    if Threshold(threshold) == Threshold.TWO_THIRDS:
        if f > 0 and 3 * f >= 2 * cast:
            return Result(Outcome.ADOPTED, TWO_THIRDS_REACHED, **common)
        return Result(Outcome.REJECTED, TWO_THIRDS_MISSED, **common)
    if f > a:
        return Result(Outcome.ADOPTED, MAJORITY_FOR, **common)
    if f == a:
        return Result(Outcome.REJECTED, TIE, **common)
    return Result(Outcome.REJECTED, MAJORITY_AGAINST, **common)


def allowed_outcomes(result: Result) -> list[Outcome]:
    """Outcomes the facilitator may record for a computed result."""
    if result.outcome == Outcome.ADOPTED:
        return [Outcome.ADOPTED, Outcome.AMENDED, Outcome.DEFERRED]
    if result.outcome == Outcome.REJECTED:
        return [Outcome.REJECTED, Outcome.DEFERRED]
    return [Outcome.DEFERRED]


# ------------------------------------------------------------------------ check-in
def present_counts(store: Store, meeting_id: str) -> tuple[int, int]:
    """(members present, everyone present) from check-in (:func:`workshop.attendance.counts`:
    a substitute counts for the member they replace)."""
    from . import attendance

    c = attendance.counts(store, meeting_id)
    return c.members_present, c.present


# ------------------------------------------------------------------------ reading
def proposals(store: Store, meeting_id: str) -> list[Proposal]:
    return store.find(Proposal, order_by="created", meeting_id=meeting_id)


def positions(store: Store, proposal_id: str) -> list[ProposalPosition]:
    return store.find(ProposalPosition, order_by="created", proposal_id=proposal_id)


def _counts_from_positions(pos: Iterable[ProposalPosition]) -> dict[PositionValue, int]:
    out: dict[PositionValue, int] = {}
    for p in pos:
        out[p.value] = out.get(p.value, 0) + max(0, int(p.count))
    return out


def tally(store: Store, proposal_id: str, rule: ConsensusRule = ConsensusRule()) -> Result:
    """The computed result of a proposal from its positions/counts and today's check-in."""
    prop = store.get(Proposal, proposal_id)
    meeting = store.get(Meeting, prop.meeting_id)
    members, everyone = present_counts(store, prop.meeting_id)
    pos = positions(store, proposal_id)
    kw = dict(present=members, present_all=everyone, quorum=meeting.quorum)
    if prop.method == DecisionMethod.CONSENSUS:
        counts = _counts_from_positions(p for p in pos if p.value in LEVELS)
        blocks = sum(p.count for p in pos if p.value == PositionValue.LEVEL_1 and not p.resolved)
        return consensus_result({k.value: v for k, v in counts.items()}, blocks, rule=rule, **kw)
    if prop.method == DecisionMethod.CONSENT:
        obj = [p for p in pos if p.value == PositionValue.OBJECTION]
        return consent_result(sum(p.count for p in obj),
                              sum(p.count for p in obj if not p.resolved), **kw)
    v = tally_rule.votes(prop, pos)       # the one rule: hand count, by name, or both
    return majority_result(v.count_for, v.count_against, v.count_abstain,
                           threshold=prop.threshold, **kw)


# ------------------------------------------------------------------------ writing
def add_proposal(store: Store, meeting_id: str, title: str, text: str = "", *,
                 method: DecisionMethod = DecisionMethod.CONSENSUS,
                 threshold: Threshold = Threshold.SIMPLE, agenda_item_id: Optional[str] = None,
                 issue_id: Optional[str] = None,
                 proposed_by_id: Optional[str] = None) -> Proposal:
    title = (title or "").strip()
    if not title:
        raise errors.InvalidInput("A proposal needs a title.")
    return store.add(Proposal(meeting_id=meeting_id, title=title, text=text.strip(),
                              method=DecisionMethod(method), threshold=Threshold(threshold),
                              agenda_item_id=agenda_item_id or None, issue_id=issue_id or None,
                              proposed_by_id=proposed_by_id or None))


def _check_open(prop: Proposal) -> None:
    if prop.outcome != Outcome.PENDING:
        raise errors.InvalidInput("This proposal has been decided; reopen it to change it.")


def add_position(store: Store, proposal_id: str, value: PositionValue, *,
                 person_id: Optional[str] = None, count: int = 1, reason: str = "",
                 id: Optional[str] = None) -> ProposalPosition:
    """A person's position (``person_id``) or a group of ``count`` people at ``value``.

    A person has one position per proposal: an earlier one is replaced."""
    value = PositionValue(value)
    prop = store.get(Proposal, proposal_id)
    _check_open(prop)
    reason = (reason or "").strip()
    if value in NEEDS_REASON and not reason:
        raise errors.InvalidInput(
            "A block or an objection needs a reason: ask what would make it acceptable.")
    if int(count) < 1:
        raise errors.InvalidInput("The number of people must be at least 1.")
    if person_id:
        count = 1
    allowed = {DecisionMethod.CONSENSUS: LEVELS,
               DecisionMethod.CONSENT: (PositionValue.OBJECTION,),
               DecisionMethod.MAJORITY: VOTES}[prop.method]
    if value not in allowed:
        raise errors.InvalidInput("That position does not belong to this decision method.")
    with store.transaction():
        if person_id:
            for old in store.find(ProposalPosition, proposal_id=proposal_id, person_id=person_id):
                store.delete(ProposalPosition, old.id)
        rec = ProposalPosition(proposal_id=proposal_id, person_id=person_id or None,
                               value=value, count=int(count), reason=reason)
        if id:
            rec.id = id
        store.add(rec)
    return rec


def remove_position(store: Store, position_id: str) -> None:
    """Delete a position."""
    store.delete(ProposalPosition, position_id)


def set_hand_count(store: Store, proposal_id: str, count_for: int, count_against: int,
                   count_abstain: int) -> None:
    prop = store.get(Proposal, proposal_id)
    _check_open(prop)
    if min(count_for, count_against, count_abstain) < 0:
        raise errors.InvalidInput("Vote counts cannot be negative.")
    store.update(Proposal, proposal_id, count_for=int(count_for),
                 count_against=int(count_against), count_abstain=int(count_abstain))


def resolve_objection(store: Store, position_id: str, resolved: bool = True) -> None:
    pos = store.get(ProposalPosition, position_id)
    _check_open(store.get(Proposal, pos.proposal_id))
    store.update(ProposalPosition, position_id, resolved=bool(resolved))


def decide(store: Store, proposal_id: str, outcome: Optional[Outcome] = None, *,
           resolution: str = "", amended_text: str = "",
           rule: ConsensusRule = ConsensusRule()) -> None:
    """Record the decision (one transaction).  ``outcome`` None takes the computed one."""
    prop = store.get(Proposal, proposal_id)
    _check_open(prop)
    result = tally(store, proposal_id, rule)
    if outcome is None:
        if result.outcome is None:
            raise _why_not(result)
        outcome = result.outcome
    outcome = Outcome(outcome)
    if outcome not in allowed_outcomes(result):
        if result.outcome is None:
            raise _why_not(result)
        raise errors.InvalidInput("That outcome does not match the count; "
                                  "check the positions or choose another outcome.")
    if outcome == Outcome.AMENDED and not (amended_text or "").strip():
        raise errors.InvalidInput("Write the amended text of the proposal.")
    changes = dict(outcome=outcome, resolution=(resolution or "").strip(),
                   amended_text=(amended_text or "").strip(), present=result.present,
                   quorum=result.quorum, decided_at=now_iso())
    if prop.method == DecisionMethod.MAJORITY and \
            tally_rule.votes(prop, positions(store, proposal_id)).source == tally_rule.PEOPLE:
        # person by person: the votes live in the positions; a hand count typed before
        # them is superseded (workshop.counts), so it is cleared
        changes.update(count_for=0, count_against=0, count_abstain=0)
    store.update(Proposal, proposal_id, **changes)


def reopen(store: Store, proposal_id: str) -> None:
    """Back to pending (e.g. new information); the positions stay."""
    store.update(Proposal, proposal_id, outcome=Outcome.PENDING, decided_at="")


def set_outcome(store: Store, proposal_id: str, outcome: Outcome) -> None:
    """Change only the outcome (e.g. a deferred proposal taken up at a follow-up)."""
    store.update(Proposal, proposal_id, outcome=Outcome(outcome))


def _why_not(result: Result) -> errors.InvalidInput:
    """Why no decision can be taken (an error to raise)."""
    if result.reason == NOBODY_PRESENT:
        return errors.InvalidInput("Nobody is checked in as present: no decision is possible.")
    if result.reason == QUORUM_NOT_MET:
        return errors.InvalidInput(
            "Quorum not met ({present} of {quorum} members present): no decision is "
            "possible; the proposal can only be deferred.",
            present=result.present, quorum=result.quorum)
    if result.reason == NO_POSITIONS:
        return errors.InvalidInput("No positions have been recorded yet.")
    return errors.InvalidInput("No decision is possible.")


def dissent(store: Store, proposal_id: str) -> list[ProposalPosition]:
    """Blocks, objections and level-2 reservations with their reasons (for the minutes)."""
    return [p for p in positions(store, proposal_id)
            if p.value in (PositionValue.LEVEL_1, PositionValue.LEVEL_2, PositionValue.OBJECTION,
                           PositionValue.AGAINST) and p.reason]
