"""Retention (POPIA s14): the schedule, each record's earliest destruction date, legal holds,
and the weekly "due for destruction" review that a practice manager approves.

How a person's records are judged:

* **Identity** (FICA s23): 5 years after the business relationship ends
  (``Client.relationship_end``). A prospect who never became a client is kept for
  marketing only, so until marketing consent is refused or withdrawn (POPIA s69).
* **Products** (FAIS General Code s3(2)): 5 years after each policy ends
  (``Policy.end_date``). A policy with no end date counts from the end of the
  relationship, because after that the practice no longer knows the product's fate; while
  both are open the clock has not started. A quote counts from the day it was made.
* **Records of advice** (FAIS General Code s3(2)): 5 years after the advice was given.
* **Tax documents** (TAA s29(3)): 5 years from the return's date (its upload date).

A person is **destroyed** when every clock has run out. When the identity clock has run
out (or the person asked for deletion through the rights register, POPIA s24) but FAIS
records must still be kept, the person is **de-identified** instead: the records stay,
without anything that says whose they were. A legal hold on the person, or on any one of
their records, stops both. Destruction and de-identification go through
:mod:`clientmanager.services.erasure` (ledger, audit with counts only); the caller then
calls :func:`~clientmanager.services.erasure.truncate_wal` after the commit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, load_only

from clientmanager.domain import retention as rules_domain
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.retention import FAIS, FICA, MARKETING, TAX, TECHNICAL_LOGS
from clientmanager.errors import ClientManagerError, Label, NotFound
from clientmanager.services import audit, erasure
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    get_client,
    require,
    require_client_access,
)
from clientmanager.services.views import view_of
from clientmanager.store.files import write_atomically
from clientmanager.store.models import (
    Address,
    Client,
    Consent,
    Document,
    ErasureEntry,
    LegalHold,
    Note,
    Policy,
    RetentionReview,
    RetentionRule,
    SubjectRequest,
    utcnow,
)

logger = logging.getLogger(__name__)

REVIEW_INTERVAL = dt.timedelta(days=7)
DESTROY = "destroy"
DEIDENTIFY = "deidentify"
RESTRICT = "restrict"
ACTION_LABELS = {DESTROY: "Destroy", DEIDENTIFY: "De-identify", RESTRICT: "Restrict"}
TAX_DOCUMENT_CATEGORIES = ("tax_return", "tax_assessment")
HOLD_RECORD_TYPES = {"policy": "Policy", "advice": "Record of advice", "document": "Document"}


class NotDue(ClientManagerError):
    """Approval asked for a record that is not (or no longer) due for destruction."""


class LettersNeeded(ClientManagerError):
    """Approval would erase someone who asked for deletion without writing their letter."""


# --- the schedule ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleLine:
    category: str
    label: str
    applies_to: str
    period: str
    citation: str
    years: int
    days: int
    minimum: str


def _ensure_defaults(session: Session) -> None:
    present = set(session.scalars(sa.select(RetentionRule.category)))
    for rule in rules_domain.DEFAULT_SCHEDULE:
        if rule.category not in present:
            session.add(
                RetentionRule(
                    category=rule.category,
                    label=rule.label,
                    applies_to=rule.applies_to,
                    starts_from=rule.starts_from.value,
                    years=rule.years,
                    days=rule.days,
                    citation=rule.citation,
                )
            )
    session.flush()


def rules(session: Session) -> dict[str, rules_domain.RetentionRule]:
    """The practice's schedule as domain rules (periods as edited, minimums from the law)."""
    _ensure_defaults(session)
    result = {}
    for row in session.scalars(sa.select(RetentionRule)):
        try:
            default = rules_domain.default_rule(row.category)
        except KeyError:
            default = None
        result[row.category] = rules_domain.RetentionRule(
            category=row.category,
            label=row.label,
            applies_to=row.applies_to,
            starts_from=rules_domain.StartsFrom(row.starts_from),
            citation=row.citation,
            years=row.years,
            days=row.days,
            minimum_years=default.minimum_years if default else 0,
            minimum_days=default.minimum_days if default else 0,
        )
    return result


