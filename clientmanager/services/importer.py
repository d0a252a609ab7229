"""Bringing clients in from spreadsheets: CSV (any common encoding and delimiter) and XLSX.

The flow is the one the import wizard and ``clientmanager import`` share:

1. :func:`read_source` reads the file: encoding (UTF-8 with or without a BOM, else
   Windows-1252) and delimiter (``,`` ``;`` tab ``|``) are detected for CSV; an XLSX
   workbook's first sheet holds the clients and sheets called "Policies" or "Notes" may
   hold related rows.
2. :func:`guess_mapping` maps column headers to fields (``Cell`` -> mobile, ``ID No`` ->
   ID number...); the user corrects it and may save it (:func:`save_mapping`).
3. :func:`analyse` validates every row with the same domain validators as the forms, and
   finds duplicates, against the practice and within the file, by SA ID, then e-mail or
   mobile, then name plus date of birth (a company or trust: by registration number,
   then e-mail or mobile, then name; never a person and a company as one). Nothing is
   written.
4. :func:`run_import` applies the plan in the caller's transaction, with progress and
   cancel; a cancel or an error raises, and the caller's session rolls everything back,
   so nothing is ever half-imported. The audit entry holds counts only.

Bad rows keep their row number (as a spreadsheet shows it) and the reason, and can be
saved as a CSV to fix and import again (:func:`write_bad_rows`). Reasons never repeat the
rejected value: they may end up in a screenshot or a support e-mail.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain import ValidationError, parse_sa_id
from clientmanager.domain.client_fields import (
    ADDRESS_FIELDS,
    CLIENT_FIELDS,
    CLIENT_KIND_FIELD,
    ENTITY_FIELDS,
    PERSON_ONLY,
    FieldSpec,
    is_entity,
    parse_value,
    registration_key,
)
from clientmanager.domain.text import check_plain_text
from clientmanager.errors import ClientManagerError
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.bulk_work import cyclic_gc_paused
from clientmanager.services.ownership import OWNER_ROLES
from clientmanager.services.permissions import (
    Permission,
    allows,
    require,
    visible_clients_clause,
)
from clientmanager.services.progress import SILENT, Cancelled, Progress
from clientmanager.services.settings import put_setting
from clientmanager.store.expressions import has_non_ascii, in_json_list, iso_date_text
from clientmanager.store.files import atomic_output
from clientmanager.store.models import (
    Address,
    Client,
    Household,
    Note,
    Policy,
    Setting,
    User,
    utcnow,
)
from clientmanager.store.search_index import bulk_load_of_new_clients

if TYPE_CHECKING:
    from concurrent.futures import Future

logger = logging.getLogger(__name__)

MAPPING_SETTING_PREFIX = "import_mapping:"
PROGRESS_EVERY = 250


class ImportFileError(ClientManagerError):
    """The file cannot be read as a client list."""


# The user stopped the import (the one progress protocol's Cancelled); the transaction
# is rolled back.
ImportCancelled = Cancelled


class DuplicateAction(StrEnum):
    UPDATE_EMPTY = "update-empty"  # fill the existing client's empty fields only
    OVERWRITE = "overwrite"  # the file's values replace the existing ones
    SKIP = "skip"
    CREATE = "create"  # a new client anyway (two people who only look alike)


DUPLICATE_ACTION_LABELS = {
    DuplicateAction.UPDATE_EMPTY: "Update the existing client (empty fields only)",
    DuplicateAction.OVERWRITE: "Update the existing client (overwrite)",
    DuplicateAction.SKIP: "Skip this row",
    DuplicateAction.CREATE: "Create a new client anyway",
}


# --- fields and header guesses --------------------------------------------------------------


def _spec(key: str, label: str, kind: str, *aliases: str) -> FieldSpec:
    return FieldSpec(key, label, kind, aliases=aliases)


# The client's own fields come from the one catalogue (domain/client_fields.py); only
# what exists in imports alone (a full name, related policies, notes) is described here.
# Aliases are compared after _header_key(): lower case, letters and digits only.
FIELDS: tuple[FieldSpec, ...] = (
    _spec("full_name", "Full name", "text", "name", "fullname", "clientname", "client", "naam"),
    *CLIENT_FIELDS,
    # Companies and trusts (the export writes these columns; a person's row leaves them
    # empty).
    CLIENT_KIND_FIELD,
    *ENTITY_FIELDS,
    _spec("passport_number", "Passport number", "text", "passport", "passportnumber", "passportno"),
    _spec("gender", "Gender", "choice", "gender", "sex", "geslag"),
    _spec("category", "Client or prospect", "choice", "category", "status"),
    _spec("household", "Household", "text", "household", "householdname", "family"),
    _spec("household_role", "Household role", "choice", "householdrole", "role"),
    # Who looks after the client: a user of this practice, by user name or full name (the
    # export writes the full name). Without the column, whoever imports looks after them.
    _spec(
        "planner",
        "Planner",
        "text",
        "planner",
        "financialplanner",
        "adviser",
        "advisor",
        "financialadviser",
        "financialadvisor",
        "broker",
        "beplanner",
        "adviseur",
        "makelaar",
    ),
    *(
        replace(spec, key=f"address_{spec.key}") if spec.key == "line1" else spec
        for spec in ADDRESS_FIELDS
        if spec.key != "line2"
    ),
    _spec("country", "Country", "text", "country", "homecountry", "homecountryregion"),
    _spec(
        "policy_number",
        "Policy number",
        "text",
        "policynumber",
        "policyno",
        "policy",
        "contractnumber",
        "polisnommer",
    ),
    _spec(
        "provider",
        "Provider",
        "text",
        "provider",
        "productprovider",
        "insurer",
        "lifecompany",
        "verskaffer",
    ),
    _spec("product_type", "Product type", "text", "product", "producttype", "plantype"),
    _spec("premium", "Premium", "amount", "premium", "monthlypremium", "premie"),
    _spec(
        "cover_amount", "Cover amount", "amount", "cover", "coveramount", "sumassured", "dekking"
    ),
    _spec("fund_value", "Fund value", "amount", "fundvalue", "value", "marketvalue"),
    _spec(
        "policy_start",
        "Policy start date",
        "date",
        "startdate",
        "policystart",
        "inceptiondate",
        "commencementdate",
    ),
    _spec(
        "relationship_start",
        "Client since",
        "date",
        "clientsince",
        "relationshipstart",
        "clientsincedate",
        "klientsedert",
    ),
    _spec("note", "Note", "multiline", "note", "notes", "comment", "comments", "remarks"),
    _spec("note_subject", "Note subject", "text", "notesubject", "subject"),
)
FIELD_BY_KEY = {spec.key: spec for spec in FIELDS}
IGNORE = ""  # mapping value for a column that is not imported
# A file must map one of these: every client has a surname or a company or trust name.
NAME_FIELDS = frozenset({"surname", "full_name", "entity_name"})
# Headers never guessed as a field: another system's client number means nothing here
# (without this, "Client number" starts with the full name's alias "client").
_NEVER_GUESSED = frozenset({"clientnumber", "clientno", "clientid", "clientcode", "clientref"})

CLIENT_TEXT_FIELDS = (
    "title",
    "first_names",
    "surname",
    "preferred_name",
    "passport_number",
    "tax_number",
    "occupation",
    "employer",
    "marital_status",
    "preferred_language",
)
CLIENT_FIELDS = (
    *CLIENT_TEXT_FIELDS,
    "id_number",
    "date_of_birth",
    "gender",
    "email",
    "mobile",
    "home_phone",
    "work_phone",
    "category",
    "household_role",
    "entity_name",
    "registration_number",
    "relationship_start",
    "last_review_on",
)
# Client columns a duplicate's update may fill; identity keys are never overwritten.
UPDATABLE_FIELDS = tuple(f for f in CLIENT_FIELDS if f not in ("id_number", "registration_number"))
ADDRESS_FIELDS = ("address_line1", "suburb", "city", "province", "postal_code")
POLICY_FIELDS = ("policy_number", "provider", "product_type", "premium", "cover_amount")
POLICY_FIELDS_ALL = (*POLICY_FIELDS, "fund_value", "policy_start")


def _header_key(header: str) -> str:
    text = unicodedata.normalize("NFKD", header).casefold()
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


_ALIASES = {alias: spec.key for spec in FIELDS for alias in spec.aliases}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Map each header to a field key (or ``""`` to ignore it), each field used once.

    "Name" beside a "Surname" column means the first names; alone it is the full name.
    """
    keys = [_header_key(h) for h in headers]
    mapping: dict[str, str] = {}
    used: set[str] = set()
    has_surname = any(_ALIASES.get(k) == "surname" for k in keys)
    for header, key in zip(headers, keys, strict=True):
        if key in _NEVER_GUESSED:
            mapping[header] = IGNORE
            continue
        field_key = _ALIASES.get(key, IGNORE)
        if field_key == "full_name" and has_surname:
            field_key = "first_names"
        if not field_key:
            # "Cell (work)", "E-mail address 1": the longest alias the header starts with.
            for alias in sorted(_ALIASES, key=len, reverse=True):
                if len(alias) >= 4 and key.startswith(alias):
                    field_key = _ALIASES[alias]
                    break
        if field_key in used:
            field_key = IGNORE
        if field_key:
            used.add(field_key)
        mapping[header] = field_key
    return mapping


# --- saved mappings (settings table, JSON) --------------------------------------------------


