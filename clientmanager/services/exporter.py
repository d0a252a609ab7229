"""Taking data out: client lists (CSV, XLSX), contacts (vCard 3.0, or 4.0), and the whole practice
as schema-versioned JSON, the portability promise: a practice can leave with everything.

* Every bulk export needs :attr:`Permission.BULK_EXPORT`, sees only the clients the user
  may see, and is audited with counts (never names).
* An export for a **marketing purpose** is filtered by the one marketing rule,
  :func:`clientmanager.services.consents.marketing_allowed_clause` (newest direct-marketing
  consent is "given", not restricted, no objection, not archived, s35 for children), so
  an opt-out takes effect here the moment it is recorded. :func:`export_filter` is the
  one place that chooses the filter for a purpose.
* Files are written atomically (temporary file beside the target, fsync, rename).
* Text that a spreadsheet would run as a formula (``=``, ``@``, ``+cmd|``...) is prefixed
  with an apostrophe in CSV and XLSX (CSV injection); phone numbers stay as they are.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import datetime as dt
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.client_fields import (
    ADDRESS_FIELDS,
    CLIENT_FIELDS,
    CLIENT_KIND_FIELD,
    ENTITY_FIELDS,
)
from clientmanager.errors import ClientManagerError
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.consents import bulk_export_clause, marketing_allowed_clause
from clientmanager.services.permissions import Permission, require, visible_clients_clause
from clientmanager.services.progress import SILENT, Progress
from clientmanager.store.files import atomic_output, write_atomically
from clientmanager.store.models import (
    Address,
    AuditEntry,
    Base,
    Client,
    Household,
    Practice,
    User,
    utcnow,
)

logger = logging.getLogger(__name__)


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"
    JSON = "json"


class ExportPurpose(StrEnum):
    GENERAL = "general"  # the practice's own work: every client the user may see
    MARKETING = "marketing"  # direct marketing (POPIA s69): consent, no objection, no restriction


class ExportError(ClientManagerError):
    pass


# --- which clients ----------------------------------------------------------------------------


def export_filter(
    session: Session,
    actor: Actor,
    *,
    purpose: ExportPurpose = ExportPurpose.GENERAL,
    client_ids: Iterable[int] | None = None,
    include_archived: bool = False,
    today: dt.date | None = None,
    lawful_purpose: str | None = None,
) -> sa.ColumnElement[bool]:
    """The WHERE clause for a bulk export: what ``actor`` may see, narrowed to a filtered
    list (``client_ids``), and for a marketing purpose to the people marketing may reach.

    Marketing never includes archived, restricted or objecting clients, or anyone whose
    newest direct-marketing consent is not "given", whatever the other arguments say.
    A general export leaves out restricted and objecting clients (POPIA s14(6), s11(3))
    unless the user states a purpose the law allows (``lawful_purpose``).
    """
    clauses = [visible_clients_clause(session, actor)]
    if purpose == ExportPurpose.MARKETING:
        clauses.append(marketing_allowed_clause(today))
    else:
        if not include_archived:
            clauses.append(Client.archived_at.is_(None))
        if not (lawful_purpose or "").strip():
            clauses.append(bulk_export_clause())
    if client_ids is not None:
        clauses.append(Client.id.in_(list(client_ids)))
    return sa.and_(*clauses)


# --- client list rows ---------------------------------------------------------------------------


# (header, attribute of the joined row); catalogued fields under the form's labels, which
# the importer reads back.
LIST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Client number", "id"),
    ("Category", "category"),
    *((spec.label, spec.key) for spec in CLIENT_FIELDS),
    *((spec.label, spec.key) for spec in (CLIENT_KIND_FIELD, *ENTITY_FIELDS)),
    ("Passport number", "passport_number"),
    ("Gender", "gender"),
    ("Household", "household_name"),
    ("Household role", "household_role"),
    *((spec.label, spec.key) for spec in ADDRESS_FIELDS if spec.key != "line2"),
    ("Planner", "planner_name"),
    ("Client since", "relationship_start"),
)

_MARKETING_COLUMNS = {
    "id",
    "title",
    "first_names",
    "surname",
    "preferred_name",
    "entity_name",
    "email",
    "mobile",
}


def _first_address() -> sa.Subquery:
    # The residential (FICA) address first, where there is one.
    first = (
        sa.select(Address.id)
        .where(Address.client_id == Client.id)
        .order_by(Address.kind != "physical", Address.id)
        .limit(1)
        .correlate(Client)
        .scalar_subquery()
    )
    return first


def _client_rows(session: Session, where: sa.ColumnElement[bool]) -> list[sa.Row]:
    planner = sa.orm.aliased(User)
    address = sa.orm.aliased(Address)
    query = (
        sa.select(
            Client,
            Household.name.label("household_name"),
            planner.full_name.label("planner_name"),
            address.line1,
            address.suburb,
            address.city,
            address.province,
            address.postal_code,
        )
        .outerjoin(Household, Household.id == Client.household_id)
        .outerjoin(planner, planner.id == Client.planner_id)
        .outerjoin(address, address.id == _first_address())
        .where(where)
        .order_by(
            sa.func.coalesce(Client.surname, Client.entity_name), Client.first_names, Client.id
        )
    )
    return list(session.execute(query))


def _value(row: sa.Row, attribute: str) -> object:
    client = row[0]
    if hasattr(client, attribute) and attribute not in ("line1",):
        return getattr(client, attribute)
    return getattr(row, attribute)


_FORMULA_START = ("=", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"^[+-]?[\d ()]+$")


def spreadsheet_safe(value: object) -> object:
    """Prefix text a spreadsheet would evaluate (CSV/formula injection) with an apostrophe."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_FORMULA_START) or (value[0] in "+-" and not _PHONE_LIKE.match(value)):
        return "'" + value
    return value


