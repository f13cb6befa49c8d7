"""The actor network: nodes, typed links, scopes, coordinators, the left-out sectors, layout."""
from __future__ import annotations

import pytest

from tests.counting import count_calls
from workshop import coordinators as co
from workshop import network as nw
from workshop.demo import build_demo
from workshop.errors import Notice
from workshop.meetings import create_meeting
from workshop.model import (
    Action, ActionPartner, Attendance, Issue, Meeting, NetworkRole, NetworkRoleAssignment,
    Organisation, Person, Pledge, ResourceKind, Sector,
)

K = nw.LinkKind


@pytest.fixture
def demo(store):
    build_demo(store)
    meetings = store.find(Meeting, order_by="date")
    return store, meetings


def _org(store, name):
    return store.find(Organisation, name=name)[0]


def _names(net, link):
    return {net.nodes[link.a].name, net.nodes[link.b].name}


def test_demo_network_nodes_links_and_their_types(demo):
    store, (m1, m2, m3) = demo
    net = nw.for_meeting(store, m3.id)
    names = {n.name: n for n in net.nodes.values()}
    # every organisation that took a role, led, partnered or pledged; one person in own name
    assert set(names) == {
        "องค์การบริหารส่วนตำบลโนนสูง", "คณะกรรมการหมู่บ้านหนองบัว", "กลุ่มแม่บ้านเกษตรกรหนองบัว",
        "วิสาหกิจชุมชนทอผ้าไหมบ้านหนองบัว", "คณะเกษตรศาสตร์ มหาวิทยาลัยขอนแก่น",
        "ร้านสมหวังวัสดุก่อสร้าง", "โรงพยาบาลส่งเสริมสุขภาพตำบลโนนสูง",
        "ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้าน", "วัดศรีหนองบัว", "สหกรณ์การเกษตรน้ำพอง จำกัด",
        "นายสมชาย ใจดี"}
    assert names["นายสมชาย ใจดี"].kind == "person"
    assert names["นายสมชาย ใจดี"].sector == Sector.COMMUNITY
    assert names["ร้านสมหวังวัสดุก่อสร้าง"].sector == Sector.PRIVATE
    assert names["คณะกรรมการหมู่บ้านหนองบัว"].role_kinds() == {
        "planning", "deciding", "implementing", "lead", "pledge"}

    abt, shop = _org(store, "องค์การบริหารส่วนตำบลโนนสูง"), _org(store, "ร้านสมหวังวัสดุก่อสร้าง")
    link = net.link("org:" + abt.id, "org:" + shop.id)
    # the shop is a partner of the อบต.'s water-main action, mobilises for it and pledges pipes
    assert set(link.kinds) == {K.IMPLEMENTING, K.MOBILISING, K.PARTNER, K.PLEDGE}
    pledge = link.kinds[K.PLEDGE][0]
    assert pledge.table == "pledges"
    assert store.get(Pledge, pledge.id).organisation_id == shop.id
    assert store.get(Action, link.kinds[K.PARTNER][0].action_id).lead_organisation_id == abt.id

    kinds_by_pair = {frozenset(_names(net, l)): set(l.kinds) for l in net.links}
    assert kinds_by_pair[frozenset({"นายสมชาย ใจดี", "คณะกรรมการหมู่บ้านหนองบัว"})] == {K.MEMBER}
    assert kinds_by_pair[frozenset({"คณะเกษตรศาสตร์ มหาวิทยาลัยขอนแก่น",
                                    "โรงพยาบาลส่งเสริมสุขภาพตำบลโนนสูง"})] == {K.PARTNER}
    assert kinds_by_pair[frozenset({"วัดศรีหนองบัว", "วิสาหกิจชุมชนทอผ้าไหมบ้านหนองบัว"})] == {
        K.PLEDGE}
    assert len(net.links) == 7
    # deciding for the meeting as a whole links nobody
    assert not any(K.DECIDING in l.kinds for l in net.links)


def test_scopes_meeting_series_file(demo):
    store, (m1, m2, m3) = demo
    assert nw.series_of(store, m2.id) == [m1.id, m2.id, m3.id]
    assert nw.series_of(store, m1.id) == [m1.id, m2.id, m3.id]
    first = nw.for_meeting(store, m1.id)
    series = nw.for_series(store, m3.id)
    assert set(first.nodes) < set(series.nodes)
    assert set(series.nodes) == set(nw.for_file(store).nodes)
    youth = _org(store, "สภาเด็กและเยาวชนตำบลโนนสูง")
    assert "org:" + youth.id in first.nodes and "org:" + youth.id not in nw.for_meeting(
        store, m3.id).nodes
    # a meeting apart from the series is not part of it
    other = create_meeting(store, Meeting(title="อื่น", date="2026-12-01"))
    assert other.id not in nw.series_of(store, m3.id)
    assert nw.series_of(store, other.id) == [other.id]


