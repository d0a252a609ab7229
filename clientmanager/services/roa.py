"""Records of advice from templates (FAIS General Code s9), as signable PDFs (issue 19).

A record of advice stays what it always was, a :class:`Note` of kind ``advice`` saved and
finalised by ``services/client_records.py``; a template adds an :class:`AdviceDetail`
row (the kind of advice, the needs analysis, the fee and commission disclosures and, for
a replacement, the s8(1)(d) comparison). Finalising renders the PDF, keeps it among the
client's documents (inside the encrypted database), writes its SHA-256 into the detail
row and then finalises the note, all in one transaction: from then on the database
triggers of 0001 and 0009 refuse any change to the note, its details or its PDF.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.money import format_amount
from clientmanager.domain.retention import age_on
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit, client_records
from clientmanager.services.audit import Actor
from clientmanager.services.client_records import FieldSpec, InvalidInput, validate_fields
from clientmanager.services.clients import load_client_card
from clientmanager.services.permissions import Permission, require, require_client_access
from clientmanager.store.models import (
    AdviceDetail,
    Client,
    CommissionExpectation,
    Document,
    DocumentContent,
    Note,
    Policy,
    User,
)

RISK_PRODUCTS = {
    "life_cover",
    "disability",
    "dread_disease",
    "income_protection",
    "funeral",
    "gap_cover",
}
INVESTMENT_PRODUCTS = {"unit_trust", "endowment", "tax_free_savings"}
RETIREMENT_PRODUCTS = {
    "retirement_annuity",
    "pension_fund",
    "provident_fund",
    "preservation_fund",
    "living_annuity",
}


@dataclass(frozen=True)
class RoaTemplate:
    key: str
    title: str
    products: frozenset[str]
    guidance: str
    replacement: bool = False


TEMPLATES: dict[str, RoaTemplate] = {
    t.key: t
    for t in (
        RoaTemplate(
            "risk",
            "Risk cover (life, disability, severe illness, income protection)",
            frozenset(RISK_PRODUCTS),
            "Cover needed against cover in place; the client's dependants and debts.",
        ),
        RoaTemplate(
            "investment",
            "Discretionary investment",
            frozenset(INVESTMENT_PRODUCTS),
            "Term, liquidity needs, risk profile and tax position of the investment.",
        ),
        RoaTemplate(
            "retirement",
            "Retirement planning",
            frozenset(RETIREMENT_PRODUCTS),
            "Retirement age, income needed, Regulation 28 limits and the tax deduction.",
        ),
        RoaTemplate(
            "replacement",
            "Replacement of an existing product (General Code s8(1)(d))",
            frozenset(RISK_PRODUCTS | INVESTMENT_PRODUCTS | RETIREMENT_PRODUCTS),
            "Compare the existing and the new product fully before replacing one.",
            replacement=True,
        ),
    )
}

NOTE_KEYS = (
    "subject",
    "advice_basis",
    "products_considered",
    "recommendation",
    "recommendation_reasons",
)
DETAIL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("needs_analysis", "Needs analysis", "multiline"),
    FieldSpec("fees_disclosed", "Fees disclosed", "multiline"),
    FieldSpec("commission_disclosed", "Commission disclosed", "multiline"),
    FieldSpec("replaced_product", "Product being replaced", "multiline"),
    FieldSpec("replacement_comparison", "Comparison of the two products", "multiline"),
    FieldSpec("replacement_reasons", "Why replacing is in the client's interest", "multiline"),
)
FIELD_LABELS = {
    "subject": "Subject",
    "advice_basis": "Information the advice is based on",
    "products_considered": "Products considered",
    "recommendation": "Recommendation",
    "recommendation_reasons": "Why it suits the client",
    **{spec.key: spec.label for spec in DETAIL_FIELDS},
}
REQUIRED_TO_FINALISE = (
    "advice_basis",
    "needs_analysis",
    "products_considered",
    "recommendation",
    "recommendation_reasons",
    "fees_disclosed",
    "commission_disclosed",
)
REQUIRED_FOR_REPLACEMENT = ("replaced_product", "replacement_comparison", "replacement_reasons")


def template(key: str) -> RoaTemplate:
    try:
        return TEMPLATES[key]
    except KeyError:
        raise ClientManagerError(
            "There is no record-of-advice template called {key!r}.",
            hint="Templates: {templates}",
            key=key,
            templates=", ".join(TEMPLATES),
        ) from None


# --- filling a template from the client's record -------------------------------------------


def _monthly(amount: int, frequency: str) -> int:
    return amount // 12 if frequency == "annual" else amount


def _policy_line(policy: Policy) -> str:
    parts = [
        f"{policy.provider} {policy.policy_number} ({policy.product_type.replace('_', ' ')}"
        f", {policy.status.replace('_', ' ')})"
    ]
    if policy.premium_cents:
        parts.append(
            f"premium {format_amount(policy.premium_cents)} {policy.premium_frequency or ''}".strip()
        )
    if policy.cover_amount_cents:
        parts.append(f"cover {format_amount(policy.cover_amount_cents)}")
    if policy.fund_value_cents:
        parts.append(f"value {format_amount(policy.fund_value_cents)}")
    return ", ".join(parts)


def _fee_lines(session: Session, policy_ids: list[int]) -> tuple[str, str]:
    if not policy_ids:
        return "", ""
    rows = session.execute(
        sa.select(CommissionExpectation, Policy.provider, Policy.policy_number)
        .join(Policy, Policy.id == CommissionExpectation.policy_id)
        .where(CommissionExpectation.policy_id.in_(policy_ids))
        .order_by(Policy.provider, CommissionExpectation.kind)
    ).all()
    fees, commission = [], []
    for expected, provider, number in rows:
        how = {"once": "once", "monthly": "a month", "annual": "a year"}[expected.frequency]
        line = f"{provider} {number}: {format_amount(expected.amount_cents)} {how}"
        if expected.kind == "advice_fee":
            fees.append(f"Advice fee, {line}")
        else:
            commission.append(f"{expected.kind.capitalize()} commission, {line}")
    return "\n".join(fees), "\n".join(commission)


def draft_values(
    session: Session,
    actor: Actor,
    client_id: int,
    template_key: str,
    *,
    today: dt.date | None = None,
) -> dict[str, str]:
    """A template's fields filled from the client's record, for the planner to complete."""
    require_client_access(session, actor, client_id)
    chosen = template(template_key)
    today = today or dt.date.today()
    card = load_client_card(session, client_id)
    client = card.client
    income = sum(
        _monthly(f.amount_cents, f.frequency) for f in card.cash_flows if f.direction == "income"
    )
    expenses = sum(
        _monthly(f.amount_cents, f.frequency) for f in card.cash_flows if f.direction == "expense"
    )
    relevant = [p for p in card.policies if p.product_type in chosen.products]
    active = [p for p in relevant if p.status == "active"]
    needs = []
    if client.date_of_birth:
        needs.append(
            f"Age {age_on(client.date_of_birth, today)}"
            + (f", {client.marital_status.replace('_', ' ')}" if client.marital_status else "")
        )
    dependants = [m for m in card.household_members if m.household_role == "dependant"]
    if card.household_members:
        people = len(card.household_members) + 1
        needs.append(
            f"Household of {people}, "
            + (f"{len(dependants)} dependant(s)" if dependants else "no dependants")
        )
    needs.append(
        f"Income {format_amount(income)} a month, expenses {format_amount(expenses)}, "
        f"surplus {format_amount(income - expenses)}"
    )
    needs.append(
        f"Net worth {format_amount(card.net_worth_cents)} (assets "
        f"{format_amount(card.total_assets_cents)}, liabilities "
        f"{format_amount(card.total_liabilities_cents)})"
    )
    if template_key in ("risk", "replacement"):
        cover = sum(
            p.cover_amount_cents or 0
            for p in card.policies
            if p.status == "active" and p.product_type in RISK_PRODUCTS
        )
        needs.append(
            f"Risk cover in place {format_amount(cover)}; debts "
            f"{format_amount(card.total_liabilities_cents)}"
        )
    for goal in card.goals:
        target = (
            f" of {format_amount(goal.target_amount_cents)}" if goal.target_amount_cents else ""
        )
        by = f" by {goal.target_date:%b %Y}" if goal.target_date else ""
        needs.append(f"Goal: {goal.description}{target}{by}")
    risk = card.risk_profile
    if risk:
        needs.append(
            f"Risk profile {risk.category.replace('_', ' ')} ({risk.assessed_on:%d %b %Y})"
        )
    basis = ["Fact-find and client record as at " + f"{today:%d %b %Y}"]
    if risk:
        basis.append(f"risk profile questionnaire of {risk.assessed_on:%d %b %Y}")
    if card.policies:
        basis.append(f"details of {len(card.policies)} existing policies")
    fees, commission = _fee_lines(session, [p.id for p in relevant])
    values = {
        "subject": f"Record of advice: {chosen.title.split(' (')[0].lower()}",
        "advice_basis": "; ".join(basis) + ".",
        "needs_analysis": "\n".join(needs),
        "products_considered": "\n".join(_policy_line(p) for p in relevant),
        "recommendation": "",
        "recommendation_reasons": "",
        "fees_disclosed": fees,
        "commission_disclosed": commission,
        "replaced_product": "",
        "replacement_comparison": "",
        "replacement_reasons": "",
    }
    if chosen.replacement:
        values["replaced_product"] = "\n".join(_policy_line(p) for p in active)
        values["replacement_comparison"] = (
            "Existing against proposed: premiums and their escalation; cover or benefits; "
            "fees and charges; surrender or early-termination penalties; waiting periods, "
            "exclusions and new underwriting; tax consequences; investment choices."
        )
    return values


# --- saving, rendering, finalising ----------------------------------------------------------


def save_roa(
    session: Session,
    actor: Actor,
    *,
    client_id: int,
    template_key: str,
    values: dict[str, str],
    note_id: int | None = None,
) -> int:
    """Save a draft record of advice from a template; returns the note's id."""
    template(template_key)
    note_values = {key: values.get(key, "") for key in NOTE_KEYS}
    note_values["kind"] = "advice"
    note_values["body"] = values.get("body", "")
    if note_id is not None:
        detail = session.get(AdviceDetail, note_id)
        if detail is None and session.get(Note, note_id) is None:
            raise NotFound("That record of advice is no longer there.", hint="Reopen the client.")
    cleaned = validate_fields(DETAIL_FIELDS, values)
    note_id = client_records.save_record(
        session, actor, "note", client_id=client_id, values=note_values, record_id=note_id
    )
    detail = session.get(AdviceDetail, note_id) or AdviceDetail(note_id=note_id)
    detail.template = template_key
    for key, value in cleaned.items():
        setattr(detail, key, value)
    session.add(detail)
    session.flush()
    return note_id


