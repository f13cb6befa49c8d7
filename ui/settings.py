"""Every setting, declared once (name, type, default), behind one QSettings wrapper.

Two INI files in one folder: ``preferences.ini`` (what the user chooses in Preferences) and
``state.ini`` (window geometry, splitters, the recent files list), so that resetting the window
never loses a preference.  The folder is ``$PRACHAKHOM_CONFIG_DIR`` when set (tests set it),
else Qt's platform default for the organisation "Prachakhom".
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANISATION = "Prachakhom"
APPLICATION = "Prachakhom"
RECENT_MAX = 8


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    file: str = "preferences"   # or "state"


# ---- the declarations: the only place a setting's name, type and default appear
LANGUAGE = Setting("ui/language", str, "")            # "" = follow the system locale
THAI_DIGITS = Setting("ui/thai_digits", bool, False)  # show ๐๑๒ in dates
FONT_SIZE = Setting("ui/font_size", int, 0)            # 0 = the default size
CONFIRM_DELETE = Setting("ui/confirm_delete", bool, False)
NETWORK_ANNEX = Setting("minutes/network_annex", bool, False)   # the actor network annex
TREND_ANNEX = Setting("minutes/trend_annex", bool, False)   # governance across meetings
PLAN_TREND = Setting("plan/trend_annex", bool, False)        # the same after the village plan

LAST_FILE = Setting("files/last", str, "", "state")
RECENT_FILES = Setting("files/recent", list, [], "state")
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "state")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "state")
LAST_PAGE = Setting("window/page", int, 0, "state")
EXPORT_DIR = Setting("files/export_dir", str, "", "state")   # where minutes/CSV went last

ALL_SETTINGS = (LANGUAGE, THAI_DIGITS, FONT_SIZE, CONFIRM_DELETE, NETWORK_ANNEX, TREND_ANNEX,
                PLAN_TREND, LAST_FILE, RECENT_FILES, GEOMETRY, WINDOW_STATE, LAST_PAGE, EXPORT_DIR)


def config_dir() -> Path:
    env = os.environ.get("PRACHAKHOM_CONFIG_DIR")
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / ORGANISATION


class Settings:
    """Typed access to the two INI files.  ``Settings().get(LANGUAGE)``."""

    def __init__(self, folder: Optional[Path] = None):
        self.folder = Path(folder) if folder else config_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._q = {
            name: QSettings(str(self.folder / f"{name}.ini"), QSettings.Format.IniFormat)
            for name in ("preferences", "state")
        }

    def qsettings(self, s: Setting) -> QSettings:
        return self._q[s.file]

    def get(self, s: Setting) -> Any:
        q = self.qsettings(s)
        if not q.contains(s.name):
            return list(s.default) if isinstance(s.default, list) else s.default
        raw = q.value(s.name)
        return _coerce(s, raw)

    def set(self, s: Setting, value: Any) -> None:
        q = self.qsettings(s)
        if value is None:
            q.remove(s.name)
        else:
            if s.type is list and not value:
                q.setValue(s.name, [])
            else:
                q.setValue(s.name, value)
        q.sync()

    def reset(self, s: Setting) -> None:
        self.qsettings(s).remove(s.name)
        self.qsettings(s).sync()

    # ---- recent files
    def recent_files(self) -> list[str]:
        return [p for p in self.get(RECENT_FILES) if p]

    def add_recent(self, path: str | os.PathLike) -> None:
        p = str(Path(path).resolve())
        files = [f for f in self.recent_files() if f != p]
        files.insert(0, p)
        self.set(RECENT_FILES, files[:RECENT_MAX])
        self.set(LAST_FILE, p)

    def remove_recent(self, path: str) -> None:
        self.set(RECENT_FILES, [f for f in self.recent_files() if f != path])

    def sync(self) -> None:
        for q in self._q.values():
            q.sync()


def _coerce(s: Setting, raw: Any) -> Any:
    if s.type is bool:
        if isinstance(raw, str):
            return raw.lower() in ("true", "1", "yes")
        return bool(raw)
    if s.type is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return s.default
    if s.type is list:
        if raw is None or raw == "":
            return []
        if isinstance(raw, str):
            return [raw]
        return [str(x) for x in raw]
    if s.type is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray()
    return str(raw) if raw is not None else s.default
