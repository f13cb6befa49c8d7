"""Languages: Thai and English.  The UI is written in English; Thai comes from Qt Linguist
files (``resources/translations/*_th.qm``, one per area) plus Qt's own ``qtbase_th.qm`` when
PySide6 ships it (it does not: ``qt_th.ts`` translates the Qt strings the app shows — standard
buttons, text fields' menus, the file and colour dialogs).  The language is chosen in
Preferences (default: the system locale); the window applies a switch at once
(:meth:`ui.mainwindow.MainWindow.set_language`)."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop import errors, paths, thai

log = logging.getLogger(__name__)
LANGUAGES = ("th", "en")
_installed: list[QTranslator] = []
_current = "en"
_thai_digits = False


def system_language() -> str:
    return "th" if QLocale.system().language() == QLocale.Language.Thai else "en"


def resolve(language: str) -> str:
    return language if language in LANGUAGES else system_language()


def qm_files(language: str) -> list[Path]:
    files: list[Path] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase = qt_dir / f"qtbase_{language}.qm"
    if qtbase.exists():
        files.append(qtbase)
    try:
        files.extend(paths.resources("translations", f"*_{language}.qm"))
    except errors.MissingResource as exc:   # the UI stays in English
        log.warning("%s", exc)
    return files


def install(language: str, thai_digits: bool = False) -> str:
    """Install the translators for ``language`` ("th", "en" or "" for the system's)."""
    global _current, _thai_digits
    _thai_digits = thai_digits
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    lang = resolve(language)
    if lang != "en":
        for qm in qm_files(lang):
            tr = QTranslator(app)
            if tr.load(str(qm)):
                app.installTranslator(tr)
                _installed.append(tr)
            else:
                log.warning("could not load translation %s", qm)
    QLocale.setDefault(QLocale(QLocale.Language.Thai if lang == "th" else QLocale.Language.English,
                               QLocale.Country.Thailand if lang == "th"
                               else QLocale.Country.UnitedKingdom))
    _current = lang
    return lang


def current() -> str:
    return _current


def thai_digits() -> bool:
    return _thai_digits


def error_text(exc: BaseException | errors.Notice) -> str:
    """The message of an environment error in the UI's language.

    A :class:`workshop.errors.WorkshopError` carries an English template and its values; the
    template is translated in the context ``"workshop"`` (``workshop_th.ts``, made by
    ``tools/extract_messages.py``), then filled in.  Untranslated templates, or a translation
    whose placeholders do not fit, give the English.  Anything else gives ``str(exc)``.
    """
    if isinstance(exc, (errors.WorkshopError, errors.Notice)):
        return exc.render(lambda template: QCoreApplication.translate("workshop", template))
    return str(exc)


def message_text(message: str) -> str:
    """A message from ``workshop`` (an :class:`workshop.errors.Notice`, such as an import's
    skipped row) in the UI's language; any other string as it is."""
    return error_text(message) if isinstance(message, errors.Notice) else message


def os_error_text(exc: OSError) -> str:
    """Why an ``OSError`` happened, in the UI's language for the common causes."""
    return message_text(errors.os_reason(exc))


def format_date(iso: str, *, short: bool = False) -> str:
    """A date for display: Buddhist Era in Thai ("24 พ.ย. 2569"), C.E. in English."""
    if _current == "th":
        return thai.format_date_th(iso, short=short, digits=_thai_digits)
    d = thai.parse_date(iso)
    if d is None:
        return ""
    if short:
        return d.strftime("%d %b %Y").lstrip("0")
    return thai.format_date_en(iso)


def format_date_be(iso: str) -> str:
    """Always Buddhist Era, with Thai month names ("24 พฤศจิกายน 2569")."""
    return thai.format_date_th(iso, digits=_thai_digits)
