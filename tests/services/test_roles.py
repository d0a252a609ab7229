"""Each restricted service, called as each role, against a table of what each role may do.

The table below is written out by hand from issue 6 (not derived from
``permissions.ROLE_PERMISSIONS``), so a change to the role table that breaks the issue's
rules fails here. "Allowed" means the call got past the permission check: it either
succeeded or failed for some other reason (a missing file, say), never with
PermissionDenied. Every call runs in a session that is rolled back, so the calls do not
disturb each other.
"""

from __future__ import annotations

import copy

import pytest

from clientmanager.errors import ClientManagerError, PermissionDenied
from clientmanager.services import (
    audit,
    backups,
    client_records,
    erasure,
    exporter,
    retention,
    subject_export,
    subject_requests,
    users,
)
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, allows
from clientmanager.store.models import Client, Note, Task, User

P = Permission
ALL = "all"
ALLOWED: dict[str, set[Permission] | str] = {
    "administrator": ALL,
    "planner": {
        P.CLIENT_CREATE, P.CLIENT_EDIT, P.CLIENT_EDIT_CONTACT, P.CLIENT_ARCHIVE, P.TASK_EDIT,
        P.ADVICE_FINALISE, P.DOCUMENT_EDIT, P.DOCUMENT_VIEW_SENSITIVE, P.SUBJECT_EXPORT,
        P.BULK_EXPORT, P.REGISTERS_VIEW, P.REGISTERS_EDIT, P.BACKUP_RUN, P.ADVICE_EDIT,
        P.DOCUMENT_EXPORT_SENSITIVE,
    },  # no users, audit, restore, settings, backup management, destruction approval
    "assistant": {
        P.CLIENT_CREATE, P.CLIENT_EDIT_CONTACT, P.TASK_EDIT, P.BACKUP_RUN, P.NOTE_EDIT,
        P.DOCUMENT_EDIT,
    },
    "compliance": {P.SUBJECT_EXPORT, P.DOCUMENT_VIEW_SENSITIVE, P.REGISTERS_VIEW, P.AUDIT_VIEW},
}  # fmt: skip


# Each test runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends


@pytest.fixture(scope="module")
def world(tmp_path_factory, practice_maker):
    """A practice with one user per role, and records every service below can act on."""
    from clientmanager.paths import PracticePaths

    practice, _code = practice_maker(
        PracticePaths(tmp_path_factory.mktemp("roles") / "practice"),
        practice_name="Roles Test Practice",
        admin_username="thandi",
        admin_password="Correct horse battery 42",
    )
    ids = {}
    with practice.session() as session:
        actors = {"administrator": practice.actor}
        for role, name in (
            ("planner", "pieter"),
            ("assistant", "naledi"),
            ("compliance", "zanele"),
        ):
            user = User(username=name, full_name=name.title(), role=role, password_hash=None)
            session.add(user)
            session.flush()
            actors[role] = Actor(user.id, name, role)
        client = Client(
            first_names="Lindiwe",
            surname="Nkosi",
            planner_id=actors["planner"].user_id,
            email="lindiwe@example.co.za",
        )
        session.add(client)
        session.flush()
        ids["client"] = client.id
        task = Task(client_id=client.id, kind="follow_up", title="Call back")
        note = Note(
            client_id=client.id, kind="advice", subject="Retirement annuity advice", body="..."
        )
        for field in ("recommendation", "recommendation_reasons"):
            if hasattr(note, field):
                setattr(note, field, "Contribute R2 000 a month")
        session.add_all([task, note])
        session.flush()
        document_id = client_records.attach_document(
            session,
            practice.actor,
            client_id=client.id,
            filename="id.pdf",
            content=b"%PDF-1.4 test",
            is_sensitive=True,
        )
        ids.update(task=task.id, note=note.id, document=document_id)
    yield practice, actors, ids
    practice_maker.drop(practice)


def _client_values(**changes):
    values = {"first_names": "Lindiwe", "surname": "Nkosi", "email": "lindiwe@example.co.za"}
    values.update(changes)
    return values


def _as(practice, actor):
    other = copy.copy(practice)
    other.actor = actor
    return other


