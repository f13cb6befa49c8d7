"""Issues: capture, categories, clusters, merge, pins, links, tree — with reopen."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from workshop import causes, errors, issues, mapimage, paths
from workshop.meetings import create_meeting
from workshop.model import Category, Issue, IssueLink, Meeting, Person, Response
from workshop.store import Store


@pytest.fixture
def meeting(store):
    return create_meeting(store, Meeting(title="เวทีประชาคม", date="2026-03-01"))


def _png(w=400, h=300, color="green") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (w, h), color).save(out, "PNG")
    return out.getvalue()


def test_default_categories_created_once_and_editable(store):
    cats = issues.ensure_default_categories(store)
    assert len(cats) == 11
    assert cats[0].name_th == "น้ำ" and cats[0].name_en == "Water"
    assert {c.name_en for c in cats} >= {"Roads", "Health", "Youth and elderly", "Other"}
    assert all(c.color.startswith("#") and len(c.color) == 7 for c in cats)
    assert len(issues.ensure_default_categories(store)) == 11
    store.update(Category, cats[0].id, name_th="น้ำประปา")
    assert issues.categories(store)[0].name_th == "น้ำประปา"
    new = issues.add_category(store, "ไฟฟ้า", "Electricity", "#ffee00")
    assert issues.categories(store)[-1].id == new.id
    with pytest.raises(errors.InvalidInput):
        issues.add_category(store, "x", color="red")


def test_capture_numbers_and_places_cards(store, meeting):
    p = store.add(Person(first_name="สมชาย", last_name="ใจดี"))
    a = issues.capture_issue(store, meeting.id, "  น้ำประปา  ไม่ไหล ", raised_by_id=p.id,
                             raised_by_name="ignored")
    b = issues.capture_issue(store, meeting.id, "ถนนเป็นหลุม", raised_by_name="ยายมา",
                             village_no="3")
    assert a.title == "น้ำประปา ไม่ไหล" and a.position == 0 and b.position == 1
    assert (a.board_x, a.board_y) != (b.board_x, b.board_y)
    assert issues.raiser_name(store, a) == "สมชาย ใจดี"
    assert issues.raiser_name(store, b) == "ยายมา"
    with pytest.raises(errors.InvalidInput):
        issues.capture_issue(store, meeting.id, "   ")


def test_parse_quick_line(store):
    cats = issues.ensure_default_categories(store)
    p = Person(first_name="สมศรี", last_name="มีสุข")
    q = issues.parse_quick_line("ไฟทางดับ #ความ หมู่ 4 @สมศรี", cats, [p])
    assert q.title == "ไฟทางดับ"
    assert q.category_id == next(c.id for c in cats if c.name_en == "Safety")
    assert q.village_no == "4"
    assert q.raised_by_id == p.id
    q = issues.parse_quick_line("ขยะล้น @ลุงดำ", cats, [p])
    assert q.raised_by_id is None and q.raised_by_name == "ลุงดำ" and q.title == "ขยะล้น"


def test_clusters_and_moves_survive_reopen(tmp_path):
    path = tmp_path / "w.prachakhom"
    with Store.create(path) as store:
        m = create_meeting(store, Meeting(date="2026-03-01"))
        a = issues.capture_issue(store, m.id, "A")
        b = issues.capture_issue(store, m.id, "B")
        c = issues.add_cluster(store, m.id, "น้ำ", 1000, 1000, 600, 400)
        assert store.get(Issue, a.id).cluster_id is None
        _r, moved = store.record(issues.move_cards, store, m.id, {a.id: (1100, 1100)})
        assert store.get(Issue, a.id).cluster_id == c.id
        issues.move_cards(store, m.id, {b.id: (5000, 5000)})
        assert store.get(Issue, b.id).cluster_id is None
        _r, step = store.record(issues.move_cluster, store, c.id, 1200, 1000)
        assert store.get(Issue, a.id).board_x == 1300
        store.undo(step)
        assert store.get(Issue, a.id).board_x == 1100
        store.undo(moved)
        assert store.get(Issue, a.id).cluster_id is None
        issues.move_cards(store, m.id, {a.id: (1050, 1020)})
    with Store.open(path) as store:
        got = store.get(Issue, a.id)
        assert (got.board_x, got.board_y, got.cluster_id) == (1050, 1020, c.id)
        assert [x.name for x in issues.clusters(store, m.id)] == ["น้ำ"]


def test_new_cluster_takes_cards_inside(store, meeting):
    a = issues.capture_issue(store, meeting.id, "A")   # at 0,0
    c, step = store.record(issues.add_cluster, store, meeting.id, "กลุ่ม", -10, -10, 300, 200)
    assert store.get(Issue, a.id).cluster_id == c.id
    store.undo(step)
    assert store.get(Issue, a.id).cluster_id is None and not issues.clusters(store, meeting.id)
    store.redo(step)
    assert store.get(Issue, a.id).cluster_id == c.id
    with pytest.raises(errors.InvalidInput):
        issues.add_cluster(store, meeting.id, " ", 0, 0)


def test_merge_keeps_raisers_and_unmerge(store, meeting):
    a = issues.capture_issue(store, meeting.id, "น้ำไม่ไหล", raised_by_name="ก")
    b = issues.capture_issue(store, meeting.id, "ประปาไม่ไหล", raised_by_name="ข")
    c = issues.capture_issue(store, meeting.id, "ไม่มีน้ำใช้", raised_by_name="ค")
    _r, u1 = store.record(issues.merge_issues, store, b.id, [c.id])
    _r, u2 = store.record(issues.merge_issues, store, a.id, [b.id])
    assert store.get(Issue, c.id).merged_into_id == a.id   # chain re-pointed
    assert [i.title for i in issues.issues(store, meeting.id)] == ["น้ำไม่ไหล"]
    assert [r.name for r in issues.raisers(store, a.id)] == ["ก", "ข", "ค"]
    store.undo(u2)
    assert store.get(Issue, c.id).merged_into_id == b.id
    assert store.get(Issue, b.id).merged_into_id is None
    store.undo(u1)
    assert len(issues.issues(store, meeting.id)) == 3
    with pytest.raises(errors.InvalidInput):
        issues.merge_issues(store, a.id, [a.id])
    issues.merge_issues(store, a.id, [b.id])
    assert store.get(Issue, b.id).merged_into_id == a.id
    _r, step = store.record(issues.split_off, store, b.id)
    assert store.get(Issue, b.id).merged_into_id is None
    store.undo(step)
    assert store.get(Issue, b.id).merged_into_id == a.id


def test_links_reject_self_repeat_and_cycles(store, meeting):
    a, b, c = (issues.capture_issue(store, meeting.id, t) for t in "ABC")
    causes.add_link(store, a.id, b.id)
    causes.add_link(store, b.id, c.id)
    with pytest.raises(errors.InvalidInput, match="own cause"):
        causes.add_link(store, a.id, a.id)
    with pytest.raises(errors.InvalidInput, match="already"):
        causes.add_link(store, a.id, b.id)
    with pytest.raises(errors.InvalidInput, match="circle"):
        causes.add_link(store, c.id, a.id)
    tree = causes.problem_tree(store, meeting.id)
    assert tree.layer == {a.id: 0, b.id: 1, c.id: 2}
    assert tree.roots == [a.id] and tree.top_effects == [c.id]
    assert tree.layers() == [[a.id], [b.id], [c.id]]
    d = issues.capture_issue(store, meeting.id, "D")
    assert tree.unlinked == [] and causes.problem_tree(store, meeting.id).unlinked == [d.id]
    link = store.find(IssueLink, cause_id=a.id)[0]
    _r, step = store.record(store.delete, IssueLink, link.id)
    _r, step2 = store.record(causes.add_link, store, c.id, a.id)   # no longer a cycle
    store.undo(step2)
    store.undo(step)
    assert causes.problem_tree(store, meeting.id).roots == [a.id]


def test_map_pins_and_png(store, meeting):
    m = issues.add_map(store, meeting.id, "แผนที่", _png())
    assert (m.width, m.height, m.mime) == (400, 300, "image/png")
    a = issues.capture_issue(store, meeting.id, "A")
    _r, step = store.record(issues.pin_issue, store, a.id, m.id, 0.5, 1.7)
    got = store.get(Issue, a.id)
    assert (got.map_id, got.map_x, got.map_y) == (m.id, 0.5, 1.0)
    pins = issues.map_pins(store, m.id)
    assert [p.number for _i, p in pins] == [1]
    png = issues.map_png(store, m.id)
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.size == (400, 300)
    assert img.getpixel((200, 295)) != (0, 128, 0)       # a pin was drawn there
    assert img.getpixel((20, 20)) == (0, 128, 0)
    store.undo(step)
    assert store.get(Issue, a.id).map_id is None


def test_big_photo_is_downscaled_to_jpeg():
    img = Image.merge("RGB", [Image.effect_noise((3000, 2000), 60)] * 3)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    prep = mapimage.prepare_image(out.getvalue())
    assert prep.mime == "image/jpeg" and max(prep.width, prep.height) == 2400
    assert mapimage.image_size(prep.data) == (2400, 1600)
    with pytest.raises(errors.InvalidInput):
        mapimage.prepare_image(b"not a picture")


def test_response_and_actors(store, meeting):
    a = issues.capture_issue(store, meeting.id, "A")
    p = store.add(Person(first_name="ผู้ใหญ่"))
    assert issues.set_response(store, a.id, Response.JOINTLY) is None
    assert store.get(Issue, a.id).response == Response.JOINTLY
    issues.add_actor(store, a.id, person_id=p.id)
    with pytest.raises(errors.InvalidInput):
        issues.add_actor(store, a.id, person_id=p.id)
    with pytest.raises(errors.InvalidInput):
        issues.add_actor(store, a.id)
    assert [x.person_id for x in issues.actors(store, a.id)] == [p.id]


def test_map_picture_and_issue_work_survive_json_round_trip(store, meeting, tmp_path):
    from workshop import interchange, ranking
    from workshop.model import CommunityMap, Cluster, IssueLink

    issues.ensure_default_categories(store)
    sample = paths.RESOURCES / "demo" / "village-map.png"
    m = issues.add_map(store, meeting.id, "แผนที่เดินดิน", sample.read_bytes())
    a = issues.capture_issue(store, meeting.id, "น้ำท่วม", raised_by_name="ก")
    b = issues.capture_issue(store, meeting.id, "ถนนพัง", raised_by_name="ข")
    issues.pin_issue(store, a.id, m.id, 0.4, 0.6)
    c = issues.add_cluster(store, meeting.id, "น้ำ", -20, -20, 400, 300)
    causes.add_link(store, a.id, b.id)
    ranking.set_hand_count(store, meeting.id, a.id, 5)
    dest = interchange.export_json(store, tmp_path / "all.json")
    with Store.create(tmp_path / "copy.prachakhom") as other:
        interchange.import_json(other, dest)
        got = other.get(CommunityMap, m.id)
        assert got.image == store.get(CommunityMap, m.id).image
        assert (got.width, got.height, got.mime) == (1600, 1100, "image/png")
        assert other.get(Issue, a.id).map_x == 0.4
        assert other.get(Cluster, c.id).name == "น้ำ"
        assert other.count(IssueLink) == 1
        assert issues.map_png(other, m.id) == issues.map_png(store, m.id)
        assert ranking.rank_issues(other, meeting.id)[0].issue_id == a.id


def test_arrange_board_tidies_and_undoes(store, meeting):
    cards = [issues.capture_issue(store, meeting.id, f"ประเด็น {k}") for k in range(7)]
    g1 = issues.add_cluster(store, meeting.id, "น้ำ", 5000, 5000, 100, 100)
    g2 = issues.add_cluster(store, meeting.id, "ถนน", 9000, 0, 100, 100)
    for c in cards[:5]:
        store.update(Issue, c.id, cluster_id=g1.id, board_x=5000, board_y=5000)  # piled up
    store.update(Issue, cards[5].id, cluster_id=g2.id)
    _r, token = store.record(issues.arrange_board, store, meeting.id)
    got = {c.id: store.get(Issue, c.id) for c in cards}
    spots = {(i.board_x, i.board_y) for i in got.values()}
    assert len(spots) == 7                                   # no two cards on one spot
    for c in cards[:5]:
        assert got[c.id].cluster_id == g1.id
        assert issues.cluster_at(issues.clusters(store, meeting.id),
                                 got[c.id].board_x, got[c.id].board_y) == g1.id
    assert got[cards[5].id].cluster_id == g2.id and got[cards[6].id].cluster_id is None
    store.undo(token)
    assert store.get(Issue, cards[0].id).board_x == 5000
    assert store.get(issues.Cluster, g1.id).width == 100
