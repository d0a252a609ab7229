"""Commission and fees (issue 19): what the practice expects per policy, what providers
paid (typed in or read from a statement CSV, with the column mapping saved per provider
like client imports), and the reconciliation of the two per month and provider.

Expected amounts fall due by month: a *once* amount in the month it starts, a *monthly*
one every month from its start to its end, an *annual* one in the month of each
anniversary of its start. Receipts carry the month they pay for (``YYYY-MM``).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.money import parse_amount
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, require, require_client_access
from clientmanager.services.settings import put_setting
from clientmanager.store.files import write_atomically
from clientmanager.store.models import (
    Client,
    CommissionExpectation,
    CommissionReceipt,
    Policy,
    Setting,
)

KINDS = ("upfront", "ongoing", "advice_fee")
FREQUENCIES = ("once", "monthly", "annual")
MAPPING_PREFIX = "commission_mapping:"
STATEMENT_FIELDS = {
    "policy_number": "Policy number",
    "amount": "Amount paid",
    "period": "Month paid for (YYYY-MM)",
    "date": "Payment date (month taken from it)",
    "kind": "Kind (upfront, ongoing, fee)",
}
_GUESSES = {
    "policy_number": (
        "policy",
        "policy no",
        "policy number",
        "contract",
        "contract no",
        "policy_number",
        "plan number",
        "account",
    ),
    "amount": (
        "amount",
        "commission",
        "gross",
        "gross commission",
        "amount paid",
        "fee",
        "total",
        "value",
    ),
    "period": ("period", "month", "commission month", "for month"),
    "date": ("date", "payment date", "paid on", "transaction date"),
    "kind": ("kind", "type", "commission type", "category"),
}
MAX_STATEMENT_BYTES = 20 * 1024 * 1024


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_period(text: str) -> str:
    """'2026-11', '2026/11', '11/2026', 'Nov 2026', '2026-11-25' -> '2026-11'."""
    value = (text or "").strip()
    for pattern in (r"(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?", r"(\d{1,2})[-/](\d{4})"):
        match = re.fullmatch(pattern, value)
        if match:
            a, b = match.groups()
            year, month = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
            if 1 <= month <= 12:
                return f"{year:04d}-{month:02d}"
    for fmt in ("%b %Y", "%B %Y", "%d/%m/%Y", "%d %b %Y", "%d %B %Y"):
        try:
            return _month(dt.datetime.strptime(value, fmt).date())
        except ValueError:
            continue
    raise ValidationError("Month", f"{value!r} is not a month like 2026-11")


def _months(start: str, end: str) -> list[str]:
    year, month = map(int, start.split("-"))
    last = tuple(map(int, end.split("-")))
    months = []
    while (year, month) <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# --- expected and received ----------------------------------------------------------------


def add_expectation(
    session: Session,
    actor: Actor,
    *,
    policy_id: int,
    kind: str,
    amount_cents: int,
    frequency: str,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
) -> CommissionExpectation:
    require(actor, Permission.CLIENT_EDIT)
    policy = session.get(Policy, policy_id)
    if policy is None:
        raise NotFound("That policy is no longer there.", hint="Reopen the client.")
    require_client_access(session, actor, policy.client_id)
    if kind not in KINDS or frequency not in FREQUENCIES:
        raise ClientManagerError(
            "Choose a kind (upfront, ongoing, advice_fee) and how often (once, monthly, annual)."
        )
    if amount_cents <= 0:
        raise ClientManagerError("The expected amount must be more than R 0.00.")
    if ends_on is not None and ends_on < starts_on:
        raise ClientManagerError("The end date is before the start date.")
    row = CommissionExpectation(
        policy_id=policy_id,
        kind=kind,
        amount_cents=amount_cents,
        frequency=frequency,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="commission.expected",
        client_id=policy.client_id,
        summary=f"policy #{policy_id}: {kind} {frequency}",
    )
    return row


def _match_policy(session: Session, provider: str, policy_number: str) -> int | None:
    number = policy_number.strip().upper()
    return session.scalar(
        sa.select(Policy.id)
        .where(
            sa.func.upper(Policy.policy_number) == number,
            sa.func.lower(Policy.provider) == provider.strip().lower(),
        )
        .limit(1)
    )


def record_receipt(
    session: Session,
    actor: Actor,
    *,
    provider: str,
    policy_number: str,
    period: str,
    amount_cents: int,
    kind: str | None = None,
    source: str = "manual",
) -> CommissionReceipt:
    require(actor, Permission.CLIENT_EDIT)
    provider, policy_number = provider.strip(), policy_number.strip()
    if not provider or not policy_number:
        raise ClientManagerError("A receipt needs the provider and the policy number.")
    row = CommissionReceipt(
        policy_id=_match_policy(session, provider, policy_number),
        provider=provider[:100],
        policy_number=policy_number[:40],
        period=parse_period(period),
        kind=kind if kind in KINDS else None,
        amount_cents=amount_cents,
        source=source[:200],
        recorded_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    return row


# --- statements -----------------------------------------------------------------------------


def guess_mapping(headers: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        key = re.sub(r"[^a-z ]+", " ", header.lower()).strip()
        key = re.sub(r"\s+", " ", key)
        for field_key, names in _GUESSES.items():
            if field_key not in taken and key in names:
                mapping[header] = field_key
                taken.add(field_key)
                break
    return mapping


def save_mapping(session: Session, actor: Actor, provider: str, mapping: dict[str, str]) -> None:
    require(actor, Permission.CLIENT_EDIT)
    unknown = sorted({v for v in mapping.values() if v and v not in STATEMENT_FIELDS})
    if unknown:
        raise ClientManagerError(
            "Unknown statement field(s): {unknown}",
            hint="Fields: {fields}",
            unknown=", ".join(unknown),
            fields=", ".join(STATEMENT_FIELDS),
        )
    key = MAPPING_PREFIX + provider.strip().lower()
    value = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    put_setting(session, key, value)
    session.flush()


def saved_mapping(session: Session, provider: str) -> dict[str, str] | None:
    row = session.get(Setting, MAPPING_PREFIX + provider.strip().lower())
    return json.loads(row.value) if row else None


def _read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    path = Path(path)
    if not path.is_file():
        raise ClientManagerError(
            "There is no file {name}.", hint="Choose the CSV file.", name=path.name
        )
    raw = path.read_bytes()
    if len(raw) > MAX_STATEMENT_BYTES:
        raise ClientManagerError("The statement is larger than 20 MB.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    if not reader.fieldnames:
        raise ClientManagerError(
            "{name} has no header row.", hint="Is it a CSV file?", name=path.name
        )
    return [h.strip() for h in reader.fieldnames], [
        {(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader
    ]


def statement_headers(path: Path) -> tuple[list[str], dict[str, str]]:
    headers, _rows = _read_rows(path)
    return headers, guess_mapping(headers)


@dataclass
class StatementResult:
    provider: str
    rows: int = 0
    imported: int = 0
    matched: int = 0
    total_cents: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # line, what is wrong


def import_statement(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    provider: str,
    mapping: dict[str, str] | None = None,
    save: bool = False,
) -> StatementResult:
    """Read a provider's commission statement; rows with problems are listed, not guessed."""
    require(actor, Permission.CLIENT_EDIT)
    provider = (provider or "").strip()
    if not provider:
        raise ClientManagerError("Say which provider the statement is from.")
    headers, rows = _read_rows(path)
    mapping = mapping or saved_mapping(session, provider) or guess_mapping(headers)
    by_field = {v: k for k, v in mapping.items() if v}
    missing = [f for f in ("policy_number", "amount") if f not in by_field]
    if "period" not in by_field and "date" not in by_field:
        missing.append("period or date")
    if missing:
        raise ClientManagerError(
            "The statement's columns for {missing} are not known.",
            hint="Map them, e.g. --map 'Policy "
            "No=policy_number,Commission=amount,Month=period'. Columns: {headers}",
            missing=", ".join(missing),
            headers=", ".join(headers),
        )
    absent = [h for h in by_field.values() if h not in headers]
    if absent:
        raise ClientManagerError(
            "The statement has no column {columns}.",
            hint="Columns: {headers}",
            columns=", ".join(repr(a) for a in absent),
            headers=", ".join(headers),
        )
    if save:
        save_mapping(session, actor, provider, mapping)
    result = StatementResult(provider)
    source = f"statement {Path(path).name}"
    for line, row in enumerate(rows, start=2):
        if not any(row.values()):
            continue
        result.rows += 1
        number = row.get(by_field["policy_number"], "")
        try:
            if not number:
                raise ValidationError("Policy number", "is empty")
            amount = parse_amount(row.get(by_field["amount"], ""), allow_negative=True)
            period_text = row.get(by_field.get("period", ""), "") or row.get(
                by_field.get("date", ""), ""
            )
            period = parse_period(period_text)
        except ValidationError as exc:
            result.problems.append((line, str(exc)))
            continue
        kind_text = row.get(by_field.get("kind", ""), "").lower()
        kind = next((k for k in KINDS if k.split("_")[0] in kind_text), None)
        receipt = record_receipt(
            session,
            actor,
            provider=provider,
            policy_number=number,
            period=period,
            amount_cents=amount,
            kind=kind,
            source=source,
        )
        result.imported += 1
        result.matched += receipt.policy_id is not None
        result.total_cents += amount
    audit.record(
        session,
        actor=actor,
        action="commission.statement",
        summary=f"{provider}: {result.imported} rows, {len(result.problems)} problems",
    )
    return result


