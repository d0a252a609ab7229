"""The finished screens speak Afrikaans (issue 16): each is opened on a real practice under
the Afrikaans catalogue and the locale walk (tests/ui/locale_walk.py) finds no English
outside a short allow-list of proper names, codes and the practice's own data. Dates on
these screens follow the locale (QLocale), not English month and day names."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QWidget

from clientmanager.services import client_records as records
from clientmanager.services import retention, subject_requests
from clientmanager.services import today as today_service
from clientmanager.store.models import Client, LegalHold, Policy, User
from clientmanager.ui import i18n
from clientmanager.ui.audit_viewer import AuditViewerDialog
from clientmanager.ui.client_bulk import AssignDialog, BulkActions, MoveBookDialog, TaskDialog
from clientmanager.ui.dashboard import DashboardPanel
from clientmanager.ui.operations import Operation
from clientmanager.ui.retention_dialog import RetentionReviewDialog
from clientmanager.ui.settings_dialog import SettingsDialog
from clientmanager.ui.users_dialog import (
    AddUserDialog,
    ChangePasswordDialog,
    SetPasswordDialog,
    UsersDialog,
)
from tests.ui import locale_walk

WAIT = 20_000
TODAY = dt.date(2026, 11, 25)
# The practice's own data (people, the practice's name) and codes, shown as they are.
USER_DATA = (
    "Mokoena & Müller Financial Planning",
    "Thandi Mokoena",
    "thandi",
    "Pieter van Wyk",
    "pieter",
    "Lerato Dube",
    "lerato",
    "Thandi Mokoena (thandi)",
    "Pieter van Wyk (pieter)",
    "Lerato Dube (lerato)",
)
AFRIKAANS_MONTHS = (
    "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember"
).split()
AFRIKAANS_DAYS = "Maandag Dinsdag Woensdag Donderdag Vrydag Saterdag Sondag".split()
SHOTS = Path(os.environ.get("AFRIKAANS_SHOTS", "/tmp/i18n-shots"))


def afrikaans_date(day: dt.date, pattern: str) -> str:
    return QLocale("af_ZA").toString(QDate(day.year, day.month, day.day), pattern)


def assert_afrikaans(widget: QWidget, literals: set[str], *, allow: tuple[str, ...] = ()) -> None:
    """No English on ``widget``, tab by tab (a hidden tab's widgets are not walked)."""
    tabs = [t for t in widget.findChildren(QTabWidget) if t.isVisibleTo(widget)]
    pages = range(max((t.count() for t in tabs), default=1))
    found = []
    for page in pages:
        for tab in tabs:
            if page < tab.count():
                tab.setCurrentIndex(page)
        found += locale_walk.english_strings(widget, allow=USER_DATA + allow, literals=literals)
    assert found == [], f"English on {type(widget).__name__}: {found}"
    assert_fits(widget)


def assert_fits(widget: QWidget) -> None:
    """The longer Afrikaans text fits: the window can shrink to 1366×768, and no button
    or one-line label on it is narrower than its text."""
    QApplication.processEvents()
    hint = widget.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, (type(widget).__name__, hint)
    clipped = [
        (type(child).__name__, child.text(), child.width(), child.sizeHint().width())
        for child in [*widget.findChildren(QLabel), *widget.findChildren(QPushButton)]
        if child.isVisibleTo(widget)
        and child.text()
        and not (isinstance(child, QLabel) and child.wordWrap())
        and child.width() < child.minimumSizeHint().width()
    ]
    assert clipped == [], f"clipped on {type(widget).__name__}: {clipped}"


def shoot(widget: QWidget, name: str) -> None:
    for _ in range(5):  # let a tab that was just switched lay itself out
        QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _seed_people(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        s.add_all(
            [
                User(username="pieter", full_name="Pieter van Wyk", role="planner",
                     last_login_at=dt.datetime(2026, 3, 5, 9, 30)),
                User(username="lerato", full_name="Lerato Dube", role="assistant",
                     is_active=False),
            ]
        )  # fmt: skip


def test_the_walk_counts_afrikaans_words_that_english_shares_as_afrikaans():
    # "week" is Afrikaans too ("hierdie week"); an English sentence is still caught.
    assert not locale_walk.looks_english("Verjaardae hierdie week")
    assert locale_walk.looks_english("Birthdays this week")


def test_users_screens_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    _seed_people(practice)
    context.set_unlocked(practice)
    dialog = UsersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT)
    assert dialog.windowTitle() == "Gebruikers"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers[:3] == ["Gebruikersnaam", "Naam", "Rol"]
    rows = {
        dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(6)]
        for r in range(3)
    }
    assert rows["thandi"][2] == "Praktykbestuurder (administrateur)"
    assert rows["pieter"][2:4] == ["Beplanner", "Aktief"]
    assert rows["lerato"][2:4] == ["Assistent", "Gedeaktiveer"]
    # The date in the locale: Afrikaans month, not "Mar".
    assert rows["pieter"][4] == QLocale("af_ZA").toString(
        QDateTime(QDate(2026, 3, 5), QTime(9, 30)), "d MMM yyyy HH:mm"
    )
    assert rows["pieter"][4].startswith("5 Mrt")
    dialog.select_user("lerato")
    assert dialog.disable_button.text() == "Aktiveer…"
    assert_afrikaans(dialog, literals)
    shoot(dialog, "users")

    add = AddUserDialog(dialog)
    qtbot.addWidget(add)
    add.show()
    assert_afrikaans(add, literals)
    assert add.role_help.text().startswith("Hul eie kliënte")
    add.username.set_text("johan")
    add.submit()
    qtbot.wait(50)  # the dialog grows for the error line on the next turn of the loop
    assert add.full_name.error.text() == "Tik die persoon se naam."
    add.full_name.set_text("Johan Botha")
    add.passwords.password.set_text("kort")
    add.submit()
    qtbot.wait(50)
    assert add.passwords.password.error.text() == (
        "gebruik minstens 10 karakters; ’n kort sin werk goed"
    )
    add.passwords.password.set_text("Correct horse battery 42")
    add.passwords.repeat.set_text("something else entirely")
    add.submit()
    qtbot.wait(50)
    assert add.passwords.repeat.error.text() == "Die twee wagwoorde verskil."
    shoot(add, "add-user")

    reset = SetPasswordDialog("pieter", title="Herstel wagwoord", parent=dialog)
    qtbot.addWidget(reset)
    reset.show()
    assert_afrikaans(reset, literals)
    mine = ChangePasswordDialog(context)
    qtbot.addWidget(mine)
    mine.show()
    assert_afrikaans(mine, literals)


