"""Policies over time (issue 19): anniversaries, premium escalations, renewal and review
dates, and status changes (lapsed, paid up...) with their history.

:func:`upcoming_policy_events` is what the Planner menu, a client's year and the CLI show:
one list, sorted by date, of what falls due in the next ``days`` days; the Today card
counts the same events from :func:`policy_events_ahead` and keeps the first few.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.money import format_amount
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.addressee import NAME_COLUMNS, listed_name
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    require,
    require_client_access,
    visible_clients_clause,
)
from clientmanager.store.expressions import month_day
from clientmanager.store.models import (
    Client,
    Policy,
    PolicySchedule,
    PolicyStatusChange,
    User,
)

STATUSES = ("active", "quote", "paid_up", "lapsed", "cancelled", "matured")
ENDING = {"lapsed", "cancelled", "matured"}  # the product ends: the FAIS s3(2) clock starts
LIVE = ("active", "paid_up")
MAX_DAYS = 366
EVENT_ROWS_AT_A_TIME = 500


@dataclass(frozen=True)
class PolicyEvent:
    kind: str  # anniversary, renewal, review
    on: dt.date
    policy_id: int
    client_id: int
    client_name: str
    provider: str
    policy_number: str
    product_type: str
    years: int | None = None
    premium_cents: int | None = None
    new_premium_cents: int | None = None

    @property
    def description(self) -> str:
        product = self.product_type.replace("_", " ")
        what = f"{self.provider} {self.policy_number} ({product})"
        if self.kind == "anniversary":
            text = f"{self.years}-year anniversary of {what}"
            if self.new_premium_cents is not None and self.premium_cents is not None:
                text += (
                    f": premium escalates from {format_amount(self.premium_cents)} to "
                    f"{format_amount(self.new_premium_cents)}"
                )
            return text
        return f"{self.kind.capitalize()} of {what}"


def escalated(premium_cents: int, escalation_bp: int) -> int:
    """The premium after one yearly escalation, rounded to the cent (half up)."""
    return (premium_cents * (10_000 + escalation_bp) + 5_000) // 10_000


def _policy(session: Session, actor: Actor, policy_id: int) -> Policy:
    policy = session.get(Policy, policy_id)
    if policy is None:
        raise NotFound("That policy is no longer there.", hint="Reopen the client.")
    require_client_access(session, actor, policy.client_id)
    return policy


def set_schedule(
    session: Session,
    actor: Actor,
    policy_id: int,
    *,
    escalation_bp: int | None = None,
    renewal_on: dt.date | None = None,
    review_on: dt.date | None = None,
) -> PolicySchedule:
    require(actor, Permission.CLIENT_EDIT)
    policy = _policy(session, actor, policy_id)
    if escalation_bp is not None and not 0 <= escalation_bp <= 5_000:
        raise ClientManagerError(
            "A yearly escalation must be between 0% and 50%.", hint="For example 10 for 10%."
        )
    schedule = session.get(PolicySchedule, policy_id) or PolicySchedule(policy_id=policy_id)
    schedule.escalation_bp = escalation_bp
    schedule.renewal_on = renewal_on
    schedule.review_on = review_on
    session.add(schedule)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="policy.schedule",
        client_id=policy.client_id,
        summary=f"policy #{policy_id}",
    )
    return schedule


def change_status(
    session: Session,
    actor: Actor,
    policy_id: int,
    *,
    to_status: str,
    effective_on: dt.date | None = None,
    reason: str = "",
) -> PolicyStatusChange:
    """Lapsed, paid up, cancelled...: the new status, kept in the policy's history; a
    product that ends gets its end date (the FAIS five-year clock) if it had none."""
    require(actor, Permission.CLIENT_EDIT)
    policy = _policy(session, actor, policy_id)
    if to_status not in STATUSES:
        raise ClientManagerError(
            "Unknown policy status {status!r}.",
            hint="Choose {statuses}.",
            status=to_status,
            statuses=", ".join(STATUSES),
        )
    if to_status == policy.status:
        raise ClientManagerError(
            "The policy is already {status}.",
            hint="Nothing was changed.",
            status=to_status.replace("_", " "),
        )
    effective_on = effective_on or dt.date.today()
    change = PolicyStatusChange(
        policy_id=policy_id,
        from_status=policy.status,
        to_status=to_status,
        effective_on=effective_on,
        reason=reason.strip()[:300] or None,
        recorded_by_id=actor.user_id,
    )
    session.add(change)
    policy.status = to_status
    if to_status in ENDING and policy.end_date is None:
        policy.end_date = effective_on
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="policy.status",
        client_id=policy.client_id,
        summary=f"policy #{policy_id}: {change.from_status} to {to_status}",
    )
    return change


@dataclass(frozen=True)
class StatusChangeView:
    effective_on: dt.date
    from_status: str | None
    to_status: str
    reason: str
    recorded_by: str


def status_history(session: Session, actor: Actor, policy_id: int) -> list[StatusChangeView]:
    _policy(session, actor, policy_id)
    rows = session.execute(
        sa.select(PolicyStatusChange, User.full_name)
        .outerjoin(User, User.id == PolicyStatusChange.recorded_by_id)
        .where(PolicyStatusChange.policy_id == policy_id)
        .order_by(PolicyStatusChange.effective_on, PolicyStatusChange.id)
    ).all()
    return [
        StatusChangeView(c.effective_on, c.from_status, c.to_status, c.reason or "", name or "")
        for c, name in rows
    ]


def _anniversary_in(start: dt.date, first: dt.date, last: dt.date) -> dt.date | None:
    for year in (first.year, first.year + 1):
        try:
            day = start.replace(year=year)
        except ValueError:  # 29 February in a common year: the 28th
            day = dt.date(year, 2, 28)
        if first <= day <= last and day > start:
            return day
    return None


def upcoming_policy_events(
    session: Session,
    actor: Actor,
    today: dt.date,
    days: int = 30,
    *,
    client_id: int | None = None,
) -> list[PolicyEvent]:
    """Anniversaries (with the escalated premium), renewals and reviews of live policies
    in the ``days`` days from ``today`` (inclusive), by date; only ``client_id``'s when
    given (the client's own year: chosen in SQL, not from the whole practice's list)."""
    return sorted(
        policy_events_ahead(session, actor, today, days, client_id=client_id), key=event_order
    )


def event_order(event: PolicyEvent) -> tuple:
    return (event.on, event.client_name, event.policy_id, event.kind)


def policy_events_ahead(
    session: Session,
    actor: Actor,
    today: dt.date,
    days: int = 30,
    *,
    client_id: int | None = None,
    planner_id: int | None = None,
) -> Iterator[PolicyEvent]:
    """The events of :func:`upcoming_policy_events` as the database gives them, unsorted
    and a batch of rows at a time: the Today card counts thousands at 100k clients and
    keeps the first few, without holding them all (bench/startup.py idle RSS)."""
    require(actor, Permission.CLIENT_READ)
    days = max(0, min(days, MAX_DAYS))
    last = today + dt.timedelta(days=days)
    month_days = sorted(
        {(today + dt.timedelta(days=offset)).strftime("%m-%d") for offset in range(days + 1)}
    )
    if "02-28" in month_days:
        month_days.append("02-29")
    visible = sa.and_(Client.archived_at.is_(None), visible_clients_clause(session, actor))
    if client_id is not None:
        visible = sa.and_(visible, Policy.client_id == client_id)
    if planner_id is not None:
        visible = sa.and_(visible, Client.planner_id == planner_id)
    columns = (
        Policy.id,
        Policy.client_id,
        Policy.provider,
        Policy.policy_number,
        Policy.product_type,
        Policy.start_date,
        Policy.premium_cents,
        Policy.premium_frequency,
        PolicySchedule.escalation_bp,
        PolicySchedule.renewal_on,
        PolicySchedule.review_on,
        *NAME_COLUMNS,
    )
    base = (
        sa.select(*columns)
        .join(Client, Client.id == Policy.client_id)
        .outerjoin(PolicySchedule, PolicySchedule.policy_id == Policy.id)
        .where(visible, Policy.status.in_(LIVE))
    )
    anniversaries = base.where(
        Policy.start_date.is_not(None),
        month_day(Policy.start_date).in_(month_days),
    )
    scheduled = base.where(
        sa.or_(
            PolicySchedule.renewal_on.between(today, last),
            PolicySchedule.review_on.between(today, last),
        )
    )
    seen: set[int] = set()
    dated: set[tuple[str, int]] = set()
    for statement in (anniversaries, scheduled):
        for row in session.execute(statement.execution_options(yield_per=EVENT_ROWS_AT_A_TIME)):
            (
                policy_id,
                client_id,
                provider,
                number,
                product,
                start,
                premium,
                frequency,
                escalation,
                renewal,
                review,
                *name_parts,
            ) = row
            name = listed_name(*name_parts)
            common = dict(
                policy_id=policy_id,
                client_id=client_id,
                client_name=name,
                provider=provider,
                policy_number=number,
                product_type=product,
            )
            if policy_id not in seen and start is not None:
                day = _anniversary_in(start, today, last)
                if day is not None:
                    new = (
                        escalated(premium, escalation)
                        if escalation and premium and frequency != "single"
                        else None
                    )
                    yield PolicyEvent(
                        "anniversary",
                        day,
                        years=day.year - start.year,
                        premium_cents=premium,
                        new_premium_cents=new,
                        **common,
                    )
            seen.add(policy_id)
            for kind_name, day in (("renewal", renewal), ("review", review)):
                if day is not None and today <= day <= last:
                    if (kind_name, policy_id) not in dated:
                        dated.add((kind_name, policy_id))
                        yield PolicyEvent(kind_name, day, **common)


def client_policies(session: Session, actor: Actor, client_id: int) -> list[Policy]:
    require_client_access(session, actor, client_id)
    return list(
        session.scalars(
            sa.select(Policy).where(Policy.client_id == client_id).order_by(Policy.provider)
        )
    )


def schedule_of(
    session: Session, actor: Actor, policy_id: int
) -> tuple[int | None, dt.date | None, dt.date | None]:
    """(escalation in basis points, renewal date, review date) of a policy."""
    _policy(session, actor, policy_id)
    schedule = session.get(PolicySchedule, policy_id)
    if schedule is None:
        return None, None, None
    return schedule.escalation_bp, schedule.renewal_on, schedule.review_on
