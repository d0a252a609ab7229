"""The client record speaks Afrikaans (issue 16): a demo client is opened under the
Afrikaans catalogue, every tab and the record's dialogs (policy, asset, note, task, a
household member, consent, the document viewer) are walked with the locale walk
(tests/ui/locale_walk.py), and no English is found outside the client's own data and a
short allow-list of words spelt the same in both languages. Dates follow the locale."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QComboBox, QDialog

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.services import client_records as records
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import Client, Document, Liability, Note, Policy, User
from clientmanager.ui.client_record import ClientRecordView
from clientmanager.ui.client_record.household import PersonDialog
from clientmanager.ui.forms import RecordDialog, StaleRecordBox
from tests.ui import locale_walk
from tests.ui.test_afrikaans_screens import AFRIKAANS_MONTHS, assert_fits, shoot

WAIT = 20_000
# Spelt the same in Afrikaans (a province, a product name, a status word).
SAME_IN_BOTH = ("Medium", "Trust", "Gauteng", "Limpopo", "Mpumalanga", "KwaZulu-Natal",
                "SMS", "WhatsApp", "Status", "Trustee", "UTC")  # fmt: skip


@pytest.fixture
def demo_client(practice) -> int:
    """A demo client with a household, policies, a balance sheet, notes and a document."""
    generate_demo_data(practice.engine, clients=12, seed=3)
    with practice.session() as session:
        return session.scalar(
            sa.select(Client.id)
            .where(
                Client.household_id.is_not(None),
                Client.category == "client",
                Client.id.in_(sa.select(Policy.client_id)),
                Client.id.in_(sa.select(Liability.client_id)),
                Client.id.in_(sa.select(Document.client_id)),
            )
            .order_by(Client.id)
        )


def client_data(practice, client_id: int) -> tuple[str, ...]:  # noqa: ANN001
    """What the record shows of the practice's own data: names, contact details, users."""
    with practice.session() as session:
        client = session.get(Client, client_id)
        names = [u.full_name for u in session.scalars(sa.select(User))]
        household = client.household.name if client.household else ""
        members = [
            m.display_name
            for m in session.scalars(
                sa.select(Client).where(Client.household_id == client.household_id)
            )
        ]
        return tuple(filter(None, [client.display_name, client.email, household, *names, *members]))


def english(widget, literals, allow=()) -> list[tuple[str, str]]:  # noqa: ANN001
    return locale_walk.english_strings(widget, allow=SAME_IN_BOTH + tuple(allow), literals=literals)


def open_record(qtbot, context, practice, client_id: int) -> ClientRecordView:  # noqa: ANN001
    context.set_unlocked(practice)
    view = ClientRecordView(context)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    view.open_client(client_id)
    qtbot.waitUntil(lambda: view.card is not None and view.card.client.id == client_id,
                    timeout=WAIT)  # fmt: skip
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    return view


def settle(qtbot, context) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    qtbot.wait(30)


def test_every_tab_of_the_record_in_afrikaans(qtbot, context, practice, demo_client, afrikaans,
                                              literals):  # fmt: skip
    view = open_record(qtbot, context, practice, demo_client)
    data = client_data(practice, demo_client)
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == [
        "Oorsig", "Huishouding", "Polisse", "Bates && laste", "Inkomste && uitgawes",
        "Doelwitte && risiko", "Notas && advies", "Take && hersienings", "Dokumente",
        "Toestemming && bekendmakings", "Beplanning",
    ]  # fmt: skip
    found = []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle(qtbot, context)
        name = tabs[index].replace("&&", "en").replace("&", "en").replace(" ", "_")
        shoot(view, f"record-{index:02d}-{name}")
        # The panels mounted from other modules (ui/disclosures_panel.py on Consents,
        # ui/client_planner_panel.py on Planning) are translated with those screens.
        for panel in (view.consents_tab.disclosures, view.planning_tab.panel):
            if panel is not None:
                panel.hide()
        found += [(index, *hit) for hit in english(view, literals, allow=data)]
        for panel in (view.consents_tab.disclosures, view.planning_tab.panel):
            if panel is not None:
                panel.show()
    assert found == [], f"English on the record: {found}"
    assert_fits(view)
    assert view.save_button.text() == "Stoor"
    assert view.policies.title.text() == "Polisse en produkte"
    headers = [view.policies.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Verskaffer", "Produk", "Polisnommer"]
    # Stored choices are shown in Afrikaans too ("Active" → "Aktief").
    statuses = {
        view.policies.table.item(r, 3).text() for r in range(view.policies.table.rowCount())
    }
    assert statuses and not statuses & {"Active", "Lapsed", "Paid up", "Quote"}
    # Dates per locale: an Afrikaans month name or abbreviation, never "Dec".
    notes = view.notes.table
    shown = notes.item(0, 0).text()
    assert shown.split()[1].rstrip(".") in {m[:3] for m in AFRIKAANS_MONTHS} | {
        "Mrt",
        "Okt",
        "Des",
        "Mei",
    }, shown
    assert "Age " not in view.facts_label.text() and "Ouderdom " in view.facts_label.text()


def test_the_record_dialogs_in_afrikaans(qtbot, context, practice, demo_client, afrikaans,
                                         literals):  # fmt: skip
    view = open_record(qtbot, context, practice, demo_client)
    data = client_data(practice, demo_client)

    def walk(dialog: QDialog, name: str, allow: tuple[str, ...] = ()) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, context)
        assert english(dialog, literals, allow=data + allow) == [], name
        assert_fits(dialog)
        shoot(dialog, f"record-dialog-{name}")

    titles = {}
    for kind_key in ("policy", "asset", "liability", "cash_flow", "goal", "risk_profile",
                     "note", "task"):  # fmt: skip
        dialog = RecordDialog(context, kind_key, client_id=demo_client, parent=view)
        titles[kind_key] = dialog.windowTitle()
        walk(dialog, f"add-{kind_key}")
        dialog.reject()
    assert titles["policy"] == "Voeg polis by"
    assert titles["asset"] == "Voeg bate by"
    assert titles["note"] == "Voeg nota by"
    assert titles["task"] == "Voeg taak by"

    # An existing policy and note, as the tabs open them: the typed values are the client's.
    with practice.session() as session:
        policy = session.scalars(sa.select(Policy).where(Policy.client_id == demo_client)).first()
        note = session.scalars(sa.select(Note).where(Note.client_id == demo_client)).first()
        session.expunge_all()
    edit = RecordDialog(context, "policy", client_id=demo_client, record=policy, parent=view)
    assert edit.windowTitle() == "Wysig polis"
    labels = [edit.form.layout_.labelForField(f).text() for f in edit.form.fields.values()]
    assert labels[:5] == ["Verskaffer *", "Polisnommer *", "Produk *", "Status *", "Premie"]
    product = edit.form.fields["product_type"].input
    assert isinstance(product, QComboBox)
    assert "Uittree-annuïteit" in [product.itemText(i) for i in range(product.count())]
    walk(edit, "edit-policy")
    edit.reject()
    advice = RecordDialog(context, "note", client_id=demo_client, record=note, parent=view)
    walk(advice, "edit-note")
    advice.reject()

    person = PersonDialog(view.household_tab.host, "dependant", view)
    assert person.windowTitle() == "Voeg ’n afhanklike by"
    walk(person, "household-dependant")
    person.reject()

    consent = view.consents_tab.record_consent()
    assert consent.windowTitle() == "Teken toestemming aan"
    walk(consent, "consent")
    consent.reject()


