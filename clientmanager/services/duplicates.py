"""Duplicates already in the practice: the "possible duplicates" list, and merging two.

Possible duplicates share an SA ID number, an e-mail address or mobile number (unless
their ID numbers disagree: spouses often share an address), or a surname, first name and
date of birth; companies and trusts, a registration number, an e-mail address or mobile,
or their name. Only clients of one kind are paired, and only they can be merged: a
company and its director often share a mobile number but are two clients. A merge keeps one client (the survivor), takes the value the user picks for
each field, and moves every child record to the survivor: policies and policy roles,
notes, documents, consents, tasks, assets, liabilities, cash flows, goals, risk profiles,
addresses, relationships, legal holds, and the register entries that name the person.

Two kinds of record cannot be moved, because the database refuses any change to them:

* a **finalised record of advice** (FAIS General Code s9) is locked by triggers, so the
  survivor receives an exact copy (same content, same dates, same finaliser), and the
  original stays on the merged-away client as the untouched evidence;
* the **consent ledger** is append-only (POPIA s11(2)(a)), so its entries are appended to
  the survivor's ledger with their original dates.

The merged-away client is deleted when nothing locked remains on it; otherwise it is
archived, holding only those originals. The merge is one transaction and is audited with
ids and counts, never names.
"""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.client_fields import is_entity, registration_key
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.addressee import listed_name
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    require,
    require_client_access,
    visible_clients_clause,
)
from clientmanager.store.models import (
    Base,
    BreachSubject,
    Client,
    ClientRelationship,
    Consent,
    Disclosure,
    Document,
    Note,
    SubjectRequest,
    utcnow,
)

logger = logging.getLogger(__name__)


class MergeRefused(ClientManagerError):
    pass


# --- the list -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientBrief:
    id: int
    name: str
    id_number: str | None
    email: str | None
    mobile: str | None
    date_of_birth: dt.date | None
    created_at: dt.datetime


@dataclass
class PossibleDuplicate:
    first: ClientBrief
    second: ClientBrief
    reasons: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return ", ".join(self.reasons)


def _fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def find_possible_duplicates(
    session: Session, *, actor: Actor, limit: int = 1000
) -> list[PossibleDuplicate]:
    """Pairs of active clients that may be one person, strongest reason first."""
    visible = sa.and_(visible_clients_clause(session, actor), Client.archived_at.is_(None))
    rows = session.execute(
        sa.select(
            Client.id,
            Client.first_names,
            Client.preferred_name,
            Client.surname,
            Client.entity_name,
            Client.kind,
            Client.id_number,
            Client.registration_number,
            Client.email,
            Client.mobile,
            Client.date_of_birth,
            Client.created_at,
        ).where(visible)
    ).all()
    briefs: dict[int, ClientBrief] = {}
    # The SA ID of a person, the registration number of a company or trust: two clients
    # whose numbers differ are two, whatever else they share.
    identity: dict[int, str | None] = {}
    groups: dict[tuple, list[int]] = {}
    for r in rows:
        name = listed_name(r.kind, r.first_names, r.preferred_name, r.surname, r.entity_name)
        briefs[r.id] = ClientBrief(
            r.id, name, r.id_number, r.email, r.mobile, r.date_of_birth, r.created_at
        )
        number = registration_key(r.registration_number) or None
        identity[r.id] = number if is_entity(r.kind) else r.id_number
        # Keys hold the kind: a company and its director often share an e-mail address
        # or a mobile number, but are never one client.
        if r.id_number:
            groups.setdefault(("same SA ID number", r.id_number), []).append(r.id)
        if number and is_entity(r.kind):
            groups.setdefault(("same registration number", r.kind, number), []).append(r.id)
        if r.email:
            groups.setdefault(("same e-mail", r.kind, r.email.casefold()), []).append(r.id)
        if r.mobile:
            groups.setdefault(("same mobile", r.kind, r.mobile), []).append(r.id)
        if r.surname and r.first_names and r.date_of_birth:
            key = (_fold(r.surname), _fold(r.first_names.split()[0]), r.date_of_birth)
            groups.setdefault(("same name and date of birth", key), []).append(r.id)
        if r.entity_name and is_entity(r.kind):
            groups.setdefault(("same name", r.kind, _fold(r.entity_name)), []).append(r.id)
    order = [
        "same SA ID number",
        "same registration number",
        "same e-mail",
        "same mobile",
        "same name and date of birth",
        "same name",
    ]
    exact = {"same SA ID number", "same registration number"}
    pairs: dict[tuple[int, int], PossibleDuplicate] = {}
    for (reason, *_key), ids in groups.items():
        if len(ids) < 2 or len(ids) > 20:  # a shared office number is not a duplicate
            continue
        ids = sorted(ids)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                first, second = briefs[a], briefs[b]
                if (
                    reason not in exact
                    and identity[a]
                    and identity[b]
                    and identity[a] != identity[b]
                ):
                    continue
                pair = pairs.setdefault((a, b), PossibleDuplicate(first, second))
                pair.reasons.append(reason)
    result = sorted(
        pairs.values(),
        key=lambda p: (
            min(order.index(r) for r in p.reasons),
            -len(p.reasons),
            p.first.id,
            p.second.id,
        ),
    )
    for pair in result:
        pair.reasons.sort(key=order.index)
    return result[:limit]


