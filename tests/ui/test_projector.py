"""The projector (issue 12): follows the facilitator's page and selection in a real main
window on the demo file; freeze keeps, blank blanks; at 1280×720 every text is ≥ 28 pt; Thai."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel

from ui import i18n
from workshop import actions, agenda, people, decisions, privacy, ranking, speakers
from workshop.model import Meeting, Person

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def projector(demo_window):
    demo_window.act_projector.trigger()        # View ▸ Projector (F5)
    p = demo_window.projector
    p.clock = lambda: NOW
    p.resize(1280, 720)
    return p


@pytest.fixture
def thai_ui(qapp):
    i18n.install("th")
    yield
    i18n.install("en")


def show(window, module: str):
    window.show_page_module(module)
    return window.page(module)


def visible_texts(p) -> list[str]:
    return [lb.text() for lb in p.findChildren(QLabel) if lb.isVisibleTo(p) and lb.text()]


def test_projector_action_is_f5_in_the_view_menu(demo_window):
    a = demo_window.act_projector
    assert a.shortcut().toString() == "F5"
    assert a in demo_window.menu_view.actions()
    others = [x for x in demo_window.findChildren(type(a)) if x is not a]
    assert all(x.shortcut().toString() != "F5" for x in others)


def test_follows_the_agenda_page_and_its_selection(qtbot, demo_window, projector):
    page = show(demo_window, "ui.pages.agenda")
    store, mid = demo_window.ctx.store, demo_window.ctx.meeting_id
    items = agenda.items(store, mid)
    numbers = agenda.numbering(items)
    for row in (1, 3):
        page.view.selectRow(row)
        expected = f"{numbers[row]}. {items[row].title}"
        qtbot.waitUntil(lambda: projector.slide.heading == expected, timeout=3000)  # by itself
        assert expected in visible_texts(projector)
        assert projector.slide.meeting == store.get(Meeting, mid).title


def test_follows_every_page_to_its_view(qtbot, demo_window, projector):
    store, mid = demo_window.ctx.store, demo_window.ctx.meeting_id
    show(demo_window, "ui.pages.priorities")
    ranked = sorted(ranking.rank_issues(store, mid), key=lambda r: (-r.dots, r.number))
    assert projector.slide.bars[:3] == [(r.title, r.dots) for r in ranked[:3]]
    assert str(ranked[0].dots) in visible_texts(projector)

    page = show(demo_window, "ui.pages.decisions")
    props = decisions.proposals(store, mid)
    assert len(props) >= 2
    for prop in (props[0], props[-1]):
        row = next(i for i in range(page.list_model.rowCount())
                   if page.list_model.id_at(i) == prop.id)
        page.list_view.selectRow(row)
        qtbot.waitUntil(lambda: projector.slide.heading == prop.title, timeout=3000)
    assert projector.slide.bars or projector.slide.lines

    show(demo_window, "ui.pages.actions")
    titles = [a.title for a in actions.actions(store, mid)]
    assert titles and all(any(line.startswith(t) for line in projector.slide.lines)
                          for t in titles[:5])

    show(demo_window, "ui.pages.setup")               # any other page: meeting + agenda
    assert projector.current_view()[0] == "agenda"
    assert projector.slide.meeting in visible_texts(projector)


def test_speakers_queue_and_countdown_name_people_by_the_public_rule(demo_window, projector):
    ctx = demo_window.ctx
    store, mid = ctx.store, ctx.meeting_id
    page = show(demo_window, "ui.pages.speakers")
    item = page.agenda_item_id()
    shy = next(p for p in store.find(Person) if p.phone)
    ctx.run("no consent", people.update_person, store, shy.id, consent=False)
    ctx.run("queue", speakers.enqueue, store, mid, item, name="ทองดี มีสุข", limit_s=120)
    ctx.run("queue", speakers.enqueue, store, mid, item, person_id=shy.id)
    ctx.run("queue", speakers.enqueue, store, mid, item, name="บุญมา ใจงาม")
    ctx.run("next", speakers.start_next, store, mid, item, NOW)
    projector.clock = lambda: NOW + timedelta(seconds=30)
    projector.refresh()
    slide = projector.slide
    assert "ทองดี มีสุข" in slide.heading
    assert slide.big == agenda.format_duration(120 - 30)
    queue = "\n".join(slide.lines)
    assert privacy.UNNAMED in queue and shy.first_name not in queue
    assert "บุญมา ใจงาม" in queue and "ทองดี มีสุข" not in queue
    assert not any(shy.phone and shy.phone in t for t in visible_texts(projector))
    projector.clock = lambda: NOW + timedelta(seconds=150)     # over the limit: red
    projector.refresh()
    assert projector.slide.big_alarm and projector.slide.big.startswith("-")


def test_freeze_keeps_and_blank_blanks(qtbot, demo_window, projector):
    control = demo_window.projector_control
    show(demo_window, "ui.pages.actions")
    kept = projector.slide
    control.freeze.setChecked(True)
    show(demo_window, "ui.pages.priorities")
    assert projector.slide == kept
    control.freeze.setChecked(False)
    assert projector.slide != kept and projector.slide.bars

    control.combo.setCurrentIndex(control.combo.findData("actions"))   # picked, not followed
    assert projector.slide.lines == kept.lines
    control.combo.setCurrentIndex(control.combo.findData("follow"))
    assert projector.slide.bars

    control.blank.setChecked(True)
    projector.show()
    image = projector.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
               for y in range(0, image.height(), 16)}
    assert len(colours) == 1                                # nothing at all on the screen
    control.blank.setChecked(False)
    image = projector.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 8)
                for y in range(0, image.height(), 8)}) > 1


def test_follows_the_issue_board_without_names(qtbot, demo_window, projector):
    page = show(demo_window, "ui.pages.board")
    assert projector.current_view()[0] == "board"
    pic = projector.picture
    assert pic.isVisibleTo(projector) and pic.scene() is pic.board
    assert set(pic.board.cards) == set(page.scene.cards) and pic.board.cards
    assert {c.name for c in pic.board.clusters.values()} == \
        {c.name for c in page.scene.clusters.values()}
    assert any(c.data_.raiser for c in page.scene.cards.values())       # the page names them
    assert not any(c.data_.raiser for c in pic.board.cards.values())    # the room sees no one
    assert str(len(page.scene.cards)) in projector.slide.heading
    shown = pic.visible_rect()
    assert all(shown.contains(c.sceneBoundingRect()) for c in pic.board.cards.values())
    card = next(iter(page.scene.cards))
    page.move_cards({card: (4000.0, 3000.0)})                # the facilitator moves a card
    qtbot.waitUntil(lambda: pic.board.cards[card].pos().x() == 4000.0, timeout=3000)
    assert pic.visible_rect().contains(pic.board.cards[card].sceneBoundingRect())


def test_follows_the_map_and_its_pins(qtbot, demo_window, projector):
    page = show(demo_window, "ui.pages.map")
    assert projector.current_view() == ("map", page.map_combo.currentData())
    pic = projector.picture
    assert pic.isVisibleTo(projector) and pic.scene() is pic.map
    assert not pic.map.picture.pixmap().isNull()
    assert pic.map.size == page.scene.size
    assert {i: p.number for i, p in pic.map.pins.items()} == \
        {i: p.number for i, p in page.scene.pins.items()} and pic.map.pins
    for iid, pin in pic.map.pins.items():                   # where the facilitator put them
        assert pin.pos() == page.scene.pins[iid].pos()
    assert pic.visible_rect().contains(pic.map.sceneRect().adjusted(1, 1, -1, -1))
    assert projector.slide.heading == page.map_combo.currentText()
    show(demo_window, "ui.pages.setup")
    assert not pic.isVisibleTo(projector)


def test_a_zero_count_bar_is_a_thin_visible_line(qtbot, demo_window, projector):
    from ui import projector_slides as slides
    from ui.projector import ZERO_BAR

    projector.show()
    projector.set_frozen(True)                 # only the slide below
    projector.show_slide(slides.Slide(meeting="m", heading="h",
                                      bars=[("น้ำประปา", 12), ("ถนน", 0), ("ขยะ", 3)]))
    qtbot.wait(10)
    (_n1, full, _v1), (_n2, zero, value), (_n3, small, _v3) = projector.bar_rows[:3]
    assert zero.isVisible() and value.text() == "0"
    assert zero.width() == ZERO_BAR and zero.height() >= 20
    assert small.width() > zero.width() * 2 and full.width() > small.width()
    image = projector.grab().toImage()
    centre = zero.mapTo(projector, zero.rect().center())
    background = image.pixelColor(centre.x() + 40, centre.y())
    line = image.pixelColor(centre)
    assert line != background and line.lightness() > background.lightness() + 40


@pytest.mark.parametrize("module", ["ui.pages.agenda", "ui.pages.speakers", "ui.pages.board",
                                    "ui.pages.map", "ui.pages.priorities", "ui.pages.decisions",
                                    "ui.pages.actions", "ui.pages.setup"])
def test_every_text_is_at_least_28_pt_at_1280x720(qtbot, thai_ui, demo_window, projector,
                                                    module, tmp_path):
    show(demo_window, module)
    projector.show()
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.size().width() == 1280)
    projector.refresh()
    pixmap = projector.grab()
    assert (pixmap.width(), pixmap.height()) == (1280, 720)
    labels = [lb for lb in projector.findChildren(QLabel) if lb.isVisibleTo(projector)
              and lb.text()]
    assert labels
    min_px = 28 * projector.logicalDpiY() / 72
    small = [(lb.text(), QFontInfo(lb.font()).pixelSize()) for lb in labels
             if QFontInfo(lb.font()).pixelSize() < min_px - 0.5]
    assert not small, small
    assert all(QFontInfo(lb.font()).family() == "Sarabun" for lb in labels)
    for lb in labels:                                   # and every line is on the screen
        bottom = lb.mapTo(projector, lb.rect().bottomLeft()).y()
        assert bottom <= 720, (lb.text(), bottom)
    assert pixmap.save(str(tmp_path / "projector.png"))


def test_thai_first(qtbot, thai_ui, demo_window, projector):
    show(demo_window, "ui.pages.actions")
    assert projector.slide.heading == "แผนปฏิบัติการ"
    control = demo_window.projector_control
    texts = [control.label.text(), control.freeze.text(), control.blank.text(),
             projector.windowTitle(), demo_window.menu_view.title(),
             demo_window.act_projector.text()]
    texts += [control.combo.itemText(i) for i in range(control.combo.count())]
    assert all(any("\u0e00" <= ch <= "\u0e7f" for ch in t) for t in texts), texts
