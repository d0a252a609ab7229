"""The data-subject package (POPIA s23): everything the practice holds about one person.

:func:`export_subject_package` writes one zip, laid out as a BagIt bag (RFC 8493)::

    <package id>/
      bagit.txt, bag-info.txt, README.txt
      manifest-sha256.txt        SHA-256 of every payload file
      tagmanifest-sha256.txt     SHA-256 of the files above
      data/report.pdf            the report for the person (reports/subject_report.py)
      data/data.json             the same information, machine-readable, with a schema version
      data/csv/<category>.csv    one file per category
      data/documents/...         the person's original documents, from the database

Everything is built in memory and written once, atomically (a temporary file in the
target folder, fsync, rename): no plaintext copy of the data is left anywhere else. The
export is added to the disclosure register (recipient: the data subject) and to the audit
log in the caller's transaction.

Household data: a spouse's or child's own information is not part of this person's
package. What is included about other people is what is also this person's information:
who their relatives are, joint policies and policies they are named on, and assets or
debts held jointly. The report says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import re
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager import __version__
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.addressee import address_parts
from clientmanager.services.audit import Actor
from clientmanager.services.disclosures import list_disclosures, record_disclosure
from clientmanager.services.permissions import (
    Permission,
    get_client,
    require,
    require_client_access,
)
from clientmanager.services.progress import SILENT, Progress
from clientmanager.store.files import atomic_output
from clientmanager.store.models import (
    Address,
    Asset,
    CashFlow,
    Client,
    ClientRelationship,
    Consent,
    Disclosure,
    Document,
    DocumentContent,
    Goal,
    Household,
    Liability,
    Note,
    Policy,
    PolicyRole,
    Practice,
    RiskProfile,
    Task,
    User,
    utcnow,
)

logger = logging.getLogger(__name__)

SCHEMA = "clientmanager/data-subject-package"
SCHEMA_VERSION = 1


class SubjectExportError(ClientManagerError):
    """The package could not be written."""


@dataclass(frozen=True)
class CategoryInfo:
    title: str
    purpose: str
    lawful_basis: str
    retention: str


# The order here is the order of the report and of data.json. Lawful bases cite POPIA
# s11(1); retention periods cite the law that sets them (COMPLIANCE.md).
CATEGORIES: dict[str, CategoryInfo] = {
    "identity": CategoryInfo(
        "Identity",
        "To know who you are, verify your identity and meet our duties as an accountable "
        "institution; to give advice suited to you.",
        "Legal obligation: FICA customer due diligence (s11(1)(c)); performance of our "
        "advice mandate with you (s11(1)(b)).",
        "5 years after our business relationship ends (FICA s23).",
    ),
    "contact": CategoryInfo(
        "Contact details",
        "To contact you about your financial plan, your products and service matters.",
        "Performance of our mandate with you (s11(1)(b)). Marketing only with your "
        "consent (s11(1)(a), s69).",
        "5 years after our business relationship ends (FICA s23).",
    ),
    "household": CategoryInfo(
        "Household and relationships",
        "To plan for the people who depend on you: cover needs, beneficiaries, estate planning.",
        "Performance of our mandate with you (s11(1)(b)).",
        "5 years after our business relationship ends (FICA s23).",
    ),
    "policies": CategoryInfo(
        "Policies and products",
        "To advise on, place and service the products you hold or are named on.",
        "Performance of our mandate (s11(1)(b)); legal obligation to keep records "
        "(FAIS General Code s3(2), s11(1)(c)).",
        "5 years after the product ends (FAIS General Code of Conduct s3(2)).",
    ),
    "assets": CategoryInfo(
        "Assets",
        "Financial needs analysis: the balance sheet your advice is based on.",
        "Legal obligation to base advice on your circumstances (FAIS General Code s8, "
        "s11(1)(c)); performance of our mandate (s11(1)(b)).",
        "5 years after the advice based on it was given (FAIS General Code s3(2)).",
    ),
    "liabilities": CategoryInfo(
        "Liabilities",
        "Financial needs analysis: the debts your advice takes into account.",
        "Legal obligation (FAIS General Code s8, s11(1)(c)); performance of our mandate "
        "(s11(1)(b)).",
        "5 years after the advice based on it was given (FAIS General Code s3(2)).",
    ),
    "income_expenses": CategoryInfo(
        "Income and expenses",
        "Financial needs analysis: affordability of the advice and products.",
        "Legal obligation (FAIS General Code s8, s11(1)(c)); performance of our mandate "
        "(s11(1)(b)).",
        "5 years after the advice based on it was given (FAIS General Code s3(2)).",
    ),
    "goals": CategoryInfo(
        "Financial goals",
        "To plan towards what you want to achieve.",
        "Performance of our mandate (s11(1)(b)).",
        "5 years after the advice based on it was given (FAIS General Code s3(2)).",
    ),
    "risk_profiles": CategoryInfo(
        "Risk profile",
        "To recommend investments that suit your attitude to and capacity for risk.",
        "Legal obligation (FAIS General Code s8, s11(1)(c)).",
        "5 years after the advice based on it was given (FAIS General Code s3(2)).",
    ),
    "notes": CategoryInfo(
        "Notes and records of advice",
        "To record our interactions with you and the advice given, as the law requires.",
        "Legal obligation: record of advice (FAIS General Code s9, s11(1)(c)).",
        "5 years after the advice was given or the service rendered (FAIS General Code s3(2)).",
    ),
    "tasks": CategoryInfo(
        "Tasks concerning you",
        "To follow up on your requests, reviews and service matters.",
        "Performance of our mandate (s11(1)(b)).",
        "Kept with your client file: 5 years after our business relationship ends.",
    ),
    "documents": CategoryInfo(
        "Documents",
        "Proof of identity and address (FICA), signed records of advice, applications "
        "and statements.",
        "Legal obligation (FICA, FAIS; s11(1)(c)); performance of our mandate (s11(1)(b)).",
        "5 years after our business relationship ends (FICA s23) or after the advice "
        "(FAIS s3(2)), whichever is later.",
    ),
    "consents": CategoryInfo(
        "Consents and their history",
        "To prove what you agreed to, refused or withdrew, and when.",
        "Legal obligation: the burden of proving consent (POPIA s11(2)(a)).",
        "As long as the processing continues, and 5 years after.",
    ),
    "disclosures": CategoryInfo(
        "Disclosures to third parties",
        "To tell you who received your information (s23(1)(b)) and to tell them of "
        "corrections (s24(3)).",
        "Legal obligation (POPIA s23, s24; s11(1)(c)).",
        "As long as we hold any of your information.",
    ),
}

HOUSEHOLD_NOTE = (
    "This package holds your own personal information. The personal information of other "
    "members of your household (for example your spouse's own policies, income, notes or "
    "documents) is not included; each person may request their own. Included are the "
    "names of the people you are related to, policies you own jointly or are named on, "
    "and assets or debts you hold jointly, because those are also your information."
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    data_sha256: str
    files: int
    size_bytes: int
    pdf_protected: bool
    disclosure_id: int
    archive_encrypted: bool = False


# --- gathering --------------------------------------------------------------------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        from clientmanager.reports.times import iso_sast

        return iso_sast(value)  # ISO 8601 with the +02:00 offset (COMPLIANCE.md)
    return value.isoformat()


def _name(client: Client | None) -> str | None:
    if client is None:
        return None
    if client.kind != "person":
        return client.entity_name
    return " ".join(part for part in (client.first_names, client.surname) if part) or None


def _format_address(address: Address) -> str:
    return ", ".join(address_parts(address, with_country=True))


def new_package_id(now: dt.datetime) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on the phone
    token = "".join(secrets.choice(alphabet) for _ in range(6))
    return f"S23-{now:%Y%m%d}-{token}"


def gather_subject_data(
    session: Session,
    *,
    client_id: int,
    package_id: str,
    generated_at: dt.datetime,
    generated_by: str,
) -> dict:
    """Everything held about ``client_id``, as plain JSON-ready values (no permission
    check: :func:`export_subject_package` checks before calling this).

    Each category comes from one phase below; the order of the keys is the order of
    data.json and of the report."""
    client = get_client(session, client_id)
    users = _user_names(session)
    relationships = _relationships(session, client_id)
    holdings = _holdings(session, client_id)
    people = _People(session, client_id, relationships.people | holdings.people)
    categories = {
        "identity": [_identity(client, users)],
        "contact": _contact(session, client),
        "household": _household(session, client, relationships, people),
        "policies": _policies(holdings, client_id, people),
        "assets": _assets(holdings.assets, client_id, people),
        "liabilities": _liabilities(holdings.liabilities, client_id, people),
        "income_expenses": _income_and_expenses(session, client_id),
        "goals": _goals(session, client_id),
        "risk_profiles": _risk_profiles(session, client_id, users),
        "notes": _notes_and_advice(session, client_id, users),
        "tasks": _tasks(session, client_id, users),
        "documents": _documents(session, client_id, users),
        "consents": _consents(session, client_id, users),
        # Filled in by the caller, from the register, just before writing.
        "disclosures": [],
    }
    return {
        **_package_header(
            session,
            client,
            package_id=package_id,
            generated_at=generated_at,
            generated_by=generated_by,
        ),
        "categories": categories,
    }


# --- gathering, phase by phase ------------------------------------------------------------


def _user_names(session: Session) -> dict[int, str]:
    """Planners, authors and assessors are named, never numbered."""
    return dict(session.execute(sa.select(User.id, User.full_name)).all())


def _package_header(
    session: Session,
    client: Client,
    *,
    package_id: str,
    generated_at: dt.datetime,
    generated_by: str,
) -> dict:
    """Who produced the package, for whom, and what each category is for."""
    practice = session.scalar(sa.select(Practice).limit(1))
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "package_id": package_id,
        "generated_at": _iso(generated_at),
        "generated_by": generated_by,
        "generator": f"ClientManager Desktop {__version__}",
        "practice": {
            "name": practice.name if practice else None,
            "fsp_number": practice.fsp_number if practice else None,
            "address": practice.physical_address if practice else None,
            "information_officer": {
                "name": practice.information_officer_name if practice else None,
                "email": practice.information_officer_email if practice else None,
                "phone": practice.information_officer_phone if practice else None,
            },
        },
        "data_subject": {"client_number": client.id, "name": _name(client)},
        "household_note": HOUSEHOLD_NOTE,
        "category_info": {
            key: {
                "title": info.title,
                "purpose": info.purpose,
                "lawful_basis": info.lawful_basis,
                "retention": info.retention,
            }
            for key, info in CATEGORIES.items()
        },
    }


def _identity(client: Client, users: dict[int, str]) -> dict:
    return {
        "client_number": client.id,
        "kind": client.kind,
        "category": client.category,
        "title": client.title,
        "first_names": client.first_names,
        "surname": client.surname,
        "preferred_name": client.preferred_name,
        "entity_name": client.entity_name,
        "registration_number": client.registration_number,
        "id_number": client.id_number,
        "passport_number": client.passport_number,
        "passport_country": client.passport_country,
        "date_of_birth": _iso(client.date_of_birth),
        "gender": client.gender,
        "marital_status": client.marital_status,
        "marriage_regime": client.marriage_regime,
        "tax_number": client.tax_number,
        "occupation": client.occupation,
        "employer": client.employer,
        "preferred_language": client.preferred_language,
        "planner": users.get(client.planner_id),
        "relationship_start": _iso(client.relationship_start),
        "relationship_end": _iso(client.relationship_end),
        "last_review_on": _iso(client.last_review_on),
        "processing_restricted": client.is_restricted,
        "objected_at": _iso(client.objected_at),
        "record_created_at": _iso(client.created_at),
        "record_updated_at": _iso(client.updated_at),
    }


def _contact(session: Session, client: Client) -> list[dict]:
    contact = [
        {"type": kind, "value": value}
        for kind, value in (
            ("email", client.email),
            ("mobile", client.mobile),
            ("home_phone", client.home_phone),
            ("work_phone", client.work_phone),
        )
        if value
    ]
    addresses = session.scalars(
        sa.select(Address).where(Address.client_id == client.id).order_by(Address.id)
    ).all()
    contact += [
        {"type": f"{address.kind}_address", "value": _format_address(address)}
        for address in addresses
    ]
    return contact


@dataclass(frozen=True)
class _Relationships:
    """The person's links to other clients, as stored in each direction."""

    outgoing: list[tuple[int, str]]  # (other client, what they are to the person)
    incoming: list[tuple[int, str]]  # (other client, what the person is to them)

    @property
    def people(self) -> set[int]:
        return {other_id for other_id, _kind in [*self.outgoing, *self.incoming]}