def test_filters_by_kind_and_issue_keep_every_node(demo):
    store, (m1, m2, m3) = demo
    net = nw.for_meeting(store, m3.id)
    partners = net.filtered(kinds=[K.PARTNER])
    assert set(partners.nodes) == set(net.nodes)
    assert {k for l in partners.links for k in l.kinds} == {K.PARTNER}
    assert partners.graph.number_of_edges() == 3
    water = store.find(Issue, meeting_id=m3.id, title="น้ำประปาหมู่บ้านไม่ไหลช่วงหน้าแล้ง")[0]
    assert (water.id, water.title) in net.issues()
    one = net.filtered(issue_id=water.id)
    assert [_names(one, l) for l in one.links] == [
        {"องค์การบริหารส่วนตำบลโนนสูง", "ร้านสมหวังวัสดุก่อสร้าง"}]
    assert all(s.issue_id == water.id for l in one.links for v in l.kinds.values() for s in v)


def _constructed(store):
    """Two groups that only the village shop connects: villagers who carry out a clean-up
    together, and officials who run a health campaign; the shop pledges money to the clean-up
    and mobilises for the campaign.  The school (academia) is present and exchanges knowledge
    but never decides or implements."""
    m = create_meeting(store, Meeting(title="เวที", date="2026-11-01"))

    def org(name, sector):
        return store.add(Organisation(name=name, sector=sector))
    v1, v2, v3 = (org(f"กลุ่มบ้าน {i}", Sector.COMMUNITY) for i in (1, 2, 3))
    s1, s2, s3 = (org(f"หน่วยงาน {i}", s) for i, s in
                  ((1, Sector.STATE), (2, Sector.LOCAL_GOVERNMENT), (3, Sector.STATE)))
    shop = org("ร้านค้า", Sector.PRIVATE)
    school = org("โรงเรียน", Sector.ACADEMIA)
    clean = store.add(Action(meeting_id=m.id, title="ทำความสะอาด", lead_organisation_id=v1.id))
    health = store.add(Action(meeting_id=m.id, title="รณรงค์", lead_organisation_id=s1.id))
    for o, a in ((v2, clean), (v3, clean), (s2, health), (s3, health)):
        store.add(NetworkRoleAssignment(meeting_id=m.id, organisation_id=o.id,
                                        role=NetworkRole.IMPLEMENTING, action_id=a.id))
    store.add(Pledge(meeting_id=m.id, action_id=clean.id, organisation_id=shop.id,
                     kind=ResourceKind.MONEY, quantity=500))
    store.add(NetworkRoleAssignment(meeting_id=m.id, organisation_id=shop.id,
                                    role=NetworkRole.MOBILISING, action_id=health.id))
    store.add(NetworkRoleAssignment(meeting_id=m.id, organisation_id=school.id,
                                    role=NetworkRole.EXCHANGING))
    teacher = store.add(Person(first_name="ครู", organisation_id=school.id))
    store.add(Attendance(meeting_id=m.id, person_id=teacher.id))
    return m, shop, school


def test_constructed_case_finds_the_known_coordinator(store):
    m, shop, school = _constructed(store)
    net = nw.for_meeting(store, m.id)
    found = co.coordinators(net)
    top = found[0]
    assert top.key == "org:" + shop.id
    assert top.splits_into == 2
    assert top.betweenness == max(c.betweenness for c in found)
    # the shop joins the community and the state/local-government sides
    assert set(top.sectors_bridged) >= {Sector.COMMUNITY, Sector.LOCAL_GOVERNMENT}
    assert all(isinstance(r, Notice) for r in top.reasons)
    assert "ร้านค้า" in top.reasons[0] and "2 groups" in top.reasons[0]
    assert top.reasons[0].template.startswith("Without {name}")
    # a leaf is never a coordinator
    assert all(net.graph.degree(c.key) >= 2 for c in found)
    # without the shop's pledge the two groups are apart and nobody connects them
    no_pledge = net.filtered(kinds=[k for k in nw.LinkKind if k != K.PLEDGE])
    assert "org:" + shop.id not in {c.key for c in co.coordinators(no_pledge)}