@dataclass(frozen=True)
class RoaView:
    note_id: int
    client_id: int
    template: str
    values: dict[str, str]
    finalised_at: dt.datetime | None
    pdf_sha256: str | None
    document_id: int | None


def load_roa(session: Session, actor: Actor, note_id: int) -> RoaView:
    note = session.get(Note, note_id)
    if note is None or note.kind != "advice":
        raise NotFound("That record of advice is no longer there.", hint="Reopen the client.")
    require_client_access(session, actor, note.client_id)
    detail = session.get(AdviceDetail, note_id)
    values = {key: getattr(note, key) or "" for key in NOTE_KEYS}
    values["body"] = note.body or ""
    for spec in DETAIL_FIELDS:
        values[spec.key] = (getattr(detail, spec.key) if detail else None) or ""
    return RoaView(
        note_id=note.id,
        client_id=note.client_id,
        template=detail.template if detail else "investment",
        values=values,
        finalised_at=note.finalised_at,
        pdf_sha256=detail.pdf_sha256 if detail else None,
        document_id=detail.document_id if detail else None,
    )


def list_roas(session: Session, actor: Actor, client_id: int) -> list[tuple[int, str, str, bool]]:
    """(note id, subject, template, finalised) of a client's records of advice, newest first."""
    require_client_access(session, actor, client_id)
    rows = session.execute(
        sa.select(Note.id, Note.subject, AdviceDetail.template, Note.finalised_at)
        .outerjoin(AdviceDetail, AdviceDetail.note_id == Note.id)
        .where(Note.client_id == client_id, Note.kind == "advice")
        .order_by(Note.occurred_at.desc())
    ).all()
    return [(i, s, t or "", f is not None) for i, s, t, f in rows]