# --- merging ------------------------------------------------------------------------------------

# The fields a user picks between, with labels for the side-by-side view.
MERGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("first_names", "First names"),
    ("surname", "Surname"),
    ("preferred_name", "Preferred name"),
    ("entity_name", "Company or trust name"),
    ("registration_number", "Registration number"),
    ("id_number", "SA ID number"),
    ("passport_number", "Passport number"),
    ("passport_country", "Passport country"),
    ("date_of_birth", "Date of birth"),
    ("gender", "Gender"),
    ("marital_status", "Marital status"),
    ("marriage_regime", "Marriage regime"),
    ("tax_number", "Tax number"),
    ("occupation", "Occupation"),
    ("employer", "Employer"),
    ("email", "E-mail"),
    ("mobile", "Mobile"),
    ("home_phone", "Home phone"),
    ("work_phone", "Work phone"),
    ("preferred_language", "Language"),
    ("household_id", "Household"),
    ("household_role", "Household role"),
    ("planner_id", "Planner"),
    ("category", "Client or prospect"),
    ("relationship_start", "Client since"),
    ("relationship_end", "Relationship ended"),
    ("last_review_on", "Last review"),
)
SURVIVOR, OTHER = "survivor", "other"

# Tables that name a client without a foreign key (registers that outlive a client).
_UNLINKED_CLIENT_COLUMNS = (
    (Disclosure.__table__, "client_id"),
    (SubjectRequest.__table__, "client_id"),
)


@dataclass
class MergeField:
    key: str
    label: str
    survivor_value: object
    other_value: object
    default: str  # SURVIVOR or OTHER

    @property
    def differs(self) -> bool:
        return self.survivor_value != self.other_value


@dataclass
class MergePreview:
    survivor: ClientBrief
    other: ClientBrief
    fields: list[MergeField]
    children: dict[str, int]  # table -> rows of the other client that will move
    locked_records: int  # finalised records of advice that are copied, not moved


