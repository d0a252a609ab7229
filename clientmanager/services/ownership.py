"""Who looks after a client: the planner on each client, and moving clients between
planners (one, a selection, or a departing planner's whole book).

A new client's planner is whoever created it (``client_records.save_client``); only a
practice manager changes it. Every move is audited per client, so a client's own trail
says who looked after them when.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, require
from clientmanager.store.models import Client, User

# Roles that may hold a book of clients.
PLANNER_ROLES = ("planner", "administrator")


@dataclass(frozen=True)
class PlannerChoice:
    user_id: int
    name: str


def planner_choices(session: Session) -> list[PlannerChoice]:
    """Active users who may look after clients, by name, for a planner picker."""
    rows = session.execute(
        sa.select(User.id, User.full_name, User.username)
        .where(User.is_active.is_(True), User.role.in_(PLANNER_ROLES))
        .order_by(User.full_name, User.username)
    )
    return [PlannerChoice(user_id, full_name or username) for user_id, full_name, username in rows]


def _planner(session: Session, to_user: int | str) -> User:
    if isinstance(to_user, str) and not to_user.isdigit():
        user = session.scalar(sa.select(User).where(User.username == to_user))
    else:
        user = session.get(User, int(to_user))
    if user is None:
        raise NotFound("There is no such user.", hint="Choose a planner from the list of users.")
    if not user.is_active or user.role not in PLANNER_ROLES:
        raise ClientManagerError(
            f"{user.full_name or user.username} cannot look after clients.",
            hint="Choose an active planner or practice manager.",
        )
    return user


def assign_clients(
    session: Session, actor: Actor, client_ids: Iterable[int], to_user: int | str
) -> int:
    """Make ``to_user`` (a user id or username) the planner of ``client_ids``; returns how
    many clients changed hands. Clients already theirs are left alone."""
    require(actor, Permission.CLIENT_ASSIGN)
    user = _planner(session, to_user)
    ids = sorted(set(client_ids))
    if not ids:
        return 0
    found = dict(
        session.execute(sa.select(Client.id, Client.planner_id).where(Client.id.in_(ids))).all()
    )
    missing = [client_id for client_id in ids if client_id not in found]
    if missing:
        raise NotFound(
            f"{len(missing)} of the clients chosen are no longer in the practice.",
            hint="Refresh the list and choose again.",
        )
    moved = 0
    for client_id in ids:
        previous = found[client_id]
        if previous == user.id:
            continue
        client = session.get(Client, client_id)
        client.planner_id = user.id
        audit.record(
            session,
            actor=actor,
            action="client.assigned",
            client_id=client_id,
            summary=f"planner user #{previous if previous is not None else '-'} -> #{user.id}",
        )
        moved += 1
    session.flush()
    return moved


def clients_of(session: Session, planner: int | str) -> list[int]:
    """The ids of a planner's clients (for moving a departing planner's whole book)."""
    user = (
        session.get(User, int(planner))
        if str(planner).isdigit()
        else session.scalar(sa.select(User).where(User.username == str(planner)))
    )
    if user is None:
        raise NotFound("There is no such user.", hint="Check the user name.")
    return list(session.scalars(sa.select(Client.id).where(Client.planner_id == user.id)))