def _document(session: Session, view: RoaView, *, final_on: dt.date | None):  # noqa: ANN202
    from clientmanager.reports.roa import RoaDocument, build_roa_pdf
    from clientmanager.services.subject_requests import practice_letterhead

    note = session.get(Note, view.note_id)
    client = session.get(Client, view.client_id)
    author = session.get(User, note.author_id) if note.author_id else None
    card = load_client_card(session, view.client_id)
    address = card.addresses[0] if card.addresses else None
    address_lines = (
        [
            x
            for x in (
                address.line1,
                address.line2,
                address.suburb,
                address.city,
                address.postal_code,
            )
            if x
        ]
        if address
        else []
    )
    chosen = TEMPLATES.get(view.template, TEMPLATES["investment"])
    data = RoaDocument(
        reference=f"RoA {view.note_id}",
        template_title=chosen.title,
        replacement=chosen.replacement,
        subject=view.values["subject"],
        client_name=client.display_name,
        client_identity=client.id_number
        or client.passport_number
        or client.registration_number
        or "",
        client_address=address_lines,
        representative=author.full_name if author else "",
        advice_date=note.occurred_at.date(),
        final_on=final_on,
        values={key: value for key, value in view.values.items()},
        labels=FIELD_LABELS,
    )
    return build_roa_pdf(practice_letterhead(session), data)


