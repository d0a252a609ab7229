"""The practice's data model.

Alembic owns the schema (``store/migrations``); these classes describe it for the ORM and
must match the latest revision, which a test checks.

Conventions: money is integer cents (no float rounding in a financial record), dates are
``date`` and moments are naive UTC ``datetime``. Records that compliance will need to keep
(FAIS, FICA) carry the end dates their retention clocks start from: a policy's
``end_date``, a client's ``relationship_end``, a record of advice's ``occurred_at``.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from clientmanager.store.fieldcrypt import SealedBytes, SealedText

# Amounts in cents: SQLite's INTEGER holds 64 bits, PostgreSQL's only 32 (R21.4 million),
# too little for a cover amount or a retirement goal; BIGINT there.
Cents = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


# The partial indexes' conditions on PostgreSQL (migration 0013 builds them on each
# dialect). Given to the indexes only when the server's store is loaded
# (store/postgres.py): naming postgresql_where here makes SQLAlchemy load and check its
# whole PostgreSQL dialect at import, about 0.05 s of every desktop launch on SQLCipher.
SERVER_INDEX_WHERE = {
    "ix_clients_email_non_ascii": "email ~ '[^ -~]'",
    "ix_clients_surname_non_ascii": "surname ~ '[^ -~]'",
}


def describe_server_indexes() -> None:
    """Give the partial indexes their PostgreSQL conditions (idempotent)."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            where = SERVER_INDEX_WHERE.get(index.name or "")
            if where is not None:
                index.dialect_kwargs["postgresql_where"] = sa.text(where)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = sa.MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def _created() -> Mapped[dt.datetime]:
    return mapped_column(sa.DateTime, default=utcnow, nullable=False)


def _updated() -> Mapped[dt.datetime]:
    return mapped_column(sa.DateTime, default=utcnow, onupdate=utcnow, nullable=False)


class Versioned:
    """Optimistic locking: every ORM save checks and increments ``version``, so a form saved
    from a stale copy is refused instead of silently overwriting another user's change."""

    # First, where each table has always had it (a mixin's columns otherwise come last).
    version: Mapped[int] = mapped_column(
        sa.Integer, nullable=False, default=1, server_default="1", sort_order=-1
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}


def _client_fk(*, nullable: bool = False, index: bool = True) -> Mapped[int]:
    return mapped_column(
        sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=nullable, index=index
    )


def _user_fk() -> Mapped[int | None]:
    return mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True)


# --- the practice and its people ----------------------------------------------------------


