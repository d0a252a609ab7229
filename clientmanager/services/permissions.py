"""Who may do what: roles, enforced here in the services, so that the CLI, the GUI and any
future caller get the same answer. The UI asks :func:`allows` to hide or disable what a
role cannot do; the services call :func:`require` before doing it.

Roles (issue 6, POPIA s19 safeguards):

* administrator (practice manager): everything, including users, backups, restore,
  settings and the registers.
* planner: their own clients (or every client where the practice allows it); may not
  manage users, restore or change practice settings.
* assistant: edits contact details and tasks, logs notes (calls, meetings; not records
  of advice) and attaches documents, reads the rest; no data-subject packages, no bulk
  exports, no documents marked sensitive, no unencrypted copies of ID documents.
* compliance: reads everything, runs the POPIA registers and the audit trail, edits
  nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.errors import ClientManagerError, Label, NotFound, PermissionDenied
from clientmanager.services.actor import Actor
from clientmanager.store.models import Client, Setting


class Permission(StrEnum):
    CLIENT_READ = "read client records"
    CLIENT_CREATE = "add clients"
    CLIENT_EDIT = "edit client records"
    CLIENT_EDIT_CONTACT = "edit contact details"
    CLIENT_ARCHIVE = "archive clients"
    TASK_EDIT = "edit tasks"
    NOTE_EDIT = "write notes and records of advice"
    ADVICE_FINALISE = "finalise records of advice"
    DOCUMENT_EDIT = "add or remove documents"
    DOCUMENT_VIEW_SENSITIVE = "see documents marked sensitive"
    SUBJECT_EXPORT = "export data-subject packages"
    BULK_EXPORT = "export client lists"
    IMPORT = "import clients"
    REGISTERS_VIEW = "see the POPIA registers"
    REGISTERS_EDIT = "record data-subject requests and breaches"
    AUDIT_VIEW = "see the audit trail"
    USERS_MANAGE = "manage users"
    BACKUP_RUN = "take a backup"
    BACKUP_MANAGE = "manage backups"
    RESTORE = "restore a backup"
    SETTINGS_EDIT = "change practice settings"
    RETENTION_APPROVE = "approve destruction of records"
    CLIENT_ASSIGN = "change a client's planner"
    ADVICE_EDIT = "write records of advice"
    DOCUMENT_EXPORT_SENSITIVE = "export unencrypted copies of ID and other sensitive documents"


_PLANNER = {
    Permission.CLIENT_READ,
    Permission.CLIENT_CREATE,
    Permission.CLIENT_EDIT,
    Permission.CLIENT_EDIT_CONTACT,
    Permission.CLIENT_ARCHIVE,
    Permission.TASK_EDIT,
    Permission.NOTE_EDIT,
    Permission.ADVICE_FINALISE,
    Permission.ADVICE_EDIT,
    Permission.DOCUMENT_EDIT,
    Permission.DOCUMENT_VIEW_SENSITIVE,
    Permission.DOCUMENT_EXPORT_SENSITIVE,
    Permission.SUBJECT_EXPORT,
    Permission.BULK_EXPORT,
    Permission.IMPORT,
    Permission.REGISTERS_VIEW,
    Permission.REGISTERS_EDIT,
    Permission.BACKUP_RUN,
}
_ASSISTANT = {
    Permission.CLIENT_READ,
    Permission.CLIENT_CREATE,
    Permission.CLIENT_EDIT_CONTACT,
    Permission.TASK_EDIT,
    Permission.NOTE_EDIT,
    Permission.DOCUMENT_EDIT,
    Permission.BACKUP_RUN,
}
_COMPLIANCE = {
    Permission.CLIENT_READ,
    Permission.DOCUMENT_VIEW_SENSITIVE,
    Permission.SUBJECT_EXPORT,
    Permission.REGISTERS_VIEW,
    Permission.AUDIT_VIEW,
}
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "administrator": frozenset(Permission),
    "planner": frozenset(_PLANNER),
    "assistant": frozenset(_ASSISTANT),
    "compliance": frozenset(_COMPLIANCE),
}
ROLE_LABELS = {
    "administrator": "Practice manager (administrator)",
    "planner": "Planner",
    "assistant": "Assistant",
    "compliance": "Compliance officer",
}

# Practice setting: may planners open every client, or only their own?
PLANNERS_SEE_ALL_SETTING = "planners_see_all_clients"


def allows(actor: Actor | None, permission: Permission) -> bool:
    if actor is None:
        return False
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor | None, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor``'s role allows ``permission``."""
    if not allows(actor, permission):
        role = Label(ROLE_LABELS.get(actor.role, actor.role) if actor else "Nobody signed in")
        raise PermissionDenied(
            "{role} accounts may not {action}.",
            hint="Ask the practice manager if your work needs it.",
            role=role,
            action=Label(permission.value),
        )