# --- reconciliation ---------------------------------------------------------------------


class _Reconciled:
    """What a month and a policy line share: received less expected (a plain base, so
    each dataclass keeps its own field order)."""

    expected_cents: int
    received_cents: int

    @property
    def difference_cents(self) -> int:
        return self.received_cents - self.expected_cents


@dataclass(frozen=True)
class MonthRow(_Reconciled):
    period: str
    provider: str
    expected_cents: int
    received_cents: int


@dataclass(frozen=True)
class Difference(_Reconciled):
    period: str
    provider: str
    policy_number: str
    client_name: str
    expected_cents: int
    received_cents: int
    reason: str


@dataclass
class Reconciliation:
    start: str
    end: str
    months: list[MonthRow]
    differences: list[Difference]

    @property
    def expected_cents(self) -> int:
        return sum(row.expected_cents for row in self.months)

    @property
    def received_cents(self) -> int:
        return sum(row.received_cents for row in self.months)


def _due_months(expected: CommissionExpectation, months: list[str]) -> list[str]:
    start = _month(expected.starts_on)
    end = _month(expected.ends_on) if expected.ends_on else "9999-12"
    if expected.frequency == "once":
        return [start] if start in months else []
    due = [m for m in months if start <= m <= end]
    if expected.frequency == "annual":
        due = [m for m in due if int(m[5:]) == expected.starts_on.month]
    return due