def schedule(session: Session) -> list[ScheduleLine]:
    """The retention schedule in the order of the defaults, with the law each line cites."""
    current = rules(session)
    order = [rule.category for rule in rules_domain.DEFAULT_SCHEDULE]
    lines = []
    for category in sorted(current, key=lambda c: (order.index(c) if c in order else 99, c)):
        rule = current[category]
        if rule.minimum_years or rule.minimum_days:
            minimum = f"at least {rule.minimum_years} years" if rule.minimum_years else ""
            if rule.minimum_days:
                minimum = f"at least {rule.minimum_days} days"
        else:
            minimum = "practice policy"
        lines.append(
            ScheduleLine(
                category=rule.category,
                label=rule.label,
                applies_to=rule.applies_to,
                period=rule.period_text,
                citation=rule.citation,
                years=rule.years,
                days=rule.days,
                minimum=minimum,
            )
        )
    return lines


def update_rule(
    session: Session, *, actor: Actor, category: str, years: int, days: int = 0
) -> ScheduleLine:
    """Change a period. Longer than the law is the practice's choice; shorter is refused."""
    require(actor, Permission.SETTINGS_EDIT)
    current = rules(session)
    if category not in current:
        raise NotFound(
            "There is no retention rule called {category!r}.",
            hint="Run 'clientmanager retention schedule' to see the categories.",
            category=category,
        )
    current[category].check_period(years=years, days=days)
    row = session.get(RetentionRule, category)
    row.years, row.days, row.updated_by_id = years, days, actor.user_id
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="retention.rule_changed",
        summary=f"{category}: {years} years, {days} days",
    )
    return next(line for line in schedule(session) if line.category == category)


# --- legal holds ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hold:
    id: int
    client_id: int
    client_name: str
    record_type: str | None
    record_id: int | None
    reason: str
    placed_at: dt.datetime
    released_at: dt.datetime | None

    @property
    def scope(self) -> str:
        if self.record_type is None:
            return "All records of this person"
        return f"{HOLD_RECORD_TYPES.get(self.record_type, self.record_type)} {self.record_id}"


def _record_owner(session: Session, record_type: str, record_id: int) -> int | None:
    if record_type == "policy":
        return session.scalar(sa.select(Policy.client_id).where(Policy.id == record_id))
    if record_type == "advice":
        return session.scalar(
            sa.select(Note.client_id).where(Note.id == record_id, Note.kind == "advice")
        )
    return session.scalar(sa.select(Document.client_id).where(Document.id == record_id))


def place_hold(
    session: Session,
    *,
    actor: Actor,
    client_id: int,
    reason: str,
    record_type: str | None = None,
    record_id: int | None = None,
) -> Hold:
    """Stop all destruction of a person's records, or of one record, until released."""
    require(actor, Permission.REGISTERS_EDIT)
    require_client_access(session, actor, client_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            "Reason",
            "a legal hold needs a reason: the complaint, inquiry or case it is kept for",
        )
    get_client(session, client_id)
    if record_type is not None:
        if record_type not in HOLD_RECORD_TYPES or record_id is None:
            raise ValidationError(
                "Record", "a hold is on the whole person, or on a policy, advice or document"
            )
        if _record_owner(session, record_type, record_id) != client_id:
            raise NotFound(
                "{record_type} {record_id} is not one of this person's records.",
                hint="Choose the record from the person's own list.",
                record_type=HOLD_RECORD_TYPES[record_type],
                record_id=record_id,
            )
    row = LegalHold(
        client_id=client_id,
        record_type=record_type,
        record_id=record_id if record_type else None,
        reason=reason,
        placed_at=utcnow(),
        placed_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    # The reason may name a case or a person: it stays in the hold, not the audit trail.
    audit.record(
        session,
        actor=actor,
        action="retention.hold_placed",
        client_id=client_id,
        summary=f"legal hold {row.id} on {record_type or 'person'}",
    )
    return _hold_view(session, row)


def release_hold(session: Session, *, actor: Actor, hold_id: int, reason: str) -> Hold:
    """Lift a hold (practice manager only: it lets destruction go ahead)."""
    require(actor, Permission.RETENTION_APPROVE)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Reason", "say why the hold is no longer needed")
    row = session.get(LegalHold, hold_id)
    if row is None or row.released_at is not None:
        raise NotFound(
            "There is no active legal hold {hold_id}.",
            hint="It may have been released already; the list of holds shows it.",
            hold_id=hold_id,
        )
    row.released_at, row.released_by_id, row.release_reason = utcnow(), actor.user_id, reason
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="retention.hold_released",
        client_id=row.client_id,
        summary=f"legal hold {row.id} released",
    )
    return _hold_view(session, row)


