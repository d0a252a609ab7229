"""Data-subject packages validate as BagIt bags (Library of Congress `bagit`), can be
AES-encrypted whole, carry SA time with its offset, and a child's package and letters go
to the competent person in their name (issue 14)."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import bagit
import pytest
import pyzipper
from pypdf import PdfReader

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.services.subject_export import export_subject_package
from clientmanager.services.subject_requests import act_on_request, open_request
from clientmanager.store.models import Client, ClientRelationship, Note


def _extract(zip_path: Path, into: Path, password: str | None = None) -> Path:
    with pyzipper.AESZipFile(zip_path) as archive:
        if password:
            archive.setpassword(password.encode())
        archive.extractall(into)
    (root,) = list(into.iterdir())
    return root


def _validate(bag_dir: Path) -> bagit.Bag:
    bag = bagit.Bag(str(bag_dir))
    bag.validate()  # raises BagValidationError with every problem
    assert bag.is_valid()
    return bag


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        assert reader.decrypt(password)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def family(practice):  # noqa: ANN001, ANN201
    today = dt.date.today()
    born = today.replace(year=today.year - 10) - dt.timedelta(days=3)
    with practice.session() as s:
        parent = Client(title="Mr", first_names="Sibusiso", surname="Dube",
                        date_of_birth=dt.date(1984, 4, 4))  # fmt: skip
        child = Client(first_names="Ayanda", surname="Dube",
                       id_number=make_sa_id(born, sequence=5123), date_of_birth=born)  # fmt: skip
        s.add_all([parent, child])
        s.flush()
        s.add(ClientRelationship(client_id=parent.id, related_client_id=child.id, kind="parent"))
        s.add(Note(client_id=child.id, kind="note", subject="Education plan",
                   occurred_at=dt.datetime(2026, 11, 30, 12, 28)))  # fmt: skip
        return parent.id, child.id


def test_a_package_validates_as_a_bag_and_times_carry_the_offset(practice, family, tmp_path):  # noqa: ANN001
    parent_id, _ = family
    out = tmp_path / "parent.zip"
    with practice.session() as s:
        export_subject_package(s, actor=practice.actor, client_id=parent_id, out=out)
    bag = _validate(_extract(out, tmp_path / "plain"))
    data = json.loads((Path(bag.path) / "data" / "data.json").read_bytes())
    assert data["generated_at"].endswith("+02:00")
    assert data["data_subject"]["name"] == "Sibusiso Dube"


def test_a_childs_package_goes_to_the_competent_person(practice, family, tmp_path):  # noqa: ANN001
    parent_id, child_id = family
    out = tmp_path / "child.zip"
    with practice.session() as s:
        result = export_subject_package(
            s, actor=practice.actor, client_id=child_id, out=out,
            pdf_password="Sun-Rise-42", archive_password="Sun-Rise-42",
        )  # fmt: skip
    assert result.archive_encrypted
    with zipfile.ZipFile(out) as archive, pytest.raises(RuntimeError, match="encrypted"):
        archive.read(archive.namelist()[0])
    bag = _validate(_extract(out, tmp_path / "child", "Sun-Rise-42"))
    pdf = (Path(bag.path) / "data" / "report.pdf").read_bytes()
    letter = _text(pdf, "Sun-Rise-42")
    first_page = letter.split("Page 1 of")[0]
    assert "Dear Mr Dube," in first_page and "Mr Sibusiso Dube" in first_page
    assert "competent person for Ayanda Dube" in first_page
    assert "Dear Ayanda" not in letter
    data = json.loads((Path(bag.path) / "data" / "data.json").read_bytes())
    assert data["addressee"]["name"] == "Mr Sibusiso Dube"
    (note,) = data["categories"]["notes"]
    assert note["occurred_at"] == "2026-11-30T14:28:00+02:00"  # 12:28 UTC is 14:28 SAST
    assert "30 November 2026, 14:28 SAST" in letter


def test_a_letter_about_a_child_is_addressed_to_the_parent(practice, family):  # noqa: ANN001
    _, child_id = family
    with practice.session() as s:
        request = open_request(
            s, actor=practice.actor, client_id=child_id, kind="objection",
            requested_by="Sibusiso Dube (father)", identity_verification="ID book seen",
        )  # fmt: skip
        outcome = act_on_request(s, actor=practice.actor, request_id=request.id)
    text = _text(outcome.letter)
    assert "Dear Mr Dube," in text and "Mr Sibusiso Dube" in text
    assert "personal information about Ayanda Dube" in text
