"""The one client-field catalogue: the form, the record service, the importer and the
exporter read the same specs (issue 12), and phone, province and postal-code rules."""

import datetime as dt

import pytest

from clientmanager.domain.addresses import parse_postal_code, parse_province
from clientmanager.domain.client_fields import (
    ADDRESS_FIELD_BY_KEY,
    CLIENT_FIELD_BY_KEY,
    CLIENT_FIELDS,
    CLIENT_FORM_FIELDS,
    FIELD_LENGTHS,
    parse_value,
    registration_key,
)
from clientmanager.domain.errors import ValidationError
from clientmanager.services import client_records, exporter, importer


def test_every_door_uses_the_same_specs():
    assert client_records.CLIENT_FORM_FIELDS is CLIENT_FORM_FIELDS
    assert set(CLIENT_FIELDS) <= set(CLIENT_FORM_FIELDS)
    for key in ("surname", "id_number", "mobile", "email", "tax_number"):
        assert importer.FIELD_BY_KEY[key] is CLIENT_FIELD_BY_KEY[key]
    assert importer.FIELD_BY_KEY["postal_code"] is ADDRESS_FIELD_BY_KEY["postal_code"]
    headers = dict((key, header) for header, key in exporter.LIST_COLUMNS)
    assert headers["id_number"] == CLIENT_FIELD_BY_KEY["id_number"].label
    # What the exporter writes, the importer reads back to the same field.
    mapping = importer.guess_mapping(list(headers.values()))
    assert mapping[headers["mobile"]] == "mobile"
    assert mapping[headers["id_number"]] == "id_number"
    assert headers["entity_name"] == "Company or trust name"
    assert FIELD_LENGTHS["tax_number"] == 10


@pytest.mark.parametrize("typed", ["082 1234", "081 017 593", "011 123 4567"])
def test_a_mobile_field_refuses_short_and_landline_numbers(typed):
    with pytest.raises(ValidationError) as caught:
        parse_value(CLIENT_FIELD_BY_KEY["mobile"], typed)
    assert caught.value.field == "Mobile"
    assert typed not in str(caught.value)  # never repeat the value


def test_a_landline_field_takes_a_landline_but_not_a_short_number():
    spec = CLIENT_FIELD_BY_KEY["home_phone"]
    assert parse_value(spec, "011 123 4567") == "+27111234567"
    with pytest.raises(ValidationError, match="too few digits"):
        parse_value(spec, "082 1234")
    assert parse_value(CLIENT_FIELD_BY_KEY["mobile"], "082 123 4567") == "+27821234567"


def test_provinces_and_postal_codes():
    assert parse_province("KZN") == "KwaZulu-Natal"
    assert parse_province("gauteng") == "Gauteng"
    assert parse_province("Wes-Kaap") == "Western Cape"
    with pytest.raises(ValidationError):
        parse_province("Transvaal")
    assert parse_postal_code("0181") == "0181"
    assert parse_postal_code("181") == "0181"  # a spreadsheet dropped the zero
    for bad in ("12345", "AB12", "12"):
        with pytest.raises(ValidationError):
            parse_postal_code(bad)


def test_choices_read_labels_as_well_as_values():
    assert parse_value(CLIENT_FIELD_BY_KEY["marital_status"], "Life partner") == "life_partner"
    with pytest.raises(ValidationError):
        parse_value(CLIENT_FIELD_BY_KEY["marital_status"], "complicated")


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("2015/123456/07", "2015/123456/07"),
        (" 2015 / 123456 / 07 ", "2015/123456/07"),
        ("it 1234/2019", "IT1234/2019"),
        (None, ""),
        ("", ""),
    ],
)
def test_registration_key_ignores_spaces_and_case_as_the_importer_and_duplicates_do(
    written: str | None, key: str
) -> None:
    assert registration_key(written) == key


def test_a_birth_or_a_review_after_today_is_refused_as_text_or_as_a_date():
    today = dt.date.today()
    tomorrow = today + dt.timedelta(days=1)
    for key, label in (("date_of_birth", "Date of birth"), ("last_review_on", "Last review")):
        spec = CLIENT_FIELD_BY_KEY[key]
        assert parse_value(spec, today.isoformat()) == today
        for typed in (tomorrow.isoformat(), tomorrow):
            with pytest.raises(ValidationError) as refused:
                parse_value(spec, typed)
            assert str(refused.value) == f"{label}: cannot be after today"
