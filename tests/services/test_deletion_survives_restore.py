"""Issue 13 item 1 / issue 14: what a deletion request removed stays removed when a backup
from before it is restored, on a new PC or over the live practice; what the law requires
(the FICA identity record and residential address, the FAIS policy record) is still there."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.paths import PracticePaths
from clientmanager.reports.times import to_sast
from clientmanager.services import backups, erasure
from clientmanager.services import practice as practice_service
from clientmanager.services.subject_requests import act_on_request, open_request
from clientmanager.store.models import (
    Address,
    Client,
    Consent,
    ErasureEntry,
    Goal,
    Note,
    Policy,
    Task,
)

ID_NUMBER = "8001015009087"
TODAY = to_sast(dt.datetime.now(dt.UTC)).date()  # for rows made before any deletion


@pytest.fixture
def client_id(practice) -> int:
    with practice.session() as s:
        client = Client(
            first_names="Naledi", surname="Mthembu", id_number=ID_NUMBER,
            email="naledi@example.co.za", mobile="0825551234", home_phone="0215551234",
            relationship_start=dt.date(2020, 3, 1),
        )  # fmt: skip
        s.add(client)
        s.flush()
        cid = client.id
        s.add_all([
            Address(client_id=cid, kind="physical", line1="12 Long Street", city="Cape Town"),
            Address(client_id=cid, kind="postal", line1="PO Box 77", city="Cape Town"),
            Goal(client_id=cid, kind="retirement", description="Retire at 60"),
            Task(client_id=cid, title="Call about the annuity", due_on=TODAY),
            Note(client_id=cid, kind="call", subject="Phoned", body="Asked about fees"),
            Consent(client_id=cid, purpose="direct_marketing", lawful_basis="consent",
                    status="given", channel="form"),
            Policy(client_id=cid, provider="Liberty", policy_number="LIB-1234",
                   product_type="life_cover"),
        ])  # fmt: skip
    return cid


def _approve_deletion(practice, client_id: int) -> dt.date:  # noqa: ANN001
    """Approve a deletion request today (in South Africa); that day."""
    today = to_sast(dt.datetime.now(dt.UTC)).date()
    with practice.session() as s:
        request = open_request(
            s, actor=practice.actor, client_id=client_id, kind="deletion",
            requested_by="Naledi Mthembu", identity_verification="ID book seen",
        )  # fmt: skip
        act_on_request(s, actor=practice.actor, request_id=request.id, today=today)
    erasure.after_erasure(practice)
    return today


def _ledger_day(practice, client_id: int) -> dt.date:  # noqa: ANN001
    """The day the replay after a restore ends the relationship on: the ledger's entry
    carries the real moment of the deletion, read as a date in South Africa (the same
    day as the approval's, unless the two fell either side of midnight)."""
    with practice.session() as s:
        moment = s.scalar(
            sa.select(ErasureEntry.erased_at)
            .where(ErasureEntry.client_id == client_id)
            .order_by(ErasureEntry.id)
            .limit(1)
        )
    return to_sast(moment).date()


def _state(practice, client_id: int) -> dict:  # noqa: ANN001
    with practice.session() as s:
        client = s.get(Client, client_id)

        def count(model) -> int:  # noqa: ANN001
            return s.scalar(
                sa.select(sa.func.count()).select_from(model).where(model.client_id == client_id)
            )

        return {
            "name": (client.first_names, client.surname, client.id_number),
            "contact": (client.email, client.mobile, client.home_phone),
            "restricted": client.is_restricted,
            "relationship_end": client.relationship_end,
            "addresses": sorted(
                s.scalars(sa.select(Address.kind).where(Address.client_id == client_id))
            ),
            "goals": count(Goal), "tasks": count(Task), "notes": count(Note),
            "consents": count(Consent), "policies": count(Policy),
        }  # fmt: skip


REMOVED = {
    "contact": (None, None, None), "goals": 0, "tasks": 0, "notes": 0, "consents": 0,
    "addresses": ["physical"],
}  # fmt: skip
KEPT = {"name": ("Naledi", "Mthembu", ID_NUMBER), "policies": 1, "restricted": True}


def _assert_as_the_deletion_left(state: dict, ended_on: dt.date) -> None:
    for key, value in {**REMOVED, **KEPT}.items():
        assert state[key] == value, key
    assert state["relationship_end"] == ended_on


def test_the_deletion_is_in_the_ledger_and_the_backup_holds_it(practice, client_id) -> None:  # noqa: ANN001
    before = backups.take_backup(practice)
    # The test can fail: the backup really holds the rows the deletion removes.
    assert _state(practice, client_id)["goals"] == 1
    approved_on = _approve_deletion(practice, client_id)
    _assert_as_the_deletion_left(_state(practice, client_id), approved_on)
    with practice.session() as s:
        methods = s.scalars(
            sa.select(ErasureEntry.method).where(ErasureEntry.client_id == client_id)
        ).all()
    assert methods == [erasure.DELETED_ON_REQUEST]
    assert backups.check_backup(before.path, key=practice.key).ok


def test_a_backup_from_before_the_deletion_restored_on_a_new_pc(
    practice,
    client_id,
    recovery_code,
    tmp_path,  # noqa: ANN001
) -> None:
    before = backups.take_backup(practice)
    _approve_deletion(practice, client_id)
    ended_on = _ledger_day(practice, client_id)

    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(before.path, recovery_code=recovery_code)
    result = backups.restore_backup(before.path, paths=new_pc, unlocked=unlocked)
    assert result.erasures_replayed == 1
    restored = practice_service.unlock_with_recovery_code(new_pc, recovery_code)
    try:
        _assert_as_the_deletion_left(_state(restored, client_id), ended_on)
    finally:
        restored.close()


def test_a_backup_from_before_the_deletion_restored_over_the_live_practice(
    practice,
    client_id,
    recovery_code,  # noqa: ANN001
) -> None:
    before = backups.take_backup(practice)
    _approve_deletion(practice, client_id)
    ended_on = _ledger_day(practice, client_id)
    paths = practice.paths

    unlocked = backups.unlock_backup(before.path, recovery_code=recovery_code)
    result = backups.restore_backup(before.path, paths=paths, unlocked=unlocked, live=practice)
    assert result.erasures_replayed == 1
    restored = practice_service.unlock_with_recovery_code(paths, recovery_code)
    try:
        _assert_as_the_deletion_left(_state(restored, client_id), ended_on)
    finally:
        restored.close()


def test_a_second_deletion_request_is_replayed_too(
    practice,
    client_id,
    recovery_code,
    tmp_path,  # noqa: ANN001
) -> None:
    # After the first deletion the planner recorded more (a goal, a note); the client then
    # asked again. A backup from between the two holds the first ledger entry and the new
    # rows: restoring it must apply the second request as well.
    # The first deletion ends the relationship; the second leaves that day as it is.
    ended_on = _approve_deletion(practice, client_id)
    with practice.session() as s:
        s.add_all([
            Goal(client_id=client_id, kind="education", description="University fund"),
            Note(client_id=client_id, kind="call", subject="Phoned again", body="Fees"),
        ])  # fmt: skip
    between = backups.take_backup(practice)
    _approve_deletion(practice, client_id)
    _assert_as_the_deletion_left(_state(practice, client_id), ended_on)

    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(between.path, recovery_code=recovery_code)
    result = backups.restore_backup(between.path, paths=new_pc, unlocked=unlocked)
    assert result.erasures_replayed == 1
    restored = practice_service.unlock_with_recovery_code(new_pc, recovery_code)
    try:
        _assert_as_the_deletion_left(_state(restored, client_id), ended_on)
    finally:
        restored.close()