def _relationships(session: Session, client_id: int) -> _Relationships:
    outgoing = session.execute(
        sa.select(ClientRelationship.related_client_id, ClientRelationship.kind).where(
            ClientRelationship.client_id == client_id
        )
    ).all()
    incoming = session.execute(
        sa.select(ClientRelationship.client_id, ClientRelationship.kind).where(
            ClientRelationship.related_client_id == client_id
        )
    ).all()
    return _Relationships([tuple(row) for row in outgoing], [tuple(row) for row in incoming])


@dataclass(frozen=True)
class _Holdings:
    """Policies the person owns or is named on, and assets and debts they hold (alone or
    jointly): the rows that name other people."""

    owned: list[Policy]
    named: list[Policy]  # another person's policy this person holds a role on
    my_roles: list[tuple[int, str, int | None]]  # (policy, role, share) of the person
    roles_by_policy: dict[int, list[tuple[int, str, int | None]]]  # everyone's roles
    assets: list[Asset]
    liabilities: list[Liability]
    people: set[int]  # everyone these rows name, whose name the package needs


def _holdings(session: Session, client_id: int) -> _Holdings:
    owned = session.scalars(
        sa.select(Policy).where(Policy.client_id == client_id).order_by(Policy.id)
    ).all()
    my_roles = session.execute(
        sa.select(PolicyRole.policy_id, PolicyRole.role, PolicyRole.share_percent).where(
            PolicyRole.client_id == client_id
        )
    ).all()
    owned_ids = {policy.id for policy in owned}
    named_ids = sorted({row.policy_id for row in my_roles} - owned_ids)
    named = (
        session.scalars(sa.select(Policy).where(Policy.id.in_(named_ids)).order_by(Policy.id)).all()
        if named_ids
        else []
    )
    people: set[int] = {policy.client_id for policy in named}
    roles_by_policy: dict[int, list[tuple[int, str, int | None]]] = {}
    all_policy_ids = sorted(owned_ids | set(named_ids))
    if all_policy_ids:
        for policy_id, other_id, role, share in session.execute(
            sa.select(
                PolicyRole.policy_id,
                PolicyRole.client_id,
                PolicyRole.role,
                PolicyRole.share_percent,
            ).where(PolicyRole.policy_id.in_(all_policy_ids))
        ):
            roles_by_policy.setdefault(policy_id, []).append((other_id, role, share))
            people.add(other_id)

    assets = session.scalars(
        sa.select(Asset)
        .where(sa.or_(Asset.client_id == client_id, Asset.joint_client_id == client_id))
        .order_by(Asset.id)
    ).all()
    liabilities = session.scalars(
        sa.select(Liability)
        .where(sa.or_(Liability.client_id == client_id, Liability.joint_client_id == client_id))
        .order_by(Liability.id)
    ).all()
    for item in [*assets, *liabilities]:
        for other in (item.client_id, item.joint_client_id):
            if other is not None and other != client_id:
                people.add(other)
    return _Holdings(
        owned=list(owned),
        named=list(named),
        my_roles=[tuple(row) for row in my_roles],
        roles_by_policy=roles_by_policy,
        assets=list(assets),
        liabilities=list(liabilities),
        people=people,
    )


