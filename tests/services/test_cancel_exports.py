"""Cancel stops a client-list export, the whole-practice export and the data-subject
package at every point it is asked: no file, no temporary file beside it, and (once the
caller's transaction rolls back) no audit entry and no disclosure for the cancelled work."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.services.exporter import export_clients, export_practice_json
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.services.subject_export import export_subject_package
from clientmanager.store.models import AuditEntry, Client, Disclosure


class Counting:
    """A Progress whose should_stop turns true at the ``stop_at``-th question (0 = never)."""

    def __init__(self, stop_at: int = 0) -> None:
        self.asked = 0
        self.stop_at = stop_at
        self.progress = Progress(should_stop=self._should_stop)

    def _should_stop(self) -> bool:
        self.asked += 1
        return bool(self.stop_at) and self.asked >= self.stop_at


@pytest.fixture
def client_ids(practice):  # noqa: ANN001, ANN201
    with practice.session() as s:
        clients = [
            Client(first_names=f"Person{n}", surname="Mokoena", email=f"p{n}@example.co.za")
            for n in range(5)
        ]
        s.add_all(clients)
        s.flush()
        return [client.id for client in clients]


def _records(practice) -> tuple[int, int]:  # noqa: ANN001
    with practice.session() as s:
        audited = s.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action.in_(["export.clients", "export.practice", "subject.exported"]))
        )
        disclosed = s.scalar(sa.select(sa.func.count()).select_from(Disclosure))
    return audited, disclosed


def _run_list(practice, out, progress, fmt="csv"):  # noqa: ANN001, ANN201
    with practice.session() as s:
        return export_clients(
            s,
            actor=practice.actor,
            path=out,
            format=fmt,
            recipient_name="Sanlam",
            recipient_category="product_provider",
            recipient_purpose="Quote",
            progress=progress,
        )


def _run_practice(practice, out, progress):  # noqa: ANN001, ANN201
    with practice.session() as s:
        return export_practice_json(
            s, actor=practice.actor, path=out, password="long enough pass", progress=progress
        )


def _run_package(practice, out, progress, client_id):  # noqa: ANN001, ANN201
    with practice.session() as s:
        return export_subject_package(
            s, actor=practice.actor, client_id=client_id, out=out, progress=progress
        )


def _every_stop(practice, tmp_path, run, name):  # noqa: ANN001
    """Count the points a full run asks, then cancel at each in turn."""
    before = _records(practice)
    counting = Counting()
    run(practice, tmp_path / "full" / name, counting.progress)
    assert (tmp_path / "full" / name).exists()
    points = counting.asked
    assert points >= 2  # it does ask along the way
    after_one = _records(practice)
    assert after_one[0] == before[0] + 1
    for stop_at in range(1, points + 1):
        folder = tmp_path / f"stop{stop_at}"
        folder.mkdir()
        stopping = Counting(stop_at)
        with pytest.raises(Cancelled):
            run(practice, folder / name, stopping.progress)
        assert list(folder.iterdir()) == [], f"left behind when stopped at {stop_at}"
        assert _records(practice) == after_one, f"recorded when stopped at {stop_at}"
    return points


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "vcard"])
def test_cancel_a_client_list_export_anywhere(practice, client_ids, tmp_path, fmt):  # noqa: ANN001
    suffix = {"csv": "csv", "xlsx": "xlsx", "vcard": "vcf"}[fmt]
    before = _records(practice)
    _every_stop(
        practice, tmp_path, lambda p, out, prog: _run_list(p, out, prog, fmt), f"list.{suffix}"
    )
    # The one finished export recorded a disclosure per client; the cancelled ones none.
    assert _records(practice)[1] == before[1] + len(client_ids)


def test_cancel_the_whole_practice_export_anywhere(practice, client_ids, tmp_path):  # noqa: ANN001
    _every_stop(practice, tmp_path, _run_practice, "practice.zip")


def test_cancel_the_subject_package_anywhere(practice, client_ids, tmp_path):  # noqa: ANN001
    before = _records(practice)
    _every_stop(
        practice,
        tmp_path,
        lambda p, out, prog: _run_package(p, out, prog, client_ids[0]),
        "package.zip",
    )
    assert _records(practice)[1] == before[1] + 1


def test_an_existing_file_survives_a_cancelled_export(practice, client_ids, tmp_path):  # noqa: ANN001
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "list.csv"
    out.write_bytes(b"the earlier list")
    with pytest.raises(Cancelled):
        _run_list(practice, out, Counting(4).progress)
    assert out.read_bytes() == b"the earlier list"
    assert [p.name for p in folder.iterdir()] == ["list.csv"]