def _cell(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return ""
    return spreadsheet_safe(value)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    purpose: ExportPurpose
    clients: int


def export_clients(
    session: Session,
    *,
    actor: Actor,
    path: Path,
    format: ExportFormat | str,
    purpose: ExportPurpose | str = ExportPurpose.GENERAL,
    client_ids: Iterable[int] | None = None,
    include_archived: bool = False,
    today: dt.date | None = None,
    vcard_version: str = "3.0",
    one_file_per_card: bool = False,
    lawful_purpose: str | None = None,
    recipient_name: str | None = None,
    recipient_category: str = "other",
    recipient_purpose: str | None = None,
    recipient_basis: str | None = None,
    progress: Progress = SILENT,
) -> ExportResult:
    """Write a client list as CSV, XLSX or vCard (3.0 by default, which Outlook reads;
    ``vcard_version="4.0"`` on request; ``one_file_per_card`` writes a folder of .vcf
    files, one per client, for programs that read only the first card of a file).
    Audited with the count only.

    ``lawful_purpose``: why restricted or objecting clients may be included (for example
    "FSCA inspection request 2026/14"); it is recorded in the audit log. ``recipient_name``:
    who outside the practice receives the file; one disclosure per client is recorded
    (POPIA s23(1)(b)), so each client's s23 report and s24(3) notices name them.

    ``progress`` may stop the export (``Cancelled``) until the file is written, which
    leaves no file; the audit entry and the disclosures are added after the file is in
    place, and nothing asks ``progress`` again then, so nothing is recorded for a
    cancelled export and no written file goes unrecorded.
    """
    require(actor, Permission.BULK_EXPORT)
    format = ExportFormat(format)
    purpose = ExportPurpose(purpose)
    if format == ExportFormat.JSON:
        raise ExportError(
            "A JSON export is of the whole practice.", hint="Use export_practice_json."
        )
    lawful_purpose = (lawful_purpose or "").strip() or None
    if lawful_purpose is not None and purpose == ExportPurpose.MARKETING:
        raise ExportError(
            "A marketing list never includes restricted or objecting clients.",
            hint="Leave out the lawful purpose, or export for a general purpose.",
        )
    recipient_name = (recipient_name or "").strip() or None
    if recipient_name is not None:
        from clientmanager.services.disclosures import LAWFUL_BASES, RECIPIENT_CATEGORIES

        if recipient_category not in RECIPIENT_CATEGORIES:
            raise ExportError(
                "{recipient_category!r} is not a kind of recipient.",
                hint="Choose one of: {categories}.",
                recipient_category=recipient_category,
                categories=", ".join(RECIPIENT_CATEGORIES),
            )
        if recipient_basis is not None and recipient_basis not in LAWFUL_BASES:
            raise ExportError(
                "{recipient_basis!r} is not a lawful basis.",
                hint="Choose one of: {bases}.",
                recipient_basis=recipient_basis,
                bases=", ".join(LAWFUL_BASES),
            )
        if not (recipient_purpose or "").strip():
            raise ExportError(
                "Say why the recipient receives this list.",
                hint="The purpose goes into each client's disclosure register.",
            )
    where = export_filter(
        session,
        actor,
        purpose=purpose,
        client_ids=client_ids,
        include_archived=include_archived,
        today=today,
        lawful_purpose=lawful_purpose,
    )
    progress(0.05, "Reading the clients")
    rows = _client_rows(session, where)
    columns = [
        c for c in LIST_COLUMNS if purpose != ExportPurpose.MARKETING or c[1] in _MARKETING_COLUMNS
    ]
    path = Path(path)
    content: bytes | None = None
    if format == ExportFormat.CSV:
        content = _csv_bytes(rows, columns, progress.part(0.1, 0.9))
    elif format == ExportFormat.XLSX:
        content = _xlsx_bytes(rows, columns, progress.part(0.1, 0.9))
    # The last point at which Cancel is honoured: after this the file is in place.
    progress(0.95, "Writing the file")
    if content is not None:
        write_atomically(path, content)
    else:
        write_vcards(path, [row[0] for row in rows], vcard_version, one_file_per_card)
    audit.record(
        session,
        actor=actor,
        action="export.clients",
        summary=f"{format.value}, {len(rows)} clients, purpose {purpose.value}"
        + (", filtered list" if client_ids is not None else "")
        + (
            f", restricted and objecting included for: {lawful_purpose[:200]}"
            if lawful_purpose
            else ""
        ),
    )
    if recipient_name is not None:
        from clientmanager.services.disclosures import record_disclosure

        shared = (
            "Contact details"
            if purpose == ExportPurpose.MARKETING
            else ("Identity, contact details, household, address")
        )
        for row in rows:
            record_disclosure(
                session,
                actor=actor,
                client_id=row[0].id,
                recipient_category=recipient_category,
                recipient_name=recipient_name,
                purpose=recipient_purpose or "",
                categories=shared,
                channel="export",
                lawful_basis=recipient_basis,
                source=f"export:{format.value}",
            )
    return ExportResult(path, format, purpose, len(rows))


def _csv_bytes(
    rows: list[sa.Row], columns: list[tuple[str, str]], progress: Progress = SILENT
) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([header for header, _a in columns])
    for number, row in enumerate(rows):
        if number % 200 == 0:
            progress.counted(number, len(rows), "Writing the list")
        writer.writerow([_cell(_value(row, attribute)) for _h, attribute in columns])
    # UTF-8 with a BOM: Excel on Windows then shows accents (Zoë, Müller) correctly.
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_bytes(
    rows: list[sa.Row], columns: list[tuple[str, str]], progress: Progress = SILENT
) -> bytes:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    # The values first, so a cancel never leaves openpyxl's write-only sheet half open.
    table = []
    for number, row in enumerate(rows):
        if number % 200 == 0:
            progress.counted(number, len(rows), "Writing the list")
        values = []
        for _h, attribute in columns:
            value = _value(row, attribute)
            if isinstance(value, str):
                value = spreadsheet_safe(value)
                if isinstance(value, str) and value.startswith("="):
                    value = "'" + value  # openpyxl would store it as a formula
            values.append(value)
        table.append(values)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Clients")
    bold = Font(bold=True)
    header = []
    for title, _a in columns:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    sheet.freeze_panes = "A2"
    for values in table:
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) ---------------------------------------------------