def planners_see_all_clients(session: Session) -> bool:
    value = session.get(Setting, PLANNERS_SEE_ALL_SETTING)
    return value is not None and value.value == "1"


def visible_clients_clause(session: Session, actor: Actor) -> sa.ColumnElement[bool]:
    """A WHERE clause limiting client queries to what ``actor`` may see."""
    require(actor, Permission.CLIENT_READ)
    if actor.role != "planner" or planners_see_all_clients(session):
        return sa.true()
    return Client.planner_id == actor.user_id


def get_client(session: Session, client_id: int) -> Client:
    """The client, or :class:`NotFound` for one merged, erased or never there."""
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(
            "There is no client with the number {client_id}.",
            hint="They may have been merged or erased (the erasure ledger says when). "
            "Search again.",
            client_id=client_id,
        )
    return client


def require_client_access(session: Session, actor: Actor, client_id: int) -> None:
    """Raise :class:`PermissionDenied` if ``actor`` may not open client ``client_id``."""
    require(actor, Permission.CLIENT_READ)
    if actor.role != "planner" or planners_see_all_clients(session):
        return
    planner_id = session.scalar(sa.select(Client.planner_id).where(Client.id == client_id))
    if planner_id != actor.user_id:
        raise _another_planners_client()


def _another_planners_client() -> PermissionDenied:
    return PermissionDenied(
        "This client is looked after by another planner.",
        hint="The practice manager can reassign the client, or allow planners to see "
        "every client in Settings.",
    )


# Ids per query when checking a selection: well under SQLite's limit on bound values.
_SELECTION_CHUNK = 10_000


def require_selected_clients(
    session: Session, actor: Actor, client_ids: Iterable[int]
) -> list[int]:
    """The selected clients' ids, once each and in the order given, if every one is in
    the practice and ``actor`` may open it; else the reason, before anything is done to any
    of them (a bulk action on a selection is all or nothing)."""
    require(actor, Permission.CLIENT_READ)
    ids = list(dict.fromkeys(int(client_id) for client_id in client_ids))
    if not ids:
        raise ClientManagerError(
            "Select at least one client.", hint="Select the clients in the list first."
        )
    planners: dict[int, int | None] = {}
    for start in range(0, len(ids), _SELECTION_CHUNK):
        chunk = ids[start : start + _SELECTION_CHUNK]
        query = sa.select(Client.id, Client.planner_id).where(Client.id.in_(chunk))
        planners.update((client_id, planner_id) for client_id, planner_id in session.execute(query))
    missing = [client_id for client_id in ids if client_id not in planners]
    if missing:
        raise NotFound(
            "Client(s) {clients} are not in the practice.",
            hint="They may have been merged or erased. Search again.",
            clients=", ".join(map(str, missing)),
        )
    if actor.role == "planner" and not planners_see_all_clients(session):
        if any(planners[client_id] != actor.user_id for client_id in ids):
            raise _another_planners_client()
    return ids
