"""Every message a service can put in front of a person can be translated (issue 16).

The services raise ClientManagerError-family errors with an English template and named
values; the desktop translates the template. A message built as an f-string or by
concatenation cannot be in the catalogue, so it would stay English on an Afrikaans
screen: these tests fail on one, and on a template the catalogue does not list or
translate."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clientmanager import errors
from installer import service_messages

REPO = Path(__file__).resolve().parents[2]
AF = REPO / "resources" / "translations" / "clientmanager_af.ts"


@pytest.fixture(scope="module")
def found() -> service_messages.Found:
    return service_messages.scan()


def test_every_error_message_and_hint_is_a_literal_template(found):
    assert found.constructions > 200  # the scan really reads the services
    assert found.problems == [], "\n".join(found.problems)


def test_the_lupdate_listing_is_up_to_date(found):
    listed = set(service_messages.listed())
    missing = [t for t in found.templates if t not in listed]
    assert missing == [], (
        f"{len(missing)} messages are not in clientmanager/ui/service_messages.py: run "
        f"installer/build_translations.py --update. First: {missing[:3]}"
    )
    assert set(service_messages.permission_texts()) <= listed


def test_every_service_message_is_translated_into_afrikaans(found):
    root = ET.parse(AF).getroot()
    service = next(c for c in root.iter("context") if c.findtext("name") == "ServiceText")
    translations = {m.findtext("source"): m.find("translation") for m in service.iter("message")}
    for text in [*found.templates, *service_messages.permission_texts()]:
        translation = translations.get(text)
        assert translation is not None, f"not in the .ts: {text!r} ({found.templates.get(text)})"
        assert translation.get("type") != "unfinished" and (translation.text or "").strip(), text
        assert sorted(re.findall(r"\{[^{}]*\}", text)) == sorted(
            re.findall(r"\{[^{}]*\}", translation.text)
        ), text


def test_the_scan_catches_an_f_string_message(tmp_path):
    """The check itself can fail: a new service raising an f-string is reported."""
    package = tmp_path / "clientmanager"
    (package / "services").mkdir(parents=True)
    (package / "errors.py").write_text(
        "class ClientManagerError(Exception):\n    pass\n\n\nclass NotFound(ClientManagerError):\n    pass\n"
    )
    (package / "services" / "new.py").write_text(
        "from clientmanager.errors import NotFound\n\n\n"
        "def find(n):\n"
        '    raise NotFound(f"There is no widget {n}.", hint="Look again.")\n\n\n'
        "def find_ok(n):\n"
        '    raise NotFound("There is no widget {n}.", hint="Look again.", n=n)\n\n\n'
        "def find_typo(n):\n"
        '    raise NotFound("There is no widget {number}.", n=n)\n'
    )
    result = service_messages.scan(package)
    assert len(result.problems) == 2, result.problems
    assert "new.py:5" in result.problems[0] and "not a literal" in result.problems[0]
    assert "new.py:13" in result.problems[1] and "number" in result.problems[1]
    assert "There is no widget {n}." in result.templates


def test_english_text_is_the_template_filled_in():
    """The CLI and logs see exactly the English they saw before templates."""
    error = errors.NotFound(
        "There is no user called {name!r}.", hint="See {where}.", name="bo", where="x"
    )
    assert error.message == "There is no user called 'bo'."
    assert error.hint == "See x."
    assert str(error) == "There is no user called 'bo'. See x."
    assert error.template == "There is no user called {name!r}."
    plain = errors.ClientManagerError("Fields: {first_name}", hint="as typed")
    assert plain.message == "Fields: {first_name}"  # no values: braces are text
    busy = errors.translate(Exception("database is locked"))
    assert busy.message == "The practice database is busy: another program is writing to it."


def test_the_listing_module_is_only_literals():
    """lupdate reads the listing as source: it must hold calls with literal strings."""
    tree = ast.parse(service_messages.LISTING.read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert len(calls) > 400
    assert all(isinstance(c.args[1], ast.Constant) for c in calls)