class _People:
    """How other clients are named in the package: "you" for the person, a name for
    everyone else (read once for all of them)."""

    def __init__(self, session: Session, client_id: int, people_ids: set[int]) -> None:
        self.client_id = client_id
        self.names: dict[int, str | None] = {}
        if people_ids:
            for person in session.scalars(sa.select(Client).where(Client.id.in_(people_ids))):
                self.names[person.id] = _name(person)

    def __call__(self, other_id: int | None) -> str | None:
        if other_id is None:
            return None
        if other_id == self.client_id:
            return "you"
        return self.names.get(other_id) or f"client {other_id}"


_INVERSE_RELATIONSHIP = {
    "parent": "child",
    "child": "parent",
    "spouse": "spouse",
    "partner": "partner",
}


def _household(
    session: Session, client: Client, relationships: _Relationships, people: _People
) -> list[dict]:
    rows = []
    if client.household_id is not None:
        household = session.get(Household, client.household_id)
        if household is not None:
            rows.append(
                {
                    "relationship": "member of household",
                    "person": household.name,
                    "detail": f"your role: {client.household_role or 'member'}",
                }
            )
    # One row per person and relationship, from the person's point of view: a link
    # stored as "they are your child" reads as it is; one stored only the other way
    # round ("you are their parent") is shown that way.
    described: set[tuple[int, str]] = set()
    for other_id, kind in relationships.incoming:
        rows.append({"relationship": f"your {kind}", "person": people(other_id), "detail": None})
        described.add((other_id, kind))
    for other_id, kind in relationships.outgoing:
        if (other_id, _INVERSE_RELATIONSHIP.get(kind, "")) in described:
            continue
        rows.append(
            {"relationship": f"you are their {kind}", "person": people(other_id), "detail": None}
        )
    return rows


