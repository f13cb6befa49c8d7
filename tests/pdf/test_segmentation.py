"""Thai word segmentation (workshop/newmm.py, a copy of pythainlp's newmm, on its word list
as a frozenset instead of its trie) gives pythainlp's words.  pythainlp is a test extra only."""
from __future__ import annotations

import os

import pytest
from reportlab.platypus import Table

from tests.pdf.conftest import build_rich_meeting
from workshop import newmm, thai
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


@pytest.fixture(scope="module")
def pythainlp():
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")     # it writes nothing into the home
    return pytest.importorskip("pythainlp", reason="the comparison needs pythainlp (test extra)")


def test_the_copy_segments_as_pythainlp(corpus, pythainlp):
    """Word for word, run by run as workshop.thai segments them, against pythainlp's newmm on
    its own trie of the same word list."""
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import Trie

    trie = Trie(thai.dictionary())
    runs = [run for t in corpus for run in thai._RUN_RE.findall(t) if len(run) > 1]
    assert len(corpus) > 300 and sum(map(len, runs)) > 20000
    ours = [newmm.segment(run, thai.dictionary()) for run in runs]
    theirs = [word_tokenize(run, custom_dict=trie, engine="newmm") for run in runs]
    differ = [(r, a, b) for r, a, b in zip(runs, ours, theirs) if a != b]
    assert differ == []
    assert sum(map(len, ours)) > 5000
    text = "ผู้ใหญ่บ้านนัดประชุม๑๒คนที่ศาลาวัดxyzเรื่องน้ำประปาหมู่บ้าน"
    assert newmm.segment(text, thai.dictionary()) == word_tokenize(text, custom_dict=trie,
                                                                   engine="newmm")


def test_the_word_list_is_pythainlps(pythainlp):
    """The copy in resources/thai/ is pythainlp's word list (of the release it was taken from:
    a later pythainlp may have grown its own)."""
    from pythainlp.corpus import thai_words

    ours, theirs = frozenset(thai.dictionary()), thai_words()
    assert len(ours) > 60000
    if pythainlp.__version__ == "5.4.0":
        assert ours == theirs
    else:
        assert len(ours & theirs) > 0.95 * len(ours)


def test_prefixes_are_the_tries(pythainlp):
    from pythainlp.util import Trie

    words = thai.dictionary()
    trie = Trie(words)
    text = "องค์การบริหารส่วนตำบลโนนสูงจัดประชาคมหมู่บ้านเพื่อทำแผนพัฒนาน้ำประปา"
    for start in range(len(text)):
        assert words.prefixes(text, start) == trie.prefixes(text, start), start
    assert words.prefixes(text, len(text)) == []
    assert "ตำบล" in words and "ตำบลโนน" not in words


def test_segment_joins_back_to_the_text(corpus):
    for t in corpus[:200]:
        assert "".join(thai.segment(t)) == t


def test_the_dictionary_read_in_the_background_is_the_one_segment_uses():
    thai._read_dictionary.cache_clear()
    threads = [thai.warm_up() for _ in range(3)]     # several at once: read once
    for t in threads:
        t.join(timeout=30)
    assert thai._read_dictionary.cache_info().misses == 1
    words = thai.dictionary()
    assert words is thai._read_dictionary() and "ตำบล" in words
    assert thai.segment("ประชาคมหมู่บ้าน") == ["ประชาคม", "หมู่บ้าน"]