def _name(client: Client | None) -> str:
    return client.display_name if client is not None else ""


def _hold_view(session: Session, row: LegalHold) -> Hold:
    return view_of(Hold, row, client_name=_name(session.get(Client, row.client_id)))


def holds(
    session: Session, *, actor: Actor, client_id: int | None = None, active_only: bool = True
) -> list[Hold]:
    require(actor, Permission.REGISTERS_VIEW)
    query = sa.select(LegalHold).order_by(LegalHold.placed_at, LegalHold.id)
    if client_id is not None:
        query = query.where(LegalHold.client_id == client_id)
    if active_only:
        query = query.where(LegalHold.released_at.is_(None))
    return [_hold_view(session, row) for row in session.scalars(query)]


# --- each record's clock --------------------------------------------------------------------


@dataclass(frozen=True)
class RecordClock:
    record_type: str  # identity, policy, advice, document
    record_id: int
    description: str
    category: str
    citation: str
    end_date: dt.date | None
    destroy_from: dt.date | None
    held: bool


@dataclass
class ClientRetention:
    """A person's records with the day each may go, and what the review would do."""

    client_id: int
    name: str
    category: str
    clocks: list[RecordClock] = field(default_factory=list)
    hold_reasons: list[str] = field(default_factory=list)
    deidentified: bool = False
    deletion_requested: bool = False

    @property
    def held(self) -> bool:
        return bool(self.hold_reasons)

    @property
    def destroy_from(self) -> dt.date | None:
        """The earliest day the whole person may be destroyed: the latest record's date, or
        None while any record's clock has not started."""
        dates = [clock.destroy_from for clock in self.clocks]
        if not dates or any(day is None for day in dates):
            return None
        return max(dates)

    def _identity(self) -> RecordClock:
        return next(clock for clock in self.clocks if clock.record_type == "identity")

    def _identity_passed(self, today: dt.date) -> bool:
        identity = self._identity()
        if identity.category == MARKETING and self.deletion_requested:
            return True  # a prospect kept for marketing who asks for deletion: at once
        return identity.destroy_from is not None and identity.destroy_from <= today

    def _kept(self, today: dt.date, *, with_identity: bool) -> list[RecordClock]:
        return [
            clock
            for clock in self.clocks
            if (with_identity or clock.record_type != "identity")
            and not (
                clock.record_type == "identity"
                and clock.category == MARKETING
                and self.deletion_requested
            )
            and (clock.destroy_from is None or clock.destroy_from > today)
        ]

    def action(self, today: dt.date) -> str | None:
        """destroy: every period has ended. deidentify: identity is no longer needed (or
        the person asked for deletion) but other records must stay. restrict: the person
        asked for deletion while a law still needs their identity (FICA s23): nothing is
        deleted yet, and processing is restricted to that duty (POPIA s14(6))."""
        if self.held:
            return None
        if not self._kept(today, with_identity=True):
            return DESTROY
        if self.deidentified:
            return None
        if self._identity_passed(today):
            return DEIDENTIFY
        if self.deletion_requested:
            return RESTRICT
        return None

    def reason(self, today: dt.date) -> str:
        """Why: the rules that decided, cited; no personal information."""
        action = self.action(today)
        if action == DESTROY:
            laws = sorted({clock.citation for clock in self.clocks})
            why = "Deletion requested (POPIA s24); e" if self.deletion_requested else "E"
            return f"{why}very retention period has ended ({'; '.join(laws)})"
        if action in (DEIDENTIFY, RESTRICT):
            kept = self._kept(today, with_identity=action == RESTRICT)
            laws = sorted({clock.citation for clock in kept})
            dates = [clock.destroy_from for clock in kept if clock.destroy_from]
            until = f" until {max(dates):%d %b %Y}" if dates and len(dates) == len(kept) else ""
            if action == RESTRICT:
                return (
                    "Deletion requested (POPIA s24); processing restricted (s14(6)), records "
                    f"kept{until} for {'; '.join(laws)}"
                )
            start = (
                "Deletion requested (POPIA s24)"
                if self.deletion_requested
                else f"Identity no longer needed ({self._identity().citation})"
            )
            return f"{start}; records kept{until} for {'; '.join(laws) or 'the law'}"
        if self.held:
            return "Legal hold: " + "; ".join(self.hold_reasons)
        return "Retention periods still running"

    def governing_citation(self) -> str:
        return "; ".join(sorted({clock.citation for clock in self.clocks}))