def _role_label(role: str, share: int | None) -> str:
    return role + (f" ({share}%)" if share is not None else "")


def _policies(holdings: _Holdings, client_id: int, people: _People) -> list[dict]:
    my_roles: dict[int, list[str]] = {}
    for policy_id, role, share in holdings.my_roles:
        my_roles.setdefault(policy_id, []).append(_role_label(role, share))
    rows = []
    for policy in [*holdings.owned, *holdings.named]:
        is_owner = policy.client_id == client_id
        roles = (["owner"] if is_owner else []) + my_roles.get(policy.id, [])
        # Another person's notes on their own policy, and who else is on it, are theirs.
        shared = is_owner or policy.is_joint
        others = [
            f"{people(other_id)}: {_role_label(role, share)}"
            for other_id, role, share in holdings.roles_by_policy.get(policy.id, [])
            if other_id != client_id
        ]
        rows.append(
            {
                "provider": policy.provider,
                "policy_number": policy.policy_number,
                "product_type": policy.product_type,
                "status": policy.status,
                "your_role": ", ".join(roles),
                "owner": people(policy.client_id),
                "joint": policy.is_joint,
                "premium_cents": policy.premium_cents,
                "premium_frequency": policy.premium_frequency,
                "cover_amount_cents": policy.cover_amount_cents,
                "fund_value_cents": policy.fund_value_cents,
                "start_date": _iso(policy.start_date),
                "end_date": _iso(policy.end_date),
                "notes": policy.notes if shared else None,
                "other_people_on_policy": "; ".join(others) if shared else None,
            }
        )
    return rows


def _co_holder(item: Asset | Liability, client_id: int, people: _People) -> str | None:
    """The other holder of a joint asset or debt (the owner when the person is the joint one)."""
    return people(item.joint_client_id if item.client_id == client_id else item.client_id)


def _assets(assets: list[Asset], client_id: int, people: _People) -> list[dict]:
    return [
        {
            "kind": asset.kind,
            "description": asset.description,
            "value_cents": asset.value_cents,
            "valuation_date": _iso(asset.valuation_date),
            "ownership_percent": asset.ownership_percent,
            "held_jointly_with": _co_holder(asset, client_id, people),
        }
        for asset in assets
    ]


