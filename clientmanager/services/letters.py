"""Letters and mail merge (issue 19): templates with fields, one PDF per client in the
practice's letter layout, each kept in the client's documents.

Fields are written ``{client.first_name}``, ``{policy.number}`` and so on
(:data:`FIELDS`). A template's purpose decides who may receive it: a *marketing* letter
goes only to clients :func:`consents.marketing_allowed_clause` allows (POPIA s69), the
one filter every list and export uses; the others are skipped and listed. A letter to a
*provider* (about the client's policy) is a disclosure to a third party and is written
into the disclosure register (POPIA s23(1)(b)).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.money import format_amount
from clientmanager.domain.phone import format_phone_for_display
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.reports.wording import TEXT
from clientmanager.services import audit, client_records
from clientmanager.services.audit import Actor
from clientmanager.services.consents import marketing_allowed_clause
from clientmanager.services.disclosures import record_disclosure
from clientmanager.services.permissions import Permission, require, require_client_access
from clientmanager.services.progress import SILENT, Progress
from clientmanager.store.files import write_atomically
from clientmanager.store.models import (
    Address,
    Client,
    LetterTemplate,
    Policy,
    Practice,
    User,
)

PURPOSES = ("service", "marketing")
RECIPIENTS = ("client", "provider")
FIELDS = {
    "client.title": "Title (Mr, Ms, Dr...)",
    "client.first_name": "First name (or preferred name)",
    "client.surname": "Surname",
    "client.full_name": "Full name",
    "client.salutation": "Dear Mr van der Merwe / Dear Thandi",
    "client.id_number": "SA ID number",
    "client.email": "E-mail",
    "client.mobile": "Mobile",
    "client.address": "Postal (or physical) address, one line",
    "client.next_review": "Next review date",
    "planner.name": "The client's planner",
    "planner.email": "The planner's e-mail",
    "practice.name": "Practice name",
    "practice.fsp_number": "FSP number",
    "practice.address": "Practice address",
    "practice.phone": "Practice phone",
    "practice.contact": "' on <phone> or at <e-mail>' as far as they are known",
    "policy.provider": "Provider of the client's first live policy",
    "policy.number": "Policy number",
    "policy.product": "Product type",
    "policy.premium": "Premium",
    "policy.anniversary": "Next anniversary date",
    "today": "Today's date",
}
_FIELD = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    purpose: str
    recipient: str
    subject: str
    body: str
    built_in: bool = False


def _built_in(name: str, purpose: str, recipient: str) -> Template:
    """A built-in template in English; its wording, beside the Afrikaans, is in
    reports/wording.py (``tpl.<name>.title``, ``.subject``, ``.body``)."""
    key = f"tpl.{name}"
    title, subject, body = (TEXT[f"{key}.{part}"][0] for part in ("title", "subject", "body"))
    return Template(name, title, purpose, recipient, subject, body, built_in=True)


BUILT_IN: dict[str, Template] = {
    t.name: t
    for t in (
        _built_in("review_invitation", "service", "client"),
        _built_in("policy_anniversary", "service", "client"),
        _built_in("market_update", "marketing", "client"),
        _built_in("provider_information_request", "service", "provider"),
    )
}


# --- templates ------------------------------------------------------------------------------


def _check_fields(*texts: str) -> None:
    unknown = sorted({m for text in texts for m in _FIELD.findall(text) if m not in FIELDS})
    if unknown:
        raise ClientManagerError(
            "Unknown field(s) in the template: {unknown}",
            hint="Fields you can use: {fields}",
            unknown=", ".join("{" + u + "}" for u in unknown),
            fields=", ".join("{" + f + "}" for f in FIELDS),
        )


def list_templates(session: Session) -> list[Template]:
    custom = [
        Template(t.name, t.title, t.purpose, t.recipient, t.subject, t.body)
        for t in session.scalars(sa.select(LetterTemplate).order_by(LetterTemplate.name))
    ]
    return [*BUILT_IN.values(), *custom]


def get_template(session: Session, name: str) -> Template:
    name = (name or "").strip()
    if name in BUILT_IN:
        return BUILT_IN[name]
    row = session.scalar(sa.select(LetterTemplate).where(LetterTemplate.name == name))
    if row is None:
        raise NotFound(
            "There is no letter template called {name!r}.",
            hint="See them with: clientmanager letters templates",
            name=name,
        )
    return Template(row.name, row.title, row.purpose, row.recipient, row.subject, row.body)


def save_template(
    session: Session,
    actor: Actor,
    *,
    name: str,
    title: str,
    subject: str,
    body: str,
    purpose: str = "service",
    recipient: str = "client",
) -> Template:
    require(actor, Permission.CLIENT_EDIT)
    name = (name or "").strip().lower().replace(" ", "_")
    if not re.fullmatch(r"[a-z0-9_]{2,60}", name):
        raise ClientManagerError(
            "A template name is 2-60 letters, digits or underscores.", hint="e.g. birthday_2027"
        )
    if name in BUILT_IN:
        raise ClientManagerError(
            "{name!r} is a built-in template.", hint="Choose another name.", name=name
        )
    if purpose not in PURPOSES or recipient not in RECIPIENTS:
        raise ClientManagerError(
            "Choose a purpose (service or marketing) and a recipient (client or provider)."
        )
    if not (title or "").strip() or not (subject or "").strip() or not (body or "").strip():
        raise ClientManagerError("A template needs a title, a subject and a body.")
    _check_fields(subject, body)
    row = session.scalar(sa.select(LetterTemplate).where(LetterTemplate.name == name))
    row = row or LetterTemplate(name=name)
    row.title, row.subject, row.body = title.strip(), subject.strip(), body.strip()
    row.purpose, row.recipient = purpose, recipient
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="letter.template_saved", summary=name)
    return get_template(session, name)


# --- merging --------------------------------------------------------------------------------


def _date(day: dt.date | None, words=None) -> str:  # noqa: ANN001 (reports.wording.Words)
    if not day:
        return ""
    return words.date(day) if words is not None else f"{day.day} {day:%B %Y}"


def _address_lines(address: Address | None) -> list[str]:
    if address is None:
        return []
    return [
        x
        for x in (
            address.line1,
            address.line2,
            address.suburb,
            address.city,
            address.province if not address.city else None,
            address.postal_code,
        )
        if x
    ]


@dataclass
class _Context:
    practice: Practice | None
    users: dict[int, User]
    today: dt.date
    words: object = None  # reports.wording.Words: the practice's letter language


def _next_anniversary(start: dt.date | None, today: dt.date) -> dt.date | None:
    if start is None:
        return None
    for year in (today.year, today.year + 1):
        try:
            day = start.replace(year=year)
        except ValueError:
            day = dt.date(year, 2, 28)
        if day >= today:
            return day
    return None


def _values(
    session: Session,
    client: Client,
    address: Address | None,
    policy: Policy | None,
    context: _Context,
) -> dict[str, str]:
    from clientmanager.services.reviews import next_review_on

    planner = context.users.get(client.planner_id) if client.planner_id else None
    practice = context.practice
    first = client.preferred_name or client.first_names or ""
    first = first.split(" ")[0] if not client.preferred_name else first
    if client.kind != "person":
        full = client.entity_name or ""
        salutation = "Dear Sir or Madam"
    else:
        full = " ".join(x for x in (client.title, client.first_names, client.surname) if x)
        salutation = (
            f"Dear {client.title} {client.surname}"
            if client.title and client.surname
            else f"Dear {first or full}"
        )
    next_review = next_review_on(session, client.id)
    phone = (practice.information_officer_phone if practice else "") or ""
    email = (planner.email if planner and planner.email else "") or (
        (practice.information_officer_email if practice else "") or ""
    )
    w = context.words
    if w is None:
        from clientmanager.reports.wording import words as _words

        w = _words("en")
    contact = w("merge.or").join(
        part
        for part in (
            (w("merge.on_phone", phone=phone) if phone else ""),
            (w("merge.at_email", email=email) if email else ""),
        )
        if part
    )
    salutation = w.salutation(salutation)
    return {
        "client.title": client.title or "",
        "client.first_name": first,
        "client.surname": client.surname or "",
        "client.full_name": full,
        "client.salutation": salutation,
        "client.id_number": client.id_number or client.passport_number or "",
        "client.email": client.email or "",
        "client.mobile": format_phone_for_display(client.mobile) if client.mobile else "",
        "client.address": ", ".join(_address_lines(address)),
        "client.next_review": _date(next_review, w) if next_review else w("merge.as_soon"),
        "planner.name": planner.full_name if planner else w("merge.your_planner"),
        "planner.email": email,
        "practice.name": practice.name if practice else "",
        "practice.fsp_number": (practice.fsp_number if practice else "") or "",
        "practice.address": (practice.physical_address if practice else "") or "",
        "practice.phone": phone,
        "practice.contact": contact,
        "policy.provider": policy.provider if policy else "",
        "policy.number": policy.policy_number if policy else "",
        "policy.product": w.term(policy.product_type.replace("_", " ")) if policy else "",
        "policy.premium": format_amount(policy.premium_cents)
        if policy and policy.premium_cents is not None
        else "",
        "policy.anniversary": _date(_next_anniversary(policy.start_date, context.today), w)
        if policy
        else "",
        "today": _date(context.today, w),
    }


def fill(text: str, values: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass
class MergeResult:
    template: str
    written: list[tuple[int, Path, int]] = field(default_factory=list)  # client, file, document
    skipped: list[tuple[int, str]] = field(default_factory=list)  # client, why
    disclosures: int = 0


def _in_language(template: Template, words) -> Template:  # noqa: ANN001 (Words)
    """A built-in template in the practice's letter language (its wording is in
    reports/wording.py); the practice's own templates as written."""
    if not template.built_in or not words.afrikaans:
        return template
    from dataclasses import replace

    key = f"tpl.{template.name}"
    return replace(
        template,
        title=words(f"{key}.title"),
        subject=words(f"{key}.subject"),
        body=words(f"{key}.body"),
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "letter"


def letter_addresses(session: Session, client_ids: list[int]) -> dict[int, Address]:
    """Each client's address for a letter: the postal one, else the first on file."""
    addresses: dict[int, Address] = {}
    for address in session.scalars(
        sa.select(Address).where(Address.client_id.in_(client_ids)).order_by(Address.id)
    ):
        current = addresses.get(address.client_id)
        if current is None or (address.kind == "postal" and current.kind != "postal"):
            addresses[address.client_id] = address
    return addresses


def merge_letters(
    session: Session,
    actor: Actor,
    *,
    template_name: str,
    client_ids: list[int],
    out_dir: Path | None,
    today: dt.date | None = None,
    progress: Progress = SILENT,
) -> MergeResult:
    """One PDF per client (kept in the client's documents, and written to ``out_dir`` when
    given); marketing letters only where the client's consent allows (POPIA s69)."""
    from clientmanager.reports.letter import Letter, build_letters
    from clientmanager.services.subject_requests import practice_letterhead

    require(actor, Permission.DOCUMENT_EDIT)
    chosen = get_template(session, template_name)
    if not client_ids:
        raise ClientManagerError("Choose at least one client.", hint="e.g. --clients 1,2,3")
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
    today = today or dt.date.today()
    ids = list(dict.fromkeys(client_ids))
    result = MergeResult(chosen.name)
    for client_id in ids:
        require_client_access(session, actor, client_id)
    clients = {c.id: c for c in session.scalars(sa.select(Client).where(Client.id.in_(ids)))}
    allowed = set(ids)
    if chosen.purpose == "marketing":
        allowed = set(
            session.scalars(
                sa.select(Client.id).where(Client.id.in_(ids), marketing_allowed_clause(today))
            )
        )
    addresses = letter_addresses(session, ids)
    policies: dict[int, Policy] = {}
    for policy in session.scalars(
        sa.select(Policy)
        .where(Policy.client_id.in_(ids), Policy.status.in_(("active", "paid_up")))
        .order_by(Policy.start_date, Policy.id)
    ):
        policies.setdefault(policy.client_id, policy)
    letterhead = practice_letterhead(session)
    context = _Context(
        practice=session.scalar(sa.select(Practice).limit(1)),
        users={u.id: u for u in session.scalars(sa.select(User))},
        today=today,
        words=letterhead.words,
    )
    wording = _in_language(chosen, letterhead.words)  # the letter's text, not the record's
    signer = session.get(User, actor.user_id) if actor.user_id else None
    prepared: list[tuple[int, Policy | None, Letter]] = []
    filling = progress.part(0.0, 0.1)
    for done, client_id in enumerate(ids):
        filling.counted(done, len(ids), "Filling in the letters")
        client = clients.get(client_id)
        if client is None:
            result.skipped.append((client_id, "not in the practice"))
            continue
        if client_id not in allowed:
            result.skipped.append((client_id, "no direct-marketing consent (POPIA s69)"))
            continue
        if client.archived_at is not None:
            result.skipped.append((client_id, "archived"))
            continue
        policy = policies.get(client_id)
        if "{policy." in chosen.subject + chosen.body and policy is None:
            result.skipped.append((client_id, "no active policy for the letter's policy fields"))
            continue
        values = _values(session, client, addresses.get(client_id), policy, context)
        address_lines = _address_lines(addresses.get(client_id))
        if chosen.recipient == "provider":
            recipient = [f"{policy.provider}", letterhead.words("merge.client_services")]
            salutation = "Dear Sir or Madam"
        else:
            recipient = [values["client.full_name"], *address_lines]
            salutation = values["client.salutation"]
        letter = Letter(
            recipient_lines=recipient,
            on=today,
            salutation=salutation,
            subject=fill(wording.subject, values),
            paragraphs=[p.strip() for p in fill(wording.body, values).split("\n\n") if p.strip()],
            signed_by=signer.full_name if signer else letterhead.practice_name,
            signer_role=letterhead.practice_name,
            reference=f"{chosen.name}/{client_id}",
            footer=f"{wording.title}. {letterhead.practice_name}"
            + (
                letterhead.words("merge.fsp", number=letterhead.fsp_number)
                if letterhead.fsp_number
                else ""
            ),
        )
        prepared.append((client_id, policy, letter))
    # One layout pass for every letter (the fonts load once), then one PDF per client.
    contents = build_letters(letterhead, [letter for _c, _p, letter in prepared])
    progress(0.7, "Keeping the letters in the clients' documents")
    keeping = progress.part(0.7, 1.0)
    for done, ((client_id, policy, _letter), content) in enumerate(
        zip(prepared, contents, strict=True)
    ):
        keeping.counted(done, len(prepared))
        filename = f"{client_id}-{_slug(chosen.name)}.pdf"
        document_id = client_records.attach_document(
            session,
            actor,
            client_id=client_id,
            filename=filename,
            content=content,
            category="other",
            description=f"Letter: {chosen.title} ({_date(today)})",
        )
        if chosen.recipient == "provider":
            record_disclosure(
                session,
                actor=actor,
                client_id=client_id,
                recipient_category="product_provider",
                recipient_name=policy.provider,
                purpose=f"Letter: {chosen.title}",
                categories="identity, policy details",
                channel="print",
            )
            result.disclosures += 1
        path = None
        if out_dir is not None:
            path = out_dir / filename
            write_atomically(path, content)
        result.written.append((client_id, path, document_id))
    progress.counted(len(ids), len(ids))
    audit.record(
        session,
        actor=actor,
        action="letter.merged",
        summary=f"{chosen.name}: {len(result.written)} written, {len(result.skipped)} skipped",
    )
    return result
