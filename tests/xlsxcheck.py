"""Reading XLSX written by the app in tests: work out the few formulas it writes
(=SUM(A1:A9), =A1+B2, =SUMIF(range,"text",range)) from the stored cells."""
from __future__ import annotations

import re

_REF = re.compile(r"([A-Z]+)(\d+)")


def _cells(ws, a: str, b: str) -> list[str]:
    (c1, r1), (c2, r2) = _REF.fullmatch(a).groups(), _REF.fullmatch(b).groups()
    assert c1 == c2, (a, b)
    return [f"{c1}{r}" for r in range(int(r1), int(r2) + 1)]


def value(ws, ref: str) -> float:
    """The number in ``ref``, formulas worked out; empty cells are 0."""
    v = ws[ref].value
    if not (isinstance(v, str) and v.startswith("=")):
        return float(v or 0)
    body = v[1:]
    m = re.fullmatch(r"SUM\(([A-Z]+\d+):([A-Z]+\d+)\)", body)
    if m:
        return sum(value(ws, r) for r in _cells(ws, *m.groups()))
    m = re.fullmatch(r'SUMIF\(([A-Z]+\d+):([A-Z]+\d+),"([^"]*)",([A-Z]+\d+):([A-Z]+\d+)\)', body)
    if m:
        a, b, text, c, d = m.groups()
        return sum(value(ws, s) for k, s in zip(_cells(ws, a, b), _cells(ws, c, d))
                   if ws[k].value == text)
    assert re.fullmatch(r"[A-Z]+\d+(\+[A-Z]+\d+)*", body), v
    return sum(value(ws, part) for part in body.split("+"))
