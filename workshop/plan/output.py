"""Write the village plan table to a file: PDF or XLSX by the file's suffix."""
from __future__ import annotations

import os
from pathlib import Path

from .. import errors
from ..minutes.layout import write_atomic
from ..store import Store
from .table import build_plan

SUFFIXES = (".pdf", ".xlsx")


def plan_bytes(store: Store, which: str, suffix: str, lang: str = "th",
               trend: bool = False) -> bytes:
    """The village plan table of ``which`` (a meeting id, ``latest`` or ``all``) in ``lang``
    (``th`` or ``en``); ``trend``: with governance across the meetings of the series up to
    the plan's latest meeting (:mod:`workshop.minutes.trend_annex`) after the table."""
    plan = build_plan(store, which)
    across = None
    if trend and plan.meetings:
        from ..minutes.trend_annex import build_trend_annex

        across = build_trend_annex(store, plan.meetings[-1].id)
    if suffix == ".pdf":
        from .pdf import render_plan

        return render_plan(plan, lang, across)
    if suffix == ".xlsx":
        from .xlsx import plan_xlsx

        return plan_xlsx(plan, lang, across)
    raise errors.InvalidInput("The village plan is written as .pdf or .xlsx, not {suffix}.",
                              suffix=suffix or "(no suffix)")


def write_plan(store: Store, which: str, out: str | os.PathLike, lang: str = "th",
               trend: bool = False) -> Path:
    suffix = Path(out).suffix.lower()
    return write_atomic(plan_bytes(store, which, suffix, lang, trend), out)
