"""The planner's letters with the practice's letter language on Afrikaans (issue 16): mail
merge, client summary and record of advice hold the Afrikaans fixed text, none of the
English, and what the database holds. The setting is changed from the command line."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from clientmanager.cli import main
from clientmanager.domain.money import format_amount
from clientmanager.reports.wording import words
from clientmanager.services import letters, roa, settings
from clientmanager.services.clients import load_client_card
from clientmanager.services.summary import client_summary_pdf
from clientmanager.store.models import Address, AuditEntry, Client, Policy, Setting
from tests.planner.conftest import TODAY, seed_household
from tests.planner.test_roa import FILLED
from tests.reports.test_afrikaans_letters import ENGLISH

AF = words("af")


def _text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _no_english(name: str, text: str) -> None:
    english = sorted(piece for piece in ENGLISH if piece in text)
    assert not english, f"{name} still holds English: {english[:5]}"


def _afrikaans(practice, actor) -> None:  # noqa: ANN001
    with practice.session() as session:
        line = settings.set_value(session, actor, "letter_language", "Afrikaans")
    assert (line.value, line.stored) == ("Afrikaans", "af")


def test_mail_merge_in_afrikaans(practice, tmp_path) -> None:  # noqa: ANN001
    seeded = seed_household(practice)
    _afrikaans(practice, seeded.admin)
    with practice.session() as session:
        result = letters.merge_letters(
            session, seeded.admin, template_name="review_invitation",
            client_ids=[seeded.client_id], out_dir=tmp_path / "r", today=TODAY,
        )  # fmt: skip
        anniversary = letters.merge_letters(
            session, seeded.admin, template_name="policy_anniversary",
            client_ids=[seeded.client_id], out_dir=tmp_path / "a", today=TODAY,
        )  # fmt: skip
        client = session.get(Client, seeded.client_id)
        address = session.query(Address).filter_by(client_id=client.id).one()
        policy = (
            session.query(Policy).filter_by(client_id=client.id).order_by(Policy.start_date).first()
        )
        description = [d for _c, _p, d in result.written]
    assert len(description) == 1 and len(anniversary.written) == 1
    text = _text((tmp_path / "r" / f"{client.id}-review-invitation.pdf").read_bytes())
    _no_english("review invitation", text)
    assert f"Geagte mnr. {client.surname}," in text
    assert f"Tyd vir u oorsig, {client.first_names.split()[0]}" in text
    assert "Dit is tyd vir u oorsig met" in text and "Vriendelike groete," in text
    assert AF.date(TODAY) in text
    assert address.line1 in text and address.postal_code in text
    assert f"Ons verwysing: review_invitation/{client.id}" in text
    text = _text((tmp_path / "a" / f"{client.id}-policy-anniversary.pdf").read_bytes())
    _no_english("policy anniversary", text)
    assert f"U {policy.provider}-polis {policy.policy_number}" in text
    assert f"U polis {policy.policy_number} (uittree-annuïteit) by {policy.provider}" in text
    assert f"Die premie is tans {format_amount(policy.premium_cents)}" in text


def test_client_summary_in_afrikaans(practice) -> None:  # noqa: ANN001
    seeded = seed_household(practice)
    _afrikaans(practice, seeded.admin)
    with practice.session() as session:
        text = _text(client_summary_pdf(session, seeded.admin, seeded.client_id, today=TODAY))
        card = load_client_card(session, seeded.client_id)
    _no_english("client summary", text)
    assert "Kliëntopsomming en feiteopname: Pieter" in text
    assert AF("sum.prepared", date=AF.date(TODAY), by="thandi") in text
    for heading in ("sum.personal", "sum.household", "sum.assets_liabilities", "sum.goals"):
        assert AF(heading) in text, heading
    assert card.client.id_number in text and "Annelie van der Merwe" in text
    for policy in card.policies:
        assert policy.policy_number in text
    assert f"Netto waarde {format_amount(card.net_worth_cents)}" in text
    assert f"Totale bates {format_amount(card.total_assets_cents)}" in text
    assert f"Surplus per maand {format_amount(5_700_000)}" in text
    assert "Gematig aggressief" in text and "Lewensdekking" in text
    assert "15 Mrt 1978 (ouderdom" in text  # the date of birth, Afrikaans month
    assert "Bladsy 1 van" in text and "Page 1 of" not in text


def test_record_of_advice_in_afrikaans(practice) -> None:  # noqa: ANN001
    seeded = seed_household(practice)
    _afrikaans(practice, seeded.admin)
    with practice.session() as session:
        values = roa.draft_values(session, seeded.admin, seeded.client_id, "replacement")
        values.update(FILLED)
        values["products_considered"] = "Allan Gray Balanced Fund"
        note_id = roa.save_roa(
            session, seeded.admin, client_id=seeded.client_id, template_key="replacement",
            values=values,
        )  # fmt: skip
        draft = _text(roa.roa_pdf(session, seeded.admin, note_id))
    _no_english("record of advice", draft)
    for key in ("roa.s1", "roa.s2", "roa.s3", "roa.declaration_text", "roa.draft_note"):
        assert AF(key) in draft, key
    assert AF("roa.replacement", number=4) in draft
    assert "Vervanging van 'n bestaande produk (Algemene Gedragskode a. 8(1)(d))" in draft
    assert "KONSEP, nie finaal nie" in draft
    assert "Kliënt: Pieter Johannes van der Merwe" in draft
    assert "Verteenwoordiger: Thandi Mokoena" in draft
    assert FILLED["recommendation"] in draft and "7803155012089" in draft


def test_the_letter_language_is_set_from_the_command_line(cli_env, capsys) -> None:  # noqa: ANN001
    assert main(["settings", "set", "letter_language", "af"]) == 0
    assert "Language of client letters: Afrikaans" in capsys.readouterr().out
    with cli_env.session() as session:
        assert session.get(Setting, "letter_language").value == "af"
        changed = session.query(AuditEntry).filter_by(action="settings.changed").all()
        assert [e.summary for e in changed] == ["letter_language: (default) -> af"]
    assert main(["settings", "show"]) == 0
    assert re.search(r"letter_language\s+Afrikaans", capsys.readouterr().out)
    assert main(["settings", "set", "letter_language", "Zulu"]) == 1
    err = capsys.readouterr().err
    assert "choose en (English) or af (Afrikaans)" in err and "Traceback" not in err
    assert main(["settings", "set", "letter_language", ""]) == 0  # back to the default
    with cli_env.session() as session:
        assert session.get(Setting, "letter_language") is None
        assert settings.value(session, "letter_language") == "en"