# Outlook (and most phones' import) reads 2.1 and 3.0; 4.0 is for CardDAV-era programs.
VCARD_VERSIONS = ("3.0", "4.0")
VCARD_DEFAULT_VERSION = "3.0"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets (RFC 6350 3.2, RFC 2426 2.6), never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _check_vcard_version(version: str) -> str:
    if version not in VCARD_VERSIONS:
        raise ExportError(
            "vCard version {requested} is not supported.",
            hint="Choose 3.0 (Outlook, phones) or 4.0.",
            requested=version,
        )
    return version


def vcard(client: Client, version: str = VCARD_DEFAULT_VERSION) -> str:
    """One client as a vCard: 3.0 (the default) or 4.0."""
    v4 = _check_vcard_version(version) == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if client.kind == "person":
        fn = " ".join(p for p in (client.title, client.first_names, client.surname) if p)
        if v4:
            lines.append("KIND:individual")
        lines.append(
            "N:"
            + ";".join(
                _escape(p or "") for p in (client.surname, client.first_names, "", client.title, "")
            )
        )
        if client.preferred_name:
            lines.append("NICKNAME:" + _escape(client.preferred_name))
        if client.date_of_birth:
            lines.append(
                f"BDAY:{client.date_of_birth:%Y%m%d}"
                if v4
                else f"BDAY:{client.date_of_birth:%Y-%m-%d}"
            )
        if v4 and client.gender in ("male", "female"):
            lines.append("GENDER:" + ("M" if client.gender == "male" else "F"))
    else:
        fn = client.entity_name or ""
        if v4:
            lines.append("KIND:org")
        lines.append("N:" + _escape(fn) + ";;;;")
        lines.append("ORG:" + _escape(fn))
    lines.append("FN:" + _escape(fn or "(no name)"))
    if client.email:
        lines.append(
            ("EMAIL;TYPE=home:" if v4 else "EMAIL;TYPE=INTERNET,HOME:") + _escape(client.email)
        )
    for number, kind, kind3 in (
        (client.mobile, "cell", "CELL,VOICE"),
        (client.home_phone, "home,voice", "HOME,VOICE"),
        (client.work_phone, "work,voice", "WORK,VOICE"),
    ):
        if number:
            lines.append(
                f'TEL;VALUE=uri;TYPE="{kind}":tel:{number}' if v4 else f"TEL;TYPE={kind3}:{number}"
            )
    for address in getattr(client, "addresses", [])[:1]:
        parts = (
            "",
            address.line2 or "",
            address.line1,
            address.city or address.suburb or "",
            address.province or "",
            address.postal_code or "",
            address.country or "",
        )
        lines.append(
            ("ADR;TYPE=home:" if v4 else "ADR;TYPE=HOME:") + ";".join(_escape(p) for p in parts)
        )
    lines.append(f"UID:urn:clientmanager:client:{client.id}")
    lines.append(f"REV:{(client.updated_at or utcnow()):%Y%m%dT%H%M%SZ}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def vcards(clients: Iterable[Client], version: str = VCARD_DEFAULT_VERSION) -> str:
    return "".join(vcard(client, version) for client in clients)


_UNSAFE_IN_FILE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def vcard_file_name(client: Client) -> str:
    """``<client number> <name>.vcf``: unique (the number), safe on Windows and macOS."""
    if client.kind == "person":
        name = " ".join(p for p in (client.first_names, client.surname) if p)
    else:
        name = client.entity_name or ""
    name = _UNSAFE_IN_FILE_NAME.sub("_", name).strip(" .")[:80]
    return f"{client.id:06d} {name}.vcf" if name else f"{client.id:06d}.vcf"


def write_vcards(
    path: Path,
    clients: list[Client],
    version: str = VCARD_DEFAULT_VERSION,
    one_per_file: bool = False,
) -> None:
    """All cards in one file, or (``one_per_file``) one file per card in the folder ``path``."""
    _check_vcard_version(version)
    if not one_per_file:
        write_atomically(path, vcards(clients, version).encode("utf-8"))
        return
    if path.exists() and not path.is_dir():
        raise ExportError(
            "{name} is a file; one card per file needs a folder.",
            hint="Give the name of a new or empty folder to write the .vcf files into.",
            name=path.name,
        )
    path.mkdir(parents=True, exist_ok=True)
    for client in clients:
        write_atomically(path / vcard_file_name(client), vcard(client, version).encode("utf-8"))


# --- the whole practice as JSON -----------------------------------------------------------------

JSON_FORMAT = "clientmanager-practice-export"
JSON_SCHEMA_VERSION = 1
# Never exported: nothing here is a secret (the key lives only in the key-slot file), but
# password hashes are of no use outside this practice and are left out all the same.
_LEFT_OUT_COLUMNS = {("users", "password_hash")}


def _json_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _tables() -> list[sa.Table]:
    return list(Base.metadata.sorted_tables)


def export_practice_json(
    session: Session,
    *,
    actor: Actor,
    path: Path,
    progress: Progress = SILENT,
    password: str | None = None,
) -> dict[str, int]:
    """Every table of the practice, schema-versioned. A ``.zip`` path puts the JSON and
    each document as a file (``documents/<id>-<name>``) in an AES-256 encrypted zip that
    opens with ``password`` (required: the archive holds everything); otherwise documents
    are inline, base64. Returns the row count per table. Administrators only.

    ``progress`` may stop it (``Cancelled``) while tables are read: the zip is still a
    temporary file then and is removed, and nothing has been audited."""
    require(actor, Permission.BULK_EXPORT)
    require(actor, Permission.USERS_MANAGE)
    path = Path(path)
    as_zip = path.suffix.lower() == ".zip"
    if as_zip and not password:
        raise ExportError(
            "The whole-practice export is an encrypted archive: it needs a password.",
            hint="Give a password (the command line makes a random one and shows it once).",
        )
    revision = session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    practice = session.scalar(sa.select(Practice))
    tables_out: dict[str, dict] = {}
    counts: dict[str, int] = {}
    tables = _tables()
    with contextlib.ExitStack() as stack:
        archive: zipfile.ZipFile | None = None
        file_names: dict[int, str] = {}
        if as_zip:
            # Documents stream into the zip one by one instead of being held in memory.
            import pyzipper

            handle = stack.enter_context(atomic_output(path))
            archive = stack.enter_context(
                pyzipper.AESZipFile(
                    handle, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
                )
            )
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            documents = Base.metadata.tables["documents"]
            for doc_id, filename in session.execute(
                sa.select(documents.c.id, documents.c.filename)
            ):
                safe = re.sub(r"[^\w.\- ]", "_", filename or "document")[:120]
                file_names[doc_id] = f"documents/{doc_id}-{safe}"
        for number, table in enumerate(tables, start=1):
            columns = [
                c.name for c in table.columns if (table.name, c.name) not in _LEFT_OUT_COLUMNS
            ]
            order = [table.c[c.name] for c in table.primary_key.columns]
            rows = []
            result = session.execute(sa.select(*[table.c[c] for c in columns]).order_by(*order))
            for values in result:
                out = []
                for name, value in zip(columns, values, strict=True):
                    if (
                        archive is not None
                        and table.name == "document_contents"
                        and name == "content"
                    ):
                        file_name = file_names.get(values[0], f"documents/{values[0]}")
                        archive.writestr(file_name, bytes(value))
                        out.append({"file": file_name})
                    else:
                        out.append(_json_value(value))
                rows.append(out)
            tables_out[table.name] = {"columns": columns, "rows": rows}
            counts[table.name] = len(rows)
            progress.counted(number, len(tables) + 1, f"Exported {table.name}")
        document = {
            "format": JSON_FORMAT,
            "schema_version": JSON_SCHEMA_VERSION,
            "database_revision": revision,
            "exported_at": utcnow().isoformat(timespec="seconds") + "Z",
            "practice_name": practice.name if practice else None,
            "documents": "files" if as_zip else "inline-base64",
            "tables": tables_out,
        }
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        progress.counted(len(tables), len(tables) + 1, "Writing the file")
        if archive is not None:
            archive.writestr("practice.json", data)
    if not as_zip:
        write_atomically(path, data)
    audit.record(
        session,
        actor=actor,
        action="export.practice",
        summary=f"json{' (AES-256 zip)' if as_zip else ''}, {counts.get('clients', 0)} clients, "
        f"{sum(counts.values())} rows in {len(counts)} tables",
    )
    return counts


def read_practice_json(path: Path, password: str | None = None) -> dict:
    import pyzipper

    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            with pyzipper.AESZipFile(path) as archive:
                if password:
                    archive.setpassword(password.encode("utf-8"))
                try:
                    archive.getinfo("practice.json")
                    raw = archive.read("practice.json")
                except RuntimeError:
                    raise ExportError(
                        "{name} is encrypted and the password is wrong."
                        if password
                        else "{name} is encrypted and the password is missing.",
                        hint="Give the password shown when the export was made.",
                        name=path.name,
                    ) from None
                document = json.loads(raw)
                for table in document["tables"].values():
                    for row in table["rows"]:
                        for index, value in enumerate(row):
                            if isinstance(value, dict) and "file" in value:
                                row[index] = {
                                    "base64": base64.b64encode(archive.read(value["file"])).decode()
                                }
        else:
            document = json.loads(path.read_bytes())
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ExportError(
            "{name} is not a readable practice export ({error}).",
            hint="Use the .json or .zip file written by 'clientmanager export --format json'.",
            name=path.name,
            error=type(exc).__name__,
        ) from None
    if document.get("format") != JSON_FORMAT:
        raise ExportError(
            "{name} is not a ClientManager practice export.",
            hint="Use the file written by 'clientmanager export --format json'.",
            name=path.name,
        )
    if document.get("schema_version") != JSON_SCHEMA_VERSION:
        raise ExportError(
            "{name} uses export format version {found}; this program reads version {supported}.",
            hint="Import it with the version of ClientManager that wrote it, or a newer one.",
            name=path.name,
            found=document.get("schema_version"),
            supported=JSON_SCHEMA_VERSION,
        )
    return document


# Tables that already hold rows in a new practice: the export's rows replace those with the
# same key. The practice row and users are matched, and the audit log stays the target's own
# (its hash chain cannot take foreign rows); the import is recorded in it instead.
_MERGED_TABLES = {"settings", "retention_rules"}
_SPECIAL_TABLES = {"practice", "users", "audit_log"}


def _from_json(column: sa.Column, value: object) -> object:
    if value is None:
        return None
    if isinstance(value, dict) and "base64" in value:
        return base64.b64decode(value["base64"])
    python_type = None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        pass
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    return value


def import_practice_json(
    session: Session, *, actor: Actor, path: Path, password: str | None = None
) -> dict[str, int]:
    """Load a practice export into this practice, which must hold no clients yet.

    Row ids are kept, so every link survives; users are matched by user name (new ones are
    added without a password: the administrator gives them one). Returns rows per table.
    """
    require(actor, Permission.USERS_MANAGE)
    require(actor, Permission.IMPORT)
    document = read_practice_json(path, password)
    here = session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    if document.get("database_revision") != here:
        raise ExportError(
            "The export is of database version {found}, this practice is at {here}.",
            hint="Open the export's practice with this version of ClientManager first, so "
            "it is upgraded, and export it again.",
            found=document.get("database_revision"),
            here=here,
        )
    if session.scalar(sa.select(sa.func.count()).select_from(Client)):
        raise ExportError(
            "This practice already holds clients; a practice export can only be loaded "
            "into a new, empty practice.",
            hint="Create a new practice with 'clientmanager init' and load the export there.",
        )
    tables = {table.name: table for table in _tables()}
    data = document["tables"]

    # Users, matched by name, give the id map for every column that points at users.id.
    user_ids: dict[int, int] = {}
    users = tables["users"]
    for values in data.get("users", {}).get("rows", []):
        row = dict(zip(data["users"]["columns"], values, strict=True))
        existing = session.scalar(sa.select(User.id).where(User.username == row["username"]))
        if existing is None:
            params = {
                name: _from_json(users.c[name], value)
                for name, value in row.items()
                if name != "id" and name in users.c
            }
            params["password_hash"] = None
            existing = session.execute(
                sa.insert(users).values(**params).returning(users.c.id)
            ).scalar_one()
        user_ids[row["id"]] = existing

    practice_rows = data.get("practice", {}).get("rows", [])
    if practice_rows:
        row = dict(zip(data["practice"]["columns"], practice_rows[0], strict=True))
        keep = {k: v for k, v in row.items() if k not in ("id", "practice_id", "created_at")}
        session.execute(sa.update(tables["practice"]).values(**keep))

    counts: dict[str, int] = {}
    for name, table in tables.items():
        if name in _SPECIAL_TABLES or name not in data:
            continue
        columns = data[name]["columns"]
        user_columns = {
            c.name
            for c in table.columns
            if any(fk.column.table.name == "users" for fk in c.foreign_keys)
        }
        params = []
        for values in data[name]["rows"]:
            row = {}
            for column_name, value in zip(columns, values, strict=True):
                if column_name not in table.c:
                    continue
                value = _from_json(table.c[column_name], value)
                if column_name in user_columns and value is not None:
                    value = user_ids.get(value)
                row[column_name] = value
            params.append(row)
        if name in _MERGED_TABLES and params:
            keys = [c.name for c in table.primary_key.columns]
            for row in params:
                session.execute(sa.delete(table).where(*[table.c[k] == row[k] for k in keys]))
        if params:
            for start in range(0, len(params), 1000):
                session.execute(sa.insert(table), params[start : start + 1000])
        counts[name] = len(params)
    audit.record(
        session,
        actor=actor,
        action="import.practice",
        summary=f"{counts.get('clients', 0)} clients, {sum(counts.values())} rows "
        f"from a practice export",
    )
    return counts


def content_counts(session: Session) -> dict[str, int]:
    """Rows per table, the audit log aside: what a JSON round trip must preserve."""
    return {
        table.name: session.scalar(sa.select(sa.func.count()).select_from(table))
        for table in _tables()
        if table.name != AuditEntry.__tablename__
    }


__all__ = [
    "ExportFormat",
    "ExportPurpose",
    "ExportResult",
    "content_counts",
    "export_clients",
    "export_filter",
    "export_practice_json",
    "import_practice_json",
    "read_practice_json",
    "spreadsheet_safe",
    "vcard",
    "vcard_file_name",
    "vcards",
    "write_vcards",
]
