"""Export data-subject package…: driven as a planner would, the zip read back."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from pypdf import PdfReader
from PySide6.QtCore import Qt

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.services.subject_requests import open_request
from clientmanager.store.models import Client, Disclosure, Policy, SubjectRequest
from clientmanager.ui.subject_export_dialog import SubjectExportDialog

ID_NUMBER = make_sa_id(dt.date(1984, 11, 2), sequence=1234)


def _client(practice) -> int:  # noqa: ANN001
    with practice.session() as s:
        client = Client(title="Mrs", first_names="Hélène", surname="Müller", id_number=ID_NUMBER)
        s.add(client)
        s.flush()
        s.add(
            Policy(
                client_id=client.id, provider="Discovery Life", policy_number="DL-1234-5678",
                product_type="life_cover",
            )
        )  # fmt: skip
        return client.id


def _open(qtbot, context, practice, client_id: int, **kwargs) -> SubjectExportDialog:  # noqa: ANN001
    context.set_unlocked(practice)
    dialog = SubjectExportDialog(context, client_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)
    return dialog


def test_the_default_password_is_a_random_passphrase_shown_once(qtbot, context, practice) -> None:  # noqa: ANN001
    client_id = _client(practice)
    dialog = _open(qtbot, context, practice, client_id)
    password = dialog.password_edit.text()
    assert password != ID_NUMBER and len(password) == 19 and password.count("-") == 3
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Normal
    assert "another way" in dialog.password_hint.text()


def test_export_with_the_id_number_as_password(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    from clientmanager.store.models import Setting

    with practice.session() as s:
        s.add(Setting(key="pdf_password_policy", value="id_number"))
    client_id = _client(practice)
    dialog = _open(qtbot, context, practice, client_id)
    # Only because the practice chose it in settings, and with a warning.
    assert dialog.password_edit.text() == ID_NUMBER
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert "ID number" in dialog.password_hint.text() and "Warning" in dialog.password_hint.text()
    assert "Hélène Müller" in dialog.intro.text()
    qtbot.wait(50)
    dialog.grab().save("/tmp/subject_export_dialog.png")

    out = tmp_path / "package.zip"
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(out))
    with qtbot.waitSignal(dialog.package_exported, timeout=30_000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = exported.args[0]
    assert (
        "is ready" in dialog.result_label.text() and result.package_id in dialog.result_label.text()
    )
    assert dialog.progress.value() == 100
    assert dialog.close_button.text() == "Close"
    qtbot.wait(50)
    dialog.grab().save("/tmp/subject_export_done.png")

    with zipfile.ZipFile(out) as archive:
        pdf = archive.read(f"{result.package_id}/data/report.pdf")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted and reader.decrypt(ID_NUMBER)
    with practice.session() as s:
        rows = s.query(Disclosure).filter_by(client_id=client_id).order_by(Disclosure.id).all()
        # Her policy's provider received her details (issue 14), then she received hers.
        assert [(d.recipient_category, d.recipient_name) for d in rows] == [
            ("product_provider", "Discovery Life"),
            ("data_subject", "Hélène Müller"),
        ]


def test_unprotected_export_and_a_bad_folder(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    client_id = _client(practice)
    with practice.session() as s:
        request_id = open_request(
            s, actor=practice.actor, client_id=client_id, kind="access", requested_by="Hélène"
        ).id
    dialog = _open(qtbot, context, practice, client_id, request_id=request_id)
    dialog.protect.setChecked(False)
    assert not dialog.password_edit.isEnabled()

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog.path_edit.setText(str(blocker / "package.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "could not be written" in dialog.error.text()
    assert dialog.export_button.isEnabled()  # the planner can fix the path and retry

    dialog.path_edit.setText(str(tmp_path / "plain"))
    with qtbot.waitSignal(dialog.package_exported, timeout=30_000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = exported.args[0]
    assert result.path == tmp_path / "plain.zip" and not result.pdf_protected
    with practice.session() as s:
        assert s.get(SubjectRequest, request_id).status == "done"


def test_cancel_from_the_dialog_writes_and_records_nothing(
    qtbot, context, practice, tmp_path, monkeypatch
) -> None:  # noqa: ANN001, E501
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from clientmanager.services import subject_export
    from clientmanager.store.models import AuditEntry

    client_id = _client(practice)
    with practice.session() as s:
        request_id = open_request(
            s, actor=practice.actor, client_id=client_id, kind="access", requested_by="Hélène"
        ).id
    dialog = _open(qtbot, context, practice, client_id, request_id=request_id)
    # Hold the worker inside the package until the planner has pressed Cancel.
    started, released = threading.Event(), threading.Event()
    gather = subject_export.gather_subject_data

    def held(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        started.set()
        released.wait(20)
        return gather(*args, **kwargs)

    monkeypatch.setattr(subject_export, "gather_subject_data", held)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.path_edit.setText(str(folder / "package.zip"))
    exported = []
    dialog.package_exported.connect(exported.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None and progress.windowTitle() == "Writing the data-subject package"
    assert not dialog.export_button.isEnabled()
    from PySide6.QtWidgets import QPushButton

    (cancel,) = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    released.set()
    qtbot.waitUntil(lambda: "Stopped" in dialog.status.text(), timeout=30_000)

    assert exported == [] and not dialog.error.isVisible()
    assert dialog.export_button.isEnabled()  # free to try again
    assert list(folder.iterdir()) == []  # no package, no .partial file
    with practice.session() as s:
        assert (
            s.query(Disclosure)
            .filter_by(client_id=client_id, recipient_category="data_subject")
            .count()
            == 0
        )
        assert s.query(AuditEntry).filter_by(action="subject.exported").count() == 0
        assert s.get(SubjectRequest, request_id).status != "done"

    # Then it runs through, and the request is answered.
    with qtbot.waitSignal(dialog.package_exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (folder / "package.zip").exists()
    with practice.session() as s:
        assert s.get(SubjectRequest, request_id).status == "done"