def _liabilities(liabilities: list[Liability], client_id: int, people: _People) -> list[dict]:
    return [
        {
            "kind": liability.kind,
            "lender": liability.lender,
            "account_number": liability.account_number,
            "balance_cents": liability.balance_cents,
            "monthly_payment_cents": liability.monthly_payment_cents,
            "interest_rate_percent": (
                f"{liability.interest_rate_bp / 100:.2f}"
                if liability.interest_rate_bp is not None
                else None
            ),
            "end_date": _iso(liability.end_date),
            "held_jointly_with": _co_holder(liability, client_id, people),
        }
        for liability in liabilities
    ]


def _income_and_expenses(session: Session, client_id: int) -> list[dict]:
    flows = session.scalars(
        sa.select(CashFlow)
        .where(CashFlow.client_id == client_id)
        .order_by(CashFlow.direction.desc(), CashFlow.id)  # income first
    )
    return [
        {
            "direction": flow.direction,
            "category": flow.category,
            "description": flow.description,
            "amount_cents": flow.amount_cents,
            "frequency": flow.frequency,
        }
        for flow in flows
    ]


_PRIORITIES = {1: "high", 2: "medium", 3: "low"}


def _goals(session: Session, client_id: int) -> list[dict]:
    goals = session.scalars(sa.select(Goal).where(Goal.client_id == client_id).order_by(Goal.id))
    return [
        {
            "kind": goal.kind,
            "description": goal.description,
            "target_amount_cents": goal.target_amount_cents,
            "target_date": _iso(goal.target_date),
            "priority": _PRIORITIES.get(goal.priority, str(goal.priority)),
            "status": goal.status,
            "recorded_at": _iso(goal.created_at),
        }
        for goal in goals
    ]


def _risk_profiles(session: Session, client_id: int, users: dict[int, str]) -> list[dict]:
    profiles = session.scalars(
        sa.select(RiskProfile)
        .where(RiskProfile.client_id == client_id)
        .order_by(RiskProfile.assessed_on)
    )
    return [
        {
            "assessed_on": _iso(profile.assessed_on),
            "category": profile.category,
            "score": profile.score,
            "method": profile.method,
            "notes": profile.notes,
            "assessed_by": users.get(profile.assessed_by_id),
        }
        for profile in profiles
    ]


def _notes_and_advice(session: Session, client_id: int, users: dict[int, str]) -> list[dict]:
    """Every note, with a record of advice's basis, products and reasons (FAIS s9)."""
    notes = session.scalars(
        sa.select(Note).where(Note.client_id == client_id).order_by(Note.occurred_at, Note.id)
    )
    return [
        {
            "occurred_at": _iso(note.occurred_at),
            "kind": note.kind,
            "subject": note.subject,
            "body": note.body,
            "author": users.get(note.author_id),
            "advice_basis": note.advice_basis,
            "products_considered": note.products_considered,
            "recommendation": note.recommendation,
            "recommendation_reasons": note.recommendation_reasons,
            "finalised_at": _iso(note.finalised_at),
        }
        for note in notes
    ]


def _tasks(session: Session, client_id: int, users: dict[int, str]) -> list[dict]:
    tasks = session.scalars(
        sa.select(Task).where(Task.client_id == client_id).order_by(Task.created_at, Task.id)
    )
    return [
        {
            "title": task.title,
            "kind": task.kind,
            "details": task.details,
            "due_on": _iso(task.due_on),
            "status": task.status,
            "assigned_to": users.get(task.assigned_to_id),
            "completed_at": _iso(task.completed_at),
            "created_at": _iso(task.created_at),
        }
        for task in tasks
    ]


def _documents(session: Session, client_id: int, users: dict[int, str]) -> list[dict]:
    """The documents' descriptions; their bytes are read by :func:`_read_documents`."""
    documents = session.scalars(
        sa.select(Document).where(Document.client_id == client_id).order_by(Document.id)
    ).all()
    return [
        {
            "document_number": document.id,
            "category": document.category,
            "filename": document.filename,
            "description": document.description,
            "mime_type": document.mime_type,
            "size_bytes": document.size_bytes,
            "sha256": document.sha256,
            "uploaded_at": _iso(document.uploaded_at),
            "uploaded_by": users.get(document.uploaded_by_id),
            "file_in_package": _document_member(document),
        }
        for document in documents
    ]


def _consents(session: Session, client_id: int, users: dict[int, str]) -> list[dict]:
    """Every consent given, refused or withdrawn, oldest first: the history, not the state."""
    consents = session.scalars(
        sa.select(Consent)
        .where(Consent.client_id == client_id)
        .order_by(Consent.recorded_at, Consent.id)
    )
    return [
        {
            "recorded_at": _iso(consent.recorded_at),
            "purpose": consent.purpose,
            "lawful_basis": consent.lawful_basis,
            "status": consent.status,
            "channel": consent.channel,
            "wording": consent.wording,
            "special_personal_information": consent.is_special_information,
            "recorded_by": users.get(consent.recorded_by_id),
        }
        for consent in consents
    ]