def save_mapping(session: Session, name: str, mapping: dict[str, str]) -> None:
    name = name.strip()
    if not name or len(MAPPING_SETTING_PREFIX + name) > 100:
        raise ValidationError("Mapping name", "use 1 to 80 characters")
    unknown = sorted({v for v in mapping.values() if v and v not in FIELD_BY_KEY})
    if unknown:
        raise ValidationError(
            "Mapping", "refers to fields that do not exist: " + ", ".join(unknown)
        )
    key = MAPPING_SETTING_PREFIX + name
    put_setting(session, key, json.dumps(mapping, ensure_ascii=False, sort_keys=True))
    session.flush()


def load_mapping(session: Session, name: str) -> dict[str, str]:
    row = session.get(Setting, MAPPING_SETTING_PREFIX + name.strip())
    if row is None:
        raise ClientManagerError(
            "There is no saved column mapping called {name!r}.",
            hint="Saved mappings: {saved}. Save one in the import wizard, or pass --map "
            "COLUMN=FIELD.",
            name=name.strip(),
            saved=", ".join(saved_mapping_names(session)) or "none yet",
        )
    return json.loads(row.value)


def saved_mapping_names(session: Session) -> list[str]:
    keys = session.scalars(
        sa.select(Setting.key).where(
            Setting.key.startswith(MAPPING_SETTING_PREFIX, autoescape=True)
        )
    )
    return sorted(k[len(MAPPING_SETTING_PREFIX) :] for k in keys)


# --- reading files --------------------------------------------------------------------------


@dataclass
class Sheet:
    name: str
    headers: list[str]
    # (row number as a spreadsheet shows it, cells as text); blank lines are left out.
    rows: list[tuple[int, list[str]]]


@dataclass
class SourceFile:
    path: Path
    kind: str  # csv, xlsx or vcard
    clients: Sheet
    related: dict[str, Sheet] = field(default_factory=dict)  # "policies", "notes"
    encoding: str | None = None
    delimiter: str | None = None
    blank_lines: int = 0
    # Things the user should know before importing (e.g. formulas read as empty).
    warnings: list[str] = field(default_factory=list)


_DELIMITERS = [",", ";", "\t", "|"]
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (BOM or not), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five bytes are undefined in cp1252; Latin-1 maps every byte, so nothing is lost.
        return data.decode("latin-1"), "latin-1"


def _fits(text_lines: list[str], delimiter: str) -> bool:
    rows = list(csv.reader(text_lines, delimiter=delimiter))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows or len(rows[0]) < 2:
        return False
    width = len(rows[0])
    agree = sum(1 for r in rows[1:] if len(r) == width)
    return not rows[1:] or agree >= 0.8 * len(rows[1:])


