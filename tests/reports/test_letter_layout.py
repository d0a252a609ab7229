"""Every client-facing PDF, read back with its text positions (pdfplumber): nothing past
the margins, no page holding only a sign-off or a heading, no file name split inside a
word, and every printed time in South African time with its zone (issue 14)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path

import pdfplumber
import pytest

from clientmanager.services import audit, breaches, client_records, notices
from clientmanager.services.subject_export import export_subject_package
from clientmanager.services.subject_requests import act_on_request, open_request
from clientmanager.store.models import Address, Client, Note, Setting

MM = 72 / 25.4
LEFT, RIGHT = 18 * MM, (210 - 18) * MM
HEADER_BOTTOM, FOOTER_TOP = 27 * MM, (297 - 16) * MM
SIGN_OFF = ("Yours sincerely", "Information Officer,", "Thandi Mokoena", "@", "Page ",
            "Die uwe", "Inligtingsbeampte,", "Bladsy ")  # fmt: skip
TIME = re.compile(r"(?<![+\d])\d{2}:\d{2}\b")
FILE_NAME = "Proof_of_residential-address-municipal_account-November-2026.pdf"


def _check(name: str, pdf: bytes) -> str:
    text_all = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            chars = [c for c in page.chars if c["text"].strip()]
            assert chars, f"{name}: page {number} is empty"
            outside = [c["text"] for c in chars if c["x0"] < LEFT - 0.6 or c["x1"] > RIGHT + 0.6]
            assert not outside, f"{name}: page {number} runs past the margins: {outside[:20]}"
            body = page.crop((0, HEADER_BOTTOM, page.width, FOOTER_TOP)).extract_text() or ""
            lines = [line for line in body.splitlines() if line.strip()]
            meaningful = [line for line in lines if not line.startswith(SIGN_OFF)]
            if number > 1:
                assert len(meaningful) >= 3, f"{name}: page {number} is an orphan: {lines}"
            footer = page.crop((0, FOOTER_TOP, page.width, page.height)).extract_text() or ""
            assert len([ln for ln in footer.splitlines() if ln.strip()]) <= 2, (
                f"{name}: footer of page {number} wraps: {footer!r}"
            )
            page_text = (page.extract_text() or "").replace("\u00a0", " ")
            for match in TIME.finditer(page_text):
                after = page_text[match.end() : match.end() + 12]
                assert "SAST" in after, (
                    f"{name}: time without zone: {page_text[match.start() - 20 : match.end() + 12]!r}"
                )
            text_all.append(page_text)
    return "\n".join(text_all)


@pytest.fixture
def letter_language() -> str:
    """The practice's letter_language setting; tests parametrise it (issue 16)."""
    return "en"