def _policy_description(policy) -> str:  # noqa: ANN001
    return f"Policy {policy.policy_number} ({policy.provider})"


class _ClockMaker:
    """Builds a person's record clocks, marking those a legal hold covers."""

    def __init__(self, holds_here: list[LegalHold]) -> None:
        self.whole_person = any(hold.record_type is None for hold in holds_here)
        self.records = {(hold.record_type, hold.record_id) for hold in holds_here}

    def __call__(
        self,
        record_type: str,
        record_id: int,
        description: str,
        rule: rules_domain.RetentionRule,
        end: dt.date | None,
    ) -> RecordClock:
        return RecordClock(
            record_type=record_type,
            record_id=record_id,
            description=description,
            category=rule.category,
            citation=rule.citation,
            end_date=end,
            destroy_from=rule.earliest_destruction(end),
            held=self.whole_person or (record_type, record_id) in self.records,
        )


def _candidates_clause(session: Session) -> sa.ColumnElement[bool]:
    """Clients who could be due: an ended relationship, a prospect, or an open deletion
    request. Everyone else has a running identity clock and needs no closer look."""
    requested = sa.select(SubjectRequest.client_id).where(
        SubjectRequest.kind == "deletion",
        SubjectRequest.status == "open",
        SubjectRequest.client_id.is_not(None),
    )
    return sa.or_(
        Client.relationship_end.is_not(None),
        Client.category == "prospect",
        Client.id.in_(requested),
    )


# Candidates assessed at a time by the review: at 100k clients there are thousands, and
# loading them all at once (clients, policies, advice, documents) filled the heap by some
# 15 MB that the desktop kept after its start-up review (bench/startup.py idle RSS); 2,000
# at a time still left about 3 MB more than 500 does, at the same speed.
ASSESS_CHUNK = 500


def _assess_in_chunks(session: Session, where: sa.ColumnElement[bool]) -> Iterator[ClientRetention]:
    """:func:`_assess` of everyone ``where`` selects, in id order as it gives them,
    ``ASSESS_CHUNK`` at a time (each person's assessment reads only their own records)."""
    ids = session.scalars(sa.select(Client.id).where(where).order_by(Client.id)).all()
    for start in range(0, len(ids), ASSESS_CHUNK):
        first, last = ids[start], ids[min(start + ASSESS_CHUNK, len(ids)) - 1]
        yield from _assess(session, sa.and_(where, Client.id.between(first, last)))


# What an assessment reads of a client and a policy: the rest of the row (encrypted
# identity numbers, contact details, notes) is neither needed nor decrypted.
_ASSESSED_CLIENT_COLUMNS = (
    Client.kind,
    Client.entity_name,
    Client.preferred_name,
    Client.first_names,
    Client.surname,
    Client.category,
    Client.relationship_start,
    Client.relationship_end,
)
_ASSESSED_POLICY_COLUMNS = (
    Policy.client_id,
    Policy.provider,
    Policy.policy_number,
    Policy.status,
    Policy.end_date,
    Policy.created_at,
)