def _client_fk_columns() -> list[tuple[sa.Table, sa.Column]]:
    """Every column in the schema that points at clients.id (found, not listed, so a table
    added later is moved too)."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name == "clients":
            continue
        for column in table.columns:
            if any(fk.column.table.name == "clients" for fk in column.foreign_keys):
                found.append((table, column))
    return found


def _brief(client: Client) -> ClientBrief:
    return ClientBrief(
        client.id,
        client.display_name,
        client.id_number,
        client.email,
        client.mobile,
        client.date_of_birth,
        client.created_at,
    )


def _load_pair(
    session: Session, actor: Actor, survivor_id: int, other_id: int
) -> tuple[Client, Client]:
    require(actor, Permission.CLIENT_EDIT)
    require(actor, Permission.CLIENT_ARCHIVE)
    if survivor_id == other_id:
        raise MergeRefused("A client cannot be merged with itself.", hint="Choose two clients.")
    clients = []
    for client_id in (survivor_id, other_id):
        require_client_access(session, actor, client_id)
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound(
                "One of the two clients is no longer in the practice.",
                hint="Refresh the duplicates list.",
            )
        if client.archived_at is not None:
            raise MergeRefused(
                "One of the two clients is archived.",
                hint="Restore it from the archive first if it really is a duplicate.",
            )
        clients.append(client)
    if clients[0].kind != clients[1].kind:
        # The survivor would take the other's fields: a company with a person's SA ID.
        raise MergeRefused(
            "A person, a company and a trust are never one client, so these two cannot be merged.",
            hint="Keep both. Choose two clients of the same kind to merge.",
        )
    return clients[0], clients[1]


def merge_preview(
    session: Session, *, actor: Actor, survivor_id: int, other_id: int
) -> MergePreview:
    survivor, other = _load_pair(session, actor, survivor_id, other_id)
    fields = []
    for key, label in MERGE_FIELDS:
        mine, theirs = getattr(survivor, key), getattr(other, key)
        default = OTHER if mine in (None, "") and theirs not in (None, "") else SURVIVOR
        fields.append(MergeField(key, label, mine, theirs, default))
    children: dict[str, int] = {}
    for table, column in _client_fk_columns():
        query = sa.select(sa.func.count()).select_from(table).where(column == other.id)
        if table.name == "notes":  # finalised records of advice are copied, counted apart
            query = query.where(table.c.finalised_at.is_(None))
        count = session.scalar(query)
        if count:
            children[table.name] = children.get(table.name, 0) + count
    locked = session.scalar(
        sa.select(sa.func.count()).where(Note.client_id == other.id, Note.finalised_at.is_not(None))
    )
    return MergePreview(_brief(survivor), _brief(other), fields, children, locked or 0)


@dataclass
class MergeResult:
    survivor_id: int
    other_id: int
    moved: dict[str, int]
    copied_records_of_advice: int
    copied_consents: int
    other_client: str  # "deleted" or "archived"


def merge_clients(
    session: Session,
    *,
    actor: Actor,
    survivor_id: int,
    other_id: int,
    choices: dict[str, str] | None = None,
) -> MergeResult:
    """Merge ``other_id`` into ``survivor_id`` in the caller's transaction.

    ``choices`` maps a field key to ``"survivor"`` or ``"other"``; fields not given keep the
    survivor's value unless it is empty. Privacy flags are never lost: restriction and an
    objection on either client stay on the survivor.
    """
    survivor, other = _load_pair(session, actor, survivor_id, other_id)
    choices = choices or {}
    unknown = set(choices) - {key for key, _l in MERGE_FIELDS}
    if unknown:
        raise ValueError("unknown merge fields: " + ", ".join(sorted(unknown)))
    now = utcnow()
    values = _merged_values(survivor, other, choices, now)
    # The SA ID moves to the survivor: clear it on the other first so no moment has two.
    other_id_number = other.id_number
    session.flush()
    session.expunge(survivor)
    session.expunge(other)

    moved: dict[str, int] = {}

    def count(table: str, n: int) -> None:
        if n:
            moved[table] = moved.get(table, 0) + n

    copies = _move_notes(session, survivor_id, other_id, count)
    consents_copied = _append_consents(session, survivor_id, other_id)
    _merge_relationships(session, survivor_id, other_id)
    _make_joint_items_sole(session, survivor_id, other_id)
    _move_breach_subjects(session, survivor_id, other_id, count)
    _move_other_references(session, survivor_id, other_id, count)
    outcome = _retire_other(
        session, survivor_id, other_id, values, other_id_number, keep_other=bool(copies), now=now
    )

    moved_text = ", ".join(f"{table} {n}" for table, n in sorted(moved.items())) or "nothing"
    audit.record(
        session,
        actor=actor,
        action="client.merged",
        client_id=survivor_id,
        summary=(
            f"merged client {other_id} into {survivor_id}; moved {moved_text}; "
            f"records of advice copied {copies}; consent entries copied {consents_copied}; "
            f"client {other_id} {outcome}"
        )[:500],
    )
    return MergeResult(survivor_id, other_id, moved, copies, consents_copied, outcome)


def _merged_values(
    survivor: Client, other: Client, choices: dict[str, str], now: dt.datetime
) -> dict[str, object]:
    values: dict[str, object] = {}
    for key, _label in MERGE_FIELDS:
        mine, theirs = getattr(survivor, key), getattr(other, key)
        pick = choices.get(key) or (OTHER if mine in (None, "") else SURVIVOR)
        values[key] = theirs if pick == OTHER else mine
    values["is_restricted"] = survivor.is_restricted or other.is_restricted
    objections = [d for d in (survivor.objected_at, other.objected_at) if d is not None]
    values["objected_at"] = min(objections) if objections else None
    values["updated_at"] = now
    return values


def _move_notes(
    session: Session, survivor_id: int, other_id: int, count: Callable[[str, int], None]
) -> int:
    """Unfinalised notes move; finalised records of advice, which their trigger keeps
    from changing, are copied exactly (with their documents relinked). Returns copies."""
    note_table = Note.__table__
    copies = 0
    finalised = session.execute(
        sa.select(note_table).where(
            note_table.c.client_id == other_id, note_table.c.finalised_at.is_not(None)
        )
    ).all()
    for row in finalised:
        params = dict(row._mapping)
        old_note_id = params.pop("id")
        params["client_id"] = survivor_id
        new_note_id = session.execute(
            sa.insert(note_table).values(**params).returning(note_table.c.id)
        ).scalar_one()
        session.execute(
            sa.update(Document.__table__)
            .where(Document.__table__.c.note_id == old_note_id)
            .values(note_id=new_note_id)
        )
        copies += 1
    count(
        "notes",
        session.execute(
            sa.update(note_table)
            .where(note_table.c.client_id == other_id, note_table.c.finalised_at.is_(None))
            .values(client_id=survivor_id)
        ).rowcount,
    )
    return copies


def _append_consents(session: Session, survivor_id: int, other_id: int) -> int:
    """The consent ledger is append-only: the other's entries are appended to the
    survivor's. Returns how many."""
    consent_table = Consent.__table__
    consent_rows = session.execute(
        sa.select(consent_table).where(consent_table.c.client_id == other_id)
    ).all()
    for row in consent_rows:
        params = dict(row._mapping)
        params.pop("id")
        params["client_id"] = survivor_id
        session.execute(sa.insert(consent_table).values(**params))
    return len(consent_rows)


