"""The client record's tabs on their own (no main window), on a real encrypted practice."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.errors import PermissionDenied
from clientmanager.services import client_records as records
from clientmanager.services import consents
from clientmanager.services.audit import Actor
from clientmanager.services.demo import _tiny_pdf
from clientmanager.store.models import AuditEntry, Client, ClientRelationship, Consent, User
from clientmanager.ui.client_record import ClientRecordView

WAIT = 20_000
PDF_PAGE = _tiny_pdf("Scanned ID document")


def _person(**extra) -> dict[str, str]:
    values = {"first_names": "Lerato", "surname": "Dlamini", "mobile": "082 555 1234"}
    values.update(extra)
    return values


@pytest.fixture
def view(qtbot, context, practice):
    context.set_unlocked(practice)
    record = ClientRecordView(context)
    qtbot.addWidget(record)
    record.resize(1366, 720)
    record.show()
    yield record
    record.form.dirty = False
    form = getattr(record.open_dialog, "form", None)
    if form is not None:
        form.dirty = False


def open_record(qtbot, view, client_id: int) -> None:
    view.open_client(client_id)
    qtbot.waitUntil(
        lambda: view.card is not None and view.card.client.id == client_id, timeout=WAIT
    )


def idle(qtbot, context) -> None:
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)


def fill(dialog, **values: str) -> None:
    for key, value in values.items():
        field = dialog.form.fields[key]
        field.set_value(value)
    dialog.form.dirty = True


# --- one consent path (issue 12) -------------------------------------------------------------


def test_consent_tab_refuses_what_s69_refuses(qtbot, context, practice, view):
    with practice.session() as session:
        prospect_id = records.save_client(session, practice.actor, values=_person())
        session.get(Client, prospect_id).category = "prospect"
    with practice.session() as session:
        consents.record_marketing_consent(
            session,
            actor=practice.actor,
            client_id=prospect_id,
            status="refused",
            channel="phone",
            wording="May we send you offers by SMS?",
        )
    open_record(qtbot, view, prospect_id)
    view.tabs.setCurrentWidget(view.consents_tab)
    dialog = view.consents_tab.record_consent()
    fill(
        dialog,
        purpose="direct_marketing",
        lawful_basis="consent",
        status="given",
        channel="phone",
        wording="May we send you offers by SMS?",
    )
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.form_error.isHidden(), timeout=WAIT)
    assert "s69(2)" in dialog.form_error.text()
    assert dialog.isVisible()  # nothing typed is lost
    dialog.form.dirty = False
    dialog.reject()
    with practice.session() as session:
        statuses = session.scalars(
            sa.select(Consent.status).where(Consent.client_id == prospect_id)
        ).all()
        assert statuses == ["refused"]
        allowed = session.scalars(
            sa.select(Client.id).where(consents.marketing_allowed_clause(None))
        ).all()
        assert prospect_id not in allowed


def test_consent_tab_records_a_lawful_basis_through_the_consent_service(
    qtbot, context, practice, view
):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    open_record(qtbot, view, client_id)
    dialog = view.consents_tab.record_consent()
    fill(dialog, purpose="financial_planning", lawful_basis="contract")
    dialog.save()
    qtbot.waitUntil(lambda: view.consents.rowCount() == 1, timeout=WAIT)
    with practice.session() as session:
        row = session.scalars(sa.select(Consent).where(Consent.client_id == client_id)).one()
        assert (row.purpose, row.lawful_basis, row.status) == (
            "financial_planning",
            "contract",
            "not_required",
        )


# --- record versions (issue 15) ----------------------------------------------------------------


def test_saving_a_stale_form_shows_what_changed_and_offers_to_reload(
    qtbot, context, practice, view
):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    open_record(qtbot, view, client_id)
    # Someone else saves the client from another desktop while this form is open.
    with practice.session() as session:
        other = session.get(Client, client_id)
        records.save_client(
            session,
            practice.actor,
            values={**records.client_form_values(other), "occupation": "Attorney"},
            client_id=client_id,
            version=other.version,
        )
    view.form.fields["employer"].set_value("Acme Mining")
    view.form.dirty = True
    view.save()
    qtbot.waitUntil(lambda: view.stale_box is not None and view.stale_box.isVisible(), timeout=WAIT)
    assert "Occupation: Attorney" in view.stale_box.informativeText()
    with practice.session() as session:
        client = session.get(Client, client_id)
        assert (client.occupation, client.employer) == ("Attorney", None)  # nothing overwritten
    view.stale_box.reload_button.click()
    qtbot.waitUntil(lambda: view.form.fields["occupation"].value() == "Attorney", timeout=WAIT)
    assert view.form.fields["employer"].value() == "" and not view.form.dirty


def test_a_saved_client_shows_a_brief_confirmation(qtbot, context, practice, view):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    open_record(qtbot, view, client_id)
    view.form.fields["occupation"].set_value("Nurse")
    view.form.dirty = True
    view.save()
    qtbot.waitUntil(view.saved_label.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: not view.saved_label.isVisible(), timeout=WAIT)


# --- the planner on the record (issue 15) ------------------------------------------------------


def test_a_practice_manager_changes_the_planner_on_the_record(qtbot, context, practice, view):
    with practice.session() as session:
        naledi = User(username="naledi", full_name="Naledi Khumalo", role="planner")
        session.add(naledi)
        session.flush()
        naledi_id = naledi.id
        client_id = records.save_client(session, practice.actor, values=_person())
        assert session.get(Client, client_id).planner_id == practice.actor.user_id
    open_record(qtbot, view, client_id)
    box = view.overview.planner_box
    assert box.isEnabled() and box.currentData() == practice.actor.user_id
    box.setCurrentIndex(box.findData(naledi_id))
    assert view.form.dirty
    view.save()
    qtbot.waitUntil(lambda: "Naledi Khumalo" in view.facts_label.text(), timeout=WAIT)
    with practice.session() as session:
        assert session.get(Client, client_id).planner_id == naledi_id
        assert (
            session.scalar(
                sa.select(sa.func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "client.assigned", AuditEntry.client_id == client_id)
            )
            == 1
        )


def test_a_new_client_names_its_planner_from_the_first_moment(qtbot, view, practice):
    # The choices load on the worker; until they arrive the box names the person signed
    # in (the new client is theirs), never "former user".
    view.new_client()
    box = view.overview.planner_box
    assert box.currentData() == practice.actor.user_id
    assert box.currentText() in (practice.actor.username, "Thandi Mokoena")
    qtbot.waitUntil(lambda: bool(view.planner_choices), timeout=WAIT)
    assert box.currentText() == "Thandi Mokoena"
    assert "former user" not in [box.itemText(i) for i in range(box.count())]


def test_a_planner_cannot_change_the_planner(qtbot, context, practice, view):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    practice.actor = Actor(practice.actor.user_id, "thandi", "planner")
    open_record(qtbot, view, client_id)
    assert not view.overview.planner_box.isEnabled()


# --- the assistant's day (issue 15) ------------------------------------------------------------


def test_an_assistant_adds_a_note_attaches_a_document_and_sees_no_popia_menu(
    qtbot, context, practice, tmp_path
):
    from clientmanager.ui.main_window import MainWindow

    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    practice.actor = Actor(practice.actor.user_id, "thandi", "assistant")
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert not any("POPIA" in m.replace("&", "") for m in menus)
    window.open_client(client_id)
    view = window.record
    qtbot.waitUntil(lambda: view.card is not None, timeout=WAIT)
    # A call note: yes; a record of advice is not offered.
    view.tabs.setCurrentWidget(view.notes_tab)
    assert view.notes.add_button.isEnabled()
    view.notes.add_button.click()
    dialog = view.open_dialog
    kinds = [
        dialog.form.fields["kind"].input.itemData(i)
        for i in range(dialog.form.fields["kind"].input.count())
    ]
    assert "call" in kinds and "advice" not in kinds
    fill(dialog, kind="call", subject="Client phoned about the claim")
    dialog.save()
    qtbot.waitUntil(lambda: view.notes.table.rowCount() == 1, timeout=WAIT)
    # A scanned document: attached.
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF_PAGE)
    assert view.attach_button.isEnabled()
    view.attach_file(scan, category="id_copy")
    idle(qtbot, context)
    with practice.session() as session:
        from clientmanager.store.models import Document, Note

        note = session.scalars(sa.select(Note).where(Note.client_id == client_id)).one()
        assert note.kind == "call"
        document = session.scalars(sa.select(Document).where(Document.client_id == client_id)).one()
        assert document.is_sensitive  # an ID copy
        document_id = document.id
    # ...but cannot export it unencrypted, even when asked directly.
    with practice.session() as session, pytest.raises(PermissionDenied):
        records.export_document(session, practice.actor, document_id, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    window.record.form.dirty = False


# --- document preview and printing (issue 15) --------------------------------------------------


def _ink(image) -> int:
    """How many sampled pixels are not white: a blank render has none."""
    dark = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark


def test_a_pdf_document_is_previewed_and_printed(qtbot, context, practice, view, tmp_path):
    import pypdf
    from PySide6.QtPrintSupport import QPrinter

    from clientmanager.ui.client_record.preview import DocumentViewer

    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        records.attach_document(
            session, practice.actor, client_id=client_id, filename="roa.pdf", content=PDF_PAGE
        )
    open_record(qtbot, view, client_id)
    view.tabs.setCurrentWidget(view.documents_tab)
    view.view_document()
    qtbot.waitUntil(lambda: isinstance(view.open_dialog, DocumentViewer), timeout=WAIT)
    viewer = view.open_dialog
    assert len(viewer.images) == 1
    image = viewer.page.pixmap().toImage()
    assert image.width() > 400 and _ink(image) > 20  # text was drawn, not a blank page
    screen = viewer.screen().availableGeometry()
    assert viewer.height() <= screen.height() and viewer.width() <= screen.width()
    viewer.grab().save("/tmp/record/viewer.png")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert viewer.print_document(printer)
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 1
    idle(qtbot, context)
    with practice.session() as session:
        printed = session.scalars(sa.select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert [(e.client_id, e.summary.startswith("document #")) for e in printed] == [
            (client_id, True)
        ]
    viewer.reject()


# --- addresses (issue 15) ----------------------------------------------------------------------


def test_an_address_typed_on_the_overview_is_saved_and_shown(qtbot, context, practice, view):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    open_record(qtbot, view, client_id)
    overview = view.overview
    assert overview.residential_form.isVisible() and overview.postal_form.isVisible()
    overview.residential_form.fields["residential_postal_code"].set_value("12345")
    overview.residential_form.fields["residential_line1"].set_value("7 Long Street")
    overview.residential_form.fields["residential_city"].set_value("Cape Town")
    province = overview.residential_form.fields["residential_province"]
    province.set_value("Western Cape")
    overview.postal_same.setChecked(True)
    assert not overview.postal_form.isVisible() and view.form.dirty
    view.save()
    field = overview.residential_form.fields["residential_postal_code"]
    qtbot.waitUntil(field.has_error, timeout=WAIT)
    field.set_value("8001")
    view.save()
    qtbot.waitUntil(view.saved_label.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: view.card is not None and bool(view.card.addresses), timeout=WAIT)
    with practice.session() as session:
        client = session.get(Client, client_id)
        (address,) = client.addresses
        assert (address.kind, address.line1, address.province, address.postal_code) == (
            "physical",
            "7 Long Street",
            "Western Cape",
            "8001",
        )
        assert client.postal_same_as_residential
    assert overview.residential_form.fields["residential_line1"].value() == "7 Long Street"
    assert overview.postal_same.isChecked()


# --- households (issue 15) ---------------------------------------------------------------------


def test_household_tab_links_a_spouse_by_name_and_adds_a_dependant_by_name_only(
    qtbot, context, practice, view
):
    with practice.session() as session:
        priya = records.save_client(
            session, practice.actor, values={"first_names": "Priya", "surname": "Naidoo"}
        )
        ravi = records.save_client(
            session, practice.actor, values={"first_names": "Ravi", "surname": "Naidoo"}
        )
    open_record(qtbot, view, priya)
    tab = view.household_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view_ is not None, timeout=WAIT)
    assert tab.create_button.isVisible()
    dialog = tab.add("spouse")
    dialog.search.setText("Ravi")
    dialog.run_search()
    qtbot.waitUntil(
        lambda: dialog.results.count() == 1 and dialog.results.item(0).data(256) is not None,
        timeout=WAIT,
    )
    dialog.results.setCurrentRow(0)
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT)
    assert tab.table.item(0, 1).text() == "Spouse"
    dialog = tab.add("dependant")
    dialog.name_only.setChecked(True)
    dialog.first_names.setText("Anika")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=WAIT)
    assert "Surname" in dialog.error.text()
    dialog.surname.setText("Naidoo")
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=WAIT)
    assert [tab.table.item(r, 3).text() for r in range(2)] == ["Client", "Name only"]
    view.tabs.setCurrentIndex(0)
    view.grab().save("/tmp/record/household_overview.png")
    # Ravi's record shows Priya as his spouse.
    open_record(qtbot, view, ravi)
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view_ is not None and tab.view_.client_id == ravi, timeout=WAIT)
    rows = {
        tab.table.item(r, 0).text(): tab.table.item(r, 1).text()
        for r in range(tab.table.rowCount())
    }
    assert rows["Priya Naidoo"] == "Spouse"


def test_a_companys_record_has_people_not_a_household_and_takes_its_directors(
    qtbot, context, practice, view
):
    with practice.session() as session:
        thabo = records.save_client(
            session, practice.actor, values={"first_names": "Thabo", "surname": "Mokoena"}
        )
        company = records.save_client(
            session,
            practice.actor,
            values={
                "kind": "company",
                "entity_name": "Mokoena Holdings (Pty) Ltd",
                "registration_number": "2015/123456/07",
            },
        )
    open_record(qtbot, view, company)
    tab = view.household_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view_ is not None and tab.view_.client_id == company, timeout=WAIT)
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "People"
    assert tab.household_title.text() == "People"
    assert view.overview.members_title.text() == "People"
    shown = [b.text() for b in tab.add_buttons.values() if b.isVisible()]
    assert shown == ["Add director…"]
    assert not tab.create_button.isVisible()
    dialog = tab.add("director")
    assert [dialog.kind_box.itemText(i) for i in range(dialog.kind_box.count())] == ["Director"]
    dialog.search.setText("Thabo")
    dialog.run_search()
    qtbot.waitUntil(
        lambda: dialog.results.count() == 1 and dialog.results.item(0).data(256) is not None,
        timeout=WAIT,
    )
    dialog.results.setCurrentRow(0)
    dialog.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT)
    assert (tab.table.item(0, 0).text(), tab.table.item(0, 1).text()) == (
        "Thabo Mokoena",
        "Director",
    )
    with practice.session() as session:
        link = session.execute(
            sa.select(ClientRelationship.client_id, ClientRelationship.kind).where(
                ClientRelationship.related_client_id == company
            )
        ).one()
        assert tuple(link) == (thabo, "director")
        assert session.get(Client, company).household_id is None
    view.grab().save("/tmp/record/company_people.png")
    # Thabo's record says what he is to the company; the link is changed from there.
    open_record(qtbot, view, thabo)
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.view_ is not None and tab.view_.client_id == thabo, timeout=WAIT)
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "Household"
    assert view.overview.members_title.text() == "Household"
    assert tab.table.item(0, 1).text() == "This client is a director"
    tab.table.selectRow(0)
    assert tab.remove_button.isEnabled() and not tab.change_button.isEnabled()


# --- form polish (issue 15) --------------------------------------------------------------------


def test_dates_have_a_calendar_required_fields_are_marked_and_advice_fits(
    qtbot, context, practice, view
):
    from clientmanager.ui.forms import DateInput

    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    open_record(qtbot, view, client_id)
    born = view.form.fields["date_of_birth"]
    assert isinstance(born.input, DateInput) and born.input.calendarPopup()
    born.set_value("1984-07-09")
    assert born.value() == "1984-07-09"
    born.set_value("")
    assert born.value() == ""
    labels = {
        key: view.form.layout_.labelForField(field).text()
        for key, field in view.form.fields.items()
    }
    assert labels["surname"].endswith("*") and labels["first_names"].endswith("*")
    assert not labels["occupation"].endswith("*")
    view.tabs.setCurrentWidget(view.notes_tab)
    view.notes.add_button.click()
    dialog = view.open_dialog
    dialog.form.fields["kind"].set_value("advice")
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.height() >= screen.height() * 0.8  # it grows with the screen
    recommendation = dialog.form.fields["recommendation"].input
    assert recommendation.maximumHeight() > 1000
    dialog.form.dirty = False
    dialog.reject()


def test_a_dependant_is_never_review_overdue(qtbot, context, practice, view):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        session.get(Client, client_id).category = "related"
    open_record(qtbot, view, client_id)
    assert "Review overdue" not in view.facts_label.text()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots_of_every_tab(qtbot, context, practice, view, size):
    from clientmanager.services.demo import generate_demo_data

    generate_demo_data(practice.engine, clients=12, seed=3)
    with practice.session() as session:
        client_id = session.scalar(
            sa.select(Client.id).where(Client.household_id.is_not(None)).order_by(Client.id)
        )
    open_record(qtbot, view, client_id)
    view.resize(*size)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        idle(qtbot, context)
        qtbot.wait(50)
        name = view.tabs.tabText(index).replace("&&", "and").replace(" ", "_")
        view.grab().save(f"/tmp/record/{size[0]}_{index:02d}_{name}.png")
        tab_bar = view.tabs.tabBar()
        assert tab_bar.tabRect(view.tabs.count() - 1).right() <= view.width()


def test_an_archived_client_is_restored_from_its_record(qtbot, context, practice, view):
    from PySide6.QtCore import Qt

    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        records.archive_client(session, practice.actor, client_id)
    open_record(qtbot, view, client_id)
    assert view.banner.isVisible() and "Archived on" in view.banner.text()
    assert view.restore_button.isVisible() and view.restore_button.isEnabled()
    assert not view.save_button.isEnabled()
    view.grab().save("/tmp/doors/client_archived.png")
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.banner.isVisible(), timeout=WAIT)
    assert not view.restore_button.isVisible()
    assert view.save_button.isEnabled() and view.archive_button.isEnabled()
    with practice.session() as session:
        assert session.get(Client, client_id).archived_at is None


def test_on_a_laptop_the_household_beside_the_form_shows_whole_names_and_relationships(
    qtbot, context, practice
):
    with practice.session() as session:
        priya = records.save_client(
            session,
            practice.actor,
            values={"first_names": "Priya Kavitha", "surname": "Naidoo-Pillay"},
        )
        ravi = records.save_client(
            session,
            practice.actor,
            values={"first_names": "Ravi Suresh", "surname": "Naidoo-Pillay"},
        )
    from clientmanager.services import households

    with practice.session() as session:
        households.add_person(session, practice.actor, priya, "spouse", other_id=ravi)
    # The record's share of a 1366-pixel-wide main window (the client list takes the rest),
    # laid out at that width from the start as in the main window.
    context.set_unlocked(practice)
    view = ClientRecordView(context)
    qtbot.addWidget(view)
    view.resize(946, 700)
    view.show()
    open_record(qtbot, view, priya)
    members = view.overview.members
    qtbot.waitUntil(lambda: members.rowCount() == 1, timeout=WAIT)
    idle(qtbot, context)
    metrics = members.fontMetrics()
    header = members.horizontalHeader()
    shown = [
        (members.item(0, column).text(), members.horizontalHeaderItem(column).text())
        for column in range(members.columnCount())
    ]
    cut = [
        text
        for column, texts in enumerate(shown)
        for text in texts
        if metrics.horizontalAdvance(text) + 8 > header.sectionSize(column)
    ]
    assert shown[:2] == [("Ravi Suresh Naidoo-Pillay", "Name"), ("Spouse", "Relationship")]
    assert cut == []