def detect_delimiter(text: str) -> str:
    """The delimiter, by csv.Sniffer, checked against the header's width; else by count."""
    sample_lines = [line for line in text.splitlines()[:50] if line.strip()]
    sample = "\n".join(sample_lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed and _fits(sample_lines, sniffed):
        return sniffed
    # Sniffer can be fooled, e.g. by "R 1 250,00" amounts in a semicolon file: fall back
    # to the delimiter that splits the header line most while keeping rows the same width.
    header = sample_lines[0] if sample_lines else ""
    for delimiter in sorted(_DELIMITERS, key=header.count, reverse=True):
        if header.count(delimiter) and _fits(sample_lines, delimiter):
            return delimiter
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet_from_rows(name: str, numbered: Iterable[tuple[int, list[str]]]) -> tuple[Sheet, int]:
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    blank = 0
    for number, cells in numbered:
        cells = [c.strip() for c in cells]
        if not any(cells):
            blank += 1
            continue
        if header is None:
            header = _unique_headers(cells)
            continue
        if len(cells) < len(header):
            cells = cells + [""] * (len(header) - len(cells))
        rows.append((number, cells))
    if header is None:
        raise ImportFileError(
            "The file has no header row and no data.",
            hint="Save the spreadsheet with a first row of column names, then import it.",
        )
    return Sheet(name, header, rows), blank


def _unique_headers(cells: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    headers = []
    for index, cell in enumerate(cells, start=1):
        name = cell or f"Column {index}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        headers.append(name)
    return headers


# No client's row comes near this; a longer line is a file that is not a client list
# (a log, a data dump, a file with one unclosed quote), and the CSV reader's own limit
# would otherwise surface as a raw error.
MAX_LINE_CHARS = 100_000


def _not_a_client_list(path: Path, *, line: int | None = None) -> ImportFileError:
    where = f" (line {line:,})" if line else ""
    return ImportFileError(
        "{name} has a line far too long for a client list{where}: more than {limit:,} characters.",
        hint="Check that this is the client list exported from the old system or Excel. An "
        "unclosed quote mark can also join the whole file into one line: open it in a "
        "spreadsheet program, save it as CSV again, and import that.",
        name=path.name,
        where=where,
        limit=MAX_LINE_CHARS,
    )


def _refuse_overlong_lines(path: Path, text: str) -> None:
    start, number = 0, 1
    while True:
        end = text.find("\n", start)
        if (len(text) if end < 0 else end) - start > MAX_LINE_CHARS:
            raise _not_a_client_list(path, line=number)
        if end < 0:
            return
        start, number = end + 1, number + 1


@cyclic_gc_paused()
def read_source(path: Path) -> SourceFile:
    """Read a CSV or XLSX client list; raises :class:`ImportFileError` with what to do."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            "The file {name} was not found.", hint="Check the name and the folder.", name=path.name
        ) from None
    except OSError as exc:
        raise ImportFileError(
            "The file {name} could not be opened ({strerror}).",
            hint="Close it in Excel or any other program that has it open, and try again.",
            name=path.name,
            strerror=exc.strerror or "read error",
        ) from None
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, data)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise ImportFileError(
            "{name} is not an Excel .xlsx workbook.",
            hint="Open it in Excel and save it as .xlsx or as CSV, then import that file.",
            name=path.name,
        )
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            "{name} does not look like a CSV text file.",
            hint="Export the client list from the old system or Excel as CSV or .xlsx.",
            name=path.name,
        )
    text, encoding = decode_text(data)
    if is_vcard_text(text) or path.suffix.lower() == ".vcf":
        return read_vcards(path, text, encoding)
    _refuse_overlong_lines(path, text)
    try:
        delimiter = detect_delimiter(text)
    except csv.Error:
        raise _not_a_client_list(path) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        numbered = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise _not_a_client_list(path, line=reader.line_num) from None
        raise ImportFileError(
            "The CSV file is malformed near line {line_num}: {exc}.",
            hint="Open it in a spreadsheet program, check that line, and save it again.",
            line_num=reader.line_num,
            exc=exc,
        ) from None
    # Row numbers count physical lines, as a text editor or Excel shows them.
    sheet, blank = _sheet_from_rows("Clients", _renumber(numbered))
    return SourceFile(path, "csv", sheet, {}, encoding, delimiter, blank)


def _renumber(numbered: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    # csv.reader.line_num is the line the record ENDS on; a quoted value may span lines,
    # so use the line after the previous record's end as the record's first line.
    result = []
    previous_end = 0
    for end, row in numbered:
        result.append((previous_end + 1, row))
        previous_end = end
    return result


_RELATED_SHEETS = {
    "policies": "policies",
    "policy": "policies",
    "polisse": "policies",
    "notes": "notes",
    "note": "notes",
    "notas": "notes",
}


def _read_xlsx(path: Path, data: bytes) -> SourceFile:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged workbook
        logger.info("xlsx could not be read: %s", type(exc).__name__)
        raise ImportFileError(
            "{name} could not be read as an Excel workbook.",
            hint="It may be damaged or password-protected. Open it in Excel, save a copy "
            "as .xlsx or CSV, and import that.",
            name=path.name,
        ) from None
    try:
        sheets: list[Sheet] = []
        blank_total = 0
        for worksheet in workbook.worksheets:
            numbered = (
                (number, [_cell_text(v) for v in values])
                for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
            )
            try:
                sheet, blank = _sheet_from_rows(worksheet.title, numbered)
            except ImportFileError:
                continue  # an empty sheet
            sheets.append(sheet)
            blank_total += blank if not sheets[1:] else 0
    finally:
        workbook.close()
    if not sheets:
        raise ImportFileError(
            "{name} has no sheet with data.",
            hint="Put the client list on the first sheet with a header row.",
            name=path.name,
        )
    related = {}
    for sheet in sheets[1:]:
        kind = _RELATED_SHEETS.get(_header_key(sheet.name))
        if kind and kind not in related:
            related[kind] = sheet
    warnings = _uncalculated_formulas(path, data)
    return SourceFile(path, "xlsx", sheets[0], related, None, None, blank_total, warnings)


def _uncalculated_formulas(path: Path, data: bytes) -> list[str]:
    """Formula cells the workbook holds no calculated value for. openpyxl reads only the
    value Excel last saved; a workbook written by another program (or never opened in
    Excel) has none, so those cells would import as empty without a word."""
    import openpyxl

    try:
        cached = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # already read once; a second failure only loses the warning
        return []
    warnings = []
    try:
        for with_values, with_formulas in zip(cached.worksheets, formulas.worksheets, strict=True):
            empty: list[str] = []
            rows = zip(with_values.iter_rows(), with_formulas.iter_rows(), strict=False)
            for value_row, formula_row in rows:
                for value_cell, formula_cell in zip(value_row, formula_row, strict=False):
                    text = formula_cell.value
                    if (
                        isinstance(text, str)
                        and text.startswith("=")
                        and value_cell.value
                        in (
                            None,
                            "",
                        )
                    ):
                        empty.append(formula_cell.coordinate)
            if empty:
                shown = ", ".join(empty[:5]) + (" …" if len(empty) > 5 else "")
                warnings.append(
                    f"Sheet “{with_values.title}” of {path.name} has {len(empty)} formula "
                    f"cell(s) with no calculated value ({shown}); they would be imported as "
                    "empty. Open the workbook in Excel and save it (or paste the cells as "
                    "values), then import it again."
                )
    finally:
        cached.close()
        formulas.close()
    return warnings


# --- vCard (2.1, 3.0, 4.0): contacts from Outlook, phones, Google -------------------------

# The columns a vCard becomes: FIELDS labels, so guess_mapping maps them without help.
VCARD_COLUMNS = (
    "Title",
    "First names",
    "Surname",
    "Preferred name",
    "Date of birth",
    "Gender",
    "E-mail",
    "Mobile",
    "Home phone",
    "Work phone",
    "Employer",
    "Street address",
    "City or town",
    "Province",
    "Postal code",
    "Note",
    "Client type",
    "Company or trust name",
)


def is_vcard_text(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"


def _vcard_lines(text: str) -> list[tuple[int, str]]:
    """Logical lines with the physical line each starts on: folded lines joined (a line
    starting with a space or tab continues the previous one), and vCard 2.1's
    quoted-printable soft line breaks ("=" at the end) joined too."""
    logical: list[tuple[int, str]] = []
    quoted_continues = False
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if quoted_continues and logical:
            start, previous = logical[-1]
            logical[-1] = (start, previous[:-1] + line)
        elif line[:1] in (" ", "\t") and logical:
            start, previous = logical[-1]
            logical[-1] = (start, previous + line[1:])
        elif line.strip():
            logical.append((number, line))
        else:
            continue
        current = logical[-1][1]
        head = current.split(":", 1)[0].upper()
        quoted_continues = "QUOTED-PRINTABLE" in head and current.endswith("=")
    return logical


def _vcard_property(line: str) -> tuple[str, dict[str, list[str]], str]:
    """NAME, parameters (upper-case keys; 2.1's bare "CELL" is TYPE=CELL), raw value."""
    head, _, value = line.partition(":")
    # Parameter values may be quoted and contain ':' (4.0): split outside quotes.
    if head.count('"') % 2:
        quoted_end = line.find('"', len(head) + 1)
        colon = line.find(":", quoted_end)
        head, value = line[:colon], line[colon + 1 :]
    name, *raw_params = _split_unescaped(head, ";", unescape=False)
    name = name.split(".")[-1].upper()  # "item1.TEL" (Apple's groups)
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, eq, val = raw.partition("=")
        if not eq:
            key, val = "TYPE", raw
        for item in val.split(","):
            params.setdefault(key.strip().upper(), []).append(item.strip().strip('"'))
    return name, params, value


def _split_unescaped(text: str, separator: str, *, unescape: bool = True) -> list[str]:
    parts, current, escaped = [], "", False
    for char in text:
        if escaped:
            current += ("\n" if char in "nN" else char) if unescape else "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current + ("\\" if escaped and not unescape else ""))
    return parts


def _vcard_value(params: dict[str, list[str]], raw: str, encoding: str) -> str:
    if "QUOTED-PRINTABLE" in [e.upper() for e in params.get("ENCODING", [])]:
        import quopri

        charset = (params.get("CHARSET") or ["utf-8"])[0]
        data = quopri.decodestring(raw.encode("latin-1", errors="replace"))
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            return data.decode("utf-8", errors="replace")
    charset = (params.get("CHARSET") or [None])[0]
    if charset and charset.lower().replace("-", "") not in ("utf8",) and encoding.startswith("utf"):
        # A 2.1 card in a legacy charset inside a file we decoded as UTF-8: re-decode.
        try:
            return raw.encode("utf-8").decode(charset)
        except (LookupError, UnicodeError):
            return raw
    return raw


def _vcard_date(text: str) -> str:
    """ISO date from 19850203, 1985-02-03 or 1985-02-03T00:00:00Z; "" if no year (--0203)."""
    text = text.strip()
    if text.startswith("--"):
        return ""
    digits = text.split("T")[0].replace("-", "")
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return text


def _card_row(properties: list[tuple[str, dict[str, list[str]], str]]) -> list[str]:
    row = dict.fromkeys(VCARD_COLUMNS, "")
    untyped_phones: list[str] = []
    full_name = organisation = card_kind = ""
    for name, params, value in properties:
        types = {t.lower() for t in params.get("TYPE", [])}
        if name == "KIND":
            card_kind = value.strip().lower()
        elif name == "N":
            parts = _split_unescaped(value, ";") + [""] * 5
            row["Surname"], row["First names"] = parts[0].strip(), parts[1].strip()
            middle = parts[2].strip()
            if middle:
                row["First names"] = f"{row['First names']} {middle}".strip()
            row["Title"] = parts[3].strip()
        elif name == "FN":
            full_name = _split_unescaped(value, "\0")[0].strip()
        elif name == "NICKNAME" and not row["Preferred name"]:
            row["Preferred name"] = _split_unescaped(value, ",")[0].strip()
        elif name == "BDAY":
            row["Date of birth"] = _vcard_date(value)
        elif name in ("GENDER", "X-GENDER"):
            row["Gender"] = value.split(";")[0].strip()
        elif name == "EMAIL" and not row["E-mail"]:
            row["E-mail"] = value.strip()
        elif name == "TEL":
            number = value.strip()
            number = number[4:] if number.lower().startswith("tel:") else number
            if "cell" in types or "mobile" in types:
                column = "Mobile"
            elif "home" in types:
                column = "Home phone"
            elif "work" in types:
                column = "Work phone"
            else:
                untyped_phones.append(number)
                continue
            if not row[column]:
                row[column] = number
        elif name == "ORG":
            organisation = _split_unescaped(value, ";")[0].strip()
        elif name == "ADR" and not row["Street address"]:
            parts = _split_unescaped(value, ";") + [""] * 7
            street = ", ".join(p.strip() for p in (parts[1], parts[2]) if p.strip())
            row["Street address"] = street.replace("\n", ", ")
            row["City or town"], row["Province"] = parts[3].strip(), parts[4].strip()
            row["Postal code"] = parts[5].strip()
        elif name == "NOTE" and not row["Note"]:
            row["Note"] = _split_unescaped(value, "\0")[0].strip()
    for number in untyped_phones:
        for column in ("Mobile", "Home phone", "Work phone"):
            if not row[column]:
                row[column] = number
                break
    named = organisation or full_name
    if named and (
        card_kind == "org"
        # A company's card without KIND (vCard 3.0, Outlook): ORG, and N empty or the
        # ORG again, as our own export writes it.
        or (organisation and not row["First names"] and row["Surname"] in ("", organisation))
    ):
        _as_organisation(row, named)
    elif not row["Surname"] and not row["First names"]:
        # A card with only FN: a person's full name.
        if full_name and full_name != organisation:
            title, first, surname = _split_full_name(full_name)
            row["Title"] = row["Title"] or title or ""
            row["First names"], row["Surname"] = first or "", surname or ""
        else:
            row["Surname"] = organisation
    elif organisation:
        row["Employer"] = organisation
    return [row[column] for column in VCARD_COLUMNS]


def _as_organisation(row: dict[str, str], name: str) -> None:
    """An organisation's card as a company's row (a trust where its name says so: a card
    has no other way to tell them apart). N repeating the name is dropped; any other
    person's field stays, so the check names it instead of losing it."""
    if row["Surname"] == name:
        row["Surname"] = ""
    row["Company or trust name"] = name
    row["Client type"] = "trust" if _TRUST_SUFFIX.search(name) else "company"


def read_vcards(path: Path, text: str, encoding: str = "utf-8") -> SourceFile:
    """Every card in a .vcf file (vCard 2.1, 3.0 or 4.0) as one row each; the row number
    is the line its BEGIN:VCARD is on."""
    rows: list[tuple[int, list[str]]] = []
    depth = 0
    start = 0
    properties: list[tuple[str, dict[str, list[str]], str]] = []
    for number, line in _vcard_lines(text):
        name, params, raw = _vcard_property(line)
        if name == "BEGIN" and raw.strip().upper() == "VCARD":
            depth += 1
            if depth == 1:
                start, properties = number, []
            continue
        if name == "END" and raw.strip().upper() == "VCARD":
            depth -= 1
            if depth == 0:
                rows.append((start, _card_row(properties)))
            depth = max(depth, 0)
            continue
        if depth == 1 and name not in ("PHOTO", "LOGO", "SOUND", "KEY"):
            properties.append((name, params, _vcard_value(params, raw, encoding)))
    if not rows:
        raise ImportFileError(
            "{name} has no contact cards (BEGIN:VCARD ... END:VCARD).",
            hint="Export the contacts again as vCard (.vcf) or as CSV, then import that file.",
            name=path.name,
        )
    return SourceFile(path, "vcard", Sheet("Contacts", list(VCARD_COLUMNS), rows), {}, encoding)


# --- analysing: validation and duplicates ---------------------------------------------------


@dataclass
class DuplicateMatch:
    matched_on: str  # "SA ID number", "e-mail", "mobile", "name and date of birth"
    existing_client_id: int | None = None  # a client already in the practice
    existing_name: str = ""
    earlier_row: int | None = None  # or an earlier row of the same file


@dataclass
class PlannedRow:
    row_number: int
    cells: list[str]
    values: dict[str, object]
    problems: list[str]
    duplicate: DuplicateMatch | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def display_name(self) -> str:
        v = self.values
        if v.get("entity_name"):
            return str(v["entity_name"])
        return " ".join(str(v[k]) for k in ("first_names", "surname") if v.get(k)) or str(
            v.get("full_name") or ""
        )


@dataclass
class RelatedRow:
    kind: str  # policies or notes
    row_number: int
    values: dict[str, object]
    client_key: tuple[str, str] | None  # ("id_number", "...") or ("email", "...")


@dataclass(frozen=True)
class RelatedProblem:
    """A row of a Policies or Notes sheet that was not imported, and each reason why."""

    sheet: str
    row_number: int
    problems: tuple[str, ...]

    @property
    def text(self) -> str:
        return "; ".join(self.problems)


@dataclass
class ImportPlan:
    source: SourceFile
    mapping: dict[str, str]
    rows: list[PlannedRow]
    related: list[RelatedRow] = field(default_factory=list)
    related_problems: list[RelatedProblem] = field(default_factory=list)

    @property
    def good_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.ok and r.duplicate is not None]


_GENDERS = {
    "m": "male",
    "male": "male",
    "man": "male",
    "manlik": "male",
    "f": "female",
    "female": "female",
    "woman": "female",
    "v": "female",
    "vroulik": "female",
}
_CATEGORIES = {"client": "client", "prospect": "prospect", "lead": "prospect", "related": "related"}
_ROLES = {
    "main": "main",
    "principal": "main",
    "spouse": "spouse",
    "partner": "spouse",
    "dependant": "dependant",
    "dependent": "dependant",
    "child": "dependant",
}
_KINDS = {
    "person": "person",
    "individual": "person",
    "natural person": "person",
    "persoon": "person",
    "individu": "person",
    "company": "company",
    "business": "company",
    "close corporation": "company",
    "cc": "company",
    "pty ltd": "company",
    "(pty) ltd": "company",
    "maatskappy": "company",
    "besigheid": "company",
    "trust": "trust",
}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "adv", "rev", "mnr", "mev", "mej"}


_CHOICE_WORDS = {
    "gender": _GENDERS,
    "category": _CATEGORIES,
    "household_role": _ROLES,
    "kind": _KINDS,
}
# What only a person has, on the form (PERSON_ONLY) and in imports alone.
_PERSON_ONLY_IMPORTED = PERSON_ONLY | {"gender", "passport_number"}
# The registers' numbers: CIPC for companies and close corporations ("2015/123456/07"),
# the Master of the High Court for trusts ("IT 1234/2015", "MT 56/2019").
_COMPANY_NUMBER = re.compile(r"(?:19|20)\d{2}/\d{6}/\d{2}")
_TRUST_NUMBER = re.compile(r"(?:IT|MT)\s*\d{1,6}/(?:19|20)\d{2}(?:\s*\(\w+\))?", re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(
    r"\b(?:\(pty\)\s*ltd|pty\s*ltd|ltd|limited|inc|npc|soc|cc|bpk|edms)\.?$", re.IGNORECASE
)
_TRUST_SUFFIX = re.compile(r"\b(?:trust|trustfonds)$", re.IGNORECASE)


def _entity_kind(values: dict) -> str | None:
    """A company or a trust, told by its registration number or its name's legal ending,
    for a file with a company or trust name but no client-type column; None when neither
    says."""
    number = " ".join(str(values.get("registration_number") or "").split())
    if _COMPANY_NUMBER.fullmatch(number):
        return "company"
    if _TRUST_NUMBER.fullmatch(number):
        return "trust"
    name = " ".join(str(values.get("entity_name") or "").split())
    if _TRUST_SUFFIX.search(name):
        return "trust"
    if _COMPANY_SUFFIX.search(name):
        return "company"
    return None


_IMPORT_LIMITS = {
    "household": 200,
    "passport_number": 20,
    "policy_number": 40,
    "provider": 100,
    "product_type": 40,
}


def _parse_value(spec: FieldSpec, raw: str) -> object:
    if spec.kind == "choice" and spec.key in _CHOICE_WORDS:
        table = _CHOICE_WORDS[spec.key]
        value = table.get(" ".join(raw.split()).casefold())
        if value is None:
            raise ValidationError(
                spec.label, "use one of: " + ", ".join(sorted(set(table.values())))
            )
        return value
    if spec.kind == "text":
        return parse_value(_import_spec(spec), " ".join(raw.split()))
    return parse_value(spec, raw)


# By identity (hashing a FieldSpec hashes all its fields): (the spec, its import copy).
_import_specs: dict[int, tuple[FieldSpec, FieldSpec]] = {}


def _import_spec(spec: FieldSpec) -> FieldSpec:
    """``spec`` with the import's length limit, made once per field, not once per cell."""
    known = _import_specs.get(id(spec))
    if known is None or known[0] is not spec:
        known = (spec, replace(spec, max_length=_IMPORT_LIMITS.get(spec.key, spec.max_length)))
        _import_specs[id(spec)] = known
    return known[1]


def _split_full_name(text: str) -> tuple[str | None, str | None, str | None]:
    """'Mr Sipho J Mokoena' -> ('Mr', 'Sipho J', 'Mokoena'); 'Mokoena, Sipho' also works."""
    if "," in text:
        surname, _, first = text.partition(",")
        parts = first.split()
        title = parts.pop(0) if parts and parts[0].rstrip(".").casefold() in _TITLES else None
        return title, " ".join(parts) or None, surname.strip() or None
    parts = text.split()
    title = None
    if len(parts) > 1 and parts[0].rstrip(".").casefold() in _TITLES:
        title = parts.pop(0)
    if len(parts) == 1:
        return title, None, parts[0]
    # Afrikaans and Dutch surname particles stay with the surname ("van der Merwe").
    particles = {"van", "der", "de", "du", "le", "la", "von", "den", "ten", "te"}
    split_at = len(parts) - 1
    while split_at > 1 and parts[split_at - 1].casefold() in particles:
        split_at -= 1
    return title, " ".join(parts[:split_at]), " ".join(parts[split_at:])


# A cell checked: (its value, None, the decoded SA ID if it is one) or (None, the problem,
# None).
_CheckedCell = tuple[object, str | None, object]


def _check_cell(spec: FieldSpec, raw: str) -> _CheckedCell:
    try:
        check_plain_text(raw, field=spec.label, multiline=True)
        if spec.key == "id_number" and spec.kind == "sa_id":
            # What parse_value does for it, keeping the decoded number for _validate_row.
            decoded = parse_sa_id(raw.strip(), field=spec.label)
            return decoded.number, None, decoded
        return _parse_value(spec, raw), None, None
    except ValidationError as exc:
        return None, str(exc), None


def _validate_row(
    cells: list[str], columns: list[tuple[int, FieldSpec, dict[str, _CheckedCell]]]
) -> tuple[dict, list[str]]:
    """``columns``: (index, field, the cells of that column already checked, by text). A
    client list repeats most of its titles, names, providers and dates, and the same text
    in the same column always checks the same way, so each is checked once."""
    values: dict[str, object] = {}
    problems: list[str] = []
    decoded_id = None
    width = len(cells)
    for index, spec, checked in columns:
        raw = cells[index] if index < width else ""
        if (cell := checked.get(raw)) is None:
            if not raw.strip():
                continue
            cell = checked[raw] = _check_cell(spec, raw)
        value, problem, decoded = cell
        if problem is not None:
            problems.append(problem)
            continue
        values[spec.key] = value
        if decoded is not None:
            decoded_id = decoded
    full = values.pop("full_name", None)
    kind = values.get("kind")
    if kind is None and values.get("entity_name"):
        kind = _entity_kind(values)
        if kind is None:
            problems.append(
                "Client type: say whether this is a company or a trust (map a client-type "
                "column, or give its registration number)"
            )
            return values, problems
        values["kind"] = kind
    if is_entity(kind):
        _check_entity(values, full, problems)
        return values, problems
    for key in ("entity_name", "registration_number"):
        if values.get(key):
            problems.append(
                f"{FIELD_BY_KEY[key].label}: only a company or trust has one; set the "
                "client type, or leave it empty for a person"
            )
    if full:
        title, first, surname = _split_full_name(str(full))
        values.setdefault("title", title) if title else None
        if first:
            values.setdefault("first_names", first)
        if surname:
            values.setdefault("surname", surname)
    if values.get("title"):
        values["title"] = str(values["title"]).rstrip(".").capitalize()
    if "id_number" in values:
        decoded = decoded_id or parse_sa_id(str(values["id_number"]))
        dob = values.get("date_of_birth")
        if dob is None:
            values["date_of_birth"] = decoded.date_of_birth
        elif dob != decoded.date_of_birth:
            problems.append("Date of birth: does not match the date in the SA ID number")
        values.setdefault("gender", decoded.gender)
    if not values.get("surname") and not problems:
        problems.append("Surname: is empty; every client needs at least a surname")
    _check_policy_details(values, problems)
    return values, problems


def _check_entity(values: dict, full: object, problems: list[str]) -> None:
    """A company's or trust's row: its name (from the full-name column where there is no
    name column), and nothing only a person has."""
    if not values.get("entity_name") and full:
        values["entity_name"] = " ".join(str(full).split())
    if not values.get("entity_name"):
        problems.append("Company or trust name: is empty; a company or trust needs its name")
    for key in sorted(_PERSON_ONLY_IMPORTED & values.keys()):
        problems.append(
            f"{FIELD_BY_KEY[key].label}: a company or trust has none; leave it empty, or "
            "set the client type to person"
        )
    _check_policy_details(values, problems)


def _check_policy_details(values: dict, problems: list[str]) -> None:
    has_policy_details = (
        values.get("premium") or values.get("cover_amount") or values.get("provider")
    )
    if has_policy_details and not values.get("policy_number"):
        problems.append("Policy number: is empty, but the row has policy details")


def _name_key(values: dict) -> tuple[str, str, dt.date] | None:
    surname, first, dob = (
        values.get("surname"),
        values.get("first_names"),
        values.get("date_of_birth"),
    )
    if not (surname and first and dob):
        return None
    first_word = str(first).split()[0]
    return (_fold(str(surname)), _fold(first_word), dob)  # type: ignore[return-value]


# Names repeat (a practice has many Nels and Mokoenas, and an import folds each row's
# names up to three times), and decomposing a non-ASCII one costs 30 us. Bounded, so a
# long-running desktop keeps at most about half a megabyte of names after an import.
@functools.lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Case- and accent-insensitive key: "Anél" and "ANEL" match."""
    if text.isascii():  # the common case, and 20x faster than decomposing
        return text.casefold().strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


@dataclass
class _Index:
    """Lookups over the practice's clients (not archived) for duplicate matching."""

    by_id: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, int] = field(default_factory=dict)
    by_mobile: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple, int] = field(default_factory=dict)
    by_registration: dict[str, int] = field(default_factory=dict)
    by_entity_name: dict[tuple[str, str], int] = field(default_factory=dict)
    # A holder's identity number: the SA ID of a person, the registration number of a
    # company or trust; and its kind (a company and its director are two clients).
    id_of: dict[int, str | None] = field(default_factory=dict)
    kind_of: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)

    def add(self, keys: _RowKeys, holder: int) -> None:
        """A row of the file, under a negative holder, so later rows match it."""
        self.kind_of[holder] = keys.kind
        self.id_of[holder] = keys.identity
        if is_entity(keys.kind):
            if keys.identity:
                self.by_registration.setdefault(keys.identity, holder)
            if keys.entity_name:
                self.by_entity_name.setdefault(keys.entity_name, holder)
        else:
            if keys.identity:
                self.by_id.setdefault(keys.identity, holder)
            if keys.name:
                self.by_name.setdefault(keys.name, holder)
        if keys.email:
            self.by_email.setdefault(keys.email, holder)
        if keys.mobile:
            self.by_mobile.setdefault(keys.mobile, holder)