def reconcile(
    session: Session,
    actor: Actor,
    *,
    start: str,
    end: str,
    provider: str | None = None,
) -> Reconciliation:
    """Expected against received, per month and provider, and each policy that differs."""
    require(actor, Permission.CLIENT_READ)
    start, end = parse_period(start), parse_period(end)
    if end < start:
        raise ClientManagerError("The last month is before the first.")
    months = _months(start, end)
    if len(months) > 120:
        raise ClientManagerError("Reconcile at most ten years at a time.")
    first_day = dt.date(int(start[:4]), int(start[5:]), 1)
    last_day = dt.date(
        int(end[:4]), int(end[5:]), calendar.monthrange(int(end[:4]), int(end[5:]))[1]
    )
    expected_rows = session.execute(
        sa.select(CommissionExpectation, Policy.provider, Policy.policy_number, Client)
        .join(Policy, Policy.id == CommissionExpectation.policy_id)
        .join(Client, Client.id == Policy.client_id)
        .where(
            CommissionExpectation.starts_on <= last_day,
            sa.or_(
                CommissionExpectation.ends_on.is_(None), CommissionExpectation.ends_on >= first_day
            ),
        )
    ).all()
    # (period, provider key, policy number key) -> amounts
    expected: dict[tuple[str, str, str], int] = defaultdict(int)
    received: dict[tuple[str, str, str], int] = defaultdict(int)
    labels: dict[tuple[str, str], tuple[str, str, str]] = {}  # provider, number, client
    for row, prov, number, client in expected_rows:
        key_p, key_n = prov.strip().lower(), number.strip().upper()
        labels.setdefault((key_p, key_n), (prov, number, client.display_name))
        for month in _due_months(row, months):
            expected[(month, key_p, key_n)] += row.amount_cents
    receipts = session.execute(
        sa.select(CommissionReceipt, Client)
        .outerjoin(Policy, Policy.id == CommissionReceipt.policy_id)
        .outerjoin(Client, Client.id == Policy.client_id)
        .where(CommissionReceipt.period.between(start, end))
    ).all()
    unmatched: set[tuple[str, str]] = set()
    for receipt, client in receipts:
        key_p, key_n = receipt.provider.strip().lower(), receipt.policy_number.strip().upper()
        labels.setdefault(
            (key_p, key_n),
            (receipt.provider, receipt.policy_number, client.display_name if client else ""),
        )
        if receipt.policy_id is None:
            unmatched.add((key_p, key_n))
        received[(receipt.period, key_p, key_n)] += receipt.amount_cents
    wanted = provider.strip().lower() if provider else None
    per_month: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    differences: list[Difference] = []
    for key in sorted(set(expected) | set(received)):
        month, key_p, key_n = key
        if wanted and key_p != wanted:
            continue
        prov, number, name = labels[(key_p, key_n)]
        e, r = expected.get(key, 0), received.get(key, 0)
        totals = per_month[(month, prov)]
        totals[0] += e
        totals[1] += r
        if e != r:
            if (key_p, key_n) in unmatched and e == 0:
                reason = "no matching policy in the practice"
            elif r == 0:
                reason = "not received"
            elif e == 0:
                reason = "not expected"
            elif r < e:
                reason = "short paid"
            else:
                reason = "overpaid"
            differences.append(Difference(month, prov, number, name, e, r, reason))
    rows = [MonthRow(m, p, e, r) for (m, p), (e, r) in sorted(per_month.items())]
    return Reconciliation(start, end, rows, differences)


