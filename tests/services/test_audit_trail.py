"""The audit trail: hash chain, append-only triggers, verify naming the broken entry, exports,
the CLI, and which sensitive actions land in it."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pypdf
import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.errors import PermissionDenied
from clientmanager.services import audit
from clientmanager.services.audit import Actor, AuditFilter, verify_chain
from clientmanager.store.models import AuditEntry
from tests.backends import around_the_guards, superuser_engine
from tests.conftest import ADMIN, ADMIN_PASSWORD

# Each test that uses a practice runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

ACTIONS = [
    ("client.opened", 7, "client record"),
    ("document.viewed", 7, "ID copy"),
    ("subject.exported", 7, "package"),
    ("print", 9, "client summary"),
    ("settings.changed", None, "idle_lock_minutes: 10 -> 5"),
    ("user.added", None, "pieter as planner"),
]


@pytest.fixture
def trail(practice):
    with practice.session() as session:
        for action, client_id, summary in ACTIONS:
            audit.record(
                session, actor=practice.actor, action=action, client_id=client_id, summary=summary
            )
    return practice


def _ids(practice) -> list[int]:
    with practice.session() as session:
        return session.scalars(sa.select(AuditEntry.id).order_by(AuditEntry.id)).all()


def _without_triggers(practice, statement: str, params: dict) -> None:
    """Go around the guard the way someone with the key and a SQLite shell could, or the
    server's owner account (tests/backends.py)."""
    with around_the_guards(practice) as connection:
        connection.execute(sa.text(statement), params)


def test_an_untouched_trail_verifies(trail):
    report = verify_chain(trail.sessions())
    assert report.ok, report.describe()
    assert report.checked == len(_ids(trail)) >= len(ACTIONS) + 1
    with trail.session() as session:
        assert report.head == audit.chain_head(session)
    assert "intact" in report.describe()


def test_triggers_reject_update_and_delete(trail):
    for statement in (
        "UPDATE audit_log SET summary = 'nothing happened' WHERE id = 2",
        "DELETE FROM audit_log WHERE id = 2",
    ):
        # On the server the desktops' login lacks the right before a trigger is reached.
        with pytest.raises(sa.exc.DatabaseError, match="append-only|permission denied"):
            with trail.engine.begin() as connection:
                connection.exec_driver_sql(statement)
        if trail.on_server:  # and its owner meets the trigger
            engine = superuser_engine(trail)
            try:
                with pytest.raises(sa.exc.DatabaseError, match="append-only"):
                    with engine.begin() as connection:
                        connection.exec_driver_sql(statement)
            finally:
                engine.dispose()
    assert verify_chain(trail.sessions()).ok


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("summary", "nothing to see"),
        ("username", "someone_else"),
        ("action", "client.created"),
        ("client_id", 8),
        ("at", "2020-01-01 00:00:00.000000"),
    ],
)
def test_editing_any_field_of_any_row_fails_verify_at_that_row(trail, column, value):
    ids = _ids(trail)
    for target in (ids[0], ids[3], ids[-1]):
        fresh = trail  # each edit is checked on its own copy of the chain below
        with fresh.engine.connect() as connection:
            original = connection.execute(
                sa.text(f"SELECT {column} FROM audit_log WHERE id = :id"),  # noqa: S608 (test)
                {"id": target},
            ).scalar_one()
        _without_triggers(
            fresh,
            f"UPDATE audit_log SET {column} = :value WHERE id = :id",  # noqa: S608 (test)
            {"value": value, "id": target},
        )
        report = verify_chain(fresh.sessions())
        assert not report.ok
        assert report.broken_id == target
        assert f"entry {target}" in report.describe()
        # Put back (the triggers are gone on SQLCipher; the server's owner goes around).
        _without_triggers(
            fresh,
            f"UPDATE audit_log SET {column} = :value WHERE id = :id",  # noqa: S608 (test)
            {"value": original, "id": target},
        )
        assert verify_chain(fresh.sessions()).ok