def test_audit_trail_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    context.set_unlocked(practice)
    dialog = AuditViewerDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=WAIT)
    choices = [dialog.action_box.itemText(i) for i in range(dialog.action_box.count())]
    assert choices[0] == "Elke handeling"
    assert "Praktyk geskep" in choices and "Ouditspoor oopgemaak" in choices
    assert dialog.count_label.text().endswith("inskrywings")
    assert dialog.since_edit.text() == "enige datum"
    with qtbot.waitSignal(dialog.chain_checked, timeout=WAIT):
        dialog.verify()
    assert dialog.chain_label.text().startswith("✔ Die ouditspoor is ongeskonde:")
    assert_afrikaans(dialog, literals)
    shoot(dialog, "audit-trail")


def _seed_retention(practice) -> int:  # noqa: ANN001
    with practice.session() as s:
        gone = Client(
            first_names="Gert", surname="Oosthuizen", relationship_end=dt.date(2019, 2, 28)
        )
        left = Client(
            first_names="Lindiwe", surname="Sithole", relationship_end=dt.date(2020, 1, 31)
        )
        held = Client(first_names="Sipho", surname="Ndlovu", relationship_end=dt.date(2019, 5, 1))
        s.add_all([gone, left, held])
        s.flush()
        s.add(
            Policy(
                client_id=left.id, provider="Allan Gray", policy_number="AG-9",
                product_type="retirement_annuity", end_date=dt.date(2031, 6, 30),
            )
        )  # fmt: skip
        s.add(
            LegalHold(
                client_id=held.id, reason="FAIS-ombudsklagte 77/2026",
                placed_by_id=practice.actor.user_id,
            )
        )  # fmt: skip
        return held.id


