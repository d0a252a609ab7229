"""Tags, combined filters and saved searches; a saved search survives a restart."""

from __future__ import annotations

import re

from clientmanager.cli import main
from clientmanager.services import tags
from clientmanager.services.practice import unlock_with_password
from clientmanager.store.models import AuditEntry, Client, Consent, Task, User
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.planner.conftest import seed_household


def _people(practice) -> dict[str, int]:  # noqa: ANN001
    ids = {}
    with practice.session() as session:
        for first, surname in (
            ("Johan", "Botha"),
            ("Lindiwe", "Zulu"),
            ("Marius", "Botha"),
            ("Ayesha", "Patel"),
        ):
            client = Client(first_names=first, surname=surname)
            session.add(client)
            session.flush()
            ids[first] = client.id
        session.add(
            Consent(
                client_id=ids["Johan"],
                purpose="direct_marketing",
                lawful_basis="consent",
                status="given",
            )
        )
    return ids


def test_a_saved_search_returns_the_same_clients_after_a_restart(practice) -> None:
    seeded = seed_household(practice)
    ids = _people(practice)
    with practice.session() as session:
        admin = seeded.admin
        assert (
            tags.tag_clients(
                session, admin, [ids["Johan"], ids["Lindiwe"], ids["Marius"]], "Retired"
            )
            == 3
        )
        assert (
            tags.tag_clients(
                session, admin, [ids["Johan"], ids["Marius"], ids["Ayesha"]], "medical  aid"
            )
            == 3
        )
        assert tags.tag_clients(session, admin, [ids["Johan"]], "retired") == 0  # already
        assert tags.list_tags(session, admin) == [("medical aid", 3), ("retired", 3)]
        both = tags.Criteria(tags=["retired", "Medical Aid"])
        found = [r.id for r in tags.find_clients(session, admin, both)]
        assert found == [ids["Johan"], ids["Marius"]]  # Botha, Botha by first name
        narrowed = tags.Criteria(text="botha", tags=["retired"], marketing_allowed=True)
        assert [r.id for r in tags.find_clients(session, admin, narrowed)] == [ids["Johan"]]
        tags.save_search(session, admin, "Retired with medical aid", both)
        assert tags.untag_clients(session, admin, [ids["Ayesha"]], "medical aid") == 1
    paths = practice.paths
    practice.close()

    reopened = unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        with reopened.session() as session:
            rows = tags.run_saved_search(session, reopened.actor, "Retired with medical aid")
            assert [r.id for r in rows] == [ids["Johan"], ids["Marius"]]
            assert tags.tags_of(session, reopened.actor, ids["Ayesha"]) == []
    finally:
        reopened.close()


def test_tags_and_bulk_actions_from_the_command_line(cli_env, capsys) -> None:
    ids = _people(cli_env)
    with cli_env.session() as session:
        session.add(User(username="sipho", full_name="Sipho Dube", role="planner"))
        session.add(User(username="zanele", full_name="Zanele Khumalo", role="assistant"))
    botha = f"{ids['Johan']},{ids['Marius']}"
    assert main(["tags", "add", "--clients", botha, "--tag", "retired"]) == 0
    assert main(["tags", "search", "--tag", "retired", "--save", "retired"]) == 0
    out = capsys.readouterr().out
    assert "2 client(s) match tag retired" in out
    assert main(["tags", "run", "retired"]) == 0
    listed = [int(n) for n in re.findall(r"^\s+(\d+)\s", capsys.readouterr().out, re.M)]
    assert listed == [ids["Johan"], ids["Marius"]]
    assert main(["tags", "assign", "--clients", botha, "--planner", "zanele"]) == 1
    assert "zanele is not a planner" in capsys.readouterr().err
    assert main(["tags", "assign", "--clients", botha, "--planner", "sipho"]) == 0
    assert "Assigned 2 client(s) to sipho." in capsys.readouterr().out
    assert (
        main(
            [
                "tags",
                "task",
                "--clients",
                botha,
                "--title",
                "Send retirement income letter",
                "--due",
                "2026-12-15",
            ]
        )
        == 0
    )
    with cli_env.session() as session:
        sipho = session.query(User).filter_by(username="sipho").one()
        assert {
            c.planner_id
            for c in session.query(Client).filter(Client.id.in_([ids["Johan"], ids["Marius"]]))
        } == {sipho.id}
        moved = session.query(AuditEntry).filter_by(action="client.assigned").all()
        assert sorted(entry.client_id for entry in moved) == sorted([ids["Johan"], ids["Marius"]])
        assert {entry.summary for entry in moved} == {"planner: nobody -> sipho"}
        given = session.query(Task).filter_by(title="Send retirement income letter").all()
        assert sorted(task.client_id for task in given) == sorted([ids["Johan"], ids["Marius"]])
        admin = session.query(User).filter_by(username=ADMIN).one()
        assert {task.assigned_to_id for task in given} == {admin.id}
        assert {str(task.due_on) for task in given} == {"2026-12-15"}
        audited = session.query(AuditEntry).filter_by(action="tasks.created").all()
        assert [entry.summary for entry in audited] == [
            "2 task(s) for selected clients, due 2026-12-15"
        ]
    too_long = ["tags", "task", "--clients", botha, "--title", "x" * 301]
    assert main(too_long) == 1
    assert "under 300 characters" in capsys.readouterr().err
    assert main(["tags", "list"]) == 0
    assert "retired                        2 client(s)" in capsys.readouterr().out
    assert main(["tags", "run", "nothing"]) == 1
    assert "no saved search called 'nothing'" in capsys.readouterr().err
    assert main(["tags", "delete-search", "retired"]) == 0
    assert "Deleted the saved search 'retired'; 0 saved search(es) left." in (
        capsys.readouterr().out
    )
    with cli_env.session() as session:
        assert tags.saved_searches(session) == []
    assert main(["tags", "delete-search", "retired"]) == 1
    assert "no saved search called 'retired'" in capsys.readouterr().err
    assert main(["tags", "add", "--clients", "99999", "--tag", "x"]) == 1
    assert "not in the practice" in capsys.readouterr().err