def test_sector_only_consulted(store):
    m, shop, school = _constructed(store)
    left = co.only_consulted(nw.for_meeting(store, m.id))
    # the shop mobilises and pledges, the school exchanges: neither decides nor implements
    assert [x.sector for x in left] == [Sector.PRIVATE, Sector.ACADEMIA]
    assert left[1].present == 1 and [n.id for n in left[1].actors] == [school.id]
    assert left[1].reason.template.startswith("Actors from {sector}")
    assert "academia" in left[1].reason and "1 people present" in left[1].reason
    # once the school implements something it is no longer left out
    store.add(NetworkRoleAssignment(meeting_id=m.id, organisation_id=school.id,
                                    role=NetworkRole.IMPLEMENTING))
    assert [x.sector for x in co.only_consulted(nw.for_meeting(store, m.id))] == [
        Sector.PRIVATE]


def test_demo_coordinators_and_recorded_only(demo):
    store, (m1, m2, m3) = demo
    net = nw.for_meeting(store, m3.id)
    found = co.coordinators(net)
    village = _org(store, "คณะกรรมการหมู่บ้านหนองบัว")
    assert found[0].key == "org:" + village.id and found[0].splits_into == 3
    # the headman and the อบต. are recorded as coordinating, but in this meeting's record
    # neither connects anyone; across the series the อบต. does
    assert [n.name for n in co.recorded_only(net, found)] == [
        "นายสมชาย ใจดี", "องค์การบริหารส่วนตำบลโนนสูง"]
    series = nw.for_series(store, m3.id)
    assert "องค์การบริหารส่วนตำบลโนนสูง" in {c.node.name for c in co.coordinators(series)}


def test_layout_does_not_move_between_builds(demo, tmp_path):
    store, (m1, m2, m3) = demo
    first = nw.layout(nw.for_series(store, m3.id))
    again = nw.layout(nw.for_series(store, m1.id))
    assert first == again
    assert set(first) == set(nw.for_series(store, m3.id).nodes)
    xs, ys = [x for x, _ in first.values()], [y for _, y in first.values()]
    # spread out over the square, not all in one spot
    assert max(max(xs) - min(xs), max(ys) - min(ys)) > 1.0
    assert max(map(abs, xs + ys)) == pytest.approx(1.0, abs=1e-5)
    # a reopened file gives the same picture
    path = store.path
    store.close()
    from workshop.store import Store
    with Store.open(path, backups=False) as again_store:
        assert nw.layout(nw.for_series(again_store, m3.id)) == first


def test_sector_words_in_the_reasons_are_the_vocabulary_words():
    """The reasons name sectors inside a sentence (lower case in English); in Thai they read
    exactly as the one vocabulary (workshop.vocabulary) labels them."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from workshop import vocabulary

    ts = Path(__file__).resolve().parents[2] / "resources/translations/workshop_th.ts"
    thai = {m.findtext("source"): m.findtext("translation")
            for m in ET.parse(ts).getroot().iter("message")}
    assert set(co.SECTOR_NAMES) == set(Sector)
    for sector, notice in co.SECTOR_NAMES.items():
        assert thai[notice.template] == vocabulary.label(sector, "th")
        assert notice.lower() == notice and vocabulary.label(sector, "en").lower() in notice


def test_layout_and_betweenness_cached_per_graph_content(demo, monkeypatch):
    """Issue 15 (speed): a page shown again reuses the layout and the betweenness of a graph
    with the same content; a changed graph gets its own."""
    store, (m1, m2, m3) = demo
    nw._LAYOUTS.clear()
    co._MEASURES.clear()
    net = nw.for_series(store, m3.id)
    calls = {"layout": 0, "between": 0}
    real_layout = nw.layout
    count_calls(monkeypatch, calls, "layout", nw, "layout")
    count_calls(monkeypatch, calls, "between", co.nx, "betweenness_centrality")
    first = nw.cached_layout(net)
    assert first == real_layout(net)
    again = nw.cached_layout(nw.for_series(store, m1.id))      # rebuilt: same content
    assert again == first and calls["layout"] == 1
    found = [c.key for c in co.coordinators(net)]
    assert [c.key for c in co.coordinators(nw.for_series(store, m3.id))] == found
    assert calls["between"] == 1
    # another graph (the first meeting only) is computed, not served from the cache
    small = nw.for_meeting(store, m1.id)
    assert nw.fingerprint(small.graph) != nw.fingerprint(net.graph)
    assert set(nw.cached_layout(small)) == set(small.nodes)
    assert calls["layout"] == 2
    # a link's weight is part of the content
    g = net.graph.copy()
    a, b = next(iter(g.edges))
    g.edges[a, b]["weight"] += 1
    assert nw.fingerprint(g) != nw.fingerprint(net.graph)
