"""One vocabulary: every model enum value has its Thai and English label in
``workshop.vocabulary``, no other module keeps labels of its own, and the minutes, the CSV
export and the people import read the same words."""
from __future__ import annotations

import ast
import enum
import inspect
import re
from pathlib import Path

import pytest

from workshop import actions, model, people_csv, vocabulary
from workshop.minutes.labels import Labels
from workshop.model import (
    ActionStatus, DecisionMethod, Outcome, PositionValue, RankingMethod, ResourceKind, Response,
    Sector, Threshold,
)

ROOT = Path(__file__).resolve().parents[2]
THAI = re.compile(r"[\u0e00-\u0e7f]")
MODEL_ENUMS = [cls for _name, cls in inspect.getmembers(model, inspect.isclass)
               if issubclass(cls, enum.Enum) and cls.__module__ == model.__name__
               and cls is not model.StrEnum]


def test_every_model_enum_is_in_the_vocabulary():
    assert len(MODEL_ENUMS) >= 16
    assert set(MODEL_ENUMS) == set(vocabulary.TERMS)


@pytest.mark.parametrize("cls", MODEL_ENUMS, ids=lambda c: c.__name__)
def test_every_value_has_a_thai_and_an_english_label(cls):
    terms = vocabulary.TERMS[cls]
    assert set(terms) == set(cls), f"{cls.__name__}: no label for {set(cls) - set(terms)}"
    for member in cls:
        th, en = vocabulary.term(member)
        assert th.strip() and THAI.search(th), (member, th)
        assert en.strip() and not THAI.search(en) and en[0].isupper(), (member, en)
    # two values of one enum never read the same (a combo box or a column could not tell them)
    for lang in vocabulary.LANGUAGES:
        words = list(vocabulary.labels(cls, lang).values())
        assert len(set(words)) == len(words), (cls.__name__, lang, words)


def test_label_helpers():
    assert vocabulary.label(Sector.PRIVATE, "th") == "ภาคเอกชน (ธุรกิจ)"
    assert vocabulary.label(Sector.PRIVATE, "en") == "Private sector"
    assert vocabulary.label(None) == ""
    assert list(vocabulary.labels(Sector, "en")) == list(Sector)
    assert vocabulary.sector_label(None, "th") == vocabulary.NO_SECTOR.th
    assert vocabulary.parse(Outcome, "adopted as amended") == Outcome.AMENDED
    assert vocabulary.parse(Outcome, "เห็นชอบ") == Outcome.ADOPTED
    assert vocabulary.parse(Outcome, "nonsense") is None
    with pytest.raises(ValueError):
        vocabulary.label(Sector.STATE, "fr")


# ------------------------------------------------------------ no second place for the words
def _enum_keyed_label_tables(tree: ast.AST) -> list[int]:
    """Line numbers of dict literals that give every member of a model enum
    (``Sector.STATE: ...``) a short text or a tuple of them: a private label table.  (Colour
    tables, units of a few kinds and demo prose are not labels.)"""
    members = {cls.__name__: {m.name for m in cls} for cls in MODEL_ENUMS}

    def short_text(v: ast.AST) -> bool:
        return (isinstance(v, ast.Constant) and isinstance(v.value, str)
                and not v.value.startswith("#") and len(v.value) <= 60)

    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict) or len(node.keys) < 2:
            continue
        keys = [(k.value.id, k.attr) for k in node.keys if isinstance(k, ast.Attribute)
                and isinstance(k.value, ast.Name) and k.value.id in members]
        if len(keys) != len(node.keys) or len({cls for cls, _ in keys}) != 1:
            continue
        if {name for _, name in keys} != members[keys[0][0]]:
            continue
        if all(short_text(v) or isinstance(v, ast.Tuple) and v.elts
               and all(short_text(e) for e in v.elts) for v in node.values):
            found.append(node.lineno)
    return found


def _translated_labels(tree: ast.AST) -> list[int]:
    """Calls of ``translate("Labels", ...)``: the old, second copy of the words."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "translate"
            and node.args and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "Labels"]


def test_the_scan_finds_a_label_table():
    every = ", ".join(f'Outcome.{m.name}: ("{m.value}", "x")' for m in Outcome)
    tree = ast.parse(f"X = {{{every}}}\n"
                     'y = QCoreApplication.translate("Labels", "State agency")\n')
    assert _enum_keyed_label_tables(tree) == [1]
    assert _translated_labels(tree) == [2]
    colours = ", ".join(f'Outcome.{m.name}: "#fff"' for m in Outcome)
    assert _enum_keyed_label_tables(ast.parse(f"C = {{{colours}}}")) == []
    some = 'T = {Outcome.ADOPTED: "เห็นชอบ", Outcome.REJECTED: "ไม่เห็นชอบ"}'
    assert _enum_keyed_label_tables(ast.parse(some)) == []


def test_no_module_keeps_labels_of_its_own():
    files = [f for d in ("workshop", "ui") for f in sorted((ROOT / d).rglob("*.py"))
             if f != ROOT / "workshop" / "vocabulary.py"]
    assert len(files) > 40
    problems = []
    for f in files:
        tree = ast.parse(f.read_text(encoding="utf-8"), str(f))
        problems += [f"{f.relative_to(ROOT)}:{n}" for n in
                     _enum_keyed_label_tables(tree) + _translated_labels(tree)]
    assert problems == []


# --------------------------------------------------------- the places that read the words
@pytest.mark.parametrize("lang", vocabulary.LANGUAGES)
def test_the_minutes_use_the_vocabulary(lang):
    L = Labels(lang)

    def same(printed: str, value) -> bool:
        return printed.casefold() == vocabulary.label(value, lang).casefold()

    for s in Sector:
        assert L.sector(s) == vocabulary.label(s, lang)
    assert L.sector(None) == vocabulary.NO_SECTOR.in_language(lang)
    for cls, show in ((DecisionMethod, L.method), (Threshold, L.threshold),
                      (Outcome, L.outcome), (Response, L.response),
                      (ResourceKind, L.resource), (PositionValue, L.position)):
        for member in cls:
            assert same(show(member), member), (member, show(member))
    for m in RankingMethod:
        assert same(L.ranking_method(m.value), m)
    for kind in model.AgendaKind:
        assert L.agenda_title(kind, "") == vocabulary.label(kind, lang)


def test_the_csv_export_uses_the_vocabulary(store):
    from workshop.demo import build_demo
    from workshop.meetings import resolve_meeting

    build_demo(store)
    meeting = resolve_meeting(store, "latest")
    cells = {c for row in actions.csv_rows(store, meeting.id) for c in row}
    used = {vocabulary.label(m) for cls in (ActionStatus, Response, ResourceKind) for m in cls}
    used |= {vocabulary.sector_label(s) for s in (*Sector, None)}
    assert cells & used, "the CSV shows no enum label at all"
    assert {vocabulary.label(Response(a.response)) for a in actions.actions(store, meeting.id)} \
        <= cells
    assert {vocabulary.label(ResourceKind(p.kind)) for p in actions.pledges(store, meeting.id)} \
        <= cells
    # an old label that is no longer the vocabulary's is not printed
    assert "ภาคเอกชน" not in cells and "ภาคประชาชน" not in cells


@pytest.mark.parametrize("lang", vocabulary.LANGUAGES)
def test_the_people_import_reads_every_sector_label(lang):
    for s in Sector:
        assert people_csv.parse_sector(vocabulary.label(s, lang)) == s
