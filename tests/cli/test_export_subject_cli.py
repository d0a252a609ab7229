"""`clientmanager export-subject`, as a planner or a script would run it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.services.subject_requests import open_request
from clientmanager.store.models import Client, SubjectRequest

PASSWORD = "Table mountain at dawn 1"


@pytest.fixture
def data_dir(tmp_path, monkeypatch, capsys) -> Path:
    folder = tmp_path / "cli-practice"
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(folder))
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    for name in ("CLIENTMANAGER_USER", "CLIENTMANAGER_RECOVERY_CODE", "CLIENTMANAGER_PDF_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert main(["demo", "--clients", "4", "--practice", "Karoo Wealth"]) == 0
    capsys.readouterr()
    return folder


def _client_with_id(folder: Path) -> tuple[int, str]:
    practice = practice_service.unlock_with_password(PracticePaths(folder), "admin", PASSWORD)
    try:
        with practice.session() as session:
            client = session.query(Client).filter(Client.id_number.is_not(None)).first()
            return client.id, client.id_number
    finally:
        practice.close()


def _report(zip_path: Path) -> PdfReader:
    with zipfile.ZipFile(zip_path) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith("/data/report.pdf")]
        return PdfReader(io.BytesIO(archive.read(name)))


def test_the_default_pdf_password_is_a_random_passphrase_shown_once(
    data_dir, tmp_path, capsys
) -> None:
    client_id, id_number = _client_with_id(data_dir)
    out = tmp_path / "random.zip"
    argv = ["export-subject", "--client", str(client_id), "--out", str(out), "--password-protect"]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    passphrase = printed.split("PDF password: ", 1)[1].split()[0]
    assert "shown once" in printed and id_number not in printed
    reader = _report(out)
    assert not reader.decrypt(id_number)
    assert _report(out).decrypt(passphrase)


def test_export_with_the_id_number_as_password(data_dir, tmp_path, capsys) -> None:
    client_id, id_number = _client_with_id(data_dir)
    practice = practice_service.unlock_with_password(PracticePaths(data_dir), "admin", PASSWORD)
    with practice.session() as session:
        from clientmanager.store.models import Setting

        session.add(Setting(key="pdf_password_policy", value="id_number"))
    practice.close()
    out = tmp_path / "out" / "package.zip"
    code = main(
        ["export-subject", "--client", str(client_id), "--out", str(out), "--password-protect"]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "Wrote the data-subject package S23-" in printed
    assert "client's ID number" in printed and id_number not in printed
    reader = _report(out)
    assert reader.is_encrypted
    assert not reader.decrypt("not the id")
    reader = _report(out)
    assert reader.decrypt(id_number)
    assert id_number in reader.pages[2].extract_text() + reader.pages[3].extract_text()


def test_export_without_password_and_bad_input(data_dir, tmp_path, capsys) -> None:
    client_id, _ = _client_with_id(data_dir)
    practice = practice_service.unlock_with_password(PracticePaths(data_dir), "admin", PASSWORD)
    with practice.session() as session:
        request = open_request(
            session, actor=practice.actor, client_id=client_id, kind="access",
            requested_by="the client",
        )  # fmt: skip
        request_id = request.id
    practice.close()
    out = tmp_path / "plain.zip"
    argv = ["export-subject", "--client", str(client_id), "--out", str(out)]
    assert main([*argv, "--request", str(request_id)]) == 0
    assert f"request {request_id} is marked done" in capsys.readouterr().out
    assert not _report(out).is_encrypted
    practice = practice_service.unlock_with_password(PracticePaths(data_dir), "admin", PASSWORD)
    with practice.session() as session:
        assert session.get(SubjectRequest, request_id).status == "done"
        assert "package S23-" in session.get(SubjectRequest, request_id).outcome
    practice.close()

    assert (
        main(["export-subject", "--client", str(client_id), "--out", str(tmp_path / "x.pdf")]) == 1
    )
    assert "ending in .zip" in capsys.readouterr().err
    assert main(["export-subject", "--client", "999999", "--out", str(tmp_path / "n.zip")]) == 1
    assert "no client with the number 999999" in capsys.readouterr().err
    assert not (tmp_path / "n.zip").exists()


def test_a_package_answers_only_an_open_access_request_of_that_client(
    data_dir, tmp_path, capsys
) -> None:
    """Issue 14: --request was closing any request, and the zip was written before the
    request was checked. Every refusal comes before anything is written."""
    client_id, _ = _client_with_id(data_dir)
    practice = practice_service.unlock_with_password(PracticePaths(data_dir), "admin", PASSWORD)
    with practice.session() as session:
        other_id = session.query(Client.id).filter(Client.id != client_id).first()[0]
        ids = {}
        for name, cid, kind in (
            ("correction", client_id, "correction"),
            ("other_client", other_id, "access"),
            ("closed", client_id, "access"),
            ("portability", client_id, "portability"),
        ):
            ids[name] = open_request(
                session, actor=practice.actor, client_id=cid, kind=kind, requested_by="them"
            ).id
        session.get(SubjectRequest, ids["closed"]).status = "done"
    practice.close()

    def export(request: str, out) -> int:  # noqa: ANN001
        return main(
            ["export-subject", "--client", str(client_id), "--out", str(out), "--request", request]
        )

    cases = (
        (str(ids["correction"]), "not for access"),
        (str(ids["other_client"]), "another client"),
        (str(ids["closed"]), "already completed"),
        ("99999", "no request number 99999"),
    )
    for request, message in cases:
        out = tmp_path / f"refused-{request}.zip"
        assert export(request, out) == 1
        err = capsys.readouterr().err
        assert message in err and "Nothing was written" in err
        assert not out.exists()
        assert not list(tmp_path.glob("refused-*"))  # no partial file either
    practice = practice_service.unlock_with_password(PracticePaths(data_dir), "admin", PASSWORD)
    with practice.session() as session:
        statuses = {k: session.get(SubjectRequest, v).status for k, v in ids.items()}
        from clientmanager.store.models import Disclosure

        assert (
            session.query(Disclosure)
            .filter(Disclosure.client_id == client_id)
            .filter(Disclosure.recipient_category == "data_subject")
            .count()
            == 0
        )
    practice.close()
    assert statuses == {
        "correction": "open",
        "other_client": "open",
        "closed": "done",
        "portability": "open",
    }
    # A portability request of the same client is answered by the package.
    assert export(str(ids["portability"]), tmp_path / "ok.zip") == 0
    assert (tmp_path / "ok.zip").exists()