@dataclass(frozen=True, slots=True)
class _RowKeys:
    """What a row is matched on, worked out once per row: the practice's candidates, the
    match itself and the index of the file's own rows all read the same keys."""

    kind: str
    # The SA ID of a person, the registration number (registration_key) of an entity.
    identity: str | None
    email: str | None  # case-folded
    mobile: str | None
    name: tuple[str, str, dt.date] | None  # a person's (surname, first name, birth date)
    entity_name: tuple[str, str] | None  # an entity's (kind, folded name)

    @classmethod
    def of(cls, values: dict) -> _RowKeys:
        kind = str(values.get("kind") or "person")
        email, mobile = values.get("email"), values.get("mobile")
        entity = is_entity(kind)
        number = values.get("registration_number" if entity else "id_number")
        name = values.get("entity_name") if entity else None
        return cls(
            kind,
            (registration_key(number) if entity else str(number)) if number else None,
            str(email).casefold() if email else None,
            str(mobile) if mobile else None,
            None if entity else _name_key(values),
            (kind, _fold(str(name))) if name else None,
        )


# Candidates for the duplicate check, chosen by the database from the file's keys (each
# list one JSON parameter, so 10k rows need no 40k bound variables): the same SA ID or
# mobile, the same e-mail or surname and date of birth compared in lower case, and,
# because the database's lower() may fold only ASCII (SQLite's always does), every
# non-ASCII e-mail, and every non-ASCII surname with a date of birth in the file. Python
# then applies the exact keys below to these few rows, instead of loading and folding
# every client. One SELECT per key, so each is answered from its own index (migration
# 0013 spells the expressions exactly as these do); one OR across them read every client.
def _candidates(*, ids: str, mobiles: str, emails: str, dates: str, surname_dates: str):  # noqa: ANN202
    dob = iso_date_text(Client.date_of_birth)
    surname_date = sa.func.lower(Client.surname).op("||")(sa.literal_column("'|'")).op("||")(dob)
    return (
        in_json_list(Client.id_number, sa.bindparam("ids", ids)),
        in_json_list(Client.mobile, sa.bindparam("mobiles", mobiles)),
        in_json_list(sa.func.lower(Client.email), sa.bindparam("emails", emails)),
        has_non_ascii(Client.email),
        in_json_list(surname_date, sa.bindparam("surname_dates", surname_dates)),
        sa.and_(has_non_ascii(Client.surname), in_json_list(dob, sa.bindparam("dates", dates))),
    )


