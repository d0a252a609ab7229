"""Who looks after a client: the planner on each client (whoever created it, at first:
``client_records.save_client``), changed by the practice manager one by one, for a
selection or for a departing planner's whole book. Every move is audited, one entry
per client (the audit viewer then shows it on that client's history).
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

# Roles that can look after clients; an assistant or compliance officer cannot own a book.
OWNER_ROLES = ("planner", "administrator")


class CannotAssign(ClientManagerError):
    pass


@dataclass(frozen=True)
class Assignment:
    to_user: str
    moved: int  # clients whose planner changed
    unchanged: int  # already with that planner
    missing: tuple[int, ...] = ()  # ids that are not (or no longer) clients


@dataclass(frozen=True)
class Owner:
    user_id: int
    username: str
    full_name: str
    role: str

    @property
    def name(self) -> str:
        return self.full_name


def _user(session: Session, who: str | int) -> User:
    if isinstance(who, int) or (isinstance(who, str) and who.isdigit()):
        user = session.get(User, int(who))
    else:
        name = (who or "").strip().casefold()
        user = session.scalars(sa.select(User).where(sa.func.lower(User.username) == name)).first()
    if user is None:
        raise NotFound(
            "There is no user called {who!r}.",
            hint="Run 'clientmanager users list' to see the user names.",
            who=who,
        )
    return user


def _owner(session: Session, who: str | int) -> User:
    user = _user(session, who)
    if not user.is_active:
        raise CannotAssign(
            "{user} is disabled and cannot look after clients.",
            hint="Choose an active planner, or enable the account first.",
            user=user.username,
        )
    if user.role not in OWNER_ROLES:
        raise CannotAssign(
            "{user} is not a planner; clients are looked after by planners.",
            hint="Choose a planner (or the practice manager).",
            user=user.username,
        )
    return user


def possible_owners(session: Session) -> list[Owner]:
    """Active planners and practice managers, by name: the "Assign to…" choices."""
    return [
        Owner(user.id, user.username, user.full_name or user.username, user.role)
        for user in session.scalars(
            sa.select(User)
            .where(User.is_active.is_(True), User.role.in_(OWNER_ROLES))
            .order_by(User.full_name, User.username)
        )
    ]


def _move(
    session: Session, actor: Actor, clients: list[Client], target: User, *, why: str
) -> tuple[int, int]:
    names = {user_id: username for user_id, username in session.execute(
        sa.select(User.id, User.username))}  # fmt: skip
    moved = unchanged = 0
    for client in clients:
        if client.planner_id == target.id:
            unchanged += 1
            continue
        before = names.get(client.planner_id, "nobody") if client.planner_id else "nobody"
        client.planner_id = target.id
        moved += 1
        audit.record(
            session,
            actor=actor,
            action="client.assigned",
            client_id=client.id,
            summary=f"planner: {before} -> {target.username}{why}",
        )
    session.flush()
    return moved, unchanged


def assign_clients(
    session: Session, actor: Actor, client_ids: Iterable[int], to_user: str | int
) -> Assignment:
    """Give the clients ``client_ids`` to ``to_user`` (a user name or id)."""
    require(actor, Permission.CLIENT_ASSIGN)
    target = _owner(session, to_user)
    wanted = list(dict.fromkeys(int(i) for i in client_ids))
    if not wanted:
        raise CannotAssign("No clients were chosen.", hint="Select clients in the list first.")
    clients: list[Client] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        clients.extend(session.scalars(sa.select(Client).where(Client.id.in_(chunk))))
    found = {client.id for client in clients}
    clients.sort(key=lambda client: client.id)
    moved, unchanged = _move(session, actor, clients, target, why="")
    return Assignment(target.username, moved, unchanged, tuple(i for i in wanted if i not in found))


def assign_book(
    session: Session, actor: Actor, from_user: str | int, to_user: str | int
) -> Assignment:
    """Move every client of ``from_user`` (a departing planner) to ``to_user`` in one step.

    Archived clients move too: their records are still held and still need an owner."""
    require(actor, Permission.CLIENT_ASSIGN)
    source = _user(session, from_user)
    target = _owner(session, to_user)
    if source.id == target.id:
        raise CannotAssign(
            "The clients are already {user}'s.",
            hint="Choose another planner.",
            user=target.username,
        )
    clients = list(
        session.scalars(sa.select(Client).where(Client.planner_id == source.id).order_by(Client.id))
    )
    moved, unchanged = _move(session, actor, clients, target, why=f" (book of {source.username})")
    return Assignment(target.username, moved, unchanged)
