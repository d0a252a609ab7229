"""Records of advice from templates: the PDF holds the s9 elements and is locked by hash."""

from __future__ import annotations

import hashlib
import io
import re

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.cli import main
from clientmanager.services import roa
from clientmanager.services.client_records import InvalidInput
from clientmanager.store.models import AdviceDetail, Document, DocumentContent, Note
from tests.planner.conftest import seed_household

FILLED = {
    "recommendation": "Take out Discovery Life cover of R2 500 000 with a 10% escalation.",
    "recommendation_reasons": "It closes the R1 800 000 cover gap for the bond and Mia's studies.",
    "fees_disclosed": "No advice fee is charged on this product.",
    "commission_disclosed": "Upfront commission R12 400 and ongoing R310 a month, paid by Discovery.",
}
REPLACEMENT = {
    "replaced_product": "Sanlam SL-778812 life cover",
    "replacement_comparison": "Premium R1 450 vs R1 380; cover R3.5m vs R3.5m; no penalty.",
    "replacement_reasons": "Lower premium for the same cover, with a severe-illness benefit.",
}


def tamper(session, document_id: int, extra: bytes) -> None:  # noqa: ANN001
    """Change a locked PDF as a tool outside the program could: past the guard that the
    program itself cannot pass, which is why verification exists."""
    session.execute(sa.text("DROP TRIGGER advice_pdf_content_no_update"))
    content = session.get(DocumentContent, document_id)
    content.content = content.content + extra
    session.flush()


def _text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("template_key", list(roa.TEMPLATES))
def test_each_template_finalises_into_a_locked_pdf(practice, template_key) -> None:
    seeded = seed_household(practice)
    with practice.session() as session:
        values = roa.draft_values(session, seeded.admin, seeded.client_id, template_key)
        # Filled from the record: the needs analysis carries the client's figures.
        assert "Net worth" in values["needs_analysis"]
        assert "Retire at 60 in Hermanus" in values["needs_analysis"]
        values.update(FILLED)
        values["products_considered"] = (
            values["products_considered"] or "Allan Gray Balanced Fund; Coronation Balanced Plus"
        )
        if template_key == "replacement":
            values.update(REPLACEMENT)
        note_id = roa.save_roa(
            session,
            seeded.admin,
            client_id=seeded.client_id,
            template_key=template_key,
            values=values,
        )
        draft = _text(roa.roa_pdf(session, seeded.admin, note_id))
        assert "DRAFT" in draft
        result = roa.finalise_roa(session, seeded.admin, note_id)

    with practice.session() as session:
        detail = session.get(AdviceDetail, note_id)
        note = session.get(Note, note_id)
        document = session.get(Document, detail.document_id)
        content = session.get(DocumentContent, detail.document_id).content
        assert note.finalised_at is not None
        assert document.client_id == seeded.client_id and document.note_id == note_id
        assert document.category == "record_of_advice"
        sha = hashlib.sha256(content).hexdigest()
        assert sha == detail.pdf_sha256 == document.sha256 == result.sha256
        assert roa.verify_roa(session, seeded.admin, note_id)
        text = _text(content)
    for element in (
        "Information on which the advice is based (s9(1)(a))",
        "Financial products considered (s9(1)(b))",
        "Recommendation (s9(1)(c))",
        "Fees and commission disclosed",
        "Pieter Johannes van der Merwe",
        "7803155012089",
        "Thandi Mokoena",  # the representative
        FILLED["recommendation"],
        FILLED["recommendation_reasons"],
        FILLED["commission_disclosed"],
        FILLED["fees_disclosed"],
        "Client: Pieter Johannes van der Merwe",
        "Representative: Thandi Mokoena",
    ):
        assert element in text, element
    assert "DRAFT" not in text
    if template_key == "replacement":
        assert "Replacement of an existing product (s8(1)(d))" in text
        for value in REPLACEMENT.values():
            assert value in text
    else:
        assert "s8(1)(d))" not in text

    # Locked: the database refuses changes to the details, the note and the PDF.
    for statement in (
        "UPDATE advice_details SET needs_analysis = 'x' WHERE note_id = :id",
        "UPDATE advice_details SET pdf_sha256 = 'x' WHERE note_id = :id",
        "DELETE FROM advice_details WHERE note_id = :id",
        "UPDATE notes SET recommendation = 'x' WHERE id = :id",
    ):
        with pytest.raises(sa.exc.DatabaseError, match="final"):
            with practice.session() as session:
                session.execute(sa.text(statement), {"id": note_id})
    for statement in (
        "UPDATE document_contents SET content = x'00' WHERE document_id = :id",
        "DELETE FROM documents WHERE id = :id",
    ):
        with pytest.raises(sa.exc.DatabaseError, match="final record of advice"):
            with practice.session() as session:
                session.execute(sa.text(statement), {"id": detail.document_id})