_CANDIDATE_COLUMNS = (
    Client.id,
    Client.id_number,
    Client.email,
    Client.mobile,
    Client.surname,
    Client.first_names,
    Client.date_of_birth,
    Client.kind,
    Client.entity_name,
    Client.registration_number,
)


def _load_index(session: Session, plan_keys: list[_RowKeys]) -> _Index:
    """Only the practice clients that share a key with the file: the database picks the
    candidates (see ``_candidates``), Python checks them exactly."""
    people = [k for k in plan_keys if not is_entity(k.kind)]
    ids = {k.identity for k in people if k.identity}
    emails = {k.email for k in plan_keys if k.email}
    mobiles = {k.mobile for k in plan_keys if k.mobile}
    names = {k.name for k in people if k.name}
    surnames = {k[0] for k in names}
    has_entities = len(people) < len(plan_keys)
    index = _Index()
    candidates = _candidates(
        ids=json.dumps(sorted(ids)),
        mobiles=json.dumps(sorted(str(mobile) for mobile in mobiles)),
        emails=json.dumps(sorted(email.lower() for email in emails)),
        dates=json.dumps(sorted({key[2].isoformat() for key in names})),
        surname_dates=json.dumps(
            sorted({f"{key[0].lower()}|{key[2].isoformat()}" for key in names})
        ),
    )
    if has_entities:
        # A practice has few companies and trusts: all of them are compared in Python.
        candidates = (*candidates, Client.kind != "person")
    # UNION, not UNION ALL: a client found by two keys is read once; in id order, so the
    # lowest id holds a key, as before.
    query = sa.union(
        *(
            sa.select(*_CANDIDATE_COLUMNS).where(Client.archived_at.is_(None), candidate)
            for candidate in candidates
        )
    ).order_by(sa.literal_column("id"))
    for row in session.execute(query):
        cid, id_number, email, mobile, surname, first, dob, kind, entity_name, number = row
        hit = False
        if is_entity(kind):
            index.kind_of[cid] = kind
            if number:
                index.by_registration.setdefault(registration_key(number), cid)
            if entity_name:
                index.by_entity_name.setdefault((kind, _fold(entity_name)), cid)
            id_number = registration_key(number) if number else None
            hit = True
        if id_number and id_number in ids:
            index.by_id.setdefault(id_number, cid)
            hit = True
        if email and (folded := email.casefold()) in emails:
            index.by_email.setdefault(folded, cid)
            hit = True
        if mobile and mobile in mobiles:
            index.by_mobile.setdefault(mobile, cid)
            hit = True
        if surname and first and dob and _fold(surname) in surnames:
            key = _name_key({"surname": surname, "first_names": first, "date_of_birth": dob})
            if key in names:
                index.by_name.setdefault(key, cid)
                hit = True
        if hit:
            index.id_of[cid] = id_number
            index.names[cid] = entity_name or f"{first or ''} {surname or ''}".strip()
    return index


def _match(keys: _RowKeys, index: _Index, own_ids: dict[int, str | None]) -> tuple[str, int] | None:
    """(matched_on, key holder) by SA ID, then e-mail or mobile, then name + date of birth;
    for a company or trust, by registration number, then e-mail or mobile, then name.

    E-mail, mobile and name matches count only when the identity numbers do not disagree
    and the kinds are the same: spouses often share an e-mail address, and so do a
    company and its director, but they are two clients.
    """
    kind, id_number = keys.kind, keys.identity
    if is_entity(kind):
        if id_number and (holder := index.by_registration.get(id_number)):
            if index.kind_of.get(holder) == kind:
                return "registration number", holder
    elif id_number and id_number in index.by_id:
        return "SA ID number", index.by_id[id_number]

    def compatible(holder: int) -> bool:
        other = own_ids.get(holder)
        same_kind = index.kind_of.get(holder, "person") == kind
        return same_kind and not (id_number and other and other != id_number)

    if keys.email and (holder := index.by_email.get(keys.email)):
        if compatible(holder):
            return "e-mail", holder
    if keys.mobile and (holder := index.by_mobile.get(keys.mobile)):
        if compatible(holder):
            return "mobile", holder
    if keys.name and (holder := index.by_name.get(keys.name)):
        if compatible(holder):
            return "name and date of birth", holder
    if keys.entity_name and (holder := index.by_entity_name.get(keys.entity_name)):
        if compatible(holder):
            return "name", holder
    return None