class Practice(Base):
    """The single row describing this practice (POPIA s55: the information officer)."""

    __tablename__ = "practice"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[str] = mapped_column(sa.String(32), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    fsp_number: Mapped[str | None] = mapped_column(sa.String(20))
    information_officer_name: Mapped[str | None] = mapped_column(sa.String(200))
    information_officer_email: Mapped[str | None] = mapped_column(sa.String(254))
    information_officer_phone: Mapped[str | None] = mapped_column(sa.String(20))
    physical_address: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[dt.datetime] = _created()


class Setting(Base):
    """Practice-wide settings (idle-lock minutes, backup folder...). Never client data."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    full_name: Mapped[str] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    # administrator, planner, assistant or compliance (enforced in services/).
    role: Mapped[str] = mapped_column(sa.String(20))
    password_hash: Mapped[str | None] = mapped_column(sa.String(200))
    is_active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    last_failed_login_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    disabled_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    created_at: Mapped[dt.datetime] = _created()
    # A second factor (RFC 6238 TOTP) for administrators; the secret lives only inside the
    # encrypted database.
    totp_secret: Mapped[str | None] = mapped_column(sa.String(64))
    totp_enabled_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    second_factor_failures: Mapped[int] = mapped_column(default=0, server_default="0")


class Household(Versioned, Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    notes: Mapped[str | None] = mapped_column(SealedText("households.notes"))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    members: Mapped[list[Client]] = relationship(back_populates="household")


class Client(Versioned, Base):
    """A person, company or trust the practice holds information about.

    ``category`` separates clients from prospects and from related people (a dependant or
    beneficiary who is not a client in their own right but whose data is still held).
    Nothing is hard-deleted from the UI: ``archived_at`` marks a soft delete until the
    retention engine decides what the law allows.
    """

    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(10), default="person")  # person, company, trust
    category: Mapped[str] = mapped_column(
        sa.String(10), default="client"
    )  # client, prospect, related
    title: Mapped[str | None] = mapped_column(sa.String(20))
    first_names: Mapped[str | None] = mapped_column(sa.String(200))
    surname: Mapped[str | None] = mapped_column(sa.String(200))
    preferred_name: Mapped[str | None] = mapped_column(sa.String(100))
    entity_name: Mapped[str | None] = mapped_column(sa.String(300))  # company or trust name
    registration_number: Mapped[str | None] = mapped_column(sa.String(40))
    id_number: Mapped[str | None] = mapped_column(sa.String(13), index=True)
    passport_number: Mapped[str | None] = mapped_column(sa.String(20))
    passport_country: Mapped[str | None] = mapped_column(sa.String(2))
    date_of_birth: Mapped[dt.date | None] = mapped_column(sa.Date)
    gender: Mapped[str | None] = mapped_column(sa.String(10))
    marital_status: Mapped[str | None] = mapped_column(sa.String(20))
    # In or out of community of property decides what a spouse's estate holds.
    marriage_regime: Mapped[str | None] = mapped_column(sa.String(40))
    tax_number: Mapped[str | None] = mapped_column(sa.String(10))
    occupation: Mapped[str | None] = mapped_column(sa.String(100))
    employer: Mapped[str | None] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(254), index=True)
    mobile: Mapped[str | None] = mapped_column(sa.String(16), index=True)  # E.164
    home_phone: Mapped[str | None] = mapped_column(sa.String(16))
    work_phone: Mapped[str | None] = mapped_column(sa.String(16))
    preferred_language: Mapped[str | None] = mapped_column(sa.String(20))
    household_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("households.id", ondelete="SET NULL"), index=True
    )
    household_role: Mapped[str | None] = mapped_column(sa.String(20))  # main, spouse, dependant
    planner_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    relationship_start: Mapped[dt.date | None] = mapped_column(sa.Date)
    relationship_end: Mapped[dt.date | None] = mapped_column(sa.Date)  # FICA s23 clock
    last_review_on: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    # The postal address is the residential one (no separate postal row is kept).
    postal_same_as_residential: Mapped[bool] = mapped_column(
        default=False, server_default=sa.false()
    )
    is_restricted: Mapped[bool] = mapped_column(default=False)  # POPIA s24/restriction
    objected_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)  # POPIA s11(3)
    archived_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    __table_args__ = (
        sa.Index(None, "surname", "first_names"),
        # The import's duplicate check (migration 0013, which also adds the expression
        # indexes it uses): the few clients whose e-mail or surname lower() may not fold.
        # PostgreSQL's where clauses are in SERVER_INDEX_WHERE, given by store/postgres.py.
        sa.Index("ix_clients_email_non_ascii", "id", sqlite_where=sa.text("email GLOB '*[^ -~]*'")),
        sa.Index(
            "ix_clients_surname_non_ascii",
            "date_of_birth",
            sqlite_where=sa.text("surname GLOB '*[^ -~]*'"),
        ),
    )

    household: Mapped[Household | None] = relationship(back_populates="members")
    addresses: Mapped[list[Address]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    policies: Mapped[list[Policy]] = relationship(
        back_populates="client", cascade="all, delete-orphan", foreign_keys="Policy.client_id"
    )

    @property
    def display_name(self) -> str:
        if self.kind != "person":
            return self.entity_name or ""
        first = self.preferred_name or self.first_names or ""
        return f"{first} {self.surname or ''}".strip()


class Address(Versioned, Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    kind: Mapped[str] = mapped_column(sa.String(10), default="physical")  # physical, postal, work
    line1: Mapped[str] = mapped_column(sa.String(200))
    line2: Mapped[str | None] = mapped_column(sa.String(200))
    suburb: Mapped[str | None] = mapped_column(sa.String(100))
    city: Mapped[str | None] = mapped_column(sa.String(100))
    province: Mapped[str | None] = mapped_column(sa.String(40))
    postal_code: Mapped[str | None] = mapped_column(sa.String(10))
    country: Mapped[str] = mapped_column(sa.String(60), default="South Africa")

    client: Mapped[Client] = relationship(back_populates="addresses")


class ClientRelationship(Versioned, Base):
    """A directed link: ``client`` is the ``kind`` of ``related_client`` (spouse, child...)."""

    __tablename__ = "relationships"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    related_client_id: Mapped[int] = _client_fk()
    kind: Mapped[str] = mapped_column(
        sa.String(20)
    )  # spouse, partner, child, dependant, parent, beneficiary, trustee, director
    notes: Mapped[str | None] = mapped_column(SealedText("relationships.notes"))
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (sa.UniqueConstraint("client_id", "related_client_id", "kind"),)


# --- products and the balance sheet -------------------------------------------------------


class Policy(Versioned, Base):
    __tablename__ = "policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()  # the owner
    provider: Mapped[str] = mapped_column(sa.String(100))
    policy_number: Mapped[str] = mapped_column(sa.String(40), index=True)
    product_type: Mapped[str] = mapped_column(sa.String(40))
    status: Mapped[str] = mapped_column(
        sa.String(20), default="active"
    )  # active, lapsed, paid_up, cancelled, matured, quote
    premium_cents: Mapped[int | None] = mapped_column(Cents)
    premium_frequency: Mapped[str | None] = mapped_column(sa.String(10))  # monthly, annual, single
    cover_amount_cents: Mapped[int | None] = mapped_column(Cents)
    fund_value_cents: Mapped[int | None] = mapped_column(Cents)
    start_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    end_date: Mapped[dt.date | None] = mapped_column(sa.Date)  # FAIS s3(2) clock
    is_joint: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(SealedText("policies.notes"))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    client: Mapped[Client] = relationship(back_populates="policies", foreign_keys=[client_id])
    roles: Mapped[list[PolicyRole]] = relationship(cascade="all, delete-orphan")


class PolicyRole(Base):
    """Other people on a policy: life assured, beneficiary (with a share), payer, joint owner."""

    __tablename__ = "policy_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policies.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int] = _client_fk()
    role: Mapped[str] = mapped_column(sa.String(20))
    share_percent: Mapped[int | None]


class Asset(Versioned, Base):
    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    kind: Mapped[str] = mapped_column(
        sa.String(30)
    )  # property, vehicle, investment, cash, retirement, business, other
    description: Mapped[str] = mapped_column(sa.String(300))
    value_cents: Mapped[int] = mapped_column(Cents)
    valuation_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    joint_client_id: Mapped[int | None] = _client_fk(nullable=True, index=False)
    ownership_percent: Mapped[int] = mapped_column(default=100)
    policy_id: Mapped[int | None] = mapped_column(sa.ForeignKey("policies.id", ondelete="SET NULL"))


class Liability(Versioned, Base):
    __tablename__ = "liabilities"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    kind: Mapped[str] = mapped_column(
        sa.String(30)
    )  # home_loan, vehicle_finance, credit_card, personal_loan, overdraft, student_loan, other
    lender: Mapped[str | None] = mapped_column(sa.String(100))
    account_number: Mapped[str | None] = mapped_column(sa.String(40))
    balance_cents: Mapped[int] = mapped_column(Cents)
    monthly_payment_cents: Mapped[int | None] = mapped_column(Cents)
    interest_rate_bp: Mapped[int | None]  # basis points: 11.75% is 1175
    end_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    joint_client_id: Mapped[int | None] = _client_fk(nullable=True, index=False)


class CashFlow(Versioned, Base):
    """A line of income or expense."""

    __tablename__ = "cash_flows"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    direction: Mapped[str] = mapped_column(sa.String(7))  # income, expense
    category: Mapped[str] = mapped_column(sa.String(40))
    description: Mapped[str | None] = mapped_column(sa.String(200))
    amount_cents: Mapped[int] = mapped_column(Cents)
    frequency: Mapped[str] = mapped_column(sa.String(10), default="monthly")  # monthly, annual


class Goal(Versioned, Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    kind: Mapped[str] = mapped_column(
        sa.String(30)
    )  # retirement, education, emergency, property, estate, other
    description: Mapped[str] = mapped_column(sa.String(300))
    target_amount_cents: Mapped[int | None] = mapped_column(Cents)
    target_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    priority: Mapped[int] = mapped_column(default=2)  # 1 high, 2 medium, 3 low
    status: Mapped[str] = mapped_column(sa.String(20), default="open")
    created_at: Mapped[dt.datetime] = _created()


class RiskProfile(Versioned, Base):
    __tablename__ = "risk_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    assessed_on: Mapped[dt.date] = mapped_column(sa.Date)
    score: Mapped[int | None]
    category: Mapped[str] = mapped_column(sa.String(30))  # conservative ... aggressive
    method: Mapped[str | None] = mapped_column(sa.String(100))
    notes: Mapped[str | None] = mapped_column(SealedText("risk_profiles.notes"))
    assessed_by_id: Mapped[int | None] = _user_fk()


# --- the planner's work -------------------------------------------------------------------


class Note(Versioned, Base):
    """A note or interaction; ``kind == 'advice'`` is a FAIS record of advice (General Code s9).

    Once ``finalised_at`` is set the row is locked by database triggers, so no code path,
    including a future bug, can alter a record of advice after it was given.
    """

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    kind: Mapped[str] = mapped_column(
        sa.String(10), default="note"
    )  # note, call, meeting, email, advice
    subject: Mapped[str] = mapped_column(sa.String(300))
    body: Mapped[str] = mapped_column(SealedText("notes.body"), default="")
    occurred_at: Mapped[dt.datetime] = mapped_column(sa.DateTime, default=utcnow)
    author_id: Mapped[int | None] = _user_fk()
    advice_basis: Mapped[str | None] = mapped_column(
        SealedText("notes.advice_basis")
    )  # information the advice was based on
    products_considered: Mapped[str | None] = mapped_column(SealedText("notes.products_considered"))
    recommendation: Mapped[str | None] = mapped_column(SealedText("notes.recommendation"))
    recommendation_reasons: Mapped[str | None] = mapped_column(
        SealedText("notes.recommendation_reasons")
    )
    finalised_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    finalised_by_id: Mapped[int | None] = _user_fk()
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()

    __table_args__ = (sa.Index(None, "client_id", "occurred_at"),)


class Task(Versioned, Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = _client_fk(nullable=True)
    kind: Mapped[str] = mapped_column(
        sa.String(10), default="task"
    )  # task, review, call, follow_up
    title: Mapped[str] = mapped_column(sa.String(300))
    details: Mapped[str | None] = mapped_column(SealedText("tasks.details"))
    due_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    status: Mapped[str] = mapped_column(sa.String(10), default="open")  # open, done, cancelled
    assigned_to_id: Mapped[int | None] = _user_fk()
    completed_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    completed_by_id: Mapped[int | None] = _user_fk()
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (sa.Index(None, "status", "due_on"),)


class Document(Base):
    """A document's description; its bytes live in :class:`DocumentContent`, inside the
    encrypted database, so listing documents never reads the blobs."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    note_id: Mapped[int | None] = mapped_column(sa.ForeignKey("notes.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(
        sa.String(30)
    )  # id_copy, proof_of_address, record_of_advice, application, statement, other
    filename: Mapped[str] = mapped_column(sa.String(255))
    mime_type: Mapped[str] = mapped_column(sa.String(100))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    is_sensitive: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str | None] = mapped_column(sa.String(300))
    uploaded_at: Mapped[dt.datetime] = _created()
    uploaded_by_id: Mapped[int | None] = _user_fk()


