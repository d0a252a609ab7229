"""`clientmanager rights open|list|verify|act|close`: every right from a terminal, end to
end, with the letters checked against what the database then holds (issue 14)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.cli import main
from clientmanager.services import client_records, consents
from clientmanager.services.consents import marketing_allowed_clause
from clientmanager.store.models import (
    Address,
    Client,
    Consent,
    Disclosure,
    Goal,
    Note,
    Policy,
    SubjectRequest,
    Task,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD

WORDING = "May we send you our newsletter and product news by e-mail?"


@pytest.fixture
def cli_env(practice, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("CLIENTMANAGER_RECOVERY_CODE", raising=False)
    monkeypatch.delenv("CLIENTMANAGER_PDF_PASSWORD", raising=False)
    return practice


def _person(practice, surname: str, *, marketing: bool = True, **extra) -> int:  # noqa: ANN001
    with practice.session() as s:
        client = Client(
            title="Ms", first_names="Lerato Grace", surname=surname,
            email=f"{surname.lower()}@example.co.za", mobile="+27821234567",
            date_of_birth=dt.date(1980, 5, 5), **extra,
        )  # fmt: skip
        s.add(client)
        s.flush()
        s.add(Address(client_id=client.id, kind="physical", line1="4 Protea Rd",
                      city="Durban", postal_code="4001"))  # fmt: skip
        if marketing:
            consents.record_marketing_consent(
                s, actor=practice.actor, client_id=client.id, status="given",
                channel="paper_form", wording=WORDING,
            )  # fmt: skip
        return client.id


def _open(capsys, client_id: int, kind: str, *, verified: bool = True) -> int:  # noqa: ANN001
    argv = ["rights", "open", "--client", str(client_id), "--kind", kind]
    if verified:
        argv += ["--verified", "ID book seen"]
    assert main(argv) == 0, capsys.readouterr().err
    printed = capsys.readouterr().out
    match = re.search(r"^Request (\d+)$", printed, re.M)
    assert match, printed
    return int(match.group(1))


def _text(pdf: Path | bytes) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _marketing(practice) -> set[int]:  # noqa: ANN001
    with practice.session() as s:
        return set(s.scalars(sa.select(Client.id).where(marketing_allowed_clause())))


def _bulk_export(capsys, tmp_path: Path) -> set[str]:  # noqa: ANN001
    out = tmp_path / f"export-{len(list(tmp_path.glob('export-*')))}.csv"
    assert main(["export", "--format", "csv", "--out", str(out)]) == 0
    capsys.readouterr()
    return {r["Surname"] for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}


def test_open_list_verify_and_close(cli_env, capsys) -> None:  # noqa: ANN001
    cid = _person(cli_env, "Ndlovu")
    number = _open(capsys, cid, "access", verified=False)
    assert main(["rights", "list"]) == 0
    listed = capsys.readouterr().out
    assert f"{number:>5}  Access to information (s23)" in listed and "NOT verified" in listed
    # Acting before the identity is verified is refused, and nothing changes.
    assert main(["rights", "act", str(number), "--out", "x.zip"]) == 1
    assert "has not been verified" in capsys.readouterr().err
    assert main(["rights", "verify", str(number), "--method", "Passport seen"]) == 0
    assert main(["rights", "close", str(number), "--outcome", "Withdrawn by the person."]) == 0
    with pytest.raises(SystemExit) as exited:
        main(["rights", "open", "--client", str(cid), "--kind", "teleport"])
    assert exited.value.code == 2
    assert "not a kind of request" in capsys.readouterr().err
    with cli_env.session() as s:
        request = s.get(SubjectRequest, number)
        assert request.status == "done" and request.identity_verification == "Passport seen"
    capsys.readouterr()
    assert main(["rights", "show", str(number)]) == 0
    shown = capsys.readouterr().out
    assert f"Request {number}: Access to information (s23), client {cid} (" in shown
    assert f"verified {request.identity_verified_on:%Y-%m-%d} (Passport seen)" in shown
    assert "Outcome:       Withdrawn by the person." in shown
    assert main(["rights", "show", "999"]) == 1
    assert "no request number 999" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["objection", "restriction"])
def test_objection_and_restriction_stop_marketing_and_bulk_exports_at_once(
    cli_env, capsys, tmp_path, kind
) -> None:  # noqa: ANN001
    cid = _person(cli_env, "Khumalo")
    other = _person(cli_env, "Pillay")
    assert _marketing(cli_env) == {cid, other}
    assert _bulk_export(capsys, tmp_path) == {"Khumalo", "Pillay"}
    number = _open(capsys, cid, kind)
    letters = tmp_path / "letters"
    assert main(["rights", "act", str(number), "--letters", str(letters)]) == 0
    printed = capsys.readouterr().out
    assert f"request {number} closed" in printed
    assert _marketing(cli_env) == {other}
    assert _bulk_export(capsys, tmp_path) == {"Pillay"}
    (letter,) = letters.glob("*.pdf")
    text = _text(letter)
    assert "Dear Ms Khumalo" in text and "Lerato Grace" not in text.split("Dear")[1][:30]
    assert ("section 11(3)" if kind == "objection" else "section 14(6)") in text
    with cli_env.session() as s:
        client = s.get(Client, cid)
        assert (client.objected_at is not None) if kind == "objection" else client.is_restricted
        assert s.get(SubjectRequest, number).status == "done"


def test_opt_out_and_withdrawal_of_consent(cli_env, capsys, tmp_path) -> None:  # noqa: ANN001
    opted, withdrew = _person(cli_env, "Zulu"), _person(cli_env, "Mahlangu")
    letters = tmp_path / "letters"
    n1 = _open(capsys, opted, "marketing-opt-out")
    n2 = _open(capsys, withdrew, "withdrawal")
    assert main(["rights", "act", str(n1), "--letters", str(letters)]) == 0
    assert main(["rights", "act", str(n2), "--letters", str(letters)]) == 1
    assert "choose the purpose withdrawn" in capsys.readouterr().err
    assert main(["rights", "act", str(n2), "--purpose", "direct_marketing",
                 "--letters", str(letters)]) == 0  # fmt: skip
    assert _marketing(cli_env) == set()
    texts = {p.name: _text(p) for p in letters.glob("*.pdf")}
    assert "no more direct marketing" in texts[f"marketing-opt-out-request-{n1}.pdf"]
    assert "withdrew your consent" in texts[f"consent-withdrawal-request-{n2}.pdf"]
    with cli_env.session() as s:
        latest = s.scalars(
            sa.select(Consent.status).where(Consent.client_id == withdrew)
            .order_by(Consent.id.desc())
        ).first()  # fmt: skip
    assert latest == "withdrawn"


def test_correction_updates_the_record_and_tells_each_earlier_recipient(
    cli_env, capsys, tmp_path
) -> None:  # noqa: ANN001
    cid = _person(cli_env, "Smit")
    with cli_env.session() as s:
        for provider, number in (("Liberty", "LB1"), ("BrightRock", "BR2"), ("Liberty", "LB3")):
            client_records.save_record(
                s, cli_env.actor, "policy", client_id=cid,
                values={"provider": provider, "policy_number": number,
                        "product_type": "life_cover", "status": "active"},
            )  # fmt: skip
    number = _open(capsys, cid, "correction")
    letters = tmp_path / "letters"
    assert main(["rights", "act", str(number), "--field", "email",
                 "--value", "lerato.smit@example.org", "--letters", str(letters)]) == 0  # fmt: skip
    printed = capsys.readouterr().out
    assert "3 earlier recipient(s)" not in printed and "2 earlier recipient(s)" in printed
    with cli_env.session() as s:
        assert s.get(Client, cid).email == "lerato.smit@example.org"
        recipients = set(
            s.scalars(sa.select(Disclosure.recipient_name).where(Disclosure.client_id == cid))
        )
    assert recipients == {"Liberty", "BrightRock"}
    letter = _text(letters / f"correction-request-{number}.pdf")
    assert "lerato.smit@example.org" in letter
    assert "Liberty" in letter and "BrightRock" in letter
    notices = sorted(letters.glob("s24-3-notice-*.pdf"))
    assert len(notices) == 2
    for notice, name in zip(notices, ("Liberty", "BrightRock"), strict=True):
        text = _text(notice)
        assert name in text and "section 24(3)" in text and "lerato.smit@example.org" in text
    assert main(["rights", "close", str(number)]) == 0


def test_deletion_stops_marketing_at_once_and_keeps_only_what_a_law_requires(
    cli_env, capsys, tmp_path
) -> None:  # noqa: ANN001
    cid = _person(cli_env, "Venter", relationship_start=dt.date(2015, 1, 1))
    with cli_env.session() as s:
        s.add_all([
            Address(client_id=cid, kind="postal", line1="PO Box 12", city="Durban"),
            Goal(client_id=cid, kind="retirement", description="Retire at 60"),
            Task(client_id=cid, title="Send birthday card"),
            Note(client_id=cid, kind="call", subject="Called about the weather"),
            Note(client_id=cid, kind="advice", subject="Record of advice: life cover",
                 occurred_at=dt.datetime(2024, 3, 1, 10, 0)),
            Policy(client_id=cid, provider="Discovery", policy_number="DL-9",
                   product_type="life_cover", status="active"),
        ])  # fmt: skip
    number = _open(capsys, cid, "deletion")
    # At once: out of marketing and bulk exports, before anyone approves anything.
    assert cid not in _marketing(cli_env)
    assert "Venter" not in _bulk_export(capsys, tmp_path)
    letters = tmp_path / "letters"
    assert main(["rights", "act", str(number), "--letters", str(letters)]) == 0
    capsys.readouterr()
    today = dt.date.today()
    with cli_env.session() as s:
        client = s.get(Client, cid)
        assert client.relationship_end == today  # the client leaves today
        assert (client.email, client.mobile) == (None, None)
        assert client.surname == "Venter" and client.date_of_birth  # FICA identity kept
        left = {
            "addresses": [a.kind for a in s.scalars(sa.select(Address).where(Address.client_id == cid))],
            "goals": s.scalars(sa.select(Goal.id).where(Goal.client_id == cid)).all(),
            "tasks": s.scalars(sa.select(Task.id).where(Task.client_id == cid)).all(),
            "notes": s.scalars(sa.select(Note.kind).where(Note.client_id == cid)).all(),
            "policies": s.scalars(sa.select(Policy.policy_number).where(Policy.client_id == cid)).all(),
            "consents": s.scalars(sa.select(Consent.purpose).where(Consent.client_id == cid)).all(),
        }  # fmt: skip
        assert s.get(SubjectRequest, number).status == "done"
    assert left == {
        "addresses": ["physical"], "goals": [], "tasks": [], "notes": ["advice"],
        "policies": ["DL-9"], "consents": [],
    }  # fmt: skip
    letter = _text(letters / f"deletion-request-{number}.pdf")
    kept_until = f"{today.day} {today.replace(year=today.year + 5):%B %Y}"
    assert "Your identity record" in letter and kept_until in letter
    assert "Policy DL-9 (Discovery)" in letter
    assert "Record of advice, 01 Mar 2024" in letter and "1 March 2029" in letter
    assert "within 30 days" in letter
    assert "e-mail address and phone numbers" in letter
    assert "1 task(s)" in letter and "1 note(s)" in letter and "1 financial goal(s)" in letter


def test_access_and_portability_answer_with_a_package(cli_env, capsys, tmp_path) -> None:  # noqa: ANN001
    cid = _person(cli_env, "Botha")
    for kind in ("access", "portability"):
        number = _open(capsys, cid, kind)
        out = tmp_path / f"{kind}.zip"
        assert main(["rights", "act", str(number), "--out", str(out), "--password-protect"]) == 0
        printed = capsys.readouterr().out
        match = re.search(r"opens with: (\S+)", printed)
        assert match and "shown once" in printed
        with zipfile.ZipFile(out) as archive:
            (name,) = [n for n in archive.namelist() if n.endswith("report.pdf")]
            reader = PdfReader(io.BytesIO(archive.read(name)))
        assert reader.is_encrypted and reader.decrypt(match.group(1))
        import bagit

        with zipfile.ZipFile(out) as archive:
            archive.extractall(tmp_path / kind)
        (root,) = (tmp_path / kind).iterdir()
        bagit.Bag(str(root)).validate()
        with cli_env.session() as s:
            assert s.get(SubjectRequest, number).status == "done"


def test_print_the_s18_notice_and_form4_and_attach_a_signed_form4(
    cli_env, capsys, tmp_path
) -> None:  # noqa: ANN001
    cid = _person(cli_env, "Mthembu", marketing=False)
    notice, form = tmp_path / "s18.pdf", tmp_path / "form4.pdf"
    assert main(["print", "s18-notice", "--client", str(cid), "--out", str(notice)]) == 0
    assert main(["print", "form4", "--client", str(cid), "--out", str(form)]) == 0
    assert main(["print", "form4", "--client", str(cid), "--out", str(tmp_path / "x.doc")]) == 1
    text = _text(notice)
    for expected in ("section 18", "Mokoena & Müller Financial Planning", "FICA",
                     "Information Regulator", "Dear Ms Mthembu"):  # fmt: skip
        assert expected in text, expected
    form_text = _text(form)
    assert "Form 4" in form_text and "Ms Lerato Grace Mthembu" in form_text
    assert "nothing is ticked for you" in form_text
    assert cid not in _marketing(cli_env)
    signed = tmp_path / "signed-form4.pdf"
    signed.write_bytes(b"%PDF-1.4 signed form")
    assert main(["consent", "attach-form4", "--client", str(cid), "--file", str(signed),
                 "--channels", "email,sms"]) == 0  # fmt: skip
    assert "consent" in capsys.readouterr().out
    assert cid in _marketing(cli_env)
    with cli_env.session() as s:
        from clientmanager.store.models import Document

        (document,) = s.query(Document).filter_by(client_id=cid).all()
        wording = s.scalars(
            sa.select(Consent.wording).where(Consent.client_id == cid).order_by(Consent.id.desc())
        ).first()
    assert f"document {document.id}" in wording and "email, sms" in wording
