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
def demo_window(qtbot, tmp_path, settings):
    from ui.mainwindow import MainWindow
    from workshop import demo
    from workshop.store import Store

    store = Store.create(tmp_path / "demo.prachakhom", backups=False)
    demo.build_demo(store)
    w = MainWindow(settings, store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


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


@pytest.mark.parametrize("module", ["ui.pages.agenda", "ui.pages.speakers",
                                    "ui.pages.priorities", "ui.pages.decisions",
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