def roa_pdf(session: Session, actor: Actor, note_id: int) -> bytes:
    """The PDF: the kept, signed-off copy once final; a marked draft before."""
    view = load_roa(session, actor, note_id)
    if view.finalised_at is not None and view.document_id is not None:
        return client_records.fetch_document(session, actor, view.document_id).content
    require(actor, Permission.NOTE_EDIT)
    return _document(session, view, final_on=None)


@dataclass(frozen=True)
class FinalisedRoa:
    note_id: int
    document_id: int
    sha256: str
    content: bytes


def finalise_roa(
    session: Session, actor: Actor, note_id: int, *, today: dt.date | None = None
) -> FinalisedRoa:
    """Render the final PDF, keep it in the client's documents and lock both for good."""
    require(actor, Permission.ADVICE_FINALISE)
    view = load_roa(session, actor, note_id)
    if view.finalised_at is not None:
        raise client_records.RecordLocked(
            "This record of advice is already final.",
            hint="Add a new record of advice instead (FAIS General Code s9).",
        )
    required = list(REQUIRED_TO_FINALISE)
    if TEMPLATES.get(view.template, TEMPLATES["investment"]).replacement:
        required += REQUIRED_FOR_REPLACEMENT
    missing = {
        key: f"{FIELD_LABELS[key]}: required before the record of advice is finalised."
        for key in required
        if not view.values.get(key, "").strip()
    }
    if missing:
        raise InvalidInput(missing)
    today = today or dt.date.today()
    content = _document(session, view, final_on=today)
    sha256 = hashlib.sha256(content).hexdigest()
    document_id = client_records.attach_document(
        session,
        actor,
        client_id=view.client_id,
        filename=f"record-of-advice-{note_id}.pdf",
        content=content,
        category="record_of_advice",
        description=f"Record of advice {note_id}: {view.values['subject']}"[:300],
    )
    session.get(Document, document_id).note_id = note_id
    detail = session.get(AdviceDetail, note_id)
    if detail is None:
        detail = AdviceDetail(note_id=note_id, template=view.template)
        session.add(detail)
    detail.pdf_sha256 = sha256
    detail.document_id = document_id
    session.flush()
    # The same transaction locks the note (and, through the 0009 triggers, this detail row
    # and the PDF): a failure anywhere leaves nothing half-final.
    client_records.finalise_advice(session, actor, note_id)
    audit.record(
        session,
        actor=actor,
        action="advice.pdf_locked",
        client_id=view.client_id,
        summary=f"record of advice #{note_id}, PDF document #{document_id}",
    )
    return FinalisedRoa(note_id, document_id, sha256, content)


def verify_roa(session: Session, actor: Actor, note_id: int) -> bool:
    """True if the kept PDF still has the SHA-256 locked with the record."""
    view = load_roa(session, actor, note_id)
    if view.document_id is None or view.pdf_sha256 is None:
        return False
    content = session.get(DocumentContent, view.document_id)
    return content is not None and hashlib.sha256(content.content).hexdigest() == view.pdf_sha256