def test_an_edit_with_a_recomputed_hash_still_fails_at_that_row(trail):
    ids = _ids(trail)
    target = ids[2]
    _without_triggers(
        trail,
        "UPDATE audit_log SET summary = 'covered up', entry_hash = :fake WHERE id = :id",
        {"fake": "f" * 64, "id": target},
    )
    report = verify_chain(trail.sessions())
    assert report.broken_id == target


def test_deleting_a_row_fails_verify_naming_that_row(trail):
    ids = _ids(trail)
    _without_triggers(trail, "DELETE FROM audit_log WHERE id = :id", {"id": ids[4]})
    report = verify_chain(trail.sessions())
    assert report.broken_id == ids[4]
    assert f"entry {ids[4]} is missing" in report.describe()


def test_deleting_the_first_row_is_caught(trail):
    first = _ids(trail)[0]
    _without_triggers(trail, "DELETE FROM audit_log WHERE id = :id", {"id": first})
    assert verify_chain(trail.sessions()).broken_id == first


def test_deleting_from_the_end_is_caught_against_a_recorded_head(trail):
    with trail.session() as session:
        head = audit.chain_head(session)
    last = _ids(trail)[-1]
    _without_triggers(trail, "DELETE FROM audit_log WHERE id = :id", {"id": last})
    assert verify_chain(trail.sessions()).ok  # nothing inside the database shows it...
    report = verify_chain(trail.sessions(), expected_head=head)  # ...the backup's head does
    assert not report.ok and "removed from the end" in report.describe()


def test_search_filters_by_user_client_action_and_date(trail):
    with trail.session() as session:
        audit.record(
            session, actor=Actor(99, "naledi", "assistant"), action="client.opened", client_id=9
        )
        actor = trail.actor
        assert {
            r.action for r in audit.search_entries(session, actor, AuditFilter(client_id=7))
        } == {"client.opened", "document.viewed", "subject.exported"}
        by_user = audit.search_entries(session, actor, AuditFilter(username="Naledi"))
        assert [(r.action, r.client_id) for r in by_user] == [("client.opened", 9)]
        assert [
            r.action for r in audit.search_entries(session, actor, AuditFilter(action="print"))
        ] == ["print"]
        users_only = audit.search_entries(session, actor, AuditFilter(action="user."))
        assert [r.summary for r in users_only] == ["pieter as planner"]
        today = dt.datetime.now(dt.UTC).date()
        assert (
            audit.search_entries(session, actor, AuditFilter(until=today - dt.timedelta(days=1)))
            == []
        )
        assert len(audit.search_entries(session, actor, AuditFilter(since=today))) == (
            session.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
        )
        names, actions = audit.audit_filter_choices(session, actor)
        assert names == ["naledi", ADMIN] and "print" in actions
        with pytest.raises(PermissionDenied):
            audit.search_entries(session, Actor(5, "pieter", "planner"))


def test_csv_export_has_hashes_for_an_inspector_and_is_audited(trail, tmp_path):
    target = tmp_path / "out" / "audit.csv"
    with trail.session() as session:
        count = audit.export_csv(session, trail.actor, target, AuditFilter(client_id=7))
    assert count == 3
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [r["action"] for r in rows] == ["client.opened", "document.viewed", "subject.exported"]
    assert rows[0]["description"] == "Client record opened"
    assert all(len(r["entry_hash"]) == 64 and len(r["prev_hash"]) == 64 for r in rows)
    with trail.session() as session:
        last = audit.search_entries(session, trail.actor, limit=1)[0]
    assert last.action == "audit.exported" and "CSV, 3 entries (client 7)" in last.summary
    assert not list(tmp_path.joinpath("out").glob(".*"))  # no temp file left behind


def test_csv_export_defuses_spreadsheet_formulas(practice, tmp_path):
    with practice.session() as session:
        audit.record(session, actor=practice.actor, action="note", summary='=HYPERLINK("x")')
        audit.export_csv(session, practice.actor, tmp_path / "a.csv")
    assert "'=HYPERLINK" in (tmp_path / "a.csv").read_text("utf-8-sig")


