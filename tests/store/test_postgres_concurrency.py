"""Several PCs on one office server at once (issue 18): a commit on one PC reaches the
others' listeners as the kind of change only; the listener outlives a dropped connection;
a transaction the server gives up on (deadlock, serialisation failure) is run again a
bounded number of times; the registers' entries are locked while they change."""

from __future__ import annotations

import queue
import threading

import psycopg
import pytest
import sqlalchemy as sa

from clientmanager.services import client_records, subject_requests
from clientmanager.services import practice as practice_service
from clientmanager.services.practice import CONFLICT_ATTEMPTS
from clientmanager.store import postgres
from clientmanager.store.postgres import ServerConflict
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytest_plugins = ("tests.pgpractice",)

WAIT = 30.0


@pytest.fixture
def both(two_pcs):
    first, second, _created = two_pcs
    reception = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    office = practice_service.unlock_with_password(second, ADMIN, ADMIN_PASSWORD)
    yield reception, office
    reception.close()
    office.close()


def _kinds(received: queue.Queue) -> set[str]:
    return received.get(timeout=WAIT)


def test_a_commit_on_one_pc_reaches_the_others_listener_as_its_kind_only(both, owner_address):
    reception, office = both
    received: queue.Queue = queue.Queue()
    listener = office.listen_for_changes(received.put)
    try:
        assert listener.listening.wait(WAIT)
        # What any login on the server could read on the channel: the kind, never data.
        spy = psycopg.connect(owner_address.url, autocommit=True, password=_owner_password())
        spy.execute("LISTEN " + postgres.CHANGES_CHANNEL)
        with reception.session() as session:
            client_records.save_client(
                session, reception.actor,
                values={"first_names": "Naledi", "surname": "Sentinelkhumalo"},
            )  # fmt: skip
        assert _kinds(received) == {"clients"}
        payloads = [n.payload for n in spy.notifies(timeout=5, stop_after=1)]
        spy.close()
        assert len(payloads) == 1
        assert payloads[0].endswith(":clients") and "Sentinel" not in payloads[0]

        # A transaction rolled back tells nobody anything.
        with pytest.raises(RuntimeError), reception.session() as session:
            client_records.save_client(
                session, reception.actor, values={"first_names": "Gone", "surname": "Again"}
            )
            raise RuntimeError("rolled back")
        with reception.session() as session:
            subject_requests.open_request(
                session, actor=reception.actor, client_id=None, kind="access",
                requested_by="Pieter van Wyk",
            )  # fmt: skip
        assert _kinds(received) == {"registers"}  # the next one, not the rolled-back client
    finally:
        listener.stop(wait_seconds=WAIT)


def test_a_pc_does_not_hear_its_own_notices(both):
    _reception, office = both
    received: queue.Queue = queue.Queue()
    listener = office.listen_for_changes(received.put)
    try:
        assert listener.listening.wait(WAIT)
        with office.session() as session:
            client_records.save_client(
                session, office.actor, values={"first_names": "Own", "surname": "Change"}
            )
        with pytest.raises(queue.Empty):
            received.get(timeout=2)
    finally:
        listener.stop(wait_seconds=WAIT)


def test_the_listener_comes_back_after_the_server_drops_its_connection(both, cluster):
    reception, office = both
    received: queue.Queue = queue.Queue()
    listener = office.listen_for_changes(received.put)
    try:
        assert listener.listening.wait(WAIT)
        pid = listener.backend_pid()
        cluster.psql(f"SELECT pg_terminate_backend({pid})")
        # Back by itself; notices sent while it was away are lost, so everything refreshes.
        assert _kinds(received) == set(postgres.CHANGE_KINDS)
        assert listener.listening.wait(WAIT)
        assert listener.reconnects == 1 and listener.backend_pid() != pid
        with reception.session() as session:
            client_records.save_client(
                session, reception.actor, values={"first_names": "After", "surname": "Reset"}
            )
        assert _kinds(received) == {"clients"}
    finally:
        listener.stop(wait_seconds=WAIT)


