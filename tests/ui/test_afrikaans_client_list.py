"""The client list and the data-subject package dialog speak Afrikaans (issue 15): opened
on a real practice under the Afrikaans catalogue, the locale walk (tests/ui/locale_walk.py)
finds no English on them outside the client data; dates and counts follow the locale."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import QDate, QLocale, Qt

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.services.clients import ClientFilter
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import Client
from clientmanager.ui.client_list import NOT_REVIEWED_HERE
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.subject_export_dialog import SubjectExportDialog
from tests.ui import locale_walk

WAIT = 20_000
BORN, LAST_REVIEW = 4, 5
ID_NUMBER = make_sa_id(dt.date(1984, 11, 2), sequence=1234)


def afrikaans_date(day: dt.date) -> str:
    return QLocale("af_ZA").toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def english(widget, literals, allow=()) -> list[tuple[str, str]]:  # noqa: ANN001
    return locale_walk.english_strings(widget, allow=allow, literals=literals)


def test_client_list_in_afrikaans(qtbot, context, practice, afrikaans, literals):
    generate_demo_data(practice.engine, clients=150, seed=11)
    with practice.session() as session:
        total = session.scalar(
            sa.select(sa.func.count(Client.id)).where(Client.archived_at.is_(None))
        )
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    panel = window.client_list
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.model.rowCount() == total, timeout=WAIT)

    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Naam", "SA ID-nommer", "Selfoon", "E-pos", "Gebore", "Laaste hersiening"]
    choices = [panel.filter_box.itemText(i) for i in range(panel.filter_box.count())]
    assert choices[:3] == ["Alle kliënte", "My kliënte", "Agterstallige hersienings"]
    assert "Huishouding" in choices
    assert panel.search.placeholderText().startswith("Soek op naam")
    assert panel.count_label.text() == f"{QLocale('af_ZA').toString(total)} kliënte"
    assert english(panel, literals) == []

    # Dates per locale; a dependant shows no review date, a client never reviewed "Nooit".
    rows = {model.row_at(r).id: r for r in range(min(total, 200)) if model.row_at(r)}
    dated = next(r for r in rows.values() if model.row_at(r).date_of_birth)
    born = model.row_at(dated).date_of_birth
    assert model.index(dated, BORN).data() == afrikaans_date(born)
    reviewed = next(r for r in rows.values() if model.row_at(r).last_review_on
                    and not model.row_at(r).is_dependant)  # fmt: skip
    assert model.index(reviewed, LAST_REVIEW).data() == afrikaans_date(
        model.row_at(reviewed).last_review_on
    )
    dependant = next(r for r in rows.values() if model.row_at(r).is_dependant)
    assert model.index(dependant, LAST_REVIEW).data() == NOT_REVIEWED_HERE
    assert model.index(dependant, LAST_REVIEW).data(Qt.ItemDataRole.ToolTipRole) == (
        "Hersienings geld vir kliënte, nie vir afhanklikes nie"
    )

    # The context menu of a row, bulk actions included.
    menu = panel.row_menu(model.index(dependant, 0))
    texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    assert texts[:2] == ["Maak oop", "Wys huishouding"]
    assert [t for t in texts if locale_walk.looks_english(t, literals)] == []
    tips = [a.toolTip() for a in menu.actions() if a.text().startswith("Kopieer")]
    assert tips and all("knipbord" in tip for tip in tips)

    # The household filter, then an empty search.
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: panel.query.filter == ClientFilter.HOUSEHOLD, timeout=WAIT)
    assert panel.filter_box.currentText() == "Huishouding"
    panel.filter_box.setCurrentIndex(0)
    panel.search.setText("zzqxw")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.count_label.text().startswith("Geen kliënte"), timeout=WAIT)
    assert panel.count_label.text() == (
        "Geen kliënte stem ooreen met “zzqxw” nie. Probeer minder letters, ’n van, of deel "
        "van ’n ID-nommer, telefoonnommer of e-posadres."
    )
    assert english(panel, literals, allow=("zzqxw",)) == []
    # Under the household filter (a client without one): said in Afrikaans too.
    with practice.session() as session:
        loner = session.scalars(sa.select(Client).where(Client.category == "client")).first()
        loner.household_id = None
        loner_id = loner.id
    panel.search.setText("")
    panel.refresh()
    qtbot.waitUntil(lambda: loner_id in model.ids and model.row_at(model.ids.index(loner_id))
                    is not None and model.row_at(model.ids.index(loner_id)).household_id
                    is None, timeout=WAIT)  # fmt: skip
    panel.table.setCurrentIndex(model.index(model.ids.index(loner_id), 0))
    panel.filter_box.setCurrentIndex(panel.filter_box.findData(ClientFilter.HOUSEHOLD.value))
    assert panel.count_label.text().startswith("Die gekose kliënt behoort nie aan")
    assert not locale_walk.looks_english(panel.count_label.text(), literals)
    window.close()


def test_subject_export_dialog_in_afrikaans(
    qtbot, context, practice, afrikaans, literals, tmp_path
):
    with practice.session() as s:
        client = Client(title="Mrs", first_names="Hélène", surname="Müller", id_number=ID_NUMBER)
        s.add(client)
        s.flush()
        client_id = client.id
    context.set_unlocked(practice)
    dialog = SubjectExportDialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=WAIT)
    assert dialog.windowTitle() == "Voer datasubjekpakket uit"
    assert dialog.export_button.text() == "Voer pakket uit"
    assert dialog.intro.text().startswith("Alles wat die praktyk oor Hélène Müller hou")
    assert english(dialog, literals, allow=("Hélène Müller",)) == []
    # What it says when something is missing, then the finished package.
    dialog.path_edit.setText("")
    dialog.start_export()
    assert dialog.error.text() == "Kies waar om die pakket te stoor."
    dialog.path_edit.setText(str(tmp_path / "pakket.zip"))
    dialog.password_edit.setText("")
    dialog.start_export()
    assert dialog.error.text() == "Tik ’n wagwoord vir die PDF, of ontmerk die beskerming."
    dialog.password_edit.setText("korrek-perd-battery")
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT)
    shown = dialog.result_label.text().replace(str(dialog.result.path), "")
    assert shown.startswith(f"<b>Pakket {dialog.result.package_id} is gereed.</b>")
    assert "lêers" in shown and "openbaarmakingsregister" in shown
    assert not locale_walk.looks_english(shown.replace("<br>", " "), literals)
    assert dialog.close_button.text() == "Maak toe"
    assert dialog.status.text() in ("", "Klaar")