def test_finalise_refuses_an_incomplete_record(practice) -> None:
    seeded = seed_household(practice)
    with practice.session() as session:
        values = roa.draft_values(session, seeded.admin, seeded.client_id, "replacement")
        values.update(FILLED)
        note_id = roa.save_roa(
            session,
            seeded.admin,
            client_id=seeded.client_id,
            template_key="replacement",
            values=values,
        )
    with pytest.raises(InvalidInput) as caught:
        with practice.session() as session:
            roa.finalise_roa(session, seeded.admin, note_id)
    assert set(caught.value.errors) == {"replacement_reasons"}
    with practice.session() as session:
        assert session.get(Note, note_id).finalised_at is None
        assert session.query(Document).count() == 0


def test_advice_from_the_command_line(cli_env, tmp_path, capsys) -> None:
    seeded = seed_household(cli_env)
    assert main(["advice", "templates"]) == 0
    assert "replacement" in capsys.readouterr().out
    assert (
        main(
            [
                "advice",
                "draft",
                "--client",
                str(seeded.client_id),
                "--template",
                "risk",
                "--recommendation",
                FILLED["recommendation"],
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    note_id = int(re.search(r"record of advice (\d+)", out).group(1))
    assert main(["advice", "finalise", "--note", str(note_id)]) == 1
    err = capsys.readouterr().err
    assert "Why it suits the client: required" in err and "Fees disclosed: required" in err
    with cli_env.session() as session:
        values = roa.load_roa(session, seeded.admin, note_id).values
        values.update(FILLED)
        roa.save_roa(
            session,
            seeded.admin,
            client_id=seeded.client_id,
            template_key="risk",
            values=values,
            note_id=note_id,
        )
    signed = tmp_path / "roa.pdf"
    assert main(["advice", "finalise", "--note", str(note_id), "--out", str(signed)]) == 0
    out = capsys.readouterr().out
    sha = re.search(r"SHA-256 ([0-9a-f]{64})", out).group(1)
    assert hashlib.sha256(signed.read_bytes()).hexdigest() == sha
    assert main(["advice", "verify", "--note", str(note_id)]) == 0
    out = capsys.readouterr().out
    assert f"Record of advice {note_id}: the kept PDF" in out and "matches" in out
    assert f"SHA-256 {sha}" in out
    with cli_env.session() as session:
        tamper(session, session.get(AdviceDetail, note_id).document_id, b"%tampered")
    assert main(["advice", "verify", "--note", str(note_id)]) == 1
    assert "does NOT match" in capsys.readouterr().err
    assert main(["advice", "draft", "--client", str(seeded.client_id), "--template", "risk"]) == 0
    draft_id = int(re.search(r"record of advice (\d+)", capsys.readouterr().out).group(1))
    assert main(["advice", "verify", "--note", str(draft_id)]) == 1
    assert "is a draft" in capsys.readouterr().err
    assert main(["advice", "draft", "--client", "1", "--template", "nonsense"]) == 1
    assert "Templates: risk" in capsys.readouterr().err


def test_destroying_the_client_still_removes_a_locked_roa_and_its_pdf(practice) -> None:
    from clientmanager.services import erasure

    seeded = seed_household(practice)
    with practice.session() as session:
        values = roa.draft_values(session, seeded.admin, seeded.client_id, "retirement")
        values.update(FILLED)
        values["products_considered"] = values["products_considered"] or "Allan Gray RA"
        note_id = roa.save_roa(
            session,
            seeded.admin,
            client_id=seeded.client_id,
            template_key="retirement",
            values=values,
        )
        roa.finalise_roa(session, seeded.admin, note_id)
    with practice.session() as session:
        erasure.destroy_client(
            session,
            client_id=seeded.client_id,
            actor=seeded.admin,
            reason="FAIS and FICA periods ended",
        )
    with practice.session() as session:
        assert session.get(Note, note_id) is None
        assert session.get(AdviceDetail, note_id) is None
        assert session.query(Document).filter_by(client_id=seeded.client_id).count() == 0
        assert session.query(DocumentContent).count() == 0