def test_pdf_export_shows_the_check_and_the_entries(trail, tmp_path):
    target = tmp_path / "audit.pdf"
    with trail.session() as session:
        count = audit.export_pdf(session, trail.actor, target)
    assert count == len(ACTIONS) + 1
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "Audit trail" in text and "Mokoena & Müller Financial Planning" in text
    assert "intact" in text
    assert "Data-subject package exported" in text and "idle_lock_minutes: 10 -> 5" in text
    with trail.session() as session:
        assert audit.search_entries(session, trail.actor, limit=1)[0].summary.startswith("PDF, 7")


def test_pdf_export_of_a_broken_trail_says_where(trail, tmp_path):
    target_id = _ids(trail)[2]
    _without_triggers(trail, "UPDATE audit_log SET summary = 'x' WHERE id = :id", {"id": target_id})
    with trail.session() as session:
        audit.export_pdf(session, trail.actor, tmp_path / "a.pdf")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "a.pdf").pages)
    assert f"broken at entry {target_id}" in text


def test_cli_verify_and_export(trail, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    data_dir = str(trail.paths.data_dir)
    trail.close()
    assert main(["audit", "verify", "--data-dir", data_dir, "--user", ADMIN]) == 0
    assert "intact" in capsys.readouterr().out
    csv_path = tmp_path / "inspector.csv"
    assert (
        main(
            [
                "audit",
                "export",
                "--csv",
                str(csv_path),
                "--action",
                "print",
                "--data-dir",
                data_dir,
                "--user",
                ADMIN,
            ]
        )
        == 0
    )
    assert "Wrote 1 entries" in capsys.readouterr().out
    from clientmanager.services.practice import unlock_with_password

    reopened = unlock_with_password(trail.paths, ADMIN, ADMIN_PASSWORD)
    target_id = _ids(reopened)[3]
    _without_triggers(reopened, "DELETE FROM audit_log WHERE id = :id", {"id": target_id})
    reopened.close()
    assert main(["audit", "verify", "--data-dir", data_dir, "--user", ADMIN]) != 0
    assert f"broken at entry {target_id}" in capsys.readouterr().out


def test_failed_sign_in_is_audited_with_the_user_name_only(practice):
    from clientmanager.errors import WrongPassword
    from clientmanager.services.practice import unlock_with_password

    practice.close()
    with pytest.raises(WrongPassword):
        unlock_with_password(practice.paths, ADMIN, "Secret guess 12345")
    opened = unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD)
    try:
        with opened.session() as session:
            rows = audit.search_entries(session, opened.actor, AuditFilter(action="login."))
            everything = " ".join(r.summary for r in audit.search_entries(session, opened.actor))
        assert [r.action for r in rows] == ["login.failed"]
        assert rows[0].summary.startswith(f"{ADMIN} at ")
        assert "Secret guess" not in everything and ADMIN_PASSWORD not in everything
    finally:
        opened.close()


@pytest.mark.parametrize(
    "values",
    [
        ("2026-01-02T03:04:05.000006", 1, "thandi", "client.opened", 7, ""),
        ("2026-01-02T03:04:05.000006", None, None, "login.failed", None, 'x "quoted" \\ back'),
        ("2026-01-02T03:04:05.000006", 3, "müller", "note", 12, "Ümlaut ✓ 日本 \n\t\x01 end"),
        ("2026-01-02T03:04:05.000006", 3, "zoë", "print", 0, "\u2028 line sep"),
        ("2026-01-02T03:04:05.000006", "3", None, "x", "7", "tampered types"),
        ("2026-01-02T03:04:05.000006", 3, None, "x", None, None),
    ],
)
def test_the_fast_canonical_form_is_byte_identical_to_the_one_recorded(values):
    at, *rest = values
    recorded_at = dt.datetime.fromisoformat(at).isoformat(timespec="microseconds")
    expected = audit._canonical_text(recorded_at, *rest)
    assert audit._fast_canonical(*values) == expected
