"""The one client picker (ui/client_picker.py), driven as a user does in the client
summary dialog, one of the forms that use it: a client it is opened for shows by name,
Enter searches without pressing the form's OK, and of several matches none is taken
until the user picks one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from clientmanager.store.models import Client
from clientmanager.ui import i18n
from clientmanager.ui.calendar_view import AppointmentDialog
from clientmanager.ui.client_picker import ClientPicker
from clientmanager.ui.commission_view import ExpectedDialog
from clientmanager.ui.letters_dialog import LettersDialog
from clientmanager.ui.policy_events import PolicyEventsDialog
from clientmanager.ui.rights_register import NewRequestDialog
from clientmanager.ui.roa_dialog import RoaDialog
from clientmanager.ui.summary_dialog import SummaryDialog
from tests.ui.client_picking import choose, pick, shows_whole_choice

WAIT = 20_000


def _merwes(practice) -> dict[str, int]:  # noqa: ANN001
    with practice.session() as s:
        people = {
            "Pieter": Client(
                first_names="Pieter", surname="van der Merwe", date_of_birth=dt.date(1971, 3, 14)
            ),
            "Anna": Client(
                first_names="Anna", surname="van der Merwe", date_of_birth=dt.date(1975, 11, 2)
            ),
            "Johan": Client(first_names="Johan", surname="van der Merwe"),
        }
        s.add_all(people.values())
        s.flush()
        return {name: person.id for name, person in people.items()}


def _summary(qtbot, context, practice, **kwargs) -> SummaryDialog:  # noqa: ANN001
    context.set_unlocked(practice)
    dialog = SummaryDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_client_the_form_opens_for_is_shown_by_name(qtbot, context, practice) -> None:  # noqa: ANN001
    ids = _merwes(practice)
    dialog = _summary(qtbot, context, practice, client_id=ids["Anna"])
    picker = dialog.picker
    assert picker.client_id == ids["Anna"]  # at once, before the name arrives
    shown = f"Anna van der Merwe (client {ids['Anna']}, born 2 Nov 1975)"
    qtbot.waitUntil(lambda: picker.matches.currentText() == shown, timeout=WAIT)
    assert [picker.matches.itemText(i) for i in range(picker.matches.count())] == [shown]
    assert picker.client_id == ids["Anna"]


def test_enter_searches_and_of_several_matches_the_user_picks(qtbot, context, practice) -> None:  # noqa: ANN001
    ids = _merwes(practice)
    dialog = _summary(qtbot, context, practice)
    picker = dialog.picker
    changes = []
    picker.client_changed.connect(changes.append)
    qtbot.keyClicks(picker.search, "van der Merwe")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.matches.count() == 3, timeout=WAIT)
    # Enter searched; it did not also press "Save PDF…" (which says "Choose a client").
    assert not dialog.error.isVisible()
    assert sorted(picker.matches.itemText(i) for i in range(3)) == [
        f"Anna van der Merwe (client {ids['Anna']}, born 2 Nov 1975)",
        f"Johan van der Merwe (client {ids['Johan']})",
        f"Pieter van der Merwe (client {ids['Pieter']}, born 14 Mar 1971)",
    ]
    # Three of one surname: none is taken for the user.
    assert picker.client_id is None
    assert picker.matches.placeholderText() == "Choose one of 3 matches"
    choose(qtbot, picker.matches, picker.matches.findData(ids["Pieter"]))
    assert picker.client_id == ids["Pieter"]
    assert changes == [ids["Pieter"]]

    picker.search.clear()
    qtbot.keyClicks(picker.search, "Johan")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.client_id == ids["Johan"], timeout=WAIT)  # the one match
    assert changes == [ids["Pieter"], ids["Johan"]]

    picker.search.clear()
    qtbot.keyClicks(picker.search, "Nobody")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.matches.count() == 0, timeout=WAIT)
    assert picker.client_id is None
    assert picker.matches.placeholderText() == "No client matches"
    assert changes == [ids["Pieter"], ids["Johan"], None]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Choose a client" in dialog.error.text()


def _tshabalalas(practice) -> dict[str, int]:  # noqa: ANN001
    """Two of one surname, one with a long name: a match reads "Sibusiso David Tshabalala
    (client 2, born 24 Dec 1978)"."""
    with practice.session() as s:
        people = {
            "Andile": Client(first_names="Andile", surname="Tshabalala"),
            "Sibusiso": Client(
                first_names="Sibusiso David",
                surname="Tshabalala",
                date_of_birth=dt.date(1978, 12, 24),
            ),
        }
        s.add_all(people.values())
        s.flush()
        return {name: person.id for name, person in people.items()}