@cyclic_gc_paused()
def check_rows(source: SourceFile, mapping: dict[str, str]) -> list[PlannedRow]:
    """Every row of the client sheet checked against the mapping: the part of
    :func:`analyse` that needs no database, so a caller may run it while the practice is
    being unlocked (``clientmanager import``) and hand the result to :func:`analyse`."""
    headers = source.clients.headers
    if mapping and not any(h in headers for h in mapping):
        raise ImportFileError(
            "None of the mapped columns are in this file.",
            hint="Choose the columns again, or use a mapping saved for files like this one.",
        )
    columns = [
        (headers.index(h), FIELD_BY_KEY[f]) for h, f in mapping.items() if f and h in headers
    ]
    if not any(spec.key in NAME_FIELDS for _i, spec in columns):
        raise ImportFileError(
            "No column is mapped to the surname, the full name or the company or trust name.",
            hint="Map the column that holds the client's surname, full name, or company or trust name.",
        )
    rows = []
    columns_checked = [(index, spec, {}) for index, spec in columns]
    for number, cells in source.clients.rows:
        values, problems = _validate_row(cells, columns_checked)
        rows.append(PlannedRow(number, cells, values, problems))
    return rows


@cyclic_gc_paused()
def analyse(
    session: Session,
    source: SourceFile,
    mapping: dict[str, str],
    *,
    actor: Actor | None = None,
    checked_rows: Future[list[PlannedRow]] | None = None,
) -> ImportPlan:
    """Validate every row and find duplicates; writes nothing.

    With ``actor``, the import permission is checked, and a duplicate of a client the actor
    may not open (another planner's) is still found, so no duplicate is created, but is
    not named. ``checked_rows``: :func:`check_rows` of the same source and mapping, under
    way elsewhere; its result (or its error) is taken after the permission check, where
    analyse would otherwise check the rows itself.
    """
    if actor is not None:
        require(actor, Permission.IMPORT)
    if checked_rows is not None:
        rows = checked_rows.result()
    else:
        rows = check_rows(source, mapping)
    _resolve_planners(session, rows, actor)

    good = [r for r in rows if r.ok]
    keys = [_RowKeys.of(r.values) for r in good]
    index = _load_index(session, keys)
    # Rows of this file join the index as they are read, under a negative "holder" so an
    # earlier row is told apart from a client in the practice.
    own_ids: dict[int, str | None] = dict(index.id_of)
    for row, row_keys in zip(good, keys, strict=True):
        found = _match(row_keys, index, own_ids)
        if found:
            matched_on, holder = found
            if holder > 0:
                row.duplicate = DuplicateMatch(
                    matched_on, existing_client_id=holder, existing_name=index.names.get(holder, "")
                )
            else:
                row.duplicate = DuplicateMatch(matched_on, earlier_row=-holder)
            continue
        marker = -row.row_number
        index.add(row_keys, marker)
        own_ids[marker] = index.id_of[marker]

    if actor is not None:
        matched = sorted({r.duplicate.existing_client_id for r in good if r.duplicate} - {None})
        visible: set[int] = set()
        for chunk in _chunks(matched, 500):
            visible.update(
                session.scalars(
                    sa.select(Client.id).where(
                        Client.id.in_(chunk), visible_clients_clause(session, actor)
                    )
                )
            )
        for row in good:
            dup = row.duplicate
            if dup and dup.existing_client_id and dup.existing_client_id not in visible:
                dup.existing_name = "a client of another planner"
    plan = ImportPlan(source, mapping, rows)
    for kind, sheet in source.related.items():
        _analyse_related(plan, kind, sheet)
    return plan


_NO_SUCH_PLANNER = (
    "Planner: no active planner or practice manager has that name or user name; add the "
    "user in Users first, correct the name, or do not import the Planner column"
)
_TWO_PLANNERS = "Planner: two users have that name; write the user name instead"
_NOT_YOURS_TO_GIVE = (
    "Planner: only the practice manager can give clients to another planner; leave the "
    "column out to keep them yourself"
)


def _resolve_planners(session: Session, rows: list[PlannedRow], actor: Actor | None) -> None:
    """A Planner cell becomes ``values["planner_id"]``: a user who may look after clients
    (ownership.OWNER_ROLES, active), by user name or full name, case and spacing aside. A
    name that fits nobody, or two people, is the row's problem, as is a planner giving
    clients to someone else (giving clients away is the practice manager's)."""
    if not any(row.values.get("planner") for row in rows):
        return
    by_name: dict[str, set[int]] = {}
    owners = session.execute(
        sa.select(User.id, User.username, User.full_name).where(
            User.is_active.is_(True), User.role.in_(OWNER_ROLES)
        )
    )
    for user_id, username, full_name in owners:
        for name in {username, full_name}:
            if name:
                by_name.setdefault(" ".join(name.split()).casefold(), set()).add(user_id)
    may_give = actor is None or allows(actor, Permission.CLIENT_ASSIGN)
    for row in rows:
        written = row.values.pop("planner", None)
        if not written:
            continue
        found = by_name.get(" ".join(str(written).split()).casefold(), set())
        if not found:
            row.problems.append(_NO_SUCH_PLANNER)
        elif len(found) > 1:
            row.problems.append(_TWO_PLANNERS)
        elif not may_give and found != {actor.user_id}:
            row.problems.append(_NOT_YOURS_TO_GIVE)
        else:
            row.values["planner_id"] = next(iter(found))


def _analyse_related(plan: ImportPlan, kind: str, sheet: Sheet) -> None:
    mapping = guess_mapping(sheet.headers)
    columns = [(sheet.headers.index(h), FIELD_BY_KEY[f]) for h, f in mapping.items() if f]
    for number, cells in sheet.rows:
        values: dict[str, object] = {}
        problems = []
        for index, spec in columns:
            raw = cells[index] if index < len(cells) else ""
            if raw.strip():
                try:
                    values[spec.key] = _parse_value(spec, raw)
                except ValidationError as exc:
                    problems.append(str(exc))
        key = _related_key(values)
        if key is None:
            problems.append(
                "needs the client's SA ID number, registration number or e-mail to link it "
                "to a client"
            )
        if kind == "policies" and not values.get("policy_number"):
            problems.append("Policy number: is empty; fill it in or remove the row")
        if kind == "notes" and not values.get("note"):
            problems.append("Note: is empty; fill it in or remove the row")
        if problems:
            plan.related_problems.append(RelatedProblem(sheet.name, number, tuple(problems)))
        else:
            plan.related.append(RelatedRow(kind, number, values, key))


def _related_key(values: dict) -> tuple[str, str] | None:
    """What links a related row to its client: the SA ID number, else a company's or
    trust's registration number, else the e-mail address (a client row is reachable by
    each of the three it has: _related_links)."""
    if values.get("id_number"):
        return ("id_number", str(values["id_number"]))
    if values.get("registration_number"):
        return ("registration_number", registration_key(values["registration_number"]))
    if values.get("email"):
        return ("email", str(values["email"]).casefold())
    return None


# --- importing ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # duplicates set to update where the file had nothing new
    skipped: int = 0
    bad: int = 0
    households: int = 0
    policies: int = 0
    notes: int = 0
    addresses: int = 0
    bad_related: int = 0
    # Each row of a Policies or Notes sheet not imported: those the analysis refused and
    # those that fitted no client once the clients were in.
    related_problems: list[RelatedProblem] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if isinstance(v, int)}

    def summary(self) -> str:
        return (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
            f"skipped {self.skipped}, bad rows {self.bad}; households {self.households}, "
            f"policies {self.policies}, notes {self.notes}"
        )


IMPORT_STEP = "Importing clients"


@dataclass
class _Fates:
    """What happens to each good row, decided before anything is written, so a duplicate
    of an earlier row of the file can point at the client that row becomes."""

    target_of_row: dict[int, int | None] = field(default_factory=dict)
    new_rows: list[PlannedRow] = field(default_factory=list)
    updates: list[tuple[PlannedRow, int, DuplicateAction]] = field(default_factory=list)


@dataclass
class _Children:
    policies: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    addresses: list[dict] = field(default_factory=list)


class _Counter:
    """Rows done so far, reported to the one progress protocol (which stops the import
    when the person asked to: the caller's transaction then rolls everything back)."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def add(self, count: int) -> None:
        self.done += count
        self.progress.counted(min(self.done, self.total), self.total, IMPORT_STEP)


@cyclic_gc_paused()
def run_import(
    session: Session,
    plan: ImportPlan,
    *,
    actor: Actor,
    on_duplicate: DuplicateAction = DuplicateAction.UPDATE_EMPTY,
    actions: dict[int, DuplicateAction] | None = None,
    progress: Progress = SILENT,
) -> ImportResult:
    """Apply ``plan`` in the caller's transaction. ``actions`` overrides ``on_duplicate``
    per row number. Raises :class:`~clientmanager.services.progress.Cancelled` when the
    person stops it; the caller's session then rolls back everything this call wrote."""
    require(actor, Permission.IMPORT)
    result = ImportResult(bad=len(plan.bad_rows), related_problems=list(plan.related_problems))
    good = plan.good_rows
    if any(r.values.get("planner_id") not in (None, actor.user_id) for r in good):
        require(actor, Permission.CLIENT_ASSIGN)
    counter = _Counter(progress, len(good) + len(plan.related))
    now = utcnow()
    fates = _decide_fates(good, actions or {}, on_duplicate, result)
    households = _households_named(session, good, fates, now, result)
    counter.add(0)
    new_params = _number_new_clients(session, fates, households, now, actor)
    _apply_updates(session, fates, new_params, households, now, result, counter)
    children = _child_rows(session, plan, good, fates, new_params, actor, now, result)
    _insert_new(session, new_params, children, result, counter)
    counter.add(counter.total)
    audit.record(session, actor=actor, action="import.clients", summary=result.summary())
    return result