@pytest.fixture
def pdfs(practice, tmp_path, letter_language):  # noqa: ANN001, ANN201
    with practice.session() as s:
        s.add_all([
            Setting(key="practice_phone", value="+27215551200"),
            Setting(key="practice_email", value="hello@mokoena-muller.co.za"),
        ])  # fmt: skip
        if letter_language != "en":
            s.add(Setting(key="letter_language", value=letter_language))
        client = Client(title="Ms", first_names="Hélène Marguerite", surname="Müller-Venter",
                        email="helene@example.co.za", mobile="+27821234567",
                        date_of_birth=dt.date(1978, 2, 2))  # fmt: skip
        s.add(client)
        s.flush()
        cid = client.id
        s.add(Address(client_id=cid, kind="physical", line1="12 Jacaranda Street",
                      suburb="Rondebosch", city="Cape Town", postal_code="7700"))  # fmt: skip
        s.add(Note(client_id=cid, kind="call", subject="Review call",
                   occurred_at=dt.datetime(2026, 11, 30, 12, 28)))  # fmt: skip
        client_records.attach_document(
            s, practice.actor, client_id=cid, filename=FILE_NAME, content=b"%PDF-1.4 x",
            category="proof_of_address",
        )  # fmt: skip
        for provider, number in (("Liberty", "LB-1"), ("BrightRock", "BR-2")):
            client_records.save_record(
                s, practice.actor, "policy", client_id=cid,
                values={"provider": provider, "policy_number": number,
                        "product_type": "life_cover", "status": "active"},
            )  # fmt: skip
    out: dict[str, bytes] = {}
    with practice.session() as s:
        export_subject_package(s, actor=practice.actor, client_id=cid, out=tmp_path / "p.zip")
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        (member,) = [n for n in archive.namelist() if n.endswith("report.pdf")]
        out["subject report"] = archive.read(member)
    with practice.session() as s:
        for kind in ("correction", "objection", "restriction"):
            request = open_request(
                s, actor=practice.actor, client_id=cid, kind=kind, requested_by="Hélène",
                identity_verification="ID book seen",
            )  # fmt: skip
            extra = (
                {"field": "email", "new_value": "helene@example.org"}
                if kind == "correction"
                else {}
            )
            outcome = act_on_request(s, actor=practice.actor, request_id=request.id, **extra)
            out[f"{kind} letter"] = outcome.letter
            for name, notice in outcome.notices:
                out[f"s24(3) notice to {name}"] = notice
        out["s18 notice"] = notices.s18_notice(s, actor=practice.actor, client_id=cid)
        out["Form 4"] = notices.form4(s, actor=practice.actor, client_id=cid)
        breach = breaches.record_breach(
            s, actor=practice.actor, title="Laptop stolen",
            description="A practice laptop was stolen from a parked car in Claremont. " * 3,
            discovered_at=dt.datetime(2026, 11, 20, 7, 15), occurred_on=dt.date(2026, 11, 19),
            data_categories=["Identity", "Policies and investments"], data_encrypted=True,
            consequences="Your identity could be used to commit fraud in your name. " * 3,
            measures_taken="We reported the theft to SAPS and changed every password. " * 3,
            subject_actions="Register for SAFPS protective registration. " * 3,
            client_ids=[cid], discovery_manner="A planner reported it the same morning",
        )  # fmt: skip
        (letter,) = breaches.write_letters(
            s,
            actor=practice.actor,
            breach_id=breach.id,
            folder=tmp_path,
            today=dt.date(2026, 12, 1),
        )
        out["breach letter"] = letter.read_bytes()
        notice = breaches.write_regulator_notice(
            s, actor=practice.actor, breach_id=breach.id, path=tmp_path / "scn1.pdf",
            today=dt.date(2026, 12, 1),
        )  # fmt: skip
        out["SCN1 draft"] = notice.read_bytes()
    with practice.session() as s:
        request = open_request(
            s, actor=practice.actor, client_id=cid, kind="deletion", requested_by="Hélène",
            identity_verification="ID book seen",
        )  # fmt: skip
        out["deletion letter"] = act_on_request(
            s, actor=practice.actor, request_id=request.id
        ).letter
        audit.export_pdf(s, practice.actor, tmp_path / "audit.pdf")
    out["audit export"] = (tmp_path / "audit.pdf").read_bytes()
    return out


@pytest.mark.parametrize("letter_language", ["en", "af"])
def test_every_client_facing_pdf_keeps_the_one_layout(pdfs, letter_language) -> None:  # noqa: ANN001
    assert len(pdfs) >= 12
    dump = os.environ.get("CLIENTMANAGER_LAYOUT_DUMP")  # to look at them: pdftoppm
    if dump:
        for name, pdf in pdfs.items():
            Path(dump, re.sub(r"\W+", "-", name) + ".pdf").write_bytes(pdf)
    texts = {name: _check(name, pdf) for name, pdf in pdfs.items()}
    dear = "Dear Ms Müller-Venter," if letter_language == "en" else "Geagte me. Müller-Venter,"
    for name in ("correction letter", "objection letter", "deletion letter", "breach letter"):
        assert dear in texts[name], name  # title and surname only
        assert "021 555 1200" in texts[name]  # the practice's phone, SA style
    # The file name sits in its column broken only after "_", "-" or ".", never mid-word.
    report = texts["subject report"]
    for word in re.split(r"[_.\-/]", FILE_NAME):
        assert word in report, word
    assert "14:28 SAST" in report  # 12:28 UTC
    audit_text = texts["audit export"]
    assert "rights.request_opened" not in audit_text
    assert "Data-subject request recorded" in audit_text
    assert {"s24(3) notice to Liberty", "s24(3) notice to BrightRock"} <= set(pdfs)