def _assess(session: Session, where: sa.ColumnElement[bool]) -> list[ClientRetention]:
    schedule_rules = rules(session)
    fais, fica = schedule_rules[FAIS], schedule_rules[FICA]
    tax, marketing = schedule_rules[TAX], schedule_rules[MARKETING]

    clients = list(
        session.scalars(
            sa.select(Client)
            .options(load_only(*_ASSESSED_CLIENT_COLUMNS, raiseload=True))
            .where(where)
            .order_by(Client.id)
        )
    )
    if not clients:
        return []
    ids = sa.select(Client.id).where(where)

    policies = defaultdict(list)
    for policy in session.scalars(
        sa.select(Policy)
        .options(load_only(*_ASSESSED_POLICY_COLUMNS, raiseload=True))
        .where(Policy.client_id.in_(ids))
        .order_by(Policy.id)
    ):
        policies[policy.client_id].append(policy)
    advice = defaultdict(list)
    for row in session.execute(
        sa.select(Note.client_id, Note.id, Note.occurred_at)
        .where(Note.client_id.in_(ids), Note.kind == "advice")
        .order_by(Note.occurred_at, Note.id)
    ):
        advice[row.client_id].append(row)
    tax_documents = defaultdict(list)
    for row in session.execute(
        sa.select(Document.client_id, Document.id, Document.filename, Document.uploaded_at)
        .where(Document.client_id.in_(ids), Document.category.in_(TAX_DOCUMENT_CATEGORIES))
        .order_by(Document.id)
    ):
        tax_documents[row.client_id].append(row)
    marketing_latest: dict[int, tuple[str, dt.datetime]] = {}
    for row in session.execute(
        sa.select(Consent.client_id, Consent.status, Consent.recorded_at)
        .where(Consent.client_id.in_(ids), Consent.purpose == "direct_marketing")
        .order_by(Consent.recorded_at, Consent.id)
    ):
        marketing_latest[row.client_id] = (row.status, row.recorded_at)
    hold_rows = defaultdict(list)
    for row in session.scalars(
        sa.select(LegalHold).where(LegalHold.client_id.in_(ids), LegalHold.released_at.is_(None))
    ):
        hold_rows[row.client_id].append(row)
    requested = set(
        session.scalars(
            sa.select(SubjectRequest.client_id).where(
                SubjectRequest.kind == "deletion",
                SubjectRequest.status == "open",
                SubjectRequest.client_id.in_(ids),
            )
        )
    )
    deidentified = set(
        session.scalars(
            sa.select(ErasureEntry.client_id).where(
                ErasureEntry.method == erasure.DEIDENTIFIED, ErasureEntry.client_id.in_(ids)
            )
        )
    )

    results = []
    for client in clients:
        holds_here = hold_rows.get(client.id, [])
        clock = _ClockMaker(holds_here)

        own_policies = policies.get(client.id, [])
        own_advice = advice.get(client.id, [])
        ever_client = (
            client.category != "prospect"
            or client.relationship_start is not None
            or client.relationship_end is not None
            or own_policies
            or own_advice
        )
        retention = ClientRetention(
            client_id=client.id,
            name=client.display_name,
            category=client.category,
            hold_reasons=[hold.reason for hold in holds_here],
            deidentified=client.id in deidentified,
            deletion_requested=client.id in requested,
        )
        if ever_client:
            retention.clocks.append(
                clock(
                    "identity",
                    client.id,
                    "Identity and due-diligence records",
                    fica,
                    client.relationship_end,
                )
            )
        else:
            status, at = marketing_latest.get(client.id, (None, None))
            ended = at.date() if status in ("refused", "withdrawn") else None
            retention.clocks.append(
                clock("identity", client.id, "Prospect kept for marketing", marketing, ended)
            )
        for policy in own_policies:
            if policy.status == "quote":
                end = policy.end_date or policy.created_at.date()
            else:
                end = policy.end_date or client.relationship_end
            retention.clocks.append(
                clock("policy", policy.id, _policy_description(policy), fais, end)
            )
        for row in own_advice:
            given = row.occurred_at.date()
            retention.clocks.append(
                clock("advice", row.id, f"Record of advice, {given:%d %b %Y}", fais, given)
            )
        for row in tax_documents.get(client.id, []):
            retention.clocks.append(
                clock("document", row.id, row.filename, tax, row.uploaded_at.date())
            )
        results.append(retention)
    return results


def client_retention(session: Session, *, actor: Actor, client_id: int) -> ClientRetention:
    """One person's records with the earliest destruction date of each (the client card)."""
    require_client_access(session, actor, client_id)
    get_client(session, client_id)
    return _assess(session, Client.id == client_id)[0]


# --- technical logs -------------------------------------------------------------------------


def _old_logs(logs_dir: Path | None, today: dt.date, rule: rules_domain.RetentionRule) -> list:
    if logs_dir is None or not logs_dir.is_dir():
        return []
    old = []
    for path in sorted(logs_dir.iterdir()):
        if not path.is_file():
            continue
        written = dt.date.fromtimestamp(path.stat().st_mtime)
        destroy_from = rule.earliest_destruction(written)
        if destroy_from is not None and destroy_from <= today:
            old.append(path)
    return old