class DocumentContent(Base):
    __tablename__ = "document_contents"

    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(SealedBytes("document_contents.content"))


class Consent(Base):
    """One entry in a person's consent and lawful-basis ledger (POPIA s11, s26, s69).

    Entries are appended, never edited: the newest entry per purpose is the current state,
    and the older ones are the history a practice must be able to show.
    """

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    purpose: Mapped[str] = mapped_column(
        sa.String(40)
    )  # financial_planning, underwriting, direct_marketing...
    lawful_basis: Mapped[str] = mapped_column(sa.String(30))  # s11(1)(a)-(f)
    status: Mapped[str] = mapped_column(sa.String(15))  # given, refused, withdrawn, not_required
    channel: Mapped[str | None] = mapped_column(sa.String(30))
    wording: Mapped[str | None] = mapped_column(sa.Text)
    is_special_information: Mapped[bool] = mapped_column(default=False)  # s26
    # Who gave it when not the person: the competent person for a child (s35(1)(a)).
    given_by: Mapped[str | None] = mapped_column(sa.String(200))
    recorded_at: Mapped[dt.datetime] = _created()
    recorded_by_id: Mapped[int | None] = _user_fk()

    __table_args__ = (sa.Index(None, "client_id", "purpose", "recorded_at"),)


class AuditEntry(Base):
    """The audit trail. Holds identifiers and short summaries only, never client content."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = _created()
    user_id: Mapped[int | None] = mapped_column(sa.Integer)  # no FK: entries outlive users
    username: Mapped[str | None] = mapped_column(sa.String(64))
    action: Mapped[str] = mapped_column(sa.String(40), index=True)
    client_id: Mapped[int | None] = mapped_column(sa.Integer, index=True)
    summary: Mapped[str] = mapped_column(sa.String(500), default="")
    prev_hash: Mapped[str | None] = mapped_column(sa.String(64))
    entry_hash: Mapped[str | None] = mapped_column(sa.String(64))


# --- POPIA registers ------------------------------------------------------------------------


class Disclosure(Base):
    """The disclosure register (POPIA s23(1)(b), s24(3)): every time a person's information
    left the practice, or was shown to someone outside it, who received it and when.

    ``client_id`` has no foreign key: the record that a disclosure happened must outlive
    the client's record, so that an erasure can still be reported to earlier recipients.
    """

    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.Integer, index=True)
    # product_provider, compliance_officer, regulator, auditor, data_subject, operator, other
    recipient_category: Mapped[str] = mapped_column(sa.String(30))
    recipient_name: Mapped[str] = mapped_column(sa.String(200))
    purpose: Mapped[str] = mapped_column(sa.String(300))
    categories: Mapped[str] = mapped_column(sa.String(500), default="")  # what was disclosed
    channel: Mapped[str | None] = mapped_column(sa.String(30))  # export, print, email, copy
    disclosed_at: Mapped[dt.datetime] = _created()
    recorded_by_id: Mapped[int | None] = _user_fk()
    # POPIA s11(1): why the disclosure was lawful (contract, legal obligation, consent...).
    lawful_basis: Mapped[str | None] = mapped_column(sa.String(200))
    # What caused it, so it is recorded once: "policy:12", "export:<file>", "manual".
    source: Mapped[str | None] = mapped_column(sa.String(40), index=True)
    corrected_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)


class SubjectRequest(Base):
    """The rights register: requests from data subjects (POPIA s23, s24, s11(3), s69).

    PAIA s56 gives 30 days to answer; s57 allows one extension of up to 30 days.
    """

    __tablename__ = "subject_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(sa.Integer, index=True)
    # access, correction, deletion, objection, restriction, marketing_opt_out,
    # consent_withdrawal, portability
    kind: Mapped[str] = mapped_column(sa.String(20))
    requested_by: Mapped[str] = mapped_column(sa.String(200))
    received_on: Mapped[dt.date] = mapped_column(sa.Date)
    identity_verified_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    identity_verification: Mapped[str | None] = mapped_column(sa.String(300))
    due_on: Mapped[dt.date] = mapped_column(sa.Date, index=True)
    extended_to: Mapped[dt.date | None] = mapped_column(sa.Date)
    extension_reason: Mapped[str | None] = mapped_column(sa.String(300))
    status: Mapped[str] = mapped_column(sa.String(15), default="open")  # open, done, refused
    details: Mapped[str | None] = mapped_column(SealedText("subject_requests.details"))
    outcome: Mapped[str | None] = mapped_column(SealedText("subject_requests.outcome"))
    completed_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    handled_by_id: Mapped[int | None] = _user_fk()
    created_at: Mapped[dt.datetime] = _created()


class ErasureEntry(Base):
    """Clients destroyed or de-identified, by id, replayed after a backup is restored so an
    erased person stays erased (DESIGN.md, Backups). Holds no personal information."""

    __tablename__ = "erasure_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.Integer, index=True)
    method: Mapped[str] = mapped_column(sa.String(15))  # destroyed, deidentified
    reason: Mapped[str] = mapped_column(sa.String(300))
    erased_at: Mapped[dt.datetime] = _created()
    erased_by_id: Mapped[int | None] = mapped_column(sa.Integer)


# --- retention (POPIA s14) and the breach register (POPIA s22) ------------------------------


class RetentionRule(Base):
    """The practice's retention schedule: one editable line per category of record.

    The defaults (and the minimum each law allows) live in ``domain/retention.py``; a
    practice may lengthen a period, never shorten it below the law it cites.
    """

    __tablename__ = "retention_rules"

    category: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    label: Mapped[str] = mapped_column(sa.String(200))
    applies_to: Mapped[str] = mapped_column(sa.String(300), default="")
    starts_from: Mapped[str] = mapped_column(sa.String(30))
    years: Mapped[int] = mapped_column(default=0)
    days: Mapped[int] = mapped_column(default=0)
    citation: Mapped[str] = mapped_column(sa.String(200))
    updated_at: Mapped[dt.datetime] = _updated()
    updated_by_id: Mapped[int | None] = _user_fk()


class LegalHold(Base):
    """A hold on a person, or on one of their records, that stops all destruction until it
    is released (litigation, an FSCA or FIC inquiry, a complaint at the Ombud)."""

    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    record_type: Mapped[str | None] = mapped_column(sa.String(20))  # None: the whole person
    record_id: Mapped[int | None]
    reason: Mapped[str] = mapped_column(sa.Text)
    placed_at: Mapped[dt.datetime] = _created()
    placed_by_id: Mapped[int | None] = _user_fk()
    released_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    released_by_id: Mapped[int | None] = _user_fk()
    release_reason: Mapped[str | None] = mapped_column(sa.Text)


class RetentionReview(Base):
    """One run of the "due for destruction" review, or one approval of it (counts only)."""

    __tablename__ = "retention_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(10))  # review, approval
    ran_at: Mapped[dt.datetime] = _created()
    ran_by_id: Mapped[int | None] = _user_fk()
    review_date: Mapped[dt.date] = mapped_column(sa.Date)
    due_count: Mapped[int] = mapped_column(default=0)
    held_count: Mapped[int] = mapped_column(default=0)
    destroyed_count: Mapped[int] = mapped_column(default=0)
    deidentified_count: Mapped[int] = mapped_column(default=0)
    logs_removed: Mapped[int] = mapped_column(default=0)


class Breach(Base):
    """The breach register (POPIA s22): one security compromise, what it touched, and who
    was told when. ``affected_count`` may exceed the linked clients when criteria describe
    people the practice cannot list one by one."""

    __tablename__ = "breaches"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text)  # what happened
    occurred_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    discovered_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    data_categories: Mapped[str] = mapped_column(sa.Text, default="")
    affected_criteria: Mapped[str | None] = mapped_column(sa.String(300))
    affected_count: Mapped[int] = mapped_column(default=0)
    data_encrypted: Mapped[bool] = mapped_column(default=False)
    consequences: Mapped[str] = mapped_column(sa.Text, default="")
    measures_taken: Mapped[str] = mapped_column(sa.Text, default="")
    subject_actions: Mapped[str] = mapped_column(sa.Text, default="")  # what people can do
    perpetrator: Mapped[str | None] = mapped_column(sa.Text)  # who did it, if known
    # SCN1: how it was discovered; how and when people were or will be told; any delay.
    discovery_manner: Mapped[str | None] = mapped_column(sa.Text)
    subject_notice_manner: Mapped[str | None] = mapped_column(sa.Text)
    delay_reason: Mapped[str | None] = mapped_column(sa.Text)
    regulator_notified_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    regulator_reference: Mapped[str | None] = mapped_column(sa.String(100))
    subjects_notified_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    status: Mapped[str] = mapped_column(sa.String(10), default="open")  # open, closed
    recorded_at: Mapped[dt.datetime] = _created()
    recorded_by_id: Mapped[int | None] = _user_fk()
    updated_at: Mapped[dt.datetime] = _updated()

    subjects: Mapped[list[BreachSubject]] = relationship(
        back_populates="breach", cascade="all, delete-orphan"
    )


class BreachSubject(Base):
    """A person affected by a breach. ``client_id`` has no foreign key: the register must
    outlive a later erasure of the person, as the disclosure register does."""

    __tablename__ = "breach_subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = mapped_column(
        sa.ForeignKey("breaches.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int] = mapped_column(sa.Integer, index=True)
    notified_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)

    __table_args__ = (sa.UniqueConstraint("breach_id", "client_id"),)

    breach: Mapped[Breach] = relationship(back_populates="subjects")


# --- a planner's year (issue 19): advice templates, reviews, policies over time, commission,
# --- letters, appointments, tags and saved searches ------------------------------------------


class AdviceDetail(Base):
    """The parts of a record of advice (a :class:`Note` of kind ``advice``) that a template
    asks for beyond the note's own fields: the kind of advice, the needs analysis, the fee
    and commission disclosures (General Code s9(1)), the s8(1)(d) replacement comparison,
    and, once finalised, the SHA-256 of the signable PDF kept among the client's documents.

    Database triggers lock this row together with its note: once the note is finalised,
    nothing here can be added, changed or deleted.
    """

    __tablename__ = "advice_details"

    note_id: Mapped[int] = mapped_column(
        sa.ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    template: Mapped[str] = mapped_column(
        sa.String(20)
    )  # risk, investment, retirement, replacement
    needs_analysis: Mapped[str | None] = mapped_column(SealedText("advice_details.needs_analysis"))
    fees_disclosed: Mapped[str | None] = mapped_column(SealedText("advice_details.fees_disclosed"))
    commission_disclosed: Mapped[str | None] = mapped_column(
        SealedText("advice_details.commission_disclosed")
    )
    # s8(1)(d): the replaced product against the new one (costs, terms, penalties...).
    replaced_product: Mapped[str | None] = mapped_column(
        SealedText("advice_details.replaced_product")
    )
    replacement_comparison: Mapped[str | None] = mapped_column(
        SealedText("advice_details.replacement_comparison")
    )
    replacement_reasons: Mapped[str | None] = mapped_column(
        SealedText("advice_details.replacement_reasons")
    )
    pdf_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    document_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("documents.id", ondelete="SET NULL")
    )


class ServiceLevel(Base):
    """How often a client is reviewed, and who runs the review (often an assistant)."""

    __tablename__ = "service_levels"

    client_id: Mapped[int] = mapped_column(
        sa.ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    frequency: Mapped[str] = mapped_column(
        sa.String(12), default="annual"
    )  # annual, half_yearly, quarterly
    # Set by the last review form when the planner chose a date; otherwise the date follows
    # from the client's last review and the frequency.
    next_review_on: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    assistant_id: Mapped[int | None] = _user_fk()
    updated_at: Mapped[dt.datetime] = _updated()


class Review(Base):
    """A review meeting held: what was reviewed, what changed, and the next date agreed."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    reviewed_on: Mapped[dt.date] = mapped_column(sa.Date, index=True)
    reviewed: Mapped[str] = mapped_column(SealedText("reviews.reviewed"), default="")
    changes: Mapped[str] = mapped_column(SealedText("reviews.changes"), default="")
    next_review_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    task_id: Mapped[int | None] = mapped_column(sa.ForeignKey("tasks.id", ondelete="SET NULL"))
    recorded_by_id: Mapped[int | None] = _user_fk()
    created_at: Mapped[dt.datetime] = _created()


