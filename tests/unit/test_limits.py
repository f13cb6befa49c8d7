"""Text limits and required names, enforced by the store for every writer."""
from __future__ import annotations

import pytest

from workshop import errors, limits
from workshop.model import (
    AgendaItem, Contribution, Meeting, Organisation, Person, Pledge,
)
from workshop.people import add_person
from workshop.store import Store

ODD = "<b>สม&amp;ชาย</b> \U0001F600 \u0e48\u0e34 e\u0301"   # markup, emoji, stray marks


def test_limits_cover_the_typed_fields():
    assert limits.max_length("people", "first_name") == limits.NAME == 200
    assert limits.max_length("agenda_items", "title") == limits.TITLE == 500
    assert limits.max_length("agenda_items", "notes") == limits.TEXT == 20_000
    assert limits.max_length("people", "id") == 0


@pytest.mark.parametrize("record, field, limit", [
    (Person(first_name="x"), "first_name", limits.NAME),
    (Organisation(name="x"), "name", limits.NAME),
    (Meeting(title="x"), "title", limits.TITLE),
    (Meeting(title="x"), "purpose", limits.TEXT),
    (Organisation(name="x"), "notes", limits.TEXT),
])
def test_too_long_is_refused_clearly_and_nothing_is_written(store, record, field, limit):
    setattr(record, field, "ก" * (limit + 1))
    with pytest.raises(errors.InvalidInput) as exc:
        store.add(record)
    assert f"{limit:,}" in str(exc.value) and f"{limit + 1:,}" in str(exc.value)
    assert store.count(type(record)) == 0
    setattr(record, field, "ก" * limit)            # exactly the limit fits
    store.add(record)
    assert getattr(store.get(type(record), record.id), field) == "ก" * limit


def test_update_and_save_are_checked_too(store):
    m = store.add(Meeting(title="เวที"))
    item = store.add(AgendaItem(meeting_id=m.id, title="วาระ"))
    with pytest.raises(errors.InvalidInput, match="at most 20,000"):
        store.update(AgendaItem, item.id, notes="x" * 200_000)
    assert store.get(AgendaItem, item.id).notes == ""
    item.title = "t" * 501
    with pytest.raises(errors.InvalidInput, match="A title"):
        store.save(item)
    assert store.get(AgendaItem, item.id).title == "วาระ"


@pytest.mark.parametrize("cls, field", [(Person, "first_name"), (Organisation, "name")])
def test_required_names_cannot_be_emptied(store, cls, field):
    rec = store.add(cls(**{field: "ชื่อ"}))
    for blank in ("", "   "):
        with pytest.raises(errors.InvalidInput, match="cannot be empty"):
            store.update(cls, rec.id, **{field: blank})
    with pytest.raises(errors.InvalidInput, match="cannot be empty"):
        store.add(cls(**{field: " "}))
    assert store.count(cls) == 1 and getattr(store.get(cls, rec.id), field) == "ชื่อ"


def test_odd_text_round_trips_unchanged(tmp_path):
    path = tmp_path / "odd.prachakhom"
    with Store.create(path, backups=False) as store:
        p = add_person(store, Person(first_name=ODD, last_name=ODD, notes=ODD))
        m = store.add(Meeting(title=ODD, venue=ODD))
        store.add(Contribution(meeting_id=m.id, text=ODD))
        store.add(Pledge(meeting_id=m.id, person_id=p.id, description=ODD, quantity=1))
    with Store.open(path) as again:
        p2 = again.get(Person, p.id)
        assert (p2.first_name, p2.last_name, p2.notes) == (ODD, ODD, ODD)
        assert again.get(Meeting, m.id).title == ODD
        assert again.find(Contribution)[0].text == ODD
        assert again.find(Pledge)[0].description == ODD
