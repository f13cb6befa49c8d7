"""Counts taken in the room, and the one way each is read or typed in.

Two kinds of count, one module (the names ``tally``/``tallies`` used to be two modules):

* **a majority vote's counts** — for / against / abstain of a proposal, read by
  :func:`votes` (the Decisions page, the minutes and every export);
* **paper tallies of the priorities** — dots and raised hands counted on paper beside the
  laptop, typed back by issue number with :func:`parse_tallies` and :func:`enter_tallies`
  (the Paper tab, ``enter-tallies``).

Majority votes
--------------
One rule for a majority vote's counts: the Decisions page, the minutes and every export
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

Paper tallies
-------------
Meetings still run on paper beside the laptop: dots stuck on a flipchart, hands raised and
counted.  :mod:`workshop.paperkit` prints blank tally sheets whose rows carry the **issue
numbers** of the board (:func:`workshop.issues.pin_numbers`: the number on each card, pin and
ranked line).  Afterwards :func:`enter_tallies` takes the counts by those numbers in one pass:
each becomes the issue's hand count (dots without a named person, see
:mod:`workshop.ranking`), replacing what was there, all in one transaction (one undo step,
recorded by the store).  :func:`parse_tallies` reads what a facilitator types: ``1=12, 2=7``
or one ``number count`` pair per line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from . import errors
from .model import PositionValue, Proposal, ProposalPosition
from .store import Store

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


# ------------------------------------------------------------------ paper tallies
_PAIR = re.compile(r"^\s*(\d+)\s*(?:[=:.\-]|\s)\s*(\d+)\s*$")


def numbered_issues(store: Store, meeting_id: str) -> list[tuple[int, str, str]]:
    """(issue number, issue id, title) in number order: the rows of a tally sheet."""
    from .issues import issues, pin_numbers

    numbers = pin_numbers(store, meeting_id)
    return sorted((numbers[i.id], i.id, i.title) for i in issues(store, meeting_id)
                  if i.id in numbers)


def parse_tallies(text: str) -> dict[int, int]:
    """``"1=12, 2=7"`` or lines ``"3 5"`` -> {issue number: count}; Thai digits are read too."""
    from .thai import arabic_digits

    out: dict[int, int] = {}
    for part in re.split(r"[,;\n]+", arabic_digits(text)):
        if not part.strip():
            continue
        m = _PAIR.match(part)
        if m is None:
            raise errors.InvalidInput(
                "Write each tally as an issue number and a count, like 3=12; "
                "this part is not: {part}", part=part.strip())
        number, count = int(m.group(1)), int(m.group(2))
        if number in out and out[number] != count:
            raise errors.InvalidInput("Issue {number} is given two different counts.",
                                      number=number)
        out[number] = count
    return out


def enter_tallies(store: Store, meeting_id: str, counts: Mapping[int, int]) -> int:
    """Set the hand count of each numbered issue (one transaction); how many changed.

    Every number must be an issue number of the meeting and every count zero or more;
    otherwise nothing is written."""
    from .ranking import hand_counts, set_hand_count

    by_number = {n: iid for n, iid, _t in numbered_issues(store, meeting_id)}
    for number, count in counts.items():
        if number not in by_number:
            raise errors.InvalidInput(
                "There is no issue {number} on the board of this meeting.", number=number)
        if count < 0:
            raise errors.InvalidInput("A hand count cannot be negative.")
    before = hand_counts(store, meeting_id)
    changed = 0
    with store.transaction():
        for number, count in sorted(counts.items()):
            iid = by_number[number]
            if before.get(iid, 0) != count:
                set_hand_count(store, meeting_id, iid, int(count))
                changed += 1
    return changed
