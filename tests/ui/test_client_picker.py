"""The one client picker (ui/client_picker.py), driven as a user does in the client
summary dialog, one of the forms that use it: a client it is opened for shows by name,
Enter searches without pressing the form's OK, and of several matches none is taken
until the user picks one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clientmanager.store.models import Client
from clientmanager.ui.summary_dialog import SummaryDialog
from tests.ui.client_picking import choose

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