def _open_form(name: str, context) -> QWidget:  # noqa: ANN001
    if name == "summary":
        return SummaryDialog(context)
    if name == "appointment":
        return AppointmentDialog(context, dt.date(2026, 12, 7), None)
    if name == "expected":
        return ExpectedDialog(context, None)
    if name == "new_request":
        return NewRequestDialog(context)
    if name == "roa":
        return RoaDialog(context)
    if name == "letters":
        return LettersDialog(context)
    dialog = PolicyEventsDialog(context)
    dialog.tabs.setCurrentIndex(1)  # the picker is on "A policy"
    return dialog


FORMS = ("summary", "appointment", "expected", "new_request", "roa", "letters", "policy_events")


@pytest.fixture
def afrikaans(qapp):  # noqa: ANN001
    assert i18n.install_translations(qapp, "af") == "af"
    yield
    i18n.install_translations(qapp, "en")


def _chosen_in_form(qtbot, context, practice, form: str) -> tuple[QWidget, ClientPicker]:  # noqa: ANN001
    ids = _tshabalalas(practice)
    context.set_unlocked(practice)
    dialog = _open_form(form, context)
    qtbot.addWidget(dialog)
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        # Opened at the size it asks for, as on a laptop's 1366-pixel screen: the tests'
        # 800×600 one would hold a window to two thirds of its width.
        dialog.resize(dialog.sizeHint())
    dialog.show()
    pick(qtbot, dialog.picker, "Tshabalala", ids["Sibusiso"])
    return dialog, dialog.picker


@pytest.mark.parametrize("form", FORMS)
def test_each_form_opens_wide_enough_for_a_whole_match(qtbot, context, practice, form) -> None:  # noqa: ANN001
    """The date of birth, which tells two clients of one name apart, is not cut off the
    chosen match: the forms that opened 480 pixels wide showed "born 24 De"."""
    dialog, picker = _chosen_in_form(qtbot, context, practice, form)
    assert "born 24 Dec 1978" in picker.matches.currentText()
    assert shows_whole_choice(picker.matches), (picker.matches.width(), dialog.width())


@pytest.mark.parametrize("form", ("new_request", "appointment", "roa"))
def test_a_whole_match_in_afrikaans(qtbot, context, practice, afrikaans, form) -> None:  # noqa: ANN001
    dialog, picker = _chosen_in_form(qtbot, context, practice, form)
    assert "gebore" in picker.matches.currentText()
    assert shows_whole_choice(picker.matches), (picker.matches.width(), dialog.width())


def test_the_picker_stacks_when_narrow_and_not_when_wide(qtbot, context, practice) -> None:  # noqa: ANN001
    """Side by side only where the list has room for a whole match; narrowed, the list
    goes under the search, each keeping its height, and widened again it comes back."""
    dialog, picker = _chosen_in_form(qtbot, context, practice, "roa")

    def side_by_side() -> bool:
        return picker.matches.geometry().top() < picker.search.geometry().bottom()

    dialog.resize(1000, dialog.height())
    qtbot.waitUntil(side_by_side, timeout=WAIT)
    assert shows_whole_choice(picker.matches)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: not side_by_side(), timeout=WAIT)
    for field in (picker.search, picker.matches):
        assert field.height() >= field.sizeHint().height()
        assert dialog.rect().contains(field.geometry().translated(field.mapTo(dialog, QPoint())))
    dialog.resize(1000, dialog.height())
    qtbot.waitUntil(side_by_side, timeout=WAIT)
