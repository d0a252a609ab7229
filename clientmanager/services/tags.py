"""Tags, combined filters, saved searches and bulk actions on a selection (issue 19).

A tag is a free label ("retired", "medical aid"). A search combines typed text (the same
FTS index as the client list), tags (all of them), the category, the planner, "review
due" and "marketing allowed" (the one POPIA s69 filter). A saved search keeps the
criteria, not the answer, so it returns whoever matches when it is run again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.clients import (
    ClientRow,
    fetch_client_rows,
    reviews_due_clause,
    word_start_matches,
)
from clientmanager.services.consents import marketing_allowed_clause
from clientmanager.services.ownership import assign_clients
from clientmanager.services.permissions import (
    Permission,
    require,
    require_client_access,
    require_selected_clients,
    visible_clients_clause,
)
from clientmanager.services.today import create_tasks
from clientmanager.store.models import Client, ClientTag, SavedSearch, Tag, User

MAX_RESULTS = 5000


def _tag_name(name: str) -> str:
    cleaned = " ".join((name or "").split()).lower()
    if not cleaned or len(cleaned) > 60:
        raise ClientManagerError("A tag is 1 to 60 characters.", hint='e.g. "medical aid"')
    return cleaned


def tag_clients(session: Session, actor: Actor, client_ids: list[int], tag: str) -> int:
    """Add ``tag`` to every client given; returns how many did not have it yet."""
    require(actor, Permission.CLIENT_EDIT_CONTACT)
    name = _tag_name(tag)
    ids = require_selected_clients(session, actor, client_ids)
    row = session.scalar(sa.select(Tag).where(Tag.name == name))
    if row is None:
        row = Tag(name=name)
        session.add(row)
        session.flush()
    have = set(
        session.scalars(
            sa.select(ClientTag.client_id).where(
                ClientTag.tag_id == row.id, ClientTag.client_id.in_(ids)
            )
        )
    )
    new = [i for i in ids if i not in have]
    session.add_all(ClientTag(client_id=i, tag_id=row.id) for i in new)
    session.flush()
    audit.record(
        session, actor=actor, action="tags.added", summary=f"tag #{row.id} on {len(new)} client(s)"
    )
    return len(new)


def untag_clients(session: Session, actor: Actor, client_ids: list[int], tag: str) -> int:
    require(actor, Permission.CLIENT_EDIT_CONTACT)
    ids = require_selected_clients(session, actor, client_ids)
    row = session.scalar(sa.select(Tag).where(Tag.name == _tag_name(tag)))
    if row is None:
        return 0
    removed = session.execute(
        sa.delete(ClientTag).where(ClientTag.tag_id == row.id, ClientTag.client_id.in_(ids))
    ).rowcount
    session.flush()
    return removed or 0


def list_tags(session: Session, actor: Actor) -> list[tuple[str, int]]:
    """(tag, clients you can see with it), by name."""
    rows = session.execute(
        sa.select(Tag.name, sa.func.count(Client.id))
        .outerjoin(ClientTag, ClientTag.tag_id == Tag.id)
        .outerjoin(
            Client,
            sa.and_(Client.id == ClientTag.client_id, visible_clients_clause(session, actor)),
        )
        .group_by(Tag.id)
        .order_by(Tag.name)
    ).all()
    return [(name, count) for name, count in rows]


def tags_of(session: Session, actor: Actor, client_id: int) -> list[str]:
    require_client_access(session, actor, client_id)
    return list(
        session.scalars(
            sa.select(Tag.name)
            .join(ClientTag, ClientTag.tag_id == Tag.id)
            .where(ClientTag.client_id == client_id)
            .order_by(Tag.name)
        )
    )


# --- combined filters and saved searches ----------------------------------------------


@dataclass
class Criteria:
    text: str = ""
    tags: list[str] = field(default_factory=list)
    category: str | None = None  # client, prospect, related
    planner: str | None = None  # username
    review_due: bool = False
    marketing_allowed: bool = False
    include_archived: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Criteria:
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def describe(self) -> str:
        parts = []
        if self.text:
            parts.append(f'"{self.text}"')
        parts += [f"tag {t}" for t in self.tags]
        if self.category:
            parts.append(self.category)
        if self.planner:
            parts.append(f"planner {self.planner}")
        if self.review_due:
            parts.append("review due")
        if self.marketing_allowed:
            parts.append("marketing allowed")
        return ", ".join(parts) or "every client"


def find_client_ids(
    session: Session, actor: Actor, criteria: Criteria, *, today: dt.date | None = None
) -> list[int]:
    today = today or dt.date.today()
    statement = sa.select(Client.id).where(visible_clients_clause(session, actor))
    if not criteria.include_archived:
        statement = statement.where(Client.archived_at.is_(None))
    if criteria.text.strip():
        words = word_start_matches(session, criteria.text)
        if words is not None:
            matches = words.subquery()
            statement = statement.join(matches, matches.c.rowid == Client.id)
    for tag in criteria.tags:
        name = _tag_name(tag)
        statement = statement.where(
            sa.exists(
                sa.select(1)
                .select_from(ClientTag)
                .join(Tag, Tag.id == ClientTag.tag_id)
                .where(ClientTag.client_id == Client.id, Tag.name == name)
            )
        )
    if criteria.category:
        statement = statement.where(Client.category == criteria.category)
    if criteria.planner:
        planner_id = session.scalar(sa.select(User.id).where(User.username == criteria.planner))
        if planner_id is None:
            raise NotFound("There is no user called {planner!r}.", planner=criteria.planner)
        statement = statement.where(Client.planner_id == planner_id)
    if criteria.review_due:
        statement = statement.where(reviews_due_clause(today))
    if criteria.marketing_allowed:
        statement = statement.where(marketing_allowed_clause(today))
    order = (sa.func.coalesce(Client.surname, Client.entity_name), Client.first_names, Client.id)
    return list(session.scalars(statement.order_by(*order).limit(MAX_RESULTS)))


def find_clients(
    session: Session, actor: Actor, criteria: Criteria, *, today: dt.date | None = None
) -> list[ClientRow]:
    return fetch_client_rows(session, find_client_ids(session, actor, criteria, today=today))


def save_search(session: Session, actor: Actor, name: str, criteria: Criteria) -> SavedSearch:
    require(actor, Permission.CLIENT_READ)
    name = " ".join((name or "").split())
    if not name or len(name) > 100:
        raise ClientManagerError("A saved search needs a name of 1 to 100 characters.")
    for tag in criteria.tags:
        _tag_name(tag)
    row = session.scalar(sa.select(SavedSearch).where(SavedSearch.name == name))
    row = row or SavedSearch(name=name, created_by_id=actor.user_id)
    row.criteria = criteria.to_json()
    session.add(row)
    session.flush()
    return row


def saved_searches(session: Session) -> list[tuple[str, Criteria]]:
    return [
        (row.name, Criteria.from_json(row.criteria))
        for row in session.scalars(sa.select(SavedSearch).order_by(SavedSearch.name))
    ]


def run_saved_search(
    session: Session, actor: Actor, name: str, *, today: dt.date | None = None
) -> list[ClientRow]:
    row = session.scalar(sa.select(SavedSearch).where(SavedSearch.name == name.strip()))
    if row is None:
        raise NotFound(
            "There is no saved search called {name!r}.",
            hint="Saved: {saved}",
            name=name,
            saved=", ".join(n for n, _c in saved_searches(session)) or "none yet",
        )
    return find_clients(session, actor, Criteria.from_json(row.criteria), today=today)


def delete_saved_search(session: Session, actor: Actor, name: str) -> str:
    """Forget a saved search (its clients and tags stay as they are); returns its name."""
    require(actor, Permission.CLIENT_READ)
    row = session.scalar(sa.select(SavedSearch).where(SavedSearch.name == name.strip()))
    if row is None:
        raise NotFound(
            "There is no saved search called {name!r}.",
            hint="Saved: {saved}",
            name=name.strip(),
            saved=", ".join(n for n, _c in saved_searches(session)) or "none yet",
        )
    session.delete(row)
    session.flush()
    return row.name


# --- bulk actions on a selection --------------------------------------------------------


def assign_planner(session: Session, actor: Actor, client_ids: list[int], username: str) -> int:
    """The selection's "Assign to planner": ownership's one way of changing a planner (its
    permission, its active-planner check, an audit entry on each client's history)."""
    ids = require_selected_clients(session, actor, client_ids)
    result = assign_clients(session, actor, ids, username)
    return result.moved + result.unchanged


def add_tasks(
    session: Session,
    actor: Actor,
    client_ids: list[int],
    *,
    title: str,
    due_on: dt.date | None = None,
    assigned_to: str | None = None,
) -> int:
    ids = require_selected_clients(session, actor, client_ids)
    assignee = actor.user_id
    if assigned_to:
        assignee = session.scalar(sa.select(User.id).where(User.username == assigned_to.strip()))
        if assignee is None:
            raise NotFound("There is no user called {assigned_to!r}.", assigned_to=assigned_to)
    # One way to give the selected clients a task (Today's bulk action too): it checks
    # the permission and the title, audits, and refuses a title too long rather than cut it.
    return create_tasks(session, actor, ids, title=title, due_on=due_on, assigned_to_id=assignee)