def export_reconciliation(recon: Reconciliation, path: Path) -> Path:
    """CSV or XLSX (by the file's extension): the monthly totals, then the differences."""
    path = Path(path)
    header_months = ["Month", "Provider", "Expected", "Received", "Difference"]
    header_diffs = [
        "Month",
        "Provider",
        "Policy",
        "Client",
        "Expected",
        "Received",
        "Difference",
        "Why",
    ]
    month_rows = [
        [
            r.period,
            r.provider,
            r.expected_cents / 100,
            r.received_cents / 100,
            r.difference_cents / 100,
        ]
        for r in recon.months
    ]
    diff_rows = [
        [
            d.period,
            d.provider,
            d.policy_number,
            d.client_name,
            d.expected_cents / 100,
            d.received_cents / 100,
            d.difference_cents / 100,
            d.reason,
        ]
        for d in recon.differences
    ]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "Per month"
        sheet.append(header_months)
        for row in month_rows:
            sheet.append(row)
        other = book.create_sheet("Differences")
        other.append(header_diffs)
        for row in diff_rows:
            other.append([_cell(v) for v in row])
        for ws in (sheet, other):
            for column in ("C", "D", "E", "F", "G"):
                for cell in ws[column][1:]:
                    if isinstance(cell.value, float):
                        cell.number_format = "#,##0.00"
        buffer = io.BytesIO()
        book.save(buffer)
        write_atomically(path, buffer.getvalue())
    elif suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header_months)
        for row in month_rows:
            writer.writerow([_cell(v) if isinstance(v, str) else f"{v:.2f}" for v in row])
        writer.writerow([])
        writer.writerow(header_diffs)
        for row in diff_rows:
            writer.writerow([_cell(v) if isinstance(v, str) else f"{v:.2f}" for v in row])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    else:
        raise ClientManagerError("Export to a .csv or .xlsx file.")
    return path


def _cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is quoted (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