def _decide_fates(
    good: list[PlannedRow],
    actions: dict[int, DuplicateAction],
    on_duplicate: DuplicateAction,
    result: ImportResult,
) -> _Fates:
    fates = _Fates()
    for row in good:
        action = actions.get(row.row_number, on_duplicate)
        dup = row.duplicate
        if dup is None or action == DuplicateAction.CREATE:
            fates.new_rows.append(row)
            fates.target_of_row[row.row_number] = -row.row_number  # filled in after insert
        elif action == DuplicateAction.SKIP:
            result.skipped += 1
            fates.target_of_row[row.row_number] = None
        else:
            target = dup.existing_client_id
            if target is None and dup.earlier_row is not None:
                target = fates.target_of_row.get(dup.earlier_row)
            if target is None:  # the earlier row was skipped: this row stands alone
                fates.new_rows.append(row)
                fates.target_of_row[row.row_number] = -row.row_number
            else:
                fates.updates.append((row, target, action))
                fates.target_of_row[row.row_number] = target
    return fates


def _households_named(
    session: Session, good: list[PlannedRow], fates: _Fates, now: dt.datetime, result: ImportResult
) -> dict[str, int]:
    """Households named in the file: those of the existing clients being updated, then a
    household of the same name, and new ones for the rest."""
    households: dict[str, int] = {}
    wanted = {
        str(r.values["household"])
        for r in good
        if r.values.get("household") and fates.target_of_row[r.row_number] is not None
    }
    if not wanted:
        return households
    existing_ids = [t for _r, t, _a in fates.updates if t > 0]
    for chunk in _chunks(existing_ids, 500):
        query = (
            sa.select(Household.name, Household.id)
            .join(Client, Client.household_id == Household.id)
            .where(Client.id.in_(chunk))
        )
        for name, hid in session.execute(query):
            households.setdefault(_fold(name), hid)
    for chunk in _chunks(sorted(wanted), 500):
        query = sa.select(Household.name, Household.id).where(Household.name.in_(chunk))
        for name, hid in session.execute(query.order_by(Household.id)):
            households.setdefault(_fold(name), hid)
    for name in sorted(wanted):
        if _fold(name) not in households:
            hid = session.execute(
                sa.insert(Household)
                .values(name=name, created_at=now, updated_at=now)
                .returning(Household.id)
            ).scalar_one()
            households[_fold(name)] = hid
            result.households += 1
    return households


def _number_new_clients(
    session: Session, fates: _Fates, households: dict[str, int], now: dt.datetime, actor: Actor
) -> dict[int, dict]:
    """New clients get their ids now (explicitly: RETURNING would force one statement per
    row, as SQLite does not promise its order), and are inserted last, in bulk. Safe
    against another writer: in WAL mode a transaction whose snapshot is stale cannot
    start writing (SQLITE_BUSY_SNAPSHOT), so these ids cannot be taken meanwhile."""
    next_id = (session.scalar(sa.select(sa.func.max(Client.id))) or 0) + 1
    new_params: dict[int, dict] = {}
    created_ids: dict[int, int] = {}
    for row in fates.new_rows:
        params = _client_params(row.values, households, now)
        params["id"] = next_id
        # As for a client added on the form (client_records.save_client): whoever adds it
        # looks after it, unless the file names its planner.
        params["planner_id"] = row.values.get("planner_id") or actor.user_id
        new_params[next_id] = params
        created_ids[row.row_number] = next_id
        next_id += 1
    for number, target in list(fates.target_of_row.items()):
        if target is not None and target < 0:
            fates.target_of_row[number] = created_ids[-target]
    fates.updates = [
        (row, target if target > 0 else created_ids[-target], action)
        for row, target, action in fates.updates
    ]
    return new_params


def _apply_updates(
    session: Session,
    fates: _Fates,
    new_params: dict[int, dict],
    households: dict[str, int],
    now: dt.datetime,
    result: ImportResult,
    counter: _Counter,
) -> None:
    """Duplicates to update: fill or overwrite. A duplicate of an earlier row of the file
    updates that row's client before it is written."""
    for chunk in _chunks(fates.updates, 500):
        existing = [t for _r, t, _a in chunk if t not in new_params]
        current: dict[int, object] = {
            c.id: c
            for c in session.execute(sa.select(Client.__table__).where(Client.id.in_(existing)))
        }
        for row, target, action in chunk:
            pending = new_params.get(target)
            before = SimpleNamespace(**pending) if pending is not None else current[target]
            changes = _changes(before, row.values, households, action)
            if not changes:
                result.unchanged += 1
                continue
            result.updated += 1
            if pending is not None:
                pending.update(changes)
            else:
                changes["updated_at"] = now
                session.execute(sa.update(Client).where(Client.id == target).values(**changes))
        counter.add(len(chunk))


def _child_rows(
    session: Session,
    plan: ImportPlan,
    good: list[PlannedRow],
    fates: _Fates,
    new_params: dict[int, dict],
    actor: Actor,
    now: dt.datetime,
    result: ImportResult,
) -> _Children:
    """Addresses, policies and notes from the clients' own columns, then from related
    sheets linked by SA ID, registration number or e-mail to a client of this file or
    the practice."""
    children = _Children()
    rows_by_target = [
        (row, fates.target_of_row[row.row_number])
        for row in good
        if fates.target_of_row[row.row_number]
    ]
    targets = [t for _r, t in rows_by_target if t not in new_params]
    have_policies = _existing_policies(session, targets)
    have_notes = _existing_notes(session, targets)
    have_addresses = _existing_addresses(session, targets)
    for row, target in rows_by_target:
        v = row.values
        if v.get("address_line1") and target not in have_addresses:
            have_addresses.add(target)
            children.addresses.append(
                {
                    "client_id": target,
                    "kind": "physical",
                    "line1": v["address_line1"],
                    "line2": None,
                    "suburb": v.get("suburb"),
                    "city": v.get("city"),
                    "province": v.get("province"),
                    "postal_code": v.get("postal_code"),
                    "country": v.get("country") or "South Africa",
                }
            )
        if v.get("policy_number"):
            _add_policy(v, target, have_policies, children.policies, now)
        if v.get("note"):
            _add_note(v, target, have_notes, children.notes, actor, now)
    if plan.related:
        link = _related_links(session, plan, fates.target_of_row)
        for rel in plan.related:
            target = link.get(rel.client_key) if rel.client_key else None
            if target is None:
                result.related_problems.append(
                    RelatedProblem(
                        plan.source.related[rel.kind].name,
                        rel.row_number,
                        ("no client with that SA ID number, registration number or e-mail",),
                    )
                )
                continue
            if rel.kind == "policies":
                _add_policy(rel.values, target, have_policies, children.policies, now)
            else:
                _add_note(rel.values, target, have_notes, children.notes, actor, now)
    result.bad_related = len(result.related_problems)
    return children


def _insert_new(
    session: Session,
    new_params: dict[int, dict],
    children: _Children,
    result: ImportResult,
    counter: _Counter,
) -> None:
    """The new clients first, then their children (foreign keys are checked per statement;
    deferring them makes SQLite scan unindexed child columns for every new client). The
    search index is written once for all of them instead of by a trigger per row."""
    pending_clients = list(new_params.values())
    with bulk_load_of_new_clients(session.connection(), merge_later=True) as indexing:
        indexing.reindex(
            p["client_id"] for p in children.policies if p["client_id"] not in new_params
        )
        for chunk in _chunks(pending_clients, 1000):
            _insert_rows(session, Client.__table__, chunk)
            result.created += len(chunk)
            counter.add(len(chunk))
        for table, params in (
            (Address, children.addresses),
            (Policy, children.policies),
            (Note, children.notes),
        ):
            for chunk in _chunks(params, 1000):
                _insert_rows(session, table.__table__, chunk)
                counter.add(len(chunk) if table is not Address else 0)
    result.addresses = len(children.addresses)
    result.policies = len(children.policies)
    result.notes = len(children.notes)