def test_unsaved_changes_and_a_stale_record_are_asked_in_afrikaans(
    qtbot, context, practice, demo_client, afrikaans, literals
):
    view = open_record(qtbot, context, practice, demo_client)
    with practice.session() as session:
        client = session.get(Client, demo_client)
        version = client.version
    # A real stale save: someone else changes the occupation first.
    with practice.session() as session:
        values = records.client_form_values(session.get(Client, demo_client))
    view.form.fields["occupation"].set_value("Onderwyser")
    view.form.dirty = True
    with practice.session() as session:
        records.save_client(session, practice.actor, values={**values, "occupation": "Boer"},
                            client_id=demo_client, version=version, loaded=values)  # fmt: skip
    view.save()
    qtbot.waitUntil(lambda: view.stale_box is not None, timeout=WAIT)
    box: StaleRecordBox = view.stale_box
    assert box.windowTitle() == "Deur iemand anders verander"
    assert box.reload_button.text() == "Laai weer"
    assert "Hulle het verander:" in box.informativeText()
    assert "Beroep: Boer" in box.informativeText()
    box.close()
    view.form.dirty = False


def test_the_archive_banner_and_the_derived_id_facts_in_afrikaans(
    qtbot, context, practice, demo_client, afrikaans
):
    view = open_record(qtbot, context, practice, demo_client)
    number = make_sa_id(dt.date(1980, 1, 1), sequence=5009)
    view.form.fields["id_number"].set_value(number)
    view.overview.show_derived()
    derived = view.derived.text()
    assert "Uit die ID-nommer" in derived and "Januarie 1980" in derived, derived
    assert "Manlik" in derived and "SA burger" in derived
    wrong = number[:12] + str((int(number[12]) + 1) % 10)
    view.form.fields["id_number"].set_value(wrong)
    view.overview.show_derived()
    assert "kontrolesyfer is verkeerd" in view.derived.text()
    view.form.dirty = False
    with practice.session() as session:
        records.archive_client(session, practice.actor, demo_client)
    view.reload()
    qtbot.waitUntil(lambda: view.banner.isVisible(), timeout=WAIT)
    today = dt.date.today()
    assert view.banner.text().startswith("Geargiveer op "), view.banner.text()
    assert str(today.year) in view.banner.text()


def test_a_refused_field_is_explained_in_afrikaans(qtbot, context, practice, afrikaans):
    context.set_unlocked(practice)
    view = ClientRecordView(context)
    qtbot.addWidget(view)
    view.show()
    view.new_client()
    assert view.name_label.text() == "Nuwe kliënt"
    view.form.fields["first_names"].set_value("Anna")
    view.save()
    qtbot.waitUntil(lambda: not view.form_error.isHidden(), timeout=WAIT)
    assert view.form_error.text() == (
        "Een veld kort aandag. Korrigeer die velde in rooi gemerk en stoor dan weer. "
        "Niks is gestoor nie."
    )
    assert view.form.fields["surname"].error.text() == "Van: is verpligtend."
    view.form.dirty = False