class Appointment(Base):
    """A meeting in the practice's calendar, usually with a client; exported as iCalendar."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(sa.String(120), unique=True)  # iCalendar UID
    client_id: Mapped[int | None] = _client_fk(nullable=True)
    kind: Mapped[str] = mapped_column(sa.String(12), default="meeting")  # meeting, review, call
    title: Mapped[str] = mapped_column(sa.String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(sa.DateTime, index=True)  # naive local time
    ends_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    location: Mapped[str | None] = mapped_column(sa.String(300))
    details: Mapped[str | None] = mapped_column(SealedText("appointments.details"))
    status: Mapped[str] = mapped_column(sa.String(10), default="booked")  # booked, cancelled
    user_id: Mapped[int | None] = _user_fk()  # whose diary it is in
    task_id: Mapped[int | None] = mapped_column(sa.ForeignKey("tasks.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()


class PolicySchedule(Base):
    """What a policy does over time: its yearly premium escalation and the dates the
    provider renews or the planner reviews it. The anniversary is the start date's day."""

    __tablename__ = "policy_schedules"

    policy_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policies.id", ondelete="CASCADE"), primary_key=True
    )
    escalation_bp: Mapped[int | None]  # yearly premium escalation in basis points: 10% is 1000
    renewal_on: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    review_on: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)