# Letters of any script stay (Hélène's file keeps its name); path and shell characters go.
_UNSAFE = re.compile(r"[^\w.\- ]+")


def _document_member(document: Document) -> str:
    stem = _UNSAFE.sub("_", document.filename).strip(" ._") or "document"
    return f"documents/{document.id:05d}-{stem[:120]}"


def _read_documents(session: Session, client_id: int, records: list[dict]) -> dict[str, bytes]:
    """The documents' bytes by their path in the package; a record whose content is
    missing or does not match its checksum says so."""
    documents: dict[str, bytes] = {}
    contents = dict(
        session.execute(
            sa.select(DocumentContent.document_id, DocumentContent.content)
            .join(Document, Document.id == DocumentContent.document_id)
            .where(Document.client_id == client_id)
        ).all()
    )
    for record in records:
        content = contents.get(record["document_number"])
        if content is None:
            record["file_in_package"] = None
            record["note"] = "The file's content is missing from the database."
            continue
        if _sha256(content) != record["sha256"]:
            record["note"] = "The stored checksum does not match the file; please ask us."
        documents[record["file_in_package"]] = bytes(content)
    return documents


def _add_letterhead_and_addressee(session: Session, data: dict, client_id: int) -> None:
    """The practice's identity and the Regulator's details as the settings hold them, and
    who the report is addressed to."""
    from clientmanager.services.addressee import addressee_for
    from clientmanager.services.letterhead import practice_letterhead

    letterhead = practice_letterhead(session)
    data["practice"].update(
        phone=letterhead.phone,
        email=letterhead.email,
        regulator=list(letterhead.regulator_lines),
    )
    data["practice"]["information_officer"]["phone"] = letterhead.information_officer_phone
    # A child's package goes to the competent person, in their name (POPIA s35).
    to = addressee_for(session, session.get(Client, client_id))
    data["addressee"] = {
        "name": to.name,
        "salutation": to.salutation,
        "address_lines": list(to.address_lines),
        "on_behalf_of": to.on_behalf_of,
    }


def _record_disclosure_to_subject(
    session: Session,
    *,
    actor: Actor,
    data: dict,
    client_id: int,
    package_id: str,
    now: dt.datetime,
) -> Disclosure:
    """Add this export to the register; the package lists the rows from before it."""
    earlier = list_disclosures(session, actor=actor, client_id=client_id)
    categories_text = ", ".join(
        CATEGORIES[key].title for key, rows in data["categories"].items() if rows
    )
    disclosure = record_disclosure(
        session,
        actor=actor,
        client_id=client_id,
        recipient_category="data_subject",
        recipient_name=data["data_subject"]["name"] or f"client {client_id}",
        purpose=f"Access request (POPIA s23), package {package_id}",
        categories=categories_text,
        channel="export",
        disclosed_at=now,
    )
    data["categories"]["disclosures"] = [view.as_record() for view in earlier]
    return disclosure


# --- writing ------------------------------------------------------------------------------


def _csv_bytes(records: list[dict]) -> bytes:
    columns: list[str] = []
    for record in records:
        for key in record:
            if key not in columns:
                columns.append(key)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns or ["(nothing recorded)"])
    writer.writeheader()
    for record in records:
        writer.writerow({key: "" if value is None else value for key, value in record.items()})
    # UTF-8 with a byte-order mark, so that Excel on Windows shows "Müller", not "MÃ¼ller".
    return buffer.getvalue().encode("utf-8-sig")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def serialise(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def build_package_files(
    data: dict, *, data_json: bytes, documents: dict[str, bytes], report_pdf: bytes
) -> dict[str, bytes]:
    """The payload (paths under ``data/``) and the bag's tag files, in writing order."""
    payload: dict[str, bytes] = {"data/report.pdf": report_pdf, "data/data.json": data_json}
    for key, records in data["categories"].items():
        payload[f"data/csv/{key}.csv"] = _csv_bytes(records)
    for member, content in documents.items():
        payload[f"data/{member}"] = content

    manifest = "".join(f"{_sha256(content)}  {path}\n" for path, content in payload.items())
    octets = sum(len(content) for content in payload.values())
    tags = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": (
            f"Source-Organization: {data['practice']['name'] or ''}\n"
            f"Bagging-Date: {data['generated_at'][:10]}\n"
            f"External-Identifier: {data['package_id']}\n"
            f"External-Description: Personal information held about the data subject "
            f"(POPIA section 23)\n"
            f"Payload-Oxum: {octets}.{len(payload)}\n"
            f"Bag-Software-Agent: {data['generator']}\n"
        ).encode(),
        "README.txt": (
            "Your personal information, as held by "
            f"{data['practice']['name'] or 'the practice'}.\n\n"
            "Start with data/report.pdf. data/data.json and the files in data/csv hold the "
            "same information for computers and spreadsheets; data/documents holds copies "
            "of your documents.\n\n"
            "manifest-sha256.txt lists a SHA-256 checksum for every file, so you can "
            "check that nothing was changed (for example with 'sha256sum -c' run inside "
            "this folder).\n"
        ).encode(),
        "manifest-sha256.txt": manifest.encode(),
    }
    tagmanifest = "".join(f"{_sha256(content)}  {path}\n" for path, content in tags.items())
    tags["tagmanifest-sha256.txt"] = tagmanifest.encode()
    return {**tags, **payload}