def test_a_deadlock_between_two_pcs_is_run_again_and_both_save(both):
    reception, office = both
    with reception.session() as session:
        first = client_records.save_client(
            session, reception.actor, values={"first_names": "Anna", "surname": "One"}
        )
        second = client_records.save_client(
            session, reception.actor, values={"first_names": "Ben", "surname": "Two"}
        )
    both_hold_one = threading.Barrier(2, timeout=WAIT)
    attempts = {"reception": 0, "office": 0}

    def update(practice, name: str, order: tuple[int, int]):  # noqa: ANN001, ANN202
        def work(session) -> None:  # noqa: ANN001
            attempts[name] += 1
            session.execute(
                sa.text("UPDATE clients SET occupation = :o WHERE id = :i"),
                {"o": name, "i": order[0]},
            )
            if attempts[name] == 1:
                both_hold_one.wait()  # each holds the row the other wants next: a deadlock
            session.execute(
                sa.text("UPDATE clients SET occupation = :o WHERE id = :i"),
                {"o": name, "i": order[1]},
            )

        return lambda: practice.transact(work)

    errors: list[BaseException] = []

    def run(job) -> None:  # noqa: ANN001
        try:
            job()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=(update(reception, "reception", (first, second)),)),
        threading.Thread(target=run, args=(update(office, "office", (second, first)),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 2)
    assert errors == []
    assert sorted(attempts.values()) == [1, 2]  # the server picked one; it ran again
    with office.session() as session:
        occupations = (
            session.execute(
                sa.text("SELECT occupation FROM clients WHERE id IN (:a, :b)"),
                {"a": first, "b": second},
            )
            .scalars()
            .all()
        )
    winner = max(attempts, key=attempts.get)  # the one run again wrote last
    assert occupations == [winner, winner]


def test_a_conflict_that_keeps_coming_back_is_told_after_a_few_attempts(both):
    _reception, office = both
    attempts = []

    def work(session) -> None:  # noqa: ANN001
        attempts.append(1)
        session.execute(sa.text("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40001'; END $$"))

    with pytest.raises(ServerConflict) as raised:
        office.transact(work)
    assert len(attempts) == CONFLICT_ATTEMPTS
    assert str(raised.value).startswith(
        "Another PC was changing the same records at that moment, so nothing was saved."
    )


def test_two_pcs_completing_one_rights_request_take_turns(both, owner_address):
    reception, office = both
    with reception.session() as session:
        request_id = subject_requests.open_request(
            session, actor=reception.actor, client_id=None, kind="access",
            requested_by="Pieter van Wyk",
        ).id  # fmt: skip
    first_holds = threading.Event()
    let_go = threading.Event()
    outcome: dict[str, object] = {}

    def reception_completes() -> None:
        with reception.session() as session:
            subject_requests.complete_request(
                session, actor=reception.actor, request_id=request_id, outcome="Sent the file."
            )
            first_holds.set()
            let_go.wait(WAIT)

    def office_completes() -> None:
        try:
            with office.session() as session:
                subject_requests.complete_request(
                    session, actor=office.actor, request_id=request_id, outcome="Refused."
                )
        except Exception as exc:  # noqa: BLE001
            outcome["office"] = exc

    first = threading.Thread(target=reception_completes)
    first.start()
    assert first_holds.wait(WAIT)
    second = threading.Thread(target=office_completes)
    second.start()
    # The office PC waits on the row lock (it would otherwise read "open" and complete too).
    spy = psycopg.connect(owner_address.url, autocommit=True, password=_owner_password())
    try:
        for _ in range(300):
            waiting = spy.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND query LIKE %s",
                ("%subject_requests%FOR UPDATE%",),
            ).fetchone()[0]
            if waiting:
                break
            threading.Event().wait(0.1)
        assert waiting == 1
    finally:
        spy.close()
    let_go.set()
    first.join(WAIT)
    second.join(WAIT)
    assert str(outcome["office"]).startswith(f"Request {request_id} is already Completed.")
    with office.session() as session:
        view = subject_requests.get_request(session, actor=office.actor, request_id=request_id)
    assert view.status == "done"


def test_two_pcs_opening_requests_at_once_get_different_numbers(both):
    reception, office = both
    together = threading.Barrier(2, timeout=WAIT)
    numbers: list[int] = []

    def open_one(practice) -> None:  # noqa: ANN001
        def work(session):  # noqa: ANN001, ANN202
            together.wait()
            return subject_requests.open_request(
                session, actor=practice.actor, client_id=None, kind="access",
                requested_by="Someone",
            ).id  # fmt: skip

        numbers.append(practice.transact(work))

    threads = [threading.Thread(target=open_one, args=(p,)) for p in (reception, office)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    assert len(numbers) == 2 and len(set(numbers)) == 2


def _owner_password() -> str:
    from tests.pgcluster import SUPERUSER_PASSWORD

    return SUPERUSER_PASSWORD
