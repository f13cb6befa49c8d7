"""One rule for a majority vote's counts: the Decisions page, the minutes and every export
read a proposal's for / against / abstain from :func:`votes`, never from the fields or the
positions directly.

A majority proposal can hold two records of its vote:

* a **hand count** on the proposal (``count_for``, ``count_against``, ``count_abstain``), and
* **positions** (``ProposalPosition`` with FOR / AGAINST / ABSTAIN): one per person voting by
  name, or a group of ``count`` people.

The rule:

1. No hand count recorded (all three zero): the positions are the count, person by person.
2. A hand count and no votes among the positions: the hand count.
3. Both: when the positions hold at least as many votes as the hand count, the room voted by
   name and the positions are the count (a hand count typed before is superseded); otherwise
   the positions are people whose vote was noted with its reason *within* the hand count
   (dissent in the minutes), and the hand count stands: they are never added to it.

So the demo's item 4 (hand count 27 for, 6 against, 3 abstaining, and one reasoned "against"
by name) is 27-6-3, the minutes say so beside the resolution's "27 ต่อ 6", and the reasoned
"against" is printed as dissent.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .model import PositionValue, Proposal, ProposalPosition

HAND = "hand"          # the hand count on the proposal
PEOPLE = "people"      # the positions, person by person (or groups)
NONE = "none"          # nothing recorded yet

VOTES = (PositionValue.FOR, PositionValue.AGAINST, PositionValue.ABSTAIN)


@dataclass(frozen=True)
class Votes:
    count_for: int = 0
    count_against: int = 0
    count_abstain: int = 0
    source: str = NONE

    @property
    def cast(self) -> int:
        """Votes cast: for + against (abstentions are recorded, not counted)."""
        return self.count_for + self.count_against

    @property
    def total(self) -> int:
        return self.count_for + self.count_against + self.count_abstain


def votes(proposal: Proposal, positions: Iterable[ProposalPosition]) -> Votes:
    """The counts of a majority vote by the rule above."""
    named = {v: 0 for v in VOTES}
    for p in positions:
        if p.value in named:
            named[p.value] += max(0, int(p.count))
    hand = Votes(max(0, int(proposal.count_for)), max(0, int(proposal.count_against)),
                 max(0, int(proposal.count_abstain)), HAND)
    people = Votes(named[PositionValue.FOR], named[PositionValue.AGAINST],
                   named[PositionValue.ABSTAIN], PEOPLE)
    if hand.total == 0:
        return people if people.total else Votes()
    if people.total >= hand.total:
        return people
    return hand


__all__ = ["Votes", "votes", "HAND", "PEOPLE", "NONE"]