def _open_archive(handle, password: str | None):  # noqa: ANN001, ANN202
    if not password:
        return zipfile.ZipFile(handle, "w", allowZip64=True)
    import pyzipper

    archive = pyzipper.AESZipFile(handle, "w", allowZip64=True, encryption=pyzipper.WZ_AES)
    archive.setpassword(password.encode("utf-8"))
    archive.setencryption(pyzipper.WZ_AES, nbits=256)
    return archive


def _write_zip(
    out: Path,
    root: str,
    files: dict[str, bytes],
    when: dt.datetime,
    password: str | None = None,
    progress: Progress = SILENT,
) -> int:
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    with atomic_output(out, suffix=".partial") as handle:
        with _open_archive(handle, password) as archive:
            info_class = type(archive).zipinfo_cls if password else zipfile.ZipInfo
            for number, (path, content) in enumerate(files.items()):
                # Cancelling here leaves only the temporary file, which atomic_output removes.
                progress.counted(number, len(files), "Writing the package")
                info = info_class(f"{root}/{path}", date_time=stamp)
                info.external_attr = 0o600 << 16
                # PDFs and scans are compressed already; text compresses well.
                compressible = path.endswith((".json", ".csv", ".txt"))
                info.compress_type = zipfile.ZIP_DEFLATED if compressible else zipfile.ZIP_STORED
                archive.writestr(info, content)
        handle.flush()
        return handle.tell()


@dataclass(frozen=True)
class SubjectSummary:
    client_id: int
    name: str
    id_number: str | None
    # What the dialog fills in: a random passphrase (shown once), or the ID number only
    # when the practice chose that in settings (pdf_password_policy = id_number).
    suggested_password: str = ""
    password_policy: str = "random"
    addressed_to: str | None = None  # a child's competent person (POPIA s35)


def describe_subject(session: Session, *, actor: Actor, client_id: int) -> SubjectSummary:
    """What the export dialog shows before it starts: who, and the default password."""
    require(actor, Permission.SUBJECT_EXPORT)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    from clientmanager.services.addressee import addressee_for
    from clientmanager.services.settings import pdf_password_policy

    id_number = client.id_number or client.passport_number or None
    policy = pdf_password_policy(session)
    to = addressee_for(session, client)
    return SubjectSummary(
        client_id=client.id,
        name=_name(client) or f"client {client.id}",
        id_number=id_number,
        suggested_password=(id_number if policy == "id_number" and id_number else None)
        or new_pdf_passphrase(),
        password_policy=policy if id_number else "random",
        addressed_to=to.name if to.on_behalf_of else None,
    )


_PASSPHRASE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # nothing to misread aloud


def new_pdf_passphrase() -> str:
    """A random passphrase for a client's PDF (80 bits), to be given another way than the
    package: an ID number is about 10^4 guesses once the date of birth is known."""
    groups = ("".join(secrets.choice(_PASSPHRASE_ALPHABET) for _ in range(4)) for _ in range(4))
    return "-".join(groups)


def default_pdf_password(session: Session, *, actor: Actor, client_id: int) -> str | None:
    """The password many SA practices use for a client's PDFs: their ID number (or
    passport number). ``None`` when neither is recorded."""
    require(actor, Permission.SUBJECT_EXPORT)
    require_client_access(session, actor, client_id)
    row = session.execute(
        sa.select(Client.id_number, Client.passport_number).where(Client.id == client_id)
    ).first()
    if row is None:
        raise NotFound("There is no client with the number {client_id}.", client_id=client_id)
    return row.id_number or row.passport_number or None


ANSWERED_BY_PACKAGE = ("access", "portability")


def check_answerable_request(session: Session, *, request_id: int, client_id: int) -> None:
    """Refuse (with what to do) unless request ``request_id`` is an open access or
    portability request of client ``client_id``."""
    from clientmanager.services.subject_requests import REQUEST_KINDS, STATUSES
    from clientmanager.store.models import SubjectRequest

    request = session.get(SubjectRequest, request_id)
    if request is None:
        raise SubjectExportError(
            "There is no request number {request_id} in the rights register.",
            hint="Check the number with 'clientmanager rights list'. Nothing was written.",
            request_id=request_id,
        )
    if request.status != "open":
        raise SubjectExportError(
            "Request {request_id} is already {status}.",
            hint="Open a new access request if the person asked again. Nothing was written.",
            request_id=request_id,
            status=STATUSES.get(request.status, request.status).lower(),
        )
    if request.kind not in ANSWERED_BY_PACKAGE:
        raise SubjectExportError(
            "Request {request_id} is a request for {kind}, not for access.",
            hint="A data-subject package answers an access or portability request only. "
            "Nothing was written.",
            request_id=request_id,
            kind=REQUEST_KINDS.get(request.kind, request.kind).lower(),
        )
    if request.client_id != client_id:
        raise SubjectExportError(
            "Request {request_id} was made for another client (client {client_id}), not client "
            "{client_id2}.",
            hint="Check the client and request numbers. Nothing was written.",
            request_id=request_id,
            client_id=request.client_id,
            client_id2=client_id,
        )


