"""How long a typed text may be, and which names may not be empty.

The store checks every record it writes (:meth:`workshop.store.Store.add`, ``update``,
``save``), so a service, an undo command and an import all get the same answer: a clear
:class:`errors.InvalidInput` and nothing written.  The UI mirrors the short limits with
``QLineEdit.setMaxLength`` (:func:`max_length`).

* names (people, organisations, groups, places): :data:`NAME` characters,
* titles (meeting, agenda item, issue, proposal, action): :data:`TITLE`,
* free text (notes, discussion, resolutions, descriptions): :data:`TEXT`.

Emoji, Thai combining marks and markup such as ``<b>&amp;`` are ordinary characters here.
"""
from __future__ import annotations

from typing import Any, Mapping

from . import errors

NAME = 200
TITLE = 500
TEXT = 20_000

_NAMES = {
    "people": ("prefix", "first_name", "last_name", "position", "phone", "village_no"),
    "organisations": ("name", "short_name", "kind"),
    "meetings": ("village_no", "village_name", "subdistrict", "district", "province"),
    "categories": ("name_th", "name_en"),
    "clusters": ("name",),
    "maps": ("name",),
    "criteria": ("name",),
    "speaker_turns": ("name",),
    "issues": ("raised_by_name", "village_no"),
    "pledges": ("unit",),
}
_TITLES = {
    "meetings": ("title", "body_name", "venue"),
    "agenda_items": ("title",),
    "issues": ("title", "location"),
    "proposals": ("title",),
    "actions": ("title", "partners", "funding_source", "location", "agency"),
}
_TEXTS = {
    "people": ("notes",),
    "organisations": ("notes",),
    "meetings": ("purpose", "common_goal", "structure", "notes"),
    "agenda_items": ("notes", "resolution"),
    "attendance": ("reason",),
    "network_roles": ("notes",),
    "issues": ("description",),
    "issue_actors": ("notes",),
    "contributions": ("text",),
    "proposals": ("text", "resolution", "amended_text"),
    "proposal_positions": ("reason",),
    "actions": ("notes", "objective", "target", "indicator", "expected_result"),
    "pledges": ("description",),
    "action_updates": ("note",),
}

#: (table, column) -> the most characters it takes
LIMITS: dict[tuple[str, str], int] = {}
for _groups, _limit in ((_NAMES, NAME), (_TITLES, TITLE), (_TEXTS, TEXT)):
    for _table, _cols in _groups.items():
        LIMITS.update({(_table, c): _limit for c in _cols})

#: names and titles that may not be empty (or only spaces), when added or changed.  Only
#: records that no code creates blank are listed, so an undo never has to put a blank back;
#: a meeting's or an agenda item's title is checked by its page.
REQUIRED: dict[str, tuple[str, ...]] = {
    "people": ("first_name",),
    "organisations": ("name",),
    "clusters": ("name",),
    "issues": ("title",),
    "proposals": ("title",),
    "actions": ("title",),
}


def max_length(table: str, column: str) -> int:
    """The limit of ``table.column`` (0: none), for ``QLineEdit.setMaxLength``."""
    return LIMITS.get((table, column), 0)


def check(table: str, values: Mapping[str, Any]) -> None:
    """Raise :class:`errors.InvalidInput` when a value of ``values`` cannot be stored."""
    for column, value in values.items():
        if not isinstance(value, str):
            continue
        limit = LIMITS.get((table, column))
        if limit and len(value) > limit:
            _too_long(limit, len(value))
        if column in REQUIRED.get(table, ()) and not value.strip():
            _empty(limit)


def _too_long(limit: int, length: int) -> None:
    if limit == NAME:
        raise errors.InvalidInput(
            "A name can have at most {limit} characters; this one has {length}.",
            limit=f"{limit:,}", length=f"{length:,}")
    if limit == TITLE:
        raise errors.InvalidInput(
            "A title can have at most {limit} characters; this one has {length}.",
            limit=f"{limit:,}", length=f"{length:,}")
    raise errors.InvalidInput(
        "A text can have at most {limit} characters; this one has {length}. "
        "Shorten it or split it.", limit=f"{limit:,}", length=f"{length:,}")


def _empty(limit: int | None) -> None:
    if limit == NAME:
        raise errors.InvalidInput("A name cannot be empty: type at least one letter.")
    raise errors.InvalidInput("A title cannot be empty: type at least one word.")