def _insert_rows(session: Session, table: sa.Table, rows: list[dict]) -> None:
    """``session.execute(sa.insert(table), rows)``, binding the same values (each type's
    bind processor, and the columns' scalar Python defaults for keys the rows lack) but
    without SQLAlchemy's per-row parameter handling, which cost a 10k-row import 0.4 s
    of CPU. Anything this does not reproduce exactly (rows with differing keys, a
    default that is not a constant, a driver other than SQLite's) goes through
    SQLAlchemy as before; tests/services/test_import_bulk_insert.py compares the two."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    first_keys = rows[0].keys()
    defaults: dict[str, object] = {}
    exact = (
        _FAST_INSERTS
        and dialect.name == "sqlite"
        and dialect.paramstyle == "qmark"
        and all(key in table.c for key in keys)
        and all(row.keys() == first_keys for row in rows)
    )
    for column in table.columns if exact else ():
        if column.key in first_keys or column.default is None:
            continue
        if not column.default.is_scalar:
            exact = False
            break
        defaults[column.key] = column.default.arg
    if not exact:
        session.execute(sa.insert(table), rows)
        return
    quote = dialect.identifier_preparer
    # Names from our own table metadata, quoted by the dialect; values only as "?".
    statement = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        quote.format_table(table),
        ", ".join(quote.format_column(table.c[key]) for key in [*keys, *defaults]),
        ", ".join("?" for _key in [*keys, *defaults]),
    )

    def processor_of(key: str):  # noqa: ANN202
        return table.c[key].type.dialect_impl(dialect).bind_processor(dialect)

    tail = tuple(
        value if (processor := processor_of(key)) is None else processor(value)
        for key, value in defaults.items()
    )
    # Column by column, then zipped into rows: a per-value generator cost more than the
    # binding itself.
    columns: list[Iterable] = []
    for key in keys:
        values = [row[key] for row in rows]
        processor = processor_of(key)
        if processor is not None and isinstance(table.c[key].type, _PURE_TYPES):
            processor = _once_per_value(processor)
        columns.append(values if processor is None else map(processor, values))
    columns.extend([value] * len(rows) for value in tail)
    connection.exec_driver_sql(statement, list(zip(*columns, strict=True)))


# Types whose bind processor is a pure function of the value, so one result serves every
# equal value (an import's created_at and updated_at are one instant for all its rows).
# Never the sealed types: each of their values is encrypted afresh.
_PURE_TYPES = (sa.DateTime, sa.Date, sa.Boolean)


def _once_per_value(processor):  # noqa: ANN001, ANN202
    done: dict[tuple[type, object], object] = {}

    def process(value: object) -> object:
        key = (type(value), value)
        if key not in done:
            done[key] = processor(value)
        return done[key]

    return process


# Off only in the test that compares the two ways of inserting.
_FAST_INSERTS = True


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _client_params(values: dict, households: dict[str, int], now: dt.datetime) -> dict:
    params: dict[str, object] = {key: values.get(key) for key in CLIENT_FIELDS}
    params["kind"] = values.get("kind") or "person"
    params["category"] = values.get("category") or "client"
    params["household_id"] = (
        households.get(_fold(str(values["household"]))) if values.get("household") else None
    )
    params["is_restricted"] = False
    params["created_at"] = now
    params["updated_at"] = now
    return params


def _changes(current: sa.Row, values: dict, households: dict[str, int], action: str) -> dict:
    changes: dict[str, object] = {}
    fields = list(UPDATABLE_FIELDS)
    for identity in ("id_number", "registration_number"):
        if not getattr(current, identity, None) and values.get(identity):
            fields.append(identity)  # fill a missing number; never replace one
    for key in fields:
        new = values.get(key)
        if new in (None, ""):
            continue
        old = getattr(current, key)
        if action == DuplicateAction.OVERWRITE and key not in ("category",):
            if old != new:
                changes[key] = new
        elif old in (None, ""):
            changes[key] = new
    reviewed_on = changes.get("last_review_on")
    if reviewed_on and current.last_review_on and reviewed_on < current.last_review_on:
        # A review is never undone by an older spreadsheet (reviews.record_review keeps
        # the later date too).
        del changes["last_review_on"]
    # A planner from the file looks after a client who has none; moving a client from one
    # planner to another is the Assign command's (audited per client), not an import's.
    if values.get("planner_id") and current.planner_id is None:
        changes["planner_id"] = values["planner_id"]
    if values.get("household"):
        hid = households.get(_fold(str(values["household"])))
        if hid and (current.household_id is None or action == DuplicateAction.OVERWRITE):
            if current.household_id != hid:
                changes["household_id"] = hid
    return changes


def _existing_policies(session: Session, targets: list[int]) -> set[tuple[int, str]]:
    found = set()
    for chunk in _chunks(sorted(set(targets)), 500):
        query = sa.select(Policy.client_id, Policy.policy_number).where(Policy.client_id.in_(chunk))
        found.update((cid, _fold(number)) for cid, number in session.execute(query))
    return found


def _existing_notes(session: Session, targets: list[int]) -> set[tuple[int, str]]:
    found = set()
    for chunk in _chunks(sorted(set(targets)), 500):
        query = sa.select(Note.client_id, Note.body).where(
            Note.client_id.in_(chunk), Note.kind == "note"
        )
        found.update((cid, body) for cid, body in session.execute(query))
    return found


def _existing_addresses(session: Session, targets: list[int]) -> set[int]:
    found = set()
    for chunk in _chunks(sorted(set(targets)), 500):
        found.update(
            session.scalars(sa.select(Address.client_id).where(Address.client_id.in_(chunk)))
        )
    return found


def _add_policy(v: dict, target: int, have: set, params: list, now: dt.datetime) -> None:
    key = (target, _fold(str(v["policy_number"])))
    if key in have:
        return  # re-importing the same file adds no second copy
    have.add(key)
    params.append(
        {
            "client_id": target,
            "provider": v.get("provider") or "Unknown",
            "policy_number": v["policy_number"],
            "product_type": v.get("product_type") or "other",
            "status": "active",
            "premium_cents": v.get("premium"),
            "premium_frequency": "monthly" if v.get("premium") else None,
            "cover_amount_cents": v.get("cover_amount"),
            "fund_value_cents": v.get("fund_value"),
            "start_date": v.get("policy_start"),
            "is_joint": False,
            "created_at": now,
            "updated_at": now,
        }
    )


def _add_note(
    v: dict, target: int, have: set, params: list, actor: Actor, now: dt.datetime
) -> None:
    body = str(v["note"])
    if (target, body) in have:
        return
    have.add((target, body))
    subject = str(v.get("note_subject") or "Imported note")
    params.append(
        {
            "client_id": target,
            "kind": "note",
            "subject": subject[:300],
            "body": body,
            "occurred_at": now,
            "author_id": actor.user_id,
            "created_at": now,
            "updated_at": now,
        }
    )


def _related_links(
    session: Session, plan: ImportPlan, target_of_row: dict[int, int | None]
) -> dict[tuple[str, str], int]:
    link: dict[tuple[str, str], int] = {}
    for row in plan.good_rows:
        target = target_of_row.get(row.row_number)
        if not target:
            continue
        if row.values.get("id_number"):
            link.setdefault(("id_number", str(row.values["id_number"])), target)
        if row.values.get("registration_number"):
            number = registration_key(row.values["registration_number"])
            link.setdefault(("registration_number", number), target)
        if row.values.get("email"):
            link.setdefault(("email", str(row.values["email"]).casefold()), target)
    missing_numbers = {
        k[1]
        for r in plan.related
        if (k := r.client_key) and k not in link and k[0] == "registration_number"
    }
    if missing_numbers:
        # Stored as typed ("it 1234/2019"): compared as registration_key() writes them.
        # Only companies and trusts have one, a few in a hundred clients.
        query = sa.select(Client.registration_number, Client.id).where(
            Client.registration_number.is_not(None), Client.archived_at.is_(None)
        )
        for number, cid in session.execute(query.order_by(Client.id)):
            if (key := registration_key(number)) in missing_numbers:
                link.setdefault(("registration_number", key), cid)
    missing_ids = {
        k[1] for r in plan.related if (k := r.client_key) and k not in link and k[0] == "id_number"
    }
    for chunk in _chunks(sorted(missing_ids), 500):
        query = sa.select(Client.id_number, Client.id).where(
            Client.id_number.in_(chunk), Client.archived_at.is_(None)
        )
        for number, cid in session.execute(query):
            link.setdefault(("id_number", number), cid)
    missing_emails = {
        k[1] for r in plan.related if (k := r.client_key) and k not in link and k[0] == "email"
    }
    for chunk in _chunks(sorted(missing_emails), 500):
        query = sa.select(sa.func.lower(Client.email), Client.id).where(
            sa.func.lower(Client.email).in_(chunk), Client.archived_at.is_(None)
        )
        for email, cid in session.execute(query):
            link.setdefault(("email", email), cid)
    return link


# --- bad rows -------------------------------------------------------------------------------

ROW_COLUMN = "Row"
PROBLEM_COLUMN = "Problem"


def write_bad_rows(plan: ImportPlan, path: Path) -> int:
    """Save the bad rows as a UTF-8 CSV (with BOM, so Excel reads accents) with the row
    number and the problem first, then the original columns. Returns the rows written."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([ROW_COLUMN, PROBLEM_COLUMN, *plan.source.clients.headers])
    count = 0
    for row in plan.bad_rows:
        writer.writerow([row.row_number, "; ".join(row.problems), *row.cells])
        count += 1
    with atomic_output(Path(path)) as handle:
        handle.write(buffer.getvalue().encode("utf-8-sig"))
    return count


def import_file(
    practice,  # OpenPractice
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    on_duplicate: DuplicateAction = DuplicateAction.UPDATE_EMPTY,
    dry_run: bool = False,
    progress: Progress = SILENT,
) -> tuple[ImportPlan, ImportResult | None]:
    """Read, analyse and (unless ``dry_run``) import a file in one transaction."""
    require(practice.actor, Permission.IMPORT)
    source = read_source(path)
    mapping = mapping if mapping is not None else guess_mapping(source.clients.headers)
    with practice.session() as session:
        plan = analyse(session, source, mapping, actor=practice.actor)
    if dry_run:
        return plan, None
    with practice.session() as session:
        result = run_import(
            session,
            plan,
            actor=practice.actor,
            on_duplicate=on_duplicate,
            progress=progress,
        )
    return plan, result


__all__ = [
    "DUPLICATE_ACTION_LABELS",
    "FIELDS",
    "DuplicateAction",
    "DuplicateMatch",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportResult",
    "analyse",
    "check_rows",
    "guess_mapping",
    "import_file",
    "load_mapping",
    "read_source",
    "read_vcards",
    "run_import",
    "save_mapping",
    "saved_mapping_names",
    "write_bad_rows",
]