def test_retention_review_and_its_forms_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    _seed_retention(practice)
    context.set_unlocked(practice)
    dialog = RetentionReviewDialog(context, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=WAIT)
    assert dialog.summary.text() == (
        "Hersiening van 25 Nov. 2026: 1 om te vernietig, 1 om te de-identifiseer, "
        "1 deur ’n regsbevriesing behou."
    )
    assert dialog.tabs.tabText(0) == "Gereed vir vernietiging (2)"
    actions = {dialog.due_table.item(r, 2).text() for r in range(2)}
    assert actions == {"Vernietig", "De-identifiseer"}
    reasons = {dialog.due_table.item(r, 1).text(): dialog.due_table.item(r, 4).text()
               for r in range(2)}  # fmt: skip
    assert reasons == {
        "Gert Oosthuizen": "Elke bewaartermyn het verstryk (FICA art. 23)",
        "Lindiwe Sithole": "Identiteit nie meer nodig nie (FICA art. 23); rekords bewaar tot "
        "30 Jun. 2036 vir FAIS Algemene Gedragskode art. 3(2)",
    }
    assert dialog.holds_table.item(0, 2).text() == "Alle rekords van hierdie persoon"
    assert dialog.schedule_table.item(0, 2).text() == "FAIS Algemene Gedragskode art. 3(2)"
    assert_afrikaans(dialog, literals, allow=("FAIS-ombudsklagte 77/2026",))
    dialog.tabs.setCurrentIndex(0)
    shoot(dialog, "retention-review")

    hold = dialog.place_hold(1)
    qtbot.addWidget(hold)
    assert_afrikaans(hold, literals)
    hold.reject()
    dialog.holds_table.selectRow(0)
    release = dialog.release_selected_hold()
    qtbot.addWidget(release)
    assert release.windowTitle().startswith("Hef regsbevriesing ")
    assert_afrikaans(release, literals, allow=("FAIS-ombudsklagte 77/2026", "Sipho Ndlovu"))
    release.reject()
    approve = dialog.approve()
    qtbot.addWidget(approve)
    assert approve.ok_button.text() == "Vernietig en de-identifiseer"
    assert "Dit kan nie ongedaan gemaak word nie" in approve.message.text()
    assert_afrikaans(approve, literals)
    shoot(approve, "approve-destruction")
    approve.reject()


def test_settings_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    context.set_unlocked(practice)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "idle_lock_minutes" in dialog.fields, timeout=WAIT)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Praktykidentiteit", "Sekuriteit", "Bewaring", "Rugsteun && PDF’s"]
    choices = dialog.fields["planners_see_all"].editor
    assert choices.itemText(0).startswith("Ja: elke beplanner")
    assert_afrikaans(dialog, literals)
    dialog.tabs.setCurrentIndex(2)
    shoot(dialog, "settings-retention")
    dialog.tabs.setCurrentIndex(0)
    shoot(dialog, "settings-identity")
    dialog.save()
    assert dialog.status.text() == "Niks om te stoor nie."
    # A period is shown and typed in Afrikaans; the service gets the words it parses.
    key = next(k for k in dialog.fields if k.startswith("retention."))
    field = dialog.fields[key]
    assert field.editor.text() == "5 jaar"
    field.editor.setText("6 jaar")
    with qtbot.waitSignal(dialog.settings_saved, timeout=WAIT):
        dialog.save()
    assert dialog.status.text() == "Gestoor."
    assert field.editor.text() == "6 jaar"
    with practice.session() as s:
        line = next(line for line in retention.schedule(s) if "retention." + line.category == key)
    assert (line.years, line.days) == (6, 0)
    # A refused value is explained in Afrikaans under its field; nothing is saved.
    field.editor.setText("2 jaar")
    dialog.save()
    qtbot.waitUntil(lambda: field.error.isVisible(), timeout=WAIT)
    assert field.error.text().startswith("Bewaartermyn: kan nie korter wees as wat ")
    assert dialog.message.text() == "Niks is gestoor nie: korrigeer die gemerkte velde."


def test_bulk_actions_and_moving_a_book_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    _seed_people(practice)
    with practice.session() as s:
        s.execute(User.__table__.update().values(role="planner", is_active=True))
    context.set_unlocked(practice)
    assign = AssignDialog(context, 3)
    qtbot.addWidget(assign)
    assign.show()
    qtbot.waitUntil(lambda: assign.ok_button.isEnabled(), timeout=WAIT)
    assert_afrikaans(assign, literals)
    task = TaskDialog(1)
    qtbot.addWidget(task)
    task.show()
    assert task.findChildren(type(assign.error))  # labels exist
    assert_afrikaans(task, literals)
    # The due date in the locale: an Afrikaans month abbreviation.
    due = dt.date.today() + dt.timedelta(days=7)
    assert task.due.text() == afrikaans_date(due, "d MMM yyyy")
    move = MoveBookDialog(context)
    qtbot.addWidget(move)
    move.show()
    qtbot.waitUntil(lambda: move.ok_button.isEnabled(), timeout=WAIT)
    assert_afrikaans(move, literals)
    shoot(move, "move-book")

    holder = QWidget()
    qtbot.addWidget(holder)
    bulk = BulkActions(holder, context, lambda: [1, 2])
    bulk.update_actions()
    labels = [a.text() for a in bulk.menu.actions() if a.isVisible()]
    assert labels == ["Wys toe aan…", "Skep ’n taak…", "Merk vandag as hersien"]
    assert not [t for t in labels if locale_walk.looks_english(t, literals)]


