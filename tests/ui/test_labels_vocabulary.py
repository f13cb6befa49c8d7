"""The UI shows the one vocabulary (workshop.vocabulary) in the UI's language: the same words
as the minutes and the CSV, and they follow a language switch."""
from __future__ import annotations

import pytest

from ui import i18n, labels
from workshop import vocabulary
from workshop.model import Sector


@pytest.fixture(params=["th", "en"])
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_every_label_is_the_vocabularys(language):
    for cls, table in labels.BY_ENUM.items():
        assert table() == vocabulary.labels(cls, language)
        for member in cls:
            assert labels.label(member) == vocabulary.label(member, language)
    assert set(labels.BY_ENUM) == set(vocabulary.TERMS)
    assert labels.no_sector() == vocabulary.NO_SECTOR.in_language(language)


def test_a_sector_reads_the_same_on_screen_and_in_the_minutes(language):
    from workshop.minutes.labels import Labels

    assert labels.sector(Sector.PRIVATE) == Labels(language).sector(Sector.PRIVATE)
    assert labels.sector(Sector.PRIVATE) == {"th": "ภาคเอกชน (ธุรกิจ)",
                                             "en": "Private sector"}[language]


def test_a_combo_shows_the_labels_with_the_values_as_data(qtbot, language):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    labels.fill_combo(combo, Sector, Sector.COMMUNITY)
    assert [combo.itemText(i) for i in range(combo.count())] == \
        list(vocabulary.labels(Sector, language).values())
    assert combo.currentData() == Sector.COMMUNITY.value
    assert combo.currentText() == vocabulary.label(Sector.COMMUNITY, language)
