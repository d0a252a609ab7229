"""The retention engine: per-record dates, holds, the weekly review, approval, erasure."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import PermissionDenied
from clientmanager.services import backups, erasure, retention
from clientmanager.services import practice as practice_service
from clientmanager.services.audit import Actor
from clientmanager.store.models import (
    AuditEntry,
    Client,
    Consent,
    Document,
    Note,
    Policy,
    SubjectRequest,
)
from tests.backends import superuser_engine
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.services.page_reader import decrypted_contains

# Each test that uses a practice runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

D = dt.date
TODAY = D(2026, 11, 25)
SURNAME = "Qwabezulu"  # in no other fixture, so a hit in the file can only be this person


def _client(session, *, relationship_end=None, category="client", **fields) -> Client:
    client = Client(
        first_names=fields.pop("first_names", "Nandi"),
        surname=fields.pop("surname", "Mthembu"),
        category=category,
        relationship_end=relationship_end,
        **fields,
    )
    session.add(client)
    session.flush()
    return client


def _policy(session, client, *, end_date=None, status="active", number="OM-1001") -> Policy:
    policy = Policy(
        client_id=client.id,
        provider="Old Mutual",
        policy_number=number,
        product_type="life_cover",
        status=status,
        end_date=end_date,
    )
    session.add(policy)
    session.flush()
    return policy


def _advice(session, client, given: D) -> Note:
    note = Note(
        client_id=client.id,
        kind="advice",
        subject="Record of advice",
        occurred_at=dt.datetime.combine(given, dt.time(10)),
        finalised_at=dt.datetime.combine(given, dt.time(11)),
    )
    session.add(note)
    session.flush()
    return note


def _review(practice, today=TODAY):
    with practice.session() as session:
        return retention.due_for_destruction(session, actor=practice.actor, today=today)


def _actions(review) -> dict[int, str]:
    return {item.client_id: item.action for item in review.due}


# --- per-record dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relationship_end", "policy_end", "advice_on", "today", "destroy_from", "action"),
    [
        # Relationship running, policy active: no clock has started.
        (None, None, None, TODAY, None, None),
        # Relationship ended but the policy is still active with a known future end.
        (D(2019, 6, 30), D(2040, 1, 31), None, TODAY, D(2045, 1, 31), "deidentify"),
        # Everything ended more than five years ago.
        (D(2019, 6, 30), D(2019, 6, 30), D(2018, 1, 10), TODAY, D(2024, 6, 30), "destroy"),
        # A policy with no end date counts from the end of the relationship.
        (D(2020, 5, 1), None, None, TODAY, D(2025, 5, 1), "destroy"),
        # Leap-day end date: 29 Feb 2020 + 5 years is 1 March 2025, not 28 February.
        (D(2020, 2, 29), D(2020, 2, 29), None, D(2025, 2, 28), D(2025, 3, 1), None),
        (D(2020, 2, 29), D(2020, 2, 29), None, D(2025, 3, 1), D(2025, 3, 1), "destroy"),
        # FICA's clock ran out, but advice given later keeps FAIS records until 2028.
        (D(2019, 1, 1), D(2019, 1, 1), D(2023, 5, 1), TODAY, D(2028, 5, 1), "deidentify"),
    ],
)
def test_earliest_destruction_dates_and_the_reviews_decision(
    practice, relationship_end, policy_end, advice_on, today, destroy_from, action
):
    with practice.session() as session:
        client = _client(session, relationship_end=relationship_end)
        _policy(session, client, end_date=policy_end)
        if advice_on:
            _advice(session, client, advice_on)
        client_id = client.id
    with practice.session() as session:
        person = retention.client_retention(session, actor=practice.actor, client_id=client_id)
    assert person.destroy_from == destroy_from
    assert person.action(today) == action
    assert _actions(_review(practice, today)).get(client_id) == action


def test_each_record_carries_its_own_date_and_law(practice):
    with practice.session() as session:
        client = _client(session, relationship_end=D(2021, 3, 31))
        policy = _policy(session, client, end_date=D(2020, 8, 31))
        note = _advice(session, client, D(2019, 2, 14))
        session.add(
            Document(
                client_id=client.id,
                category="tax_return",
                filename="ITR12-2022.pdf",
                mime_type="application/pdf",
                size_bytes=10,
                sha256="0" * 64,
                uploaded_at=dt.datetime(2022, 10, 31, 9),
            )
        )
        client_id = client.id
    with practice.session() as session:
        person = retention.client_retention(session, actor=practice.actor, client_id=client_id)
    clocks = {(clock.record_type, clock.record_id): clock for clock in person.clocks}
    identity = clocks[("identity", client_id)]
    assert (identity.destroy_from, identity.citation) == (D(2026, 3, 31), "FICA s23")
    assert clocks[("policy", policy.id)].destroy_from == D(2025, 8, 31)
    assert clocks[("policy", policy.id)].citation == "FAIS General Code of Conduct s3(2)"
    assert clocks[("advice", note.id)].destroy_from == D(2024, 2, 14)
    [tax] = [clock for clock in person.clocks if clock.record_type == "document"]
    assert (tax.destroy_from, tax.citation) == (D(2027, 10, 31), "Tax Administration Act s29(3)")
    assert person.destroy_from == D(2027, 10, 31)
    assert person.action(TODAY) == "deidentify"  # FICA over; the tax record must stay


def test_a_prospect_is_kept_only_until_marketing_consent_is_refused(practice):
    with practice.session() as session:
        keen = _client(session, category="prospect", surname="Keen")
        refused = _client(session, category="prospect", surname="Refused")
        for person, status in ((keen, "given"), (refused, "refused")):
            session.add(
                Consent(
                    client_id=person.id,
                    purpose="direct_marketing",
                    lawful_basis="consent",
                    status=status,
                    channel="phone",
                    wording="Newsletter?",
                    recorded_at=dt.datetime(2026, 3, 5, 12),
                )
            )
        ids = keen.id, refused.id
    review = _review(practice)
    assert _actions(review) == {ids[1]: "destroy"}
    assert "POPIA s14(1), s69" in review.due[0].reason


# --- legal holds ----------------------------------------------------------------------------


def test_a_legal_hold_on_the_person_or_one_record_blocks_destruction(practice):
    with practice.session() as session:
        person = _client(session, relationship_end=D(2019, 6, 30), surname="Held")
        other = _client(session, relationship_end=D(2019, 6, 30), surname="RecordHeld")
        policy = _policy(session, other, end_date=D(2019, 6, 30))
        ids = person.id, other.id, policy.id
    assert set(_actions(_review(practice))) == {ids[0], ids[1]}

    with practice.session() as session:
        person_hold = retention.place_hold(
            session, actor=practice.actor, client_id=ids[0], reason="Ombud complaint FAIS 88/2026"
        )
        retention.place_hold(
            session,
            actor=practice.actor,
            client_id=ids[1],
            record_type="policy",
            record_id=ids[2],
            reason="FSCA inquiry into this product",
        )
    review = _review(practice)
    assert review.due == []
    assert {item.client_id for item in review.held} == {ids[0], ids[1]}
    assert "Ombud complaint FAIS 88/2026" in review.held[0].reasons

    with practice.session() as session:
        with pytest.raises(retention.NotDue, match="legal hold"):
            retention.approve(session, actor=practice.actor, today=TODAY, client_ids=[ids[0]])
        hold_audit = session.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "retention.hold_placed")
        ).all()
        assert not any("Ombud" in summary for summary in hold_audit)

    with practice.session() as session:
        retention.release_hold(
            session, actor=practice.actor, hold_id=person_hold.id, reason="Complaint closed"
        )
    assert _actions(_review(practice)) == {ids[0]: "destroy"}


def test_a_hold_needs_a_reason_and_a_record_of_the_person(practice):
    with practice.session() as session:
        client = _client(session, planner_id=practice.actor.user_id)
        stranger = _client(session, surname="Other")
        foreign_policy = _policy(session, stranger)
        ids = client.id, foreign_policy.id
    with practice.session() as session:
        with pytest.raises(ValidationError, match="needs a reason"):
            retention.place_hold(session, actor=practice.actor, client_id=ids[0], reason="  ")
        with pytest.raises(Exception, match="not one of this person's records"):
            retention.place_hold(
                session,
                actor=practice.actor,
                client_id=ids[0],
                reason="Case 12",
                record_type="policy",
                record_id=ids[1],
            )
    planner = Actor(user_id=practice.actor.user_id, username="p", role="planner")
    with practice.session() as session:
        hold = retention.place_hold(session, actor=planner, client_id=ids[0], reason="Case 12")
    with practice.session() as session, pytest.raises(PermissionDenied, match="Planner"):
        retention.release_hold(session, actor=planner, hold_id=hold.id, reason="done")


# --- approval and erasure -------------------------------------------------------------------


def _deletion_request(session, client) -> None:
    session.add(
        SubjectRequest(
            client_id=client.id,
            kind="deletion",
            requested_by=client.display_name,
            received_on=D(2026, 11, 20),
            due_on=D(2026, 12, 20),
        )
    )


def _must_show_practice(practice) -> tuple[int, int]:
    """One person whose every period has ended, one who asked for deletion while FAIS
    records must still be kept (FICA's period is over)."""
    with practice.session() as session:
        gone = _client(
            session,
            first_names="Themba",
            surname=SURNAME,
            relationship_end=D(2019, 6, 30),
            id_number="8001015009087",
            email="themba@example.co.za",
        )
        _policy(session, gone, end_date=D(2019, 6, 30), number="LIB-77881")
        _advice(session, gone, D(2018, 5, 2))
        kept = _client(
            session, first_names="Palesa", surname="Khoza", relationship_end=D(2021, 1, 31)
        )
        # The product outlived the relationship; FAIS keeps it to 31 March 2028.
        _policy(session, kept, number="DSC-5551", end_date=D(2023, 3, 31))
        _advice(session, kept, D(2020, 11, 1))
        _deletion_request(session, kept)
        return gone.id, kept.id


@pytest.mark.sqlcipher_only(reason="reads the SQLCipher file's pages and restores its backup")
def test_full_erasure_survives_a_restore_and_fais_records_are_deidentified(practice):
    gone, kept = _must_show_practice(practice)
    # As typed, and as the search index stores it (folded to lower case).
    # The de-identified person's first name goes from the index too.
    needles = [SURNAME.encode(), SURNAME.lower().encode(), b"8001015009087", b"palesa"]
    with practice.session() as session:
        erasure.truncate_wal(session)
    # The test can fail: before the erasure the name is in the decrypted pages.
    for needle in needles:
        assert decrypted_contains(practice.paths.database, practice.key, needle), needle
    backup = backups.take_backup(practice, reason="before the erasure")

    review = _review(practice)
    assert _actions(review) == {gone: "destroy", kept: "deidentify"}
    with pytest.raises(retention.LettersNeeded, match=r"s24\(4\)"):
        retention.erase_now(practice, actor=practice.actor, today=TODAY)
    letters = practice.paths.data_dir.parent / "letters"
    result = retention.erase_now(practice, actor=practice.actor, today=TODAY, letters_dir=letters)
    assert (result.destroyed, result.deidentified, result.requests_closed) == (1, 1, 1)
    # Palesa is told what was deleted and what was kept, until when, under which law.
    [letter] = result.letters
    text = " ".join(page.extract_text() for page in PdfReader(letter).pages)
    text = " ".join(text.split())
    for expected in (
        "Palesa Khoza",
        "20 November 2026",  # when she asked
        "section 24(4)",
        "What we deleted",
        "Copies of your identity document",
        "What we kept, and why",
        "Policy DSC-5551 (Old Mutual) 31 March 2028 FAIS General Code of Conduct s3(2)",
        "Thandi Mokoena",  # the information officer
        "POPIAComplaints@inforegulator.org.za",
    ):
        assert expected in text, expected

    # 1. The name is in no page of the database file, free pages included, after the
    #    checkpoint; the WAL is empty.
    for needle in needles:
        assert not decrypted_contains(practice.paths.database, practice.key, needle), needle
    wal = practice.paths.database.with_name("practice.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with practice.session() as session:
        assert session.get(Client, gone) is None
        # 3. FAIS records of the person who asked for deletion are kept, de-identified.
        palesa = session.get(Client, kept)
        assert palesa.first_names is None and palesa.surname == f"De-identified client {kept}"
        assert session.scalar(sa.select(sa.func.count()).where(Note.client_id == kept)) == 1
        assert session.scalar(sa.select(sa.func.count()).where(Policy.client_id == kept)) == 1
        request = session.scalars(sa.select(SubjectRequest)).one()
        assert request.status == "done" and request.outcome.startswith("De-identified")
        assert "FAIS General Code of Conduct s3(2)" in request.outcome
        summaries = session.scalars(
            sa.select(AuditEntry.summary).where(
                AuditEntry.action.in_(["client.destroyed", "retention.approved"])
            )
        ).all()
        assert any("1 destroyed, 1 de-identified" in summary for summary in summaries)
        assert not any("Themba" in s or SURNAME in s for s in summaries)
        ledger = [(entry.client_id, entry.method) for entry in _ledger(session)]
    assert ledger == [(gone, "destroyed"), (kept, "deidentified")]

    # 2. Restore the backup taken before the erasure; the ledger replay erases again.
    paths = practice.paths
    unlocked = backups.unlock_backup(backup.path, username=ADMIN, password=ADMIN_PASSWORD)
    result = backups.restore_backup(backup.path, paths=paths, unlocked=unlocked, live=practice)
    assert result.erasures_replayed == 2
    restored = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        with restored.session() as session:
            assert session.get(Client, gone) is None
            assert session.get(Client, kept).first_names is None
            assert len(_ledger(session)) == 2
        for needle in needles:
            assert not decrypted_contains(paths.database, restored.key, needle), needle
    finally:
        restored.close()


def test_a_current_client_who_asks_for_deletion_is_restricted_until_fica_allows(practice):
    with practice.session() as session:
        sizwe = _client(session, first_names="Sizwe", surname="Mkhize", relationship_end=None)
        _policy(session, sizwe, number="MOM-31")
        _deletion_request(session, sizwe)
        prospect = _client(session, first_names="Anele", surname="Zulu", category="prospect")
        _deletion_request(session, prospect)
        ids = sizwe.id, prospect.id
    review = _review(practice)
    assert _actions(review) == {ids[0]: "restrict", ids[1]: "destroy"}
    [restrict] = review.to_restrict
    assert "FICA s23" in restrict.reason and "s14(6)" in restrict.reason
    letters = practice.paths.data_dir.parent / "letters"
    result = retention.erase_now(practice, actor=practice.actor, today=TODAY, letters_dir=letters)
    assert (result.restricted, result.destroyed, result.requests_closed) == (1, 1, 2)
    with practice.session() as session:
        assert session.get(Client, ids[0]).is_restricted
        assert session.get(Client, ids[0]).first_names == "Sizwe"  # nothing deleted yet
        assert session.get(Client, ids[1]) is None  # a prospect: no law keeps them
    texts = {
        path.name: " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
        for path in result.letters
    }
    sizwe_letter = texts[f"deletion-client-{ids[0]}.pdf"]
    assert "We may not delete your information yet" in sizwe_letter
    assert "Identity and due-diligence records 5 years after our business relationship ends" in (
        sizwe_letter
    )
    assert "FICA s23" in sizwe_letter and "What we deleted" not in sizwe_letter
    assert "Everything we held about you" in texts[f"deletion-client-{ids[1]}.pdf"]
    # Closed, so the next review does not list Sizwe again.
    assert _review(practice).due == []


def test_approving_needs_the_practice_managers_role(practice):
    gone, _ = _must_show_practice(practice)
    planner = Actor(user_id=practice.actor.user_id, username="p", role="planner")
    with practice.session() as session, pytest.raises(PermissionDenied, match="approve"):
        retention.approve(session, actor=planner, today=TODAY)
    with practice.session() as session:
        assert session.get(Client, gone) is not None


def test_approving_something_not_due_is_refused_and_nothing_changes(practice):
    gone, kept = _must_show_practice(practice)
    with practice.session() as session:
        active = _client(session, surname="Active").id
    with pytest.raises(retention.NotDue, match="is not due"):
        with practice.session() as session:
            retention.approve(session, actor=practice.actor, today=TODAY, client_ids=[gone, active])
    with practice.session() as session:
        assert session.get(Client, gone) is not None  # rolled back with the refusal
    with practice.session() as session:
        result = retention.approve(session, actor=practice.actor, today=TODAY, client_ids=[gone])
    assert (result.destroyed, result.deidentified) == (1, 0)


# --- the weekly review and the schedule -----------------------------------------------------


def test_the_review_is_due_weekly(practice):
    monday = dt.datetime(2026, 11, 23, 8)
    with practice.session() as session:
        assert retention.review_is_due(session, now=monday)
        retention.run_review(session, actor=practice.actor, today=monday.date(), now=monday)
    with practice.session() as session:
        assert not retention.review_is_due(session, now=monday + dt.timedelta(days=6, hours=23))
        assert retention.review_is_due(session, now=monday + dt.timedelta(days=7))


def test_old_technical_logs_go_after_90_days(practice):
    logs = practice.paths.logs
    logs.mkdir(parents=True, exist_ok=True)
    old, recent = logs / "clientmanager.log.1", logs / "clientmanager.log"
    old.write_text("old\n")
    recent.write_text("new\n")
    written = dt.datetime.combine(TODAY - dt.timedelta(days=91), dt.time(12)).timestamp()
    os.utime(old, (written, written))
    with practice.session() as session:
        review = retention.due_for_destruction(
            session, actor=practice.actor, today=TODAY, logs_dir=logs
        )
        assert review.old_logs == 1
        result = retention.approve(session, actor=practice.actor, today=TODAY, logs_dir=logs)
    assert result.logs_removed == 1
    assert not old.exists() and recent.exists()


def test_the_schedule_cites_the_law_and_may_be_lengthened_not_shortened(practice):
    with practice.session() as session:
        lines = {line.category: line for line in retention.schedule(session)}
        assert lines["fais_records"].citation == "FAIS General Code of Conduct s3(2)"
        assert lines["fica_records"].period == "5 years after the business relationship ends"
        assert lines["technical_logs"].period == "90 days after the entry was written"
        with pytest.raises(ValidationError, match="FICA s23"):
            retention.update_rule(session, actor=practice.actor, category="fica_records", years=3)
        retention.update_rule(session, actor=practice.actor, category="fais_records", years=7)
        client = _client(session, relationship_end=D(2019, 6, 30))
        _policy(session, client, end_date=D(2019, 6, 30))
        client_id = client.id
    with practice.session() as session:
        person = retention.client_retention(session, actor=practice.actor, client_id=client_id)
    assert person.destroy_from == D(2026, 6, 30)  # policy 2019 + 7 years
    compliance = Actor(user_id=practice.actor.user_id, username="c", role="compliance")
    with practice.session() as session, pytest.raises(PermissionDenied):
        retention.update_rule(session, actor=compliance, category="fais_records", years=9)


def _ledger(session):
    """The erasure ledger's rows, oldest first."""
    import sqlalchemy as sa

    from clientmanager.store.models import ErasureEntry

    return list(session.scalars(sa.select(ErasureEntry).order_by(ErasureEntry.id)))


# --- the scrub on the office server ---------------------------------------------------------


def _server_files_contain(servers, practice, needle: bytes) -> bool:
    """Whether any of the practice database's files on the server holds ``needle``, after a
    checkpoint has written everything out (the WAL is the server's own: see the README)."""
    servers.sql("CHECKPOINT")
    engine = superuser_engine(practice)
    try:
        with engine.connect() as connection:
            oid = connection.exec_driver_sql(
                "SELECT oid FROM pg_database WHERE datname = current_database()"
            ).scalar_one()
    finally:
        engine.dispose()
    folder = servers.cluster.folder / "data" / "base" / str(oid)
    return any(needle in path.read_bytes() for path in folder.iterdir() if path.is_file())


def test_on_the_server_the_scrub_rewrites_the_tables_their_owner_may(
    server_practices, practice_paths
):
    """The desktops' login owns no table, so on PostgreSQL 15 and 16 it may not VACUUM:
    the approval names every table left for the server's administrator, and that scrub,
    run as the tables' owner, leaves no trace of the erased person in the database's
    files."""
    from clientmanager.store import postgres

    practice, _code = server_practices.create(
        practice_paths,
        practice_name="Karoo Wealth",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    try:
        with practice.session() as session:
            gone = _client(session, surname=SURNAME, relationship_end=D(2019, 2, 28))
            _policy(session, gone, end_date=D(2019, 2, 28), status="lapsed", number="QW-7781")
            gone_id = gone.id
        # The test can fail: before the erasure the surname is in the server's files.
        assert _server_files_contain(server_practices, practice, SURNAME.encode())
        result = retention.erase_now(practice, actor=practice.actor, today=TODAY)
        assert result.destroyed == 1
        with practice.session() as session:
            assert session.get(Client, gone_id) is None
        assert set(result.not_rewritten) == set(postgres.scrubbed_tables())
        assert "clients" in result.not_rewritten and "audit_log" not in result.not_rewritten
        # The deleted row's old version is still in the table's file until it is rewritten.
        assert _server_files_contain(server_practices, practice, SURNAME.encode())

        owner = superuser_engine(practice)
        try:
            assert erasure.scrub(owner) == ()
        finally:
            owner.dispose()
        assert not _server_files_contain(server_practices, practice, SURNAME.encode())
        assert not _server_files_contain(server_practices, practice, b"QW-7781")
    finally:
        database = practice.engine.url.database
        practice.close()
        server_practices.drop(database)