# --- the review -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    client_id: int
    name: str
    action: str
    reason: str
    citation: str
    destroy_from: dt.date | None
    records: int
    deletion_requested: bool = False

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]


@dataclass(frozen=True)
class HeldItem:
    client_id: int
    name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Review:
    today: dt.date
    due: list[DueItem]
    held: list[HeldItem]
    old_logs: int

    @property
    def to_destroy(self) -> list[DueItem]:
        return [item for item in self.due if item.action == DESTROY]

    @property
    def to_deidentify(self) -> list[DueItem]:
        return [item for item in self.due if item.action == DEIDENTIFY]

    @property
    def to_restrict(self) -> list[DueItem]:
        return [item for item in self.due if item.action == RESTRICT]


def due_for_destruction(
    session: Session, *, actor: Actor, today: dt.date, logs_dir: Path | None = None
) -> Review:
    """What the law now allows (and s14 requires) to go; held people listed apart."""
    require(actor, Permission.REGISTERS_VIEW)
    due, held = [], []
    for person in _assess_in_chunks(session, _candidates_clause(session)):
        if person.held:
            # Only worth showing if the hold is what stops it.
            person_unheld = ClientRetention(
                client_id=person.client_id,
                name=person.name,
                category=person.category,
                clocks=person.clocks,
                deidentified=person.deidentified,
                deletion_requested=person.deletion_requested,
            )
            if person_unheld.action(today):
                held.append(HeldItem(person.client_id, person.name, tuple(person.hold_reasons)))
            continue
        action = person.action(today)
        if action is None:
            continue
        due.append(
            DueItem(
                client_id=person.client_id,
                name=person.name,
                action=action,
                reason=person.reason(today),
                citation=person.governing_citation(),
                destroy_from=person.destroy_from,
                records=len(person.clocks),
                deletion_requested=person.deletion_requested,
            )
        )
    logs_rule = rules(session)[TECHNICAL_LOGS]
    return Review(
        today=today, due=due, held=held, old_logs=len(_old_logs(logs_dir, today, logs_rule))
    )


def last_review(session: Session) -> dt.datetime | None:
    return session.scalar(sa.select(sa.func.max(RetentionReview.ran_at)))


def review_is_due(session: Session, *, now: dt.datetime | None = None) -> bool:
    """True when a week has passed since the last review (or there has been none): the app
    runs the review at start-up, and scheduled tasks run ``clientmanager retention run``."""
    last = last_review(session)
    return last is None or (now or utcnow()) - last >= REVIEW_INTERVAL


def _log_run(
    session: Session,
    actor: Actor,
    kind: str,
    *,
    today: dt.date,
    now: dt.datetime | None,
    due_count: int,
    held_count: int,
    **outcome: int,
) -> None:
    """One run of the review, or one approval (``outcome``: what it removed), in the
    retention log: counts only."""
    session.add(
        RetentionReview(
            kind=kind,
            ran_at=now or utcnow(),
            ran_by_id=actor.user_id,
            review_date=today,
            due_count=due_count,
            held_count=held_count,
            **outcome,
        )
    )


