"""Issue 16: the POPIA registers, the backup centre and the other practice screens speak
Afrikaans. Each screen is opened on a real practice under the Afrikaans catalogue and
the locale walk (tests/ui/locale_walk.py) must find no English on it, apart from client
data, proper names and codes; dates follow the Afrikaans locale."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget, QWidget

from clientmanager.services import breaches, subject_requests
from clientmanager.store.models import Client
from clientmanager.ui.breach_register import BreachRegisterDialog
from clientmanager.ui.rights_register import (
    ActDialog,
    CompleteDialog,
    ExtendDialog,
    RightsRegisterDialog,
    VerifyDialog,
)
from tests.ui import locale_walk

WAIT = 20_000
# Client data and what the user typed: shown as it is.
USER_DATA = (
    "Hélène Müller",
    "Sipho Nkosi",
    "Laptop gesteel",
    "'n Skootrekenaar is uit die motor gesteel.",
    "Bedrieërs kan u skakel.",
    "Wagwoorde verander.",
    "Wees versigtig met oproepe.",
)
SHOTS = Path(os.environ.get("AFRIKAANS_SHOTS", "/tmp/i18n-shots"))


def afrikaans_date(day: dt.date, pattern: str = "d MMM yyyy") -> str:
    return QLocale("af_ZA").toString(QDate(day.year, day.month, day.day), pattern)


def assert_fits(widget: QWidget) -> None:
    """The window shrinks to 1366×768 and no button or one-line label clips its text."""
    QApplication.processEvents()
    hint = widget.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, (type(widget).__name__, hint)
    clipped = [
        (type(child).__name__, child.text())
        for child in [*widget.findChildren(QLabel), *widget.findChildren(QPushButton)]
        if child.isVisibleTo(widget)
        and child.text()
        and not (isinstance(child, QLabel) and child.wordWrap())
        and child.width() < child.minimumSizeHint().width()
    ]
    assert clipped == [], f"clipped on {type(widget).__name__}: {clipped}"


def assert_afrikaans(widget: QWidget, literals: set[str], *, allow: tuple[str, ...] = ()) -> None:
    found = locale_walk.english_strings(widget, allow=USER_DATA + allow, literals=literals)
    # The walk reads headers, not cells: the cells a register fills in are read here.
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                text = item.text() if item is not None else ""
                if text not in USER_DATA + allow and locale_walk.looks_english(text, literals):
                    found.append((f"{type(table).__name__}[{row},{column}]", text))
    assert found == [], f"English on {type(widget).__name__}: {found}"
    assert_fits(widget)


def shoot(widget: QWidget, name: str) -> None:
    for _ in range(5):
        QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _clients(practice) -> list[int]:  # noqa: ANN001
    with practice.session() as s:
        people = [
            Client(first_names="Hélène", surname="Müller"),
            Client(first_names="Sipho", surname="Nkosi"),
        ]
        s.add_all(people)
        s.flush()
        return [p.id for p in people]


def test_the_breach_register_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    ids = _clients(practice)
    discovered = dt.datetime(2026, 11, 3, 12)
    with practice.session() as s:
        breaches.record_breach(
            s,
            actor=practice.actor,
            title="Laptop gesteel",
            description="'n Skootrekenaar is uit die motor gesteel.",
            discovered_at=discovered,
            data_categories=[breaches.DATA_CATEGORIES[1]],
            client_ids=ids,
            consequences="Bedrieërs kan u skakel.",
            measures_taken="Wagwoorde verander.",
            subject_actions="Wees versigtig met oproepe.",
        )
    context.set_unlocked(practice)
    dialog = BreachRegisterDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.windowTitle() == "Oortredingsregister"
    assert dialog.table.item(0, 1).text() == afrikaans_date(discovered.date())
    assert dialog.table.item(0, 5).text() == "Nog nie"
    assert "1 voorval aangeteken" in dialog.summary.text()
    assert "Kontakbesonderhede" in dialog.details.text()
    assert_afrikaans(dialog, literals, allow=("Laptop gesteel",))
    shoot(dialog, "breach_register")

    form = dialog.new_breach()
    qtbot.waitUntil(form.isVisible, timeout=WAIT)
    items = [form.categories.item(r).text() for r in range(form.categories.count())]
    assert "Bankrekeningbesonderhede" in items
    assert_afrikaans(form, literals)
    shoot(form, "breach_form")
    # The categories are stored in the service's words, whatever the screen shows.
    form.categories.item(0).setCheckState(form.categories.item(0).checkState().Checked)
    assert form.values()["data_categories"] == [breaches.DATA_CATEGORIES[0]]
    form.reject()

    dialog.table.selectRow(0)
    notified = dialog.mark_regulator_notified()
    qtbot.waitUntil(notified.isVisible, timeout=WAIT)
    assert_afrikaans(notified, literals)
    notified.reject()


def test_the_rights_register_and_its_forms_in_afrikaans(
    qtbot, context, practice, afrikaans, literals
):
    ids = _clients(practice)
    received = dt.date.today() - dt.timedelta(days=40)
    with practice.session() as s:
        subject_requests.open_request(
            s, actor=practice.actor, client_id=ids[0], kind="correction",
            requested_by="Hélène Müller", received_on=received,
        )  # fmt: skip
    context.set_unlocked(practice)
    dialog = RightsRegisterDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.windowTitle() == "Regteregister"
    assert dialog.table.item(0, 1).text() == afrikaans_date(received)
    assert dialog.table.item(0, 3).text() == "Regstelling (art. 24)"
    assert dialog.table.item(0, 7).text() == "Agterstallig"
    assert dialog.summary.text() == "1 oop versoek, 1 agterstallig."
    dialog.table.selectRow(0)
    assert_afrikaans(dialog, literals)
    shoot(dialog, "rights_register")

    new = dialog.new_request()
    qtbot.waitUntil(new.isVisible, timeout=WAIT)
    picker = new.picker
    assert picker.matches.currentText() == "(nie aan ’n kliënt gekoppel nie)"
    assert picker.search.placeholderText() == "Tik ’n naam, ID-nommer of telefoon…"
    qtbot.keyClicks(picker.search, "Nkosi")  # QTest types ASCII only
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.client_id == ids[1], timeout=WAIT)
    assert picker.matches.currentText() == f"Sipho Nkosi (kliënt {ids[1]})"
    kinds = [new.kind.itemText(i) for i in range(new.kind.count())]
    assert "Beswaar teen verwerking (art. 11(3))" in kinds
    assert afrikaans_date(dt.date.today() + dt.timedelta(days=30)) in new.due_hint.text()
    assert_afrikaans(new, literals, allow=(f"Sipho Nkosi (kliënt {ids[1]})", "Nkosi"))
    shoot(new, "rights_new_request")
    new.reject()

    request = dialog.selected_request()
    for form_class in (ExtendDialog, CompleteDialog, VerifyDialog, ActDialog):
        form = form_class(request, dialog)
        qtbot.addWidget(form)
        form.show()
        assert_afrikaans(form, literals)
        shoot(form, f"rights_{form_class.__name__}")
        form.reject()


def test_the_backup_centre_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    from clientmanager.services import backups
    from clientmanager.ui.backup_centre import BackupCentreDialog

    taken = dt.datetime(2026, 11, 24, 17, 5)
    backups.take_backup(practice, now=taken, prune_old=False)
    context.set_unlocked(practice)
    dialog = BackupCentreDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=60_000)
    assert dialog.windowTitle() == "Rugsteunsentrum"
    shown = dialog.table.item(0, 0).text()
    assert afrikaans_date(taken.date(), "ddd d MMM yyyy") in shown, shown
    assert dialog.table.item(0, 3).text() == "Gekontroleer"
    assert dialog.table.item(0, 4).text() == "Daagliks"
    dialog.table.selectRow(0)
    # The folder and the backup's file name are paths, not words.
    assert dialog.folder_label.text().startswith("Rugsteunvouer: ")
    assert_afrikaans(dialog, literals, allow=(dialog.folder_label.text(),))
    shoot(dialog, "backup_centre")


def test_the_disclosure_register_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    from clientmanager.services import disclosures
    from clientmanager.ui.disclosures_panel import DisclosuresDialog

    ids = _clients(practice)
    with practice.session() as s:
        disclosures.add_disclosure(
            s, actor=practice.actor, client_id=ids[0], recipient_category="referral",
            recipient_name="Adv. Pieter Botha", purpose="Verwysing vir 'n testament",
            categories="Identiteit", channel="email", lawful_basis="consent",
            disclosed_at=dt.datetime(2026, 11, 2, 8, 30),
        )  # fmt: skip
    context.set_unlocked(practice)
    dialog = DisclosuresDialog(context, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert dialog.windowTitle() == "Bekendmakings van hierdie kliënt"
    assert panel.table.item(0, 0).text() == afrikaans_date(dt.date(2026, 11, 2)) + " 10:30 SAST"
    assert panel.table.item(0, 2).text().startswith("Verwysing")
    assert panel.table.item(0, 4).text() == "Toestemming (art. 11(1)(a))"
    assert panel.table.item(0, 6).text() == "E-pos"
    assert_afrikaans(
        dialog,
        literals,
        allow=("Adv. Pieter Botha", "Verwysing vir 'n testament", "Identiteit"),
    )
    shoot(dialog, "disclosures")
    panel.table.selectRow(0)
    form = panel.correct_selected()
    qtbot.waitUntil(form.isVisible, timeout=WAIT)
    assert form.basis.currentText() == "Toestemming (art. 11(1)(a))"
    assert form.values()["lawful_basis"] == "consent"
    assert_afrikaans(
        form, literals, allow=("Adv. Pieter Botha", "Verwysing vir 'n testament", "Identiteit")
    )
    form.reject()


def test_the_notice_dialogs_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    from clientmanager.ui.notices_dialog import AttachForm4Dialog, PrintNoticeDialog

    ids = _clients(practice)
    context.set_unlocked(practice)
    for dialog in (
        PrintNoticeDialog(context, ids[0], "s18"),
        PrintNoticeDialog(context, ids[0], "form4"),
        AttachForm4Dialog(context, ids[0]),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        allow = (dialog.path.text(),) if isinstance(dialog, PrintNoticeDialog) else ()
        assert_afrikaans(dialog, literals, allow=allow)
        shoot(dialog, type(dialog).__name__)
    assert dialog.channels["E-mail"].text() == "E-pos"


def test_the_duplicates_dialog_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    from clientmanager.store.models import Policy
    from clientmanager.ui.duplicates_dialog import DuplicatesDialog

    with practice.session() as s:
        kept = Client(first_names="Priya", surname="Naidoo", id_number="8001015009087")
        other = Client(
            first_names="Priya", surname="Naidoo", id_number="8001015009087",
            email="priya@example.co.za", date_of_birth=dt.date(1980, 1, 1),
        )  # fmt: skip
        s.add_all([kept, other])
        s.flush()
        s.add(
            Policy(client_id=other.id, provider="Sanlam", policy_number="S-1", product_type="life")
        )
    context.set_unlocked(practice)
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert "1 polis" in dialog.moves.text()
    assert_afrikaans(
        dialog,
        literals,
        allow=(
            f"Priya Naidoo (#{kept.id})",
            f"Priya Naidoo (#{other.id})",
            "priya@example.co.za",
            "8001015009087",
        ),
    )
    shoot(dialog, "duplicates")


def _planner_screens():
    from clientmanager.ui.calendar_view import CalendarView
    from clientmanager.ui.commission_view import CommissionView
    from clientmanager.ui.letters_dialog import LettersDialog
    from clientmanager.ui.policy_events import PolicyEventsDialog
    from clientmanager.ui.reviews_board import ReviewsBoard
    from clientmanager.ui.roa_dialog import RoaDialog
    from clientmanager.ui.tags_dialog import TagsDialog

    return (
        CalendarView,
        ReviewsBoard,
        PolicyEventsDialog,
        CommissionView,
        LettersDialog,
        RoaDialog,
        TagsDialog,
    )


@pytest.mark.parametrize("index", range(7))
def test_the_planner_screens_in_afrikaans(qtbot, context, practice, afrikaans, literals, index):
    screen = _planner_screens()[index]
    _clients(practice)
    context.set_unlocked(practice)
    dialog = screen(context)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        context.tasks.wait_until_idle()
        QApplication.processEvents()
    shoot(dialog, screen.__name__)
    # "Week" is Afrikaans too.
    assert_afrikaans(dialog, literals, allow=("Hélène Müller", "Sipho Nkosi", "Week"))


def test_the_client_planner_panel_and_main_window_in_afrikaans(
    qtbot, context, practice, afrikaans, literals
):
    from clientmanager.ui.client_planner_panel import ClientPlannerPanel
    from clientmanager.ui.main_window import MainWindow
    from tests.planner.conftest import seed_household

    seeded = seed_household(practice)
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    panel = ClientPlannerPanel(context, window.planner_menu)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(seeded.client_id)
    qtbot.waitUntil(lambda: panel.year is not None, timeout=WAIT)
    assert panel.level.text().startswith("Jaarliks")
    assert panel.next_review.text() == afrikaans_date(dt.date(2026, 12, 10))
    found = locale_walk.english_strings(panel, literals=literals)
    assert found == [], found
    events = [panel.events.item(i).text() for i in range(panel.events.count())]
    assert events and all("-jaar-herdenking van" in e and "(lewensdekking)" in e for e in events), (
        events
    )
    assert not [e for e in events if locale_walk.looks_english(e, literals)], events
    shoot(panel, "client_planner_panel")
    window._show_count(1)
    assert window.count_label.text() == "1 kliënt in die lys"
    window._show_count(1234)
    assert window.count_label.text() == "1\xa0234 kliënte in die lys" or (
        window.count_label.text().replace("\u202f", " ").replace("\xa0", " ")
        == "1 234 kliënte in die lys"
    )