def _merge_relationships(session: Session, survivor_id: int, other_id: int) -> None:
    """Drop the link between the two, and any link the survivor already has."""
    rel = ClientRelationship.__table__
    session.execute(
        sa.delete(rel).where(
            sa.or_(
                sa.and_(rel.c.client_id == other_id, rel.c.related_client_id == survivor_id),
                sa.and_(rel.c.client_id == survivor_id, rel.c.related_client_id == other_id),
            )
        )
    )
    for mine_col, other_col in (
        ("client_id", "related_client_id"),
        ("related_client_id", "client_id"),
    ):
        theirs = sa.orm.aliased(ClientRelationship, name="theirs")
        ours = sa.orm.aliased(ClientRelationship, name="ours")
        clash_ids = session.scalars(
            sa.select(theirs.id).where(
                getattr(theirs, mine_col) == other_id,
                sa.exists().where(
                    getattr(ours, mine_col) == survivor_id,
                    getattr(ours, other_col) == getattr(theirs, other_col),
                    ours.kind == theirs.kind,
                ),
            )
        ).all()
        if clash_ids:
            session.execute(sa.delete(rel).where(rel.c.id.in_(clash_ids)))


def _make_joint_items_sole(session: Session, survivor_id: int, other_id: int) -> None:
    """A joint asset or liability between the two becomes the survivor's own."""
    for table_name in ("assets", "liabilities"):
        table = Base.metadata.tables[table_name]
        session.execute(
            sa.update(table)
            .where(
                sa.or_(
                    sa.and_(table.c.client_id == other_id, table.c.joint_client_id == survivor_id),
                    sa.and_(table.c.client_id == survivor_id, table.c.joint_client_id == other_id),
                )
            )
            .values(joint_client_id=None)
        )


def _move_breach_subjects(
    session: Session, survivor_id: int, other_id: int, count: Callable[[str, int], None]
) -> None:
    """The breach register holds one row per person per breach."""
    breach = BreachSubject.__table__
    both = sa.orm.aliased(BreachSubject)
    session.execute(
        sa.delete(breach).where(
            breach.c.client_id == other_id,
            breach.c.breach_id.in_(sa.select(both.breach_id).where(both.client_id == survivor_id)),
        )
    )
    count(
        "breach_subjects",
        session.execute(
            sa.update(breach).where(breach.c.client_id == other_id).values(client_id=survivor_id)
        ).rowcount,
    )


def _move_other_references(
    session: Session, survivor_id: int, other_id: int, count: Callable[[str, int], None]
) -> None:
    """Everything else that points at the client moves."""
    for table, column in _client_fk_columns():
        if table.name in ("notes", "consents"):
            continue
        n = session.execute(
            sa.update(table).where(column == other_id).values({column.name: survivor_id})
        ).rowcount
        count(table.name, n)
    for table, column_name in _UNLINKED_CLIENT_COLUMNS:
        n = session.execute(
            sa.update(table)
            .where(table.c[column_name] == other_id)
            .values({column_name: survivor_id})
        ).rowcount
        count(table.name, n)


def _retire_other(
    session: Session,
    survivor_id: int,
    other_id: int,
    values: dict[str, object],
    other_id_number: str | None,
    *,
    keep_other: bool,
    now: dt.datetime,
) -> str:
    """Write the survivor's merged fields, then delete the other client, or archive it
    when it must keep the original records of advice (which cannot move or go)."""
    clients = Client.__table__
    if other_id_number and values.get("id_number") == other_id_number:
        session.execute(sa.update(clients).where(clients.c.id == other_id).values(id_number=None))
    session.execute(sa.update(clients).where(clients.c.id == survivor_id).values(**values))
    if keep_other:
        session.execute(
            sa.update(clients)
            .where(clients.c.id == other_id)
            .values(archived_at=now, updated_at=now, household_id=None)
        )
        return "archived"
    session.execute(sa.delete(clients).where(clients.c.id == other_id))
    return "deleted"


__all__ = [
    "MERGE_FIELDS",
    "ClientBrief",
    "MergeField",
    "MergePreview",
    "MergeRefused",
    "MergeResult",
    "PossibleDuplicate",
    "find_possible_duplicates",
    "merge_clients",
    "merge_preview",
]
