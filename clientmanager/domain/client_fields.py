"""The one catalogue of a client's fields: what each is called, how long it may be, how
typed or imported text becomes the stored value, and how a stored value is shown.

The client form, the record service, the importer (with the header guesses in
``aliases``) and the exporter all read this catalogue, so a field accepts the same
values and has the same limit whichever door the data comes through.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from clientmanager.domain.addresses import PROVINCE_CHOICES, parse_postal_code, parse_province
from clientmanager.domain.dates import parse_date
from clientmanager.domain.email import normalise_email
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.money import format_amount, parse_amount
from clientmanager.domain.phone import format_phone_for_display, normalise_phone
from clientmanager.domain.sa_id import parse_sa_id
from clientmanager.domain.text import check_plain_text

MULTILINE_LIMIT = 50_000


@dataclass(frozen=True)
class FieldSpec:
    """One field. ``kind``: text, multiline, amount, date, choice, int, percent, rate (a
    percentage stored in basis points), sa_id, email, phone, mobile, province,
    postal_code. ``aliases`` are import-header guesses (lower case, letters and digits)."""

    key: str
    label: str
    kind: str = "text"
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    max_length: int = 300
    default: str = ""
    aliases: tuple[str, ...] = ()
    # A date that has already happened (a birth, a review): a later one is a typing slip.
    not_after_today: bool = False


def aka(words: str) -> tuple[str, ...]:
    """Import-header guesses, written as one string of words to keep the catalogue short."""
    return tuple(words.split())


def choices(*values: str) -> tuple[tuple[str, str], ...]:
    return tuple((value, value.replace("_", " ").capitalize()) for value in values)


def _choice(spec: FieldSpec, text: str) -> object:
    folded = text.casefold()
    for value, label in spec.choices:
        if folded in (value.casefold(), label.casefold()):
            return int(value) if spec.key == "priority" else value
    raise ValidationError(spec.label, "is not one of the choices")


def _percent(spec: FieldSpec, text: str) -> int:
    try:
        number = Decimal(text.rstrip("%").strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(spec.label, "must be a percentage, e.g. 11.75") from None
    if not (0 <= number <= 100):
        raise ValidationError(spec.label, "must be between 0 and 100")
    if spec.kind == "percent":
        if number != number.to_integral_value():
            raise ValidationError(spec.label, "must be a whole percentage, e.g. 50")
        return int(number)
    return int((number * 100).to_integral_value())


def _amount(spec: FieldSpec, text: str) -> int:
    cents = parse_amount(text, field=spec.label)
    if cents < 0:
        raise ValidationError(spec.label, "cannot be negative")
    return cents


def _int(spec: FieldSpec, text: str) -> int:
    if not text.lstrip("-").isdigit():
        raise ValidationError(spec.label, "must be a whole number, e.g. 42")
    return int(text)


def _text(spec: FieldSpec, text: str) -> str:
    limit = spec.max_length if spec.kind == "text" else max(spec.max_length, MULTILINE_LIMIT)
    if len(text) > limit:
        raise ValidationError(spec.label, f"is too long (at most {limit} characters)")
    return check_plain_text(text, field=spec.label, multiline=spec.kind == "multiline")


_PARSERS = {
    "text": _text,
    "multiline": _text,
    "amount": _amount,
    "date": lambda spec, text: parse_date(text, field=spec.label),
    "choice": _choice,
    "int": _int,
    "percent": _percent,
    "rate": _percent,
    "sa_id": lambda spec, text: parse_sa_id(text, field=spec.label).number,
    "email": lambda spec, text: normalise_email(text, field=spec.label),
    "phone": lambda spec, text: normalise_phone(text, field=spec.label),
    "mobile": lambda spec, text: normalise_phone(text, field=spec.label, mobile=True),
    "province": lambda spec, text: parse_province(text, field=spec.label),
    "postal_code": lambda spec, text: parse_postal_code(text, field=spec.label),
}


def parse_value(spec: FieldSpec, raw: object) -> object:
    """Typed or imported text as the stored value (None when empty and not required);
    raises :class:`ValidationError` naming the field."""
    if isinstance(raw, dt.date) and spec.kind == "date":
        value = raw
    else:
        text = "" if raw is None else str(raw).strip()
        if not text:
            if spec.required:
                raise ValidationError(spec.label, "is required")
            return None
        parser = _PARSERS.get(spec.kind)
        if parser is None:
            raise AssertionError(f"unknown field kind {spec.kind}")
        value = parser(spec, text)
    if spec.not_after_today and value > dt.date.today():
        raise ValidationError(spec.label, "cannot be after today")
    return value


def display_value(spec: FieldSpec, value: object) -> str:
    """The stored value as a form shows it (the reverse of :func:`parse_value`)."""
    if value is None:
        return ""
    if spec.kind == "amount":
        return format_amount(int(value)).removeprefix("R ")
    if spec.kind == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if spec.kind == "rate":
        return f"{Decimal(int(value)) / 100:.2f}"
    if spec.kind in ("phone", "mobile"):
        return format_phone_for_display(str(value))
    return str(value)


# --- a client --------------------------------------------------------------------------------

CONTACT_FIELDS = ("email", "mobile", "home_phone", "work_phone", "preferred_language")

CLIENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Title", max_length=20, aliases=aka("title salutation titel")),
    FieldSpec(
        "first_names",
        "First names",
        required=True,
        max_length=200,
        aliases=aka("firstname firstnames forename forenames givenname givennames names voorname"),
    ),
    FieldSpec(
        "surname",
        "Surname",
        required=True,
        max_length=200,
        aliases=aka("surname lastname familyname van"),
    ),
    FieldSpec(
        "preferred_name",
        "Preferred name",
        max_length=100,
        aliases=aka("preferredname knownas nickname"),
    ),
    FieldSpec(
        "id_number",
        "SA ID number",
        "sa_id",
        max_length=13,
        aliases=aka(
            "idnumber idno id idnr said saidnumber saidno identitynumber rsaid rsaidnumber idnommer"
        ),
    ),
    FieldSpec(
        "date_of_birth",
        "Date of birth",
        "date",
        aliases=aka("dateofbirth dob birthdate birthday geboortedatum"),
        not_after_today=True,
    ),
    FieldSpec(
        "marital_status",
        "Marital status",
        "choice",
        choices=choices("single", "married", "divorced", "widowed", "life_partner"),
        max_length=20,
        aliases=aka("maritalstatus married"),
    ),
    FieldSpec(
        "tax_number",
        "Tax number",
        max_length=10,
        aliases=aka("taxnumber taxno incometaxnumber taxref"),
    ),
    FieldSpec(
        "occupation", "Occupation", max_length=100, aliases=aka("occupation profession beroep")
    ),
    FieldSpec("employer", "Employer", max_length=200, aliases=aka("employer company werkgewer")),
    FieldSpec(
        "email",
        "Email",
        "email",
        max_length=254,
        aliases=aka("email emailaddress mail epos"),
    ),
    FieldSpec(
        "mobile",
        "Mobile",
        "mobile",
        max_length=16,
        aliases=aka(
            "cell cellphone cellno cellnumber mobile mobileno mobilenumber mobilephone selfoon phone phonenumber contactnumber"
        ),
    ),
    FieldSpec(
        "home_phone",
        "Home phone",
        "phone",
        max_length=16,
        aliases=aka("homephone home telhome hometel"),
    ),
    FieldSpec(
        "work_phone",
        "Work phone",
        "phone",
        max_length=16,
        aliases=aka("workphone work telwork worktel office businessphone"),
    ),
    FieldSpec(
        "preferred_language",
        "Language",
        max_length=20,
        aliases=aka("language preferredlanguage taal"),
    ),
    FieldSpec(
        "last_review_on",
        "Last review",
        "date",
        aliases=aka("lastreview lastreviewdate lastreviewed lastreviewon laastehersiening"),
        not_after_today=True,
    ),
)

# A company or trust (about 3% of clients): its own name and registration number instead
# of a person's names, ID number and date of birth.
ENTITY_KINDS = ("company", "trust")
CLIENT_KIND_FIELD = FieldSpec(
    "kind",
    "Client type",
    "choice",
    required=True,
    choices=(("person", "Person"), ("company", "Company"), ("trust", "Trust")),
    max_length=10,
    default="person",
    aliases=aka("clienttype clientkind kind entitytype persontype klienttipe"),
)
ENTITY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "entity_name",
        "Company or trust name",
        required=True,
        max_length=300,
        aliases=aka("entityname companyname trustname companyortrust companyortrustname"),
    ),
    FieldSpec(
        "registration_number",
        "Registration number",
        max_length=40,
        aliases=aka("registrationnumber registrationno regno regnumber companyregistration"),
    ),
)
ENTITY_ONLY = frozenset(spec.key for spec in ENTITY_FIELDS)
# What only a natural person has; a company or trust keeps these empty.
PERSON_ONLY = frozenset(
    {
        "title",
        "first_names",
        "surname",
        "preferred_name",
        "id_number",
        "date_of_birth",
        "marital_status",
        "occupation",
        "employer",
    }
)
# The client form's fields in the order it shows them; which apply depends on the kind.
CLIENT_FORM_FIELDS: tuple[FieldSpec, ...] = (CLIENT_KIND_FIELD, *ENTITY_FIELDS, *CLIENT_FIELDS)


def is_entity(kind: object) -> bool:
    return kind in ENTITY_KINDS


def registration_key(number: object) -> str:
    """A company's or trust's registration number as compared for duplicates: the same
    number written with spaces or in lower case ("2015/123456/07", "it 1234/2019") is
    one number. Empty for no number."""
    return "".join(str(number or "").split()).upper()


def client_specs(kind: object) -> tuple[FieldSpec, ...]:
    """The fields a client of ``kind`` has, with what each requires: an entity needs its
    name, a person needs first names and surname."""
    skip = PERSON_ONLY if is_entity(kind) else ENTITY_ONLY
    return tuple(spec for spec in CLIENT_FORM_FIELDS if spec.key not in skip)


CLIENT_FIELD_BY_KEY = {spec.key: spec for spec in CLIENT_FIELDS}

# --- addresses (FICA: residential; letters: postal) ------------------------------------------

ADDRESS_KINDS = (("physical", "Residential address"), ("postal", "Postal address"))

ADDRESS_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "line1",
        "Street address",
        max_length=200,
        aliases=aka(
            "address street streetaddress address1 addressline1 physicaladdress homestreet homeaddress residentialaddress adres"
        ),
    ),
    FieldSpec(
        "line2",
        "Address line 2",
        max_length=200,
        aliases=aka("addressline2 address2 homestreet2"),
    ),
    FieldSpec("suburb", "Suburb", max_length=100, aliases=aka("suburb voorstad")),
    FieldSpec("city", "City or town", max_length=100, aliases=aka("city town stad homecity")),
    FieldSpec(
        "province",
        "Province",
        "province",
        choices=PROVINCE_CHOICES,
        max_length=40,
        aliases=aka("province provinsie homestate state region homeregion"),
    ),
    FieldSpec(
        "postal_code",
        "Postal code",
        "postal_code",
        max_length=4,
        aliases=aka("postalcode postcode code zip zipcode poskode homepostalcode homezip"),
    ),
)
ADDRESS_FIELD_BY_KEY = {spec.key: spec for spec in ADDRESS_FIELDS}

FIELD_LENGTHS = {spec.key: spec.max_length for spec in (*CLIENT_FIELDS, *ADDRESS_FIELDS)}
