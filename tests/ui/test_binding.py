"""The Qt binding must survive a long meeting's worth of calls.

PySide6 6.12.0 on Python < 3.12 returns ``None`` from every void method without taking a
reference; after a few hundred thousand calls the interpreter aborts with
``Fatal Python error: none_dealloc``.  pyproject.toml keeps that version out; this test says
so loudly if an environment gets it anyway.
"""
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
o = QObject()
for _ in range(600_000):
    o.setObjectName("x")
    o.blockSignals(False)
print("survived")
"""


def test_void_calls_do_not_corrupt_none_refcount():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "survived" in proc.stdout