class PolicyStatusChange(Base):
    """The history of a policy's status (active, lapsed, paid up...)."""

    __tablename__ = "policy_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policies.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(sa.String(20))
    to_status: Mapped[str] = mapped_column(sa.String(20))
    effective_on: Mapped[dt.date] = mapped_column(sa.Date)
    reason: Mapped[str | None] = mapped_column(sa.String(300))
    recorded_at: Mapped[dt.datetime] = _created()
    recorded_by_id: Mapped[int | None] = _user_fk()


class CommissionExpectation(Base):
    """What the practice expects to earn on a policy: upfront or ongoing commission, or an
    advice fee, once or every month or year between two dates."""

    __tablename__ = "commission_expectations"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(
        sa.ForeignKey("policies.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(12))  # upfront, ongoing, advice_fee
    amount_cents: Mapped[int] = mapped_column(Cents)
    frequency: Mapped[str] = mapped_column(sa.String(10), default="once")  # once, monthly, annual
    starts_on: Mapped[dt.date] = mapped_column(sa.Date)
    ends_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class CommissionReceipt(Base):
    """An amount a provider paid, typed in or read from a commission statement."""

    __tablename__ = "commission_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("policies.id", ondelete="SET NULL"), index=True
    )
    provider: Mapped[str] = mapped_column(sa.String(100))
    policy_number: Mapped[str] = mapped_column(sa.String(40))
    period: Mapped[str] = mapped_column(sa.String(7), index=True)  # YYYY-MM
    kind: Mapped[str | None] = mapped_column(sa.String(12))
    amount_cents: Mapped[int] = mapped_column(Cents)
    source: Mapped[str] = mapped_column(sa.String(200), default="manual")
    recorded_at: Mapped[dt.datetime] = _created()
    recorded_by_id: Mapped[int | None] = _user_fk()


class LetterTemplate(Base):
    """A practice's own letter template (the built-in ones live in services/letters.py)."""

    __tablename__ = "letter_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(60), unique=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    purpose: Mapped[str] = mapped_column(sa.String(12), default="service")  # service, marketing
    recipient: Mapped[str] = mapped_column(sa.String(12), default="client")  # client, provider
    subject: Mapped[str] = mapped_column(sa.String(300))
    body: Mapped[str] = mapped_column(sa.Text)
    updated_at: Mapped[dt.datetime] = _updated()


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(60), unique=True)


class ClientTag(Base):
    __tablename__ = "client_tags"

    client_id: Mapped[int] = mapped_column(
        sa.ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SavedSearch(Base):
    """A named combination of client-list filters (text, tags, category...), as JSON."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100), unique=True)
    criteria: Mapped[str] = mapped_column(sa.Text)
    created_by_id: Mapped[int | None] = _user_fk()
    created_at: Mapped[dt.datetime] = _created()