def test_today_in_afrikaans_with_dates_per_locale(qtbot, context, practice, afrikaans, literals):
    today = dt.date.today()
    with practice.session() as s:
        old = Client(first_names="Anna", surname="Aardvark", last_review_on=today.replace(
            year=today.year - 3))  # fmt: skip
        birthday = today + dt.timedelta(days=2)
        born = Client(first_names="Jan", surname="Jansen",
                      date_of_birth=birthday.replace(year=1980))  # fmt: skip
        s.add_all([old, born])
        s.flush()
        today_service.create_tasks(
            s, practice.actor, [old.id], title="Bel oor die hersiening",
            due_on=today - dt.timedelta(days=3),
        )  # fmt: skip
        today_service.create_tasks(
            s, practice.actor, [born.id], title="Stuur ’n kaartjie",
            due_on=today + dt.timedelta(days=2),
        )  # fmt: skip
        client_id = records.save_client(
            s, practice.actor, values={"first_names": "Lerato", "surname": "Mokoena"}
        )
        subject_requests.open_request(
            s, actor=practice.actor, client_id=client_id, kind="access",
            requested_by="Lerato Mokoena", received_on=today - dt.timedelta(days=35),
        )  # fmt: skip
    context.set_unlocked(practice)
    panel = DashboardPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1200, 900)
    panel.show()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.dashboard is not None, timeout=WAIT)
    assert panel.title.text() == "Vandag"
    assert panel.subtitle.text() == afrikaans_date(today, "dddd d MMMM yyyy")
    assert panel.subtitle.text().split()[0] in AFRIKAANS_DAYS
    assert panel.subtitle.text().split()[2] in AFRIKAANS_MONTHS
    assert panel.requests.isVisible()
    assert panel.requests.table.item(0, 0).text() == "Versoek om toegang – Lerato Mokoena"
    assert panel.requests.table.item(0, 1).text().endswith("5 dae laat")
    assert panel.reviews.table.item(0, 1).text() == "36 maande gelede"
    tasks = {panel.tasks.table.item(r, 1).text() for r in range(panel.tasks.table.rowCount())}
    assert tasks == {
        "Agterstallig · " + afrikaans_date(today - dt.timedelta(days=3), "d MMM"),
        afrikaans_date(today + dt.timedelta(days=2), "ddd d MMM"),
    }
    assert panel.birthdays.table.item(0, 1).text() == (
        afrikaans_date(birthday, "ddd d MMM") + f" · word {birthday.year - 1980}"
    )
    assert_afrikaans(panel, literals)
    shoot(panel, "today")


def test_an_operations_progress_offers_cancel_in_afrikaans(qtbot, context, practice, afrikaans):
    context.set_unlocked(practice)
    holder = QWidget()
    qtbot.addWidget(holder)
    operation = Operation(holder, context, lambda _s: None, progress_title="Rugsteun tans")
    operation._show_progress_dialog()
    buttons = [b.text() for b in operation._dialog.findChildren(QPushButton)]
    assert buttons == ["Kanselleer"]
    operation._close_dialog()


def test_the_reasons_read_back_exactly_in_english(qtbot, practice, qapp):
    """The reasons are reworded from the service's English: in English they must come
    out unchanged, so a change of wording in the service shows up here."""
    from clientmanager.ui.retention_dialog import reason_text

    i18n.install_translations(qapp, "en")
    _seed_retention(practice)
    with practice.session() as s:
        review = retention.run_review(
            s, actor=practice.actor, today=TODAY, logs_dir=practice.paths.logs
        )
    reasons = [item.reason for item in review.due]
    assert len(reasons) == 2
    samples = reasons + [
        "Deletion requested (POPIA s24); every retention period has ended (FICA s23)",
        "Deletion requested (POPIA s24); processing restricted (s14(6)), records kept until "
        "30 Jun 2036 for FAIS General Code of Conduct s3(2)",
        "Deletion requested (POPIA s24); records kept for the law",
        "Legal hold: FAIS-ombudsklagte 77/2026",
        "Retention periods still running",
    ]
    assert [reason_text(r) for r in samples] == samples


def test_both_wizards_name_their_buttons_in_afrikaans(
    qtbot, context, practice, afrikaans, literals, tmp_path
):
    """Qt ships no Afrikaans for a wizard's Back, Next and Cancel: ours names them."""
    from PySide6.QtWidgets import QWizard

    from clientmanager.ui.import_wizard import ImportWizard
    from clientmanager.ui.setup_wizard import SetupWizard

    context.set_unlocked(practice)
    importing = ImportWizard(context)
    setting_up = SetupWizard(context)
    for wizard in (importing, setting_up):
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        shown = {
            which: wizard.button(getattr(QWizard.WizardButton, which)).text()
            for which in ("NextButton", "CancelButton")
        }
        assert shown == {"NextButton": "&Volgende >", "CancelButton": "Kanselleer"}
        assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Terug"
        assert_afrikaans(wizard, literals)
        shoot(wizard, type(wizard).__name__)
