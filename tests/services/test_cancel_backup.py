"""Cancel stops a backup at every point it asks: no backup and no partial folder remain,
nothing is audited; and a Cancel that comes after the backup is in place is not honoured
(the caller is never told "stopped" about a backup that exists)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.services import backups
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.store.models import AuditEntry


class Counting:
    def __init__(self, stop_at: int = 0) -> None:
        self.asked = 0
        self.stop_at = stop_at
        self.progress = Progress(should_stop=self._should_stop)

    def _should_stop(self) -> bool:
        self.asked += 1
        return bool(self.stop_at) and self.asked >= self.stop_at


def _taken(practice) -> int:  # noqa: ANN001
    with practice.session() as s:
        return s.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "backup.taken")
        )


def test_cancel_a_backup_anywhere(practice, tmp_path):  # noqa: ANN001
    counting = Counting()
    backups.take_backup(practice, folder=tmp_path / "full", progress=counting.progress)
    points = counting.asked
    assert points >= 3
    taken = _taken(practice)
    for stop_at in range(1, points + 1):
        folder = tmp_path / f"stop{stop_at}"
        folder.mkdir()
        with pytest.raises(Cancelled):
            backups.take_backup(practice, folder=folder, progress=Counting(stop_at).progress)
        # The folder's lock file stays by design; no backup and no partial copy do.
        left = [p.name for p in folder.iterdir() if p.name != backups.LOCK_NAME]
        assert left == [], f"left behind when stopped at {stop_at}"
        assert _taken(practice) == taken, f"recorded when stopped at {stop_at}"


def test_a_cancel_after_the_backup_is_written_is_not_honoured(practice, tmp_path):  # noqa: ANN001
    asked = []
    late = Progress(should_stop=lambda: asked.append(1) or False)
    info = backups.take_backup(practice, folder=tmp_path / "one", progress=late)
    points = len(asked)
    # Asked to stop only after its last question: the backup stands and says so.
    stop_after = Counting(points + 1)
    info = backups.take_backup(practice, folder=tmp_path / "two", progress=stop_after.progress)
    assert info.path.exists() and stop_after.asked == points