def export_subject_package(
    session: Session,
    *,
    actor: Actor,
    client_id: int,
    out: Path,
    pdf_password: str | None = None,
    request_id: int | None = None,
    progress: Progress = SILENT,
    archive_password: str | None = None,
    before_writing: Callable[[], None] | None = None,
) -> ExportResult:
    """Write the s23 package for ``client_id`` to ``out`` (a .zip) and record it.

    ``before_writing`` runs once everything is gathered and rendered, just before the
    package is written; what it raises stops the export with nothing written or recorded
    (the command line waits there for its whole-file page check).

    The disclosure-register row and the audit entry are added in the caller's
    transaction; if writing fails or ``progress`` is cancelled, nothing is recorded and
    any existing file at ``out`` is left as it was. Once the package is in place nothing
    asks ``progress`` again, so a late Cancel cannot leave a file that is not recorded.
    """
    from clientmanager.reports.subject_report import build_subject_report

    require(actor, Permission.SUBJECT_EXPORT)
    require_client_access(session, actor, client_id)
    if request_id is not None:
        # Checked before anything is gathered or written: a package answers only an open
        # access or portability request of this same person.
        check_answerable_request(session, request_id=request_id, client_id=client_id)

    out = Path(out)
    if out.exists() and out.is_dir():
        raise SubjectExportError(
            "{out} is a folder.", hint="Choose a file name ending in .zip for the package.", out=out
        )
    now = utcnow()
    package_id = new_package_id(now)
    progress(0.05, "Gathering the information held")
    data = gather_subject_data(
        session,
        client_id=client_id,
        package_id=package_id,
        generated_at=now,
        generated_by=actor.username,
    )
    progress(0.30, "Reading documents")
    documents = _read_documents(session, client_id, data["categories"]["documents"])
    _add_letterhead_and_addressee(session, data, client_id)
    disclosure = _record_disclosure_to_subject(
        session, actor=actor, data=data, client_id=client_id, package_id=package_id, now=now
    )
    data_json = serialise(data)
    data_sha256 = _sha256(data_json)

    progress(0.45, "Writing the report")
    from clientmanager.services.letterhead import letter_language

    report_pdf = build_subject_report(
        data, data_sha256=data_sha256, password=pdf_password, language=letter_language(session)
    )

    progress(0.80, "Writing the package")
    files = build_package_files(
        data, data_json=data_json, documents=documents, report_pdf=report_pdf
    )
    if before_writing is not None:
        before_writing()
    try:
        size = _write_zip(out, package_id, files, now, archive_password, progress.part(0.80, 1.0))
    except OSError as exc:
        from clientmanager.errors import DiskFull, from_os_error

        if isinstance(from_os_error(exc, out.parent), DiskFull):
            raise SubjectExportError(
                "The disk is full ({folder}): nothing more could be written ({strerror}).",
                hint="Nothing already saved was lost; the step that needed space was not done. "
                "Free some space (empty the recycle bin, move large files off this disk), then "
                "try again. Do not restore a backup: the practice database is not damaged. "
                "Nothing was recorded as disclosed.",
                folder=out.parent,
                strerror=exc.strerror or exc,
            ) from None
        raise SubjectExportError(
            "The package could not be written to {parent} ({strerror}).",
            hint="Check that the folder exists, is writable and has free space, then try "
            "again. Nothing was recorded as disclosed.",
            parent=out.parent,
            strerror=exc.strerror or exc,
        ) from None

    if request_id is not None:
        from clientmanager.services.subject_requests import complete_request

        complete_request(
            session,
            actor=actor,
            request_id=request_id,
            outcome=f"Data-subject package {package_id} produced.",
        )
    audit.record(
        session,
        actor=actor,
        action="subject.exported",
        client_id=client_id,
        summary=(
            f"data-subject package {package_id}: {len(files)} files, {len(documents)} "
            f"documents, PDF {'password-protected' if pdf_password else 'not protected'}"
            f"{', whole package AES-256 encrypted' if archive_password else ''}"
        ),
    )
    logger.info("data-subject package %s written (%d bytes)", package_id, size)
    return ExportResult(
        path=out,
        package_id=package_id,
        data_sha256=data_sha256,
        files=len(files),
        size_bytes=size,
        pdf_protected=bool(pdf_password),
        disclosure_id=disclosure.id,
        archive_encrypted=bool(archive_password),
    )
