"""The desktop imports the start-up's modules below the UI before Qt (issue 17): once
PySide6 is loaded, its import hook reads the source of every module imported after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from clientmanager.__main__ import DESKTOP_START_UP_MODULES

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, sys
from clientmanager.__main__ import prepare_desktop_imports
prepare_desktop_imports()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in (
    "PySide6", "shiboken6", "clientmanager", "sqlalchemy", "cryptography"))))
"""


def test_the_start_up_modules_are_loaded_without_qt() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=True,
    )
    loaded = set(json.loads(completed.stdout.strip().splitlines()[-1]))
    assert set(DESKTOP_START_UP_MODULES) <= loaded
    assert not {name for name in loaded if name.split(".")[0] in ("PySide6", "shiboken6")}
    assert not {name for name in loaded if name.startswith("clientmanager.ui")}
