"""`clientmanager retention run|schedule` and `clientmanager breach list` from a terminal."""

from __future__ import annotations

import datetime as dt

import pytest

from clientmanager.cli import main
from clientmanager.services import breaches, users
from clientmanager.store.models import Client, Policy
from tests.conftest import ADMIN, ADMIN_PASSWORD

PLANNER_PASSWORD = "Planner password for tests 7"


@pytest.fixture
def cli_env(practice, monkeypatch):
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("CLIENTMANAGER_RECOVERY_CODE", raising=False)
    with practice.session() as session:
        ended = Client(
            first_names="Gert", surname="Oosthuizen", relationship_end=dt.date(2019, 2, 28)
        )
        active = Client(first_names="Busisiwe", surname="Mabaso")
        session.add_all([ended, active])
        session.flush()
        session.add(
            Policy(
                client_id=ended.id,
                provider="Sanlam",
                policy_number="SL-1",
                product_type="life_cover",
                status="lapsed",
                end_date=dt.date(2019, 2, 28),
            )
        )
        ids = ended.id, active.id
    return practice, ids


def test_retention_run_lists_then_approves(cli_env, capsys):
    practice, (ended, active) = cli_env
    assert main(["retention", "run", "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert f"Destroy      client {ended:>7}  Gert Oosthuizen" in out
    assert "FICA s23" in out and "FAIS General Code of Conduct s3(2)" in out
    assert "Mabaso" not in out
    assert "Nothing was changed" in out
    with practice.session() as session:
        assert session.get(Client, ended) is not None

    assert main(["retention", "run", "--approve", "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "Approved: 1 destroyed, 0 de-identified, 0 restricted" in out
    with practice.session() as session:
        assert session.get(Client, ended) is None
        assert session.get(Client, active) is not None

    assert main(["retention", "run", "--today", "2026-11-25"]) == 0
    assert "Nothing is due for destruction." in capsys.readouterr().out


def test_approving_without_the_role_is_refused_clearly(cli_env, capsys, monkeypatch):
    practice, (ended, _) = cli_env
    users.add_user(
        practice,
        username="lindiwe",
        full_name="Lindiwe Sithole",
        role="planner",
        password=PLANNER_PASSWORD,
    )
    monkeypatch.setenv("CLIENTMANAGER_USER", "lindiwe")
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PLANNER_PASSWORD)
    assert main(["retention", "run", "--approve", "--today", "2026-11-25"]) == 1
    err = capsys.readouterr().err
    assert "Planner accounts may not approve destruction of records" in err
    with practice.session() as session:
        assert session.get(Client, ended) is not None


def test_bad_today_is_a_clear_error(cli_env, capsys):
    assert main(["retention", "run", "--today", "25/11/2026"]) == 1
    assert "--today must be a date like 2026-11-25" in capsys.readouterr().err


def test_retention_schedule_cites_the_law(cli_env, capsys):
    assert main(["retention", "schedule"]) == 0
    out = capsys.readouterr().out
    for expected in (
        "FAIS General Code of Conduct s3(2)",
        "FICA s23",
        "Tax Administration Act s29(3)",
        "until consent is withdrawn or refused",
        "90 days after the entry was written",
    ):
        assert expected in out


def test_breach_list(cli_env, capsys):
    practice, _ = cli_env
    assert main(["breach", "list"]) == 0
    assert "The breach register is empty." in capsys.readouterr().out
    with practice.session() as session:
        breaches.record_breach(
            session,
            actor=practice.actor,
            title="Phishing e-mail answered",
            description="An assistant entered her password on a fake login page.",
            discovered_at=dt.datetime(2026, 11, 2, 8),
            criteria="everyone",
        )
    assert main(["breach", "list"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-02  open    Phishing e-mail answered  (2 affected" in out
    assert "Regulator NOT yet told" in out


def test_a_deletion_request_needs_letters(cli_env, capsys, tmp_path):
    from clientmanager.store.models import SubjectRequest

    practice, (ended, _) = cli_env
    with practice.session() as session:
        session.add(
            SubjectRequest(
                client_id=ended,
                kind="deletion",
                requested_by="Gert Oosthuizen",
                received_on=dt.date(2026, 11, 20),
                due_on=dt.date(2026, 12, 20),
            )
        )
    assert main(["retention", "run", "--approve", "--today", "2026-11-25"]) == 1
    assert "must be told what was deleted" in capsys.readouterr().err
    with practice.session() as session:
        assert session.get(Client, ended) is not None
    letters = tmp_path / "letters"
    args = ["retention", "run", "--approve", "--today", "2026-11-25", "--letters", str(letters)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"deletion-client-{ended}.pdf" in out
    assert (letters / f"deletion-client-{ended}.pdf").exists()


def test_retention_client_shows_each_record_and_its_date(cli_env, capsys):
    from clientmanager.services import retention

    practice, (ended, active) = cli_env
    assert main(["retention", "client", "--client", str(ended)]) == 0
    out = capsys.readouterr().out
    with practice.session() as session:
        person = retention.client_retention(session, actor=practice.actor, client_id=ended)
    assert f"Retention of client {ended}, Gert Oosthuizen (POPIA s14):" in out
    for clock in person.clocks:
        assert f"may go from {clock.destroy_from:%Y-%m-%d}" in out and clock.citation in out
    assert f"The whole record may go from {person.destroy_from:%Y-%m-%d}." in out
    assert main(["retention", "client", "--client", str(active)]) == 0
    assert "The whole record is kept" in capsys.readouterr().out
    assert main(["retention", "client"]) == 1
    assert "Say which client" in capsys.readouterr().err
    assert main(["retention", "client", "--client", "99999"]) == 1
    assert "There is no client with the number 99999" in capsys.readouterr().err
