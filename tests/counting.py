"""Count the calls of a function a test wants to see called (or not), the function still
doing its work."""
from __future__ import annotations

from typing import Any


def count_calls(monkeypatch, calls: dict[str, int], key: str, owner: Any, name: str) -> None:
    """Replace ``owner.name`` (for the test) by the same function adding 1 to ``calls[key]``
    on every call."""
    real = getattr(owner, name)
    calls.setdefault(key, 0)

    def counting(*args, **kwargs):
        calls[key] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
