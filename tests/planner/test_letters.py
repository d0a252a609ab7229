"""Mail merge: one letter per client, with that client's name and address, each recorded."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader

from clientmanager.cli import main
from clientmanager.services import letters
from clientmanager.store.models import (
    Address,
    AuditEntry,
    Client,
    Consent,
    Disclosure,
    Document,
    Policy,
)
from tests.planner.conftest import TODAY, seed_household


def _clients(practice, count: int) -> list[int]:  # noqa: ANN001
    ids = []
    with practice.session() as session:
        for n in range(count):
            client = Client(
                title="Ms",
                first_names=f"Naledi{n:02d}",
                surname=f"Mokoena{n:02d}",
                email=f"naledi{n}@example.co.za",
            )
            session.add(client)
            session.flush()
            session.add(
                Address(
                    client_id=client.id,
                    kind="postal",
                    line1=f"PO Box {1000 + n}",
                    city="Polokwane",
                    postal_code=f"{700 + n:04d}",
                )
            )
            ids.append(client.id)
    return ids


def _text(path) -> str:  # noqa: ANN001
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_merge_for_fifty_clients(cli_env, tmp_path, capsys) -> None:
    ids = _clients(cli_env, 50)
    today = dt.date.today()
    assert main(["letters", "templates"]) == 0
    assert "review_invitation" in capsys.readouterr().out
    out = tmp_path / "letters"
    assert (
        main(
            [
                "letters",
                "merge",
                "--template",
                "review_invitation",
                "--clients",
                ",".join(map(str, ids)),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "Wrote 50 letter(s)" in capsys.readouterr().out
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 50
    with cli_env.session() as session:
        for client_id in ids:
            client = session.get(Client, client_id)
            address = session.query(Address).filter_by(client_id=client_id).one()
            text = _text(out / f"{client_id}-review-invitation.pdf")
            assert f"Ms {client.first_names} {client.surname}" in text
            assert f"Dear Ms {client.surname}" in text
            assert address.line1 in text and address.postal_code in text
            others = [session.get(Client, n).surname for n in ids if n != client_id]
            assert not any(surname in text for surname in others)
            documents = session.query(Document).filter_by(client_id=client_id).all()
            assert [d.description for d in documents] == [
                f"Letter: Invitation to your annual review ({today.day} {today:%B %Y})"
            ]
        assert session.query(AuditEntry).filter_by(action="letter.merged").count() == 1


def test_marketing_respects_consent_and_provider_letters_are_disclosures(
    practice, tmp_path
) -> None:
    seeded = seed_household(practice)
    ids = _clients(practice, 3)
    with practice.session() as session:
        session.add(
            Consent(
                client_id=ids[0], purpose="direct_marketing", lawful_basis="consent", status="given"
            )
        )
        session.add(
            Consent(
                client_id=ids[1],
                purpose="direct_marketing",
                lawful_basis="consent",
                status="withdrawn",
            )
        )
        result = letters.merge_letters(
            session,
            seeded.admin,
            template_name="market_update",
            client_ids=ids,
            out_dir=tmp_path / "m",
            today=TODAY,
        )
        assert [c for c, _p, _d in result.written] == [ids[0]]
        assert {c for c, _w in result.skipped} == {ids[1], ids[2]}
        assert all("POPIA s69" in why for _c, why in result.skipped)
        provider = letters.merge_letters(
            session,
            seeded.admin,
            template_name="provider_information_request",
            client_ids=[seeded.client_id, ids[2]],
            out_dir=tmp_path / "p",
            today=TODAY,
        )
        assert [c for c, _p, _d in provider.written] == [seeded.client_id]
        assert provider.skipped == [(ids[2], "no active policy for the letter's policy fields")]
        disclosure = session.query(Disclosure).filter_by(client_id=seeded.client_id).one()
        first_policy = (
            session.query(Policy)
            .filter_by(client_id=seeded.client_id)
            .order_by(Policy.start_date)
            .first()
        )
        assert (disclosure.recipient_category, disclosure.recipient_name) == (
            "product_provider",
            first_policy.provider,
        )
    text = _text(tmp_path / "p" / f"{seeded.client_id}-provider-information-request.pdf")
    assert first_policy.policy_number in text and "7803155012089" in text


def test_custom_templates_and_bad_input(cli_env, tmp_path, capsys) -> None:
    ids = _clients(cli_env, 2)
    body = tmp_path / "body.txt"
    body.write_text("Happy birthday, {client.first_name}! From {practice.name}.", encoding="utf-8")
    assert (
        main(
            [
                "letters",
                "add-template",
                "--name",
                "birthday",
                "--title",
                "Birthday",
                "--subject",
                "Happy birthday",
                "--body-file",
                str(body),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "letters",
                "merge",
                "--template",
                "birthday",
                "--clients",
                str(ids[0]),
                "--out",
                str(tmp_path / "b"),
            ]
        )
        == 0
    )
    assert "Happy birthday, Naledi00!" in _text(tmp_path / "b" / f"{ids[0]}-birthday.pdf")
    body.write_text("Dear {client.nickname}", encoding="utf-8")
    assert (
        main(
            [
                "letters",
                "add-template",
                "--name",
                "bad",
                "--title",
                "Bad",
                "--subject",
                "x",
                "--body-file",
                str(body),
            ]
        )
        == 1
    )
    assert "{client.nickname}" in capsys.readouterr().err
    assert (
        main(
            [
                "letters",
                "merge",
                "--template",
                "nope",
                "--clients",
                "1",
                "--out",
                str(tmp_path / "n"),
            ]
        )
        == 1
    )
    assert "no letter template called 'nope'" in capsys.readouterr().err


def test_contact_line_reads_well_with_or_without_details(practice) -> None:
    from clientmanager.store.models import Practice

    seeded = seed_household(practice)
    with practice.session() as session:
        result = letters.merge_letters(
            session,
            seeded.admin,
            template_name="review_invitation",
            client_ids=[seeded.client_id],
            out_dir=None,
            today=TODAY,
        )
        import io

        from clientmanager.store.models import DocumentContent

        first = session.get(DocumentContent, result.written[0][2]).content
        row = session.query(Practice).one()
        row.information_officer_phone = "+27215550101"
        row.information_officer_email = "info@mokoena.co.za"
        result = letters.merge_letters(
            session,
            seeded.admin,
            template_name="review_invitation",
            client_ids=[seeded.client_id],
            out_dir=None,
            today=TODAY,
        )
        second = session.get(DocumentContent, result.written[0][2]).content
    plain = re.sub(r"\s+", " ", PdfReader(io.BytesIO(first)).pages[0].extract_text())
    full = re.sub(r"\s+", " ", PdfReader(io.BytesIO(second)).pages[0].extract_text())
    assert "Please contact us to choose a time" in plain
    assert "Please contact us on +27215550101 or at info@mokoena.co.za to choose" in full
    assert "due on 10 December 2026" in full


def test_batched_letters_number_their_own_pages() -> None:
    import io

    from clientmanager.reports.base import Letterhead
    from clientmanager.reports.letter import Letter, build_letter, build_letters

    def letter(name: str, paragraphs: int) -> Letter:
        return Letter(
            [name, "1 Main Road"],
            TODAY,
            f"Dear {name}",
            "Your review",
            ["A sentence about the review and the plan. " * 12] * paragraphs,
            "Thandi Mokoena",
            footer="Review letter",
        )

    letterhead = Letterhead("Mokoena & Müller Financial Planning", "45123")
    batch = [letter("Anna Short", 2), letter("Ben Long", 30), letter("Cara Short", 1)]
    pdfs = build_letters(letterhead, batch)
    texts = []
    for content in pdfs:
        reader = PdfReader(io.BytesIO(content))
        texts.append([page.extract_text() for page in reader.pages])
    assert [len(t) for t in texts] == [1, 5, 1]
    assert [re.findall(r"Page \d+ of \d+", " ".join(t)) for t in texts] == [
        ["Page 1 of 1"],
        [f"Page {n} of 5" for n in range(1, 6)],
        ["Page 1 of 1"],
    ]
    for text, name in zip(texts, ("Anna Short", "Ben Long", "Cara Short"), strict=True):
        assert name in text[0]
        assert not any(
            other in " ".join(text) for other in {"Anna", "Ben", "Cara"} - {name.split()[0]}
        )
    single = PdfReader(io.BytesIO(build_letter(letterhead, batch[0]))).pages[0].extract_text()
    assert re.sub(r"\s+", " ", single) == re.sub(r"\s+", " ", texts[0][0])
