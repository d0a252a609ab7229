"""Start-up does not pay for what it does not use: opening a practice whose schema is
current imports neither Alembic (only needed to upgrade) nor fpdf (only for PDFs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import sys
from pathlib import Path
from clientmanager.paths import PracticePaths
from clientmanager.services.practice import unlock_with_password
import clientmanager.ui.app  # the desktop's own start-up imports
practice = unlock_with_password(PracticePaths(Path(sys.argv[1])), sys.argv[2], sys.argv[3])
with practice.session() as session:
    pass
practice.close()
print(sorted(name for name in ("alembic", "mako", "fpdf") if name in sys.modules))
"""


def _imported_at_unlock(practice_paths) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE, str(practice_paths.data_dir), ADMIN, ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return completed.stdout.strip().splitlines()[-1]


def test_unlocking_a_current_practice_imports_no_alembic_or_fpdf(practice, practice_paths):
    practice.close()
    assert _imported_at_unlock(practice_paths) == "[]"


def test_an_old_schema_is_still_upgraded(practice, practice_paths):
    from alembic import command

    from clientmanager.store import migrate

    with practice.engine.begin() as connection:
        # Back to before the substring search (and everything after it).
        command.downgrade(migrate.alembic_config(connection), "0006")
    practice.close()
    assert "alembic" in _imported_at_unlock(practice_paths)  # it had work to do
    assert _imported_at_unlock(practice_paths) == "[]"  # and now it has none
