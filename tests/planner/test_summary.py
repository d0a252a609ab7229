"""The client summary / fact-find PDF, read back against what the database holds."""

from __future__ import annotations

import re

from pypdf import PdfReader

from clientmanager.cli import main
from clientmanager.domain.money import format_amount
from clientmanager.domain.phone import format_phone_for_display
from clientmanager.services.clients import load_client_card
from clientmanager.store.models import AuditEntry
from tests.planner.conftest import seed_household


def _text(path) -> str:  # noqa: ANN001
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_print_summary_holds_the_record(cli_env, tmp_path, capsys) -> None:
    seeded = seed_household(cli_env)
    out = tmp_path / "summary.pdf"
    assert main(["print", "summary", "--client", str(seeded.client_id), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    text = _text(out)
    with cli_env.session() as session:
        card = load_client_card(session, seeded.client_id)
        assert "Pieter Johannes van der Merwe" in text
        assert card.client.id_number in text
        assert "Annelie van der Merwe" in text  # household
        assert "4 Protea Avenue" in text
        if card.client.mobile:  # printed as a South African reads it, never as +27...
            assert format_phone_for_display(card.client.mobile) in text
            assert card.client.mobile not in text
        for policy in card.policies:
            assert policy.policy_number in text
        for asset in card.assets:
            assert asset.description in text
        for goal in card.goals:
            assert goal.description in text
        assert f"Net worth {format_amount(card.net_worth_cents)}" in text
        assert f"Total assets {format_amount(card.total_assets_cents)}" in text
        assert f"Total liabilities {format_amount(card.total_liabilities_cents)}" in text
        # R65 000 + R120 000 / 12 income, R18 000 expenses: R57 000 surplus per month.
        assert f"Surplus per month {format_amount(5_700_000)}" in text
        assert "Moderately aggressive" in text
        printed = session.query(AuditEntry).filter_by(action="print").all()
        assert [(e.client_id, e.summary) for e in printed] == [(seeded.client_id, "client summary")]


def test_print_summary_bad_input(cli_env, tmp_path, capsys) -> None:
    seed_household(cli_env)
    assert main(["print", "summary", "--client", "999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no longer in the practice" in capsys.readouterr().err
    assert main(["print", "summary", "--client", "1", "--out", str(tmp_path / "x.txt")]) == 1
    assert ".pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
