"""What a page did in answer to a change notice (tests/ui/test_change_notices*.py)."""
from __future__ import annotations


class Watch:
    """What a page did in answer to a change: its models' resets, the rows told to change
    (per model), and the calls of its whole-reload methods."""

    def __init__(self, page, *models, methods=("reload", "load")):
        self.resets = 0
        self.reloads: list[str] = []
        self.rows: dict[int, set[int]] = {}
        for k, m in enumerate(models):
            self.rows[k] = set()
            m.modelReset.connect(self._reset)
            m.dataChanged.connect(
                lambda a, b, *_r, k=k: self.rows[k].update(range(a.row(), b.row() + 1)))
        for name in methods:
            real = getattr(page, name)

            def spy(*args, _real=real, _name=name, **kw):
                self.reloads.append(_name)
                return _real(*args, **kw)
            setattr(page, name, spy)

    def _reset(self) -> None:
        self.resets += 1

    def clear(self) -> None:
        self.reloads.clear()
        for rows in self.rows.values():
            rows.clear()

    def assert_no_whole_reload(self) -> None:
        assert self.resets == 0, "a model was reset"
        assert self.reloads == [], f"the page reloaded whole: {self.reloads}"