def run_review(
    session: Session,
    *,
    actor: Actor,
    today: dt.date,
    logs_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> Review:
    """List what is due and record that the review ran (counts only)."""
    review = due_for_destruction(session, actor=actor, today=today, logs_dir=logs_dir)
    _log_run(
        session,
        actor,
        "review",
        today=today,
        now=now,
        due_count=len(review.due),
        held_count=len(review.held),
    )
    audit.record(
        session,
        actor=actor,
        action="retention.reviewed",
        summary=f"{len(review.to_destroy)} to destroy, {len(review.to_deidentify)} to "
        f"de-identify, {len(review.held)} held, {review.old_logs} old log files",
    )
    return review


@dataclass(frozen=True)
class ApprovalResult:
    destroyed: int
    deidentified: int
    rows_removed: int
    logs_removed: int
    requests_closed: int
    letters: tuple[Path, ...] = ()
    restricted: int = 0
    # On the office server: the tables the scrub could not rewrite (see erasure.scrub).
    not_rewritten: tuple[str, ...] = ()


def approve(
    session: Session,
    *,
    actor: Actor,
    today: dt.date,
    client_ids: list[int] | None = None,
    logs_dir: Path | None = None,
    letters_dir: Path | None = None,
    now: dt.datetime | None = None,
) -> ApprovalResult:
    """The practice manager's approval: destroy or de-identify what is due.

    A person who asked for deletion (rights register) is told what was deleted and what
    was kept and why (POPIA s24(4)): their letter is written to ``letters_dir`` *before*
    the erasure, since afterwards the name and address are gone; without a folder the
    approval is refused. A letter that cannot be written stops the whole approval.

    ``client_ids`` limits it to people picked from the review; each must still be due
    (a hold placed since the review stops it). Everything runs in the caller's
    transaction; after it commits, call :func:`erasure.truncate_wal`.
    """
    require(actor, Permission.RETENTION_APPROVE)
    review = due_for_destruction(session, actor=actor, today=today, logs_dir=logs_dir)
    by_id = {item.client_id: item for item in review.due}
    if client_ids is None:
        chosen = review.due
    else:
        held = {item.client_id for item in review.held}
        chosen = []
        for client_id in client_ids:
            if client_id not in by_id:
                state = Label("is under a legal hold" if client_id in held else "is not due")
                raise NotDue(
                    "Client {client_id} {state} for destruction on {today:%d %B %Y}.",
                    hint="Run the review again and approve only what it lists.",
                    client_id=client_id,
                    state=state,
                    today=today,
                )
            chosen.append(by_id[client_id])

    requested = [item for item in chosen if item.deletion_requested]
    if requested and letters_dir is None:
        raise LettersNeeded(
            "{count} of these people asked for deletion and must be told what was deleted and "
            "what was kept (POPIA s24(4)).",
            hint="Choose a folder for their letters and approve again.",
            count=len(requested),
        )
    letters = tuple(
        _write_deletion_letter(session, item, folder=letters_dir, today=today) for item in requested
    )

    destroyed = deidentified = restricted = rows = closed = 0
    for item in chosen:
        reason = item.reason[:300]
        if item.action == RESTRICT:
            session.execute(
                sa.update(Client).where(Client.id == item.client_id).values(is_restricted=True)
            )
            audit.record(
                session,
                actor=actor,
                action="client.restricted",
                client_id=item.client_id,
                summary=reason,
            )
            restricted += 1
            closed += _close_deletion_requests(session, item, actor=actor)
            continue
        if item.action == DESTROY:
            result = erasure.destroy_client(
                session, client_id=item.client_id, actor=actor, reason=reason
            )
            destroyed += 1
        else:
            result = erasure.deidentify_client(
                session, client_id=item.client_id, actor=actor, reason=reason
            )
            deidentified += 1
        rows += result.rows_removed
        closed += _close_deletion_requests(session, item, actor=actor)

    logs_rule = rules(session)[TECHNICAL_LOGS]
    logs_removed = 0
    for path in _old_logs(logs_dir, today, logs_rule):
        try:
            path.unlink()
            logs_removed += 1
        except OSError as exc:  # a log held open by another program: next week
            logger.warning("could not remove an old log file: %s", exc.strerror)
    _log_run(
        session,
        actor,
        "approval",
        today=today,
        now=now,
        due_count=len(chosen),
        held_count=len(review.held),
        destroyed_count=destroyed,
        deidentified_count=deidentified,
        logs_removed=logs_removed,
    )
    audit.record(
        session,
        actor=actor,
        action="retention.approved",
        summary=f"{destroyed} destroyed, {deidentified} de-identified, {restricted} "
        f"restricted, {rows} records removed, {logs_removed} log files removed",
    )
    return ApprovalResult(
        destroyed, deidentified, rows, logs_removed, closed, letters, restricted=restricted
    )


def deletion_letter_facts(session: Session, client_id: int, *, today: dt.date):  # noqa: ANN201
    """What a deletion letter says, gathered while the person still exists."""
    from clientmanager.reports.deletion_letter import DeletionLetterFacts, KeptRecord

    [person] = _assess(session, Client.id == client_id)
    client = session.get(Client, client_id)
    addresses = session.scalars(
        sa.select(Address).where(Address.client_id == client_id).order_by(Address.id)
    ).all()
    address = next(
        (a for a in addresses if a.kind == "postal"), addresses[0] if addresses else None
    )
    lines = []
    if address is not None:
        city = " ".join(part for part in (address.city, address.postal_code) if part)
        lines = [part for part in (address.line1, address.line2, address.suburb, city) if part]
    requested_on = session.scalar(
        sa.select(sa.func.min(SubjectRequest.received_on)).where(
            SubjectRequest.client_id == client_id,
            SubjectRequest.kind == "deletion",
            SubjectRequest.status == "open",
        )
    )
    action = person.action(today)
    destroyed = action == DESTROY
    kept = []
    if not destroyed:
        kept = [
            KeptRecord(
                clock.description,
                clock.destroy_from,
                clock.citation,
                until_text="5 years after our business relationship ends"
                if clock.record_type == "identity"
                else "5 years after it ends",
            )
            for clock in person._kept(today, with_identity=action == RESTRICT)
        ]
    name = " ".join(part for part in (client.title, client.display_name) if part)
    from clientmanager.services.addressee import salutation

    return DeletionLetterFacts(
        salutation=salutation(client),
        client_id=client_id,
        name=name,
        address_lines=lines,
        requested_on=requested_on,
        destroyed=destroyed,
        kept=kept,
        restricted=action == RESTRICT,
    )


def _letterhead(session: Session):  # noqa: ANN202
    from clientmanager.services.letterhead import practice_letterhead

    return practice_letterhead(session)


def _write_deletion_letter(
    session: Session, item: DueItem, *, folder: Path, today: dt.date
) -> Path:
    from clientmanager.reports.deletion_letter import render_deletion_letter

    facts = deletion_letter_facts(session, item.client_id, today=today)
    data = render_deletion_letter(facts=facts, letterhead=_letterhead(session), today=today)
    path = Path(folder) / f"deletion-client-{item.client_id}.pdf"
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ClientManagerError(
            "The deletion letters could not be written to {folder}: {strerror}. Nothing was "
            "destroyed.",
            hint="Choose a folder you can write to, with free space, and approve again.",
            folder=folder,
            strerror=exc.strerror,
        ) from None
    return path


def _close_deletion_requests(session: Session, item: DueItem, *, actor: Actor) -> int:
    """A deletion request (rights register) handled by this erasure is marked done, with
    what was done and why (POPIA s24(4))."""
    requests = session.scalars(
        sa.select(SubjectRequest).where(
            SubjectRequest.client_id == item.client_id,
            SubjectRequest.kind == "deletion",
            SubjectRequest.status == "open",
        )
    ).all()
    for request in requests:
        request.status = "done"
        request.completed_at = utcnow()
        request.handled_by_id = actor.user_id
        done = {DESTROY: "Destroyed", DEIDENTIFY: "De-identified", RESTRICT: "Restricted"}
        request.outcome = f"{done[item.action]}: {item.reason}"
    return len(requests)


def erase_now(
    practice,  # noqa: ANN001 (an OpenPractice)
    *,
    actor: Actor,
    today: dt.date,
    client_ids: list[int] | None = None,
    letters_dir: Path | None = None,
) -> ApprovalResult:
    """Approve in one transaction, then :func:`erasure.scrub` the file so that no copy of an erased
    record lingers in free pages, the search index or the WAL."""
    with practice.session() as session:
        result = approve(
            session,
            actor=actor,
            today=today,
            client_ids=client_ids,
            logs_dir=practice.paths.logs,
            letters_dir=letters_dir,
        )
    if result.destroyed or result.deidentified:
        # Scrubs the file, then carries the erasure into every retained backup's ledger.
        after = erasure.after_erasure(practice)
        if after.not_rewritten:
            result = replace(result, not_rewritten=after.not_rewritten)
    return result


__all__ = [
    "ApprovalResult",
    "ClientRetention",
    "DueItem",
    "Hold",
    "LettersNeeded",
    "NotDue",
    "RecordClock",
    "Review",
    "ScheduleLine",
    "approve",
    "client_retention",
    "due_for_destruction",
    "erase_now",
    "holds",
    "place_hold",
    "release_hold",
    "review_is_due",
    "rules",
    "run_review",
    "schedule",
    "update_rule",
]
