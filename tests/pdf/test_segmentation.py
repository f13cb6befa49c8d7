"""Thai word segmentation without pythainlp's dictionary trie gives the trie's words."""
from __future__ import annotations

import pytest
from reportlab.platypus import Table

from tests.pdf.conftest import build_rich_meeting
from workshop import thai
from workshop.minutes.content import build_minutes
from workshop.minutes.labels import Labels
from workshop.minutes.layout import minutes_story
from workshop.minutes.thaitext import ThaiParagraph
from workshop.model import Meeting
from workshop.store import Store


def _texts(flow) -> list[str]:
    """The plain text of every paragraph in a story, table cells included."""
    out: list[str] = []

    def walk(f):
        if isinstance(f, ThaiParagraph):
            out.append(f.plain_text())
        elif isinstance(f, Table):
            for row in f._cellvalues:
                for cell in row:
                    for x in (cell if isinstance(cell, (list, tuple)) else [cell]):
                        walk(x)
        elif hasattr(f, "_content"):          # KeepTogether
            for x in f._content:
                walk(x)

    for f in flow:
        walk(f)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The text of real minutes: the demo's and the rich test meeting's, Thai and English."""
    from workshop.demo import build_demo

    folder = tmp_path_factory.mktemp("seg")
    texts: list[str] = []
    with Store.create(folder / "demo.prachakhom", backups=False) as store:
        build_demo(store)
        for mid in [m.id for m in store.find(Meeting)]:
            mins = build_minutes(store, mid)
            for lang in ("th", "en"):
                texts += _texts(minutes_story(mins, Labels(lang)))
    with Store.create(folder / "rich.prachakhom", backups=False) as store:
        m = build_rich_meeting(store)
        texts += _texts(minutes_story(build_minutes(store, m.id), Labels("th")))
    return [t for t in texts if thai.has_thai(t)]


def test_frozenset_dictionary_segments_as_the_trie(corpus):
    from pythainlp.tokenize import word_tokenize

    assert len(corpus) > 300 and sum(map(len, corpus)) > 20000
    ours = [word_tokenize(t, custom_dict=thai.dictionary(), engine="newmm") for t in corpus]
    trie = [word_tokenize(t, engine="newmm") for t in corpus]   # pythainlp's own trie
    differ = [(t, a, b) for t, a, b in zip(corpus, ours, trie) if a != b]
    assert differ == []
    assert sum(map(len, ours)) > 5000


def test_prefixes_are_the_tries():
    from pythainlp.tokenize import word_dict_trie

    trie = word_dict_trie()
    words = thai.dictionary()
    text = "องค์การบริหารส่วนตำบลโนนสูงจัดประชาคมหมู่บ้านเพื่อทำแผนพัฒนาน้ำประปา"
    for start in range(len(text)):
        assert words.prefixes(text, start) == trie.prefixes(text, start), start
    assert words.prefixes(text, len(text)) == []
    assert "ตำบล" in words and "ตำบลโนน" not in words


def test_segment_joins_back_to_the_text(corpus):
    for t in corpus[:200]:
        assert "".join(thai.segment(t)) == t