def _calls(tmp_path):
    """(permission, description, call(session, actor, practice_as_actor, ids))."""
    return [
        (P.CLIENT_CREATE, "add a client", lambda s, a, p, i: client_records.save_client(
            s, a, values=_client_values(first_names="New", surname="Person", email=""))),
        (P.CLIENT_EDIT, "change a client's surname", lambda s, a, p, i: client_records.save_client(
            s, a, values=_client_values(surname="Nkosi-Dlamini"), client_id=i["client"])),
        (P.CLIENT_EDIT_CONTACT, "change a client's e-mail", lambda s, a, p, i:
            client_records.save_client(
                s, a, values=_client_values(email="l.nkosi@example.co.za"), client_id=i["client"])),
        (P.CLIENT_ARCHIVE, "archive a client", lambda s, a, p, i:
            client_records.archive_client(s, a, i["client"])),
        (P.TASK_EDIT, "complete a task", lambda s, a, p, i:
            client_records.complete_task(s, a, i["task"])),
        (P.ADVICE_FINALISE, "finalise a record of advice", lambda s, a, p, i:
            client_records.finalise_advice(s, a, i["note"])),
        (P.DOCUMENT_EDIT, "attach a document", lambda s, a, p, i: client_records.attach_document(
            s, a, client_id=i["client"], filename="x.pdf", content=b"%PDF-1.4 x")),
        (P.DOCUMENT_VIEW_SENSITIVE, "view a sensitive document", lambda s, a, p, i:
            client_records.fetch_document(s, a, i["document"])),
        (P.SUBJECT_EXPORT, "export a data-subject package", lambda s, a, p, i:
            subject_export.default_pdf_password(s, actor=a, client_id=i["client"])),
        (P.BULK_EXPORT, "export the client list", lambda s, a, p, i: exporter.export_clients(
            s, actor=a, path=tmp_path / f"{a.role}.csv", format="csv")),
        (P.REGISTERS_VIEW, "see the rights register", lambda s, a, p, i:
            subject_requests.list_requests(s, actor=a)),
        (P.REGISTERS_EDIT, "place a legal hold", lambda s, a, p, i: retention.place_hold(
            s, actor=a, client_id=i["client"], reason="Litigation")),
        (P.RETENTION_APPROVE, "destroy a client's records", lambda s, a, p, i:
            erasure.destroy_client(s, client_id=i["client"], actor=a, reason="test")),
        (P.SETTINGS_EDIT, "change a retention period", lambda s, a, p, i: retention.update_rule(
            s, actor=a, category="no-such-category", years=6)),
        (P.AUDIT_VIEW, "read the audit trail", lambda s, a, p, i: audit.search_entries(s, a)),
        (P.USERS_MANAGE, "list users", lambda s, a, p, i: users.list_users(p)),
        (P.USERS_MANAGE, "change a role", lambda s, a, p, i: users.set_role(
            p, username="naledi", role="assistant")),
        (P.BACKUP_RUN, "see the backups", lambda s, a, p, i: backups.practice_backups(p)),
        (P.BACKUP_MANAGE, "verify a backup", lambda s, a, p, i: backups.verify_backup(
            p, tmp_path / "missing.cmbackup")),
        (P.RESTORE, "restore a backup", lambda s, a, p, i: backups.restore_backup(
            tmp_path / "missing.cmbackup", paths=p.paths,
            unlocked=backups.Unlocked(key=p.key, actor=a), live=p)),
    ]  # fmt: skip


def _expected(role: str, permission: Permission) -> bool:
    allowed = ALLOWED[role]
    return allowed == ALL or permission in allowed


def test_every_restricted_service_allows_and_denies_by_role(world, tmp_path):
    practice, actors, ids = world
    outcomes = []
    for permission, description, call in _calls(tmp_path):
        for role, actor in actors.items():
            with practice.sessions() as session:  # never committed: rolled back on close
                try:
                    call(session, actor, _as(practice, actor), ids)
                    got = True
                except PermissionDenied:
                    got = False
                except ClientManagerError:
                    got = True  # past the permission check, stopped by something else
                finally:
                    session.rollback()
            expected = _expected(role, permission)
            assert allows(actor, permission) == expected, (role, permission)
            if got != expected:
                outcomes.append(f"{role} {description}: {'allowed' if got else 'denied'}")
    assert outcomes == [], "\n".join(outcomes)


def test_a_denied_call_says_who_may_not_do_what_and_what_to_do(world):
    practice, actors, _ids = world
    with pytest.raises(PermissionDenied) as raised:
        users.list_users(_as(practice, actors["compliance"]))
    assert raised.value.message == "Compliance officer accounts may not manage users."
    assert "practice manager" in raised.value.hint


def test_planner_sees_only_their_own_clients_unless_the_practice_allows_all(world):
    from clientmanager.services.permissions import require_client_access

    practice, actors, ids = world
    other_planner = Actor(999, "someone", "planner")
    with practice.sessions() as session:
        require_client_access(session, actors["planner"], ids["client"])
        with pytest.raises(PermissionDenied, match="another planner"):
            require_client_access(session, other_planner, ids["client"])
