"""Paper tallies: counts taken on paper during the meeting, typed back in by issue number.

Meetings still run on paper beside the laptop: dots stuck on a flipchart, hands raised and
counted.  :mod:`workshop.paperkit` prints blank tally sheets whose rows carry the **issue
numbers** of the board (:func:`workshop.issues.pin_numbers`: the number on each card, pin and
ranked line).  Afterwards :func:`enter_tallies` takes the counts by those numbers in one pass:
each becomes the issue's hand count (dots without a named person, see
:mod:`workshop.ranking`), replacing what was there, all in one transaction (one undo step,
recorded by the store).  :func:`parse_tallies` reads what a
facilitator types: ``1=12, 2=7`` or one ``number count`` pair per line.
"""
from __future__ import annotations

import re
from typing import Mapping

from . import errors
from .issues import issues, pin_numbers
from .ranking import hand_counts, set_hand_count
from .store import Store

_PAIR = re.compile(r"^\s*(\d+)\s*(?:[=:.\-]|\s)\s*(\d+)\s*$")

def numbered_issues(store: Store, meeting_id: str) -> list[tuple[int, str, str]]:
    """(issue number, issue id, title) in number order: the rows of a tally sheet."""
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
