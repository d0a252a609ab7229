"""Commission and fees: a provider statement CSV reconciles with the differences listed."""

from __future__ import annotations

import csv
import datetime as dt

from openpyxl import load_workbook

from clientmanager.cli import main
from clientmanager.services import commission
from clientmanager.store.models import CommissionReceipt, Policy
from tests.planner.conftest import seed_household

STATEMENT = """Policy No;Commission;Month;Type
SL-778812;R 310.00;2026-10;Ongoing
SL-778812;12 400,00;2026-10;Upfront
SL-778812;300.00;2026-11;Ongoing
SL-999999;99.00;2026-11;Ongoing
SL-778812;abc;2026-12;Ongoing
"""


def _expect(practice, seeded) -> int:  # noqa: ANN001
    with practice.session() as session:
        ra = session.query(Policy).filter_by(policy_number="AG-RA-5521").one().id
        add = commission.add_expectation
        add(
            session,
            seeded.admin,
            policy_id=seeded.policy_id,
            kind="ongoing",
            amount_cents=31_000,
            frequency="monthly",
            starts_on=dt.date(2026, 1, 1),
        )
        add(
            session,
            seeded.admin,
            policy_id=seeded.policy_id,
            kind="upfront",
            amount_cents=1_240_000,
            frequency="once",
            starts_on=dt.date(2026, 10, 15),
        )
        add(
            session,
            seeded.admin,
            policy_id=ra,
            kind="advice_fee",
            amount_cents=25_000,
            frequency="monthly",
            starts_on=dt.date(2026, 6, 1),
            ends_on=dt.date(2026, 11, 30),
        )
        commission.record_receipt(
            session,
            seeded.admin,
            provider="Allan Gray",
            policy_number="ag-ra-5521",
            period="Oct 2026",
            amount_cents=25_000,
        )
    return ra


def test_a_statement_reconciles_with_the_differences_listed(cli_env, tmp_path, capsys) -> None:
    seeded = seed_household(cli_env)
    _expect(cli_env, seeded)
    statement = tmp_path / "sanlam-nov.csv"
    statement.write_text(STATEMENT, encoding="utf-8")
    assert (
        main(["commission", "import", str(statement), "--provider", "Sanlam", "--save-mapping"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Imported 4 of 5 row(s) from Sanlam: R 13 109.00, 3 matched" in out
    assert "line 6: Amount" in out
    with cli_env.session() as session:
        assert commission.saved_mapping(session, "Sanlam") == {
            "Commission": "amount",
            "Month": "period",
            "Policy No": "policy_number",
            "Type": "kind",
        }
        kinds = sorted(
            r.kind or "" for r in session.query(CommissionReceipt).filter_by(provider="Sanlam")
        )
        assert kinds == ["ongoing", "ongoing", "ongoing", "upfront"]
        recon = commission.reconcile(session, seeded.admin, start="2026-10", end="2026-12")
    assert [(r.period, r.provider, r.expected_cents, r.received_cents) for r in recon.months] == [
        ("2026-10", "Allan Gray", 25_000, 25_000),
        ("2026-10", "Sanlam", 1_271_000, 1_271_000),
        ("2026-11", "Allan Gray", 25_000, 0),
        ("2026-11", "Sanlam", 31_000, 39_900),
        ("2026-12", "Sanlam", 31_000, 0),
    ]
    assert [
        (d.period, d.policy_number, d.expected_cents, d.received_cents, d.reason)
        for d in recon.differences
    ] == [
        ("2026-11", "AG-RA-5521", 25_000, 0, "not received"),
        ("2026-11", "SL-778812", 31_000, 30_000, "short paid"),
        ("2026-11", "SL-999999", 0, 9_900, "no matching policy in the practice"),
        ("2026-12", "SL-778812", 31_000, 0, "not received"),
    ]
    assert [r.difference_cents for r in recon.months] == [0, 0, -25_000, 8_900, -31_000]
    assert [d.difference_cents for d in recon.differences] == [-25_000, -1_000, 9_900, -31_000]
    assert recon.differences[1].client_name == "Pieter Johannes van der Merwe"

    csv_out, xlsx_out = tmp_path / "recon.csv", tmp_path / "recon.xlsx"
    assert (
        main(
            [
                "commission",
                "reconcile",
                "--from",
                "2026-10",
                "--to",
                "2026-12",
                "--out",
                str(csv_out),
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "4 difference(s)" in printed and "short paid" in printed
    rows = list(csv.reader(csv_out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Month", "Provider", "Expected", "Received", "Difference"]
    assert ["2026-11", "Sanlam", "310.00", "399.00", "89.00"] in rows
    assert [
        "2026-12",
        "Sanlam",
        "SL-778812",
        "Pieter Johannes van der Merwe",
        "310.00",
        "0.00",
        "-310.00",
        "not received",
    ] in rows
    assert (
        main(
            [
                "commission",
                "reconcile",
                "--from",
                "2026-10",
                "--to",
                "2026-12",
                "--provider",
                "sanlam",
                "--out",
                str(xlsx_out),
            ]
        )
        == 0
    )
    book = load_workbook(xlsx_out)
    differences = list(book["Differences"].iter_rows(values_only=True))
    assert len(differences) == 1 + 3  # Sanlam only
    assert differences[1][:4] == ("2026-11", "Sanlam", "SL-778812", "Pieter Johannes van der Merwe")

    # The next Sanlam statement uses the saved mapping without being told.
    statement.write_text(
        "Policy No;Commission;Month;Type\nSL-778812;10.00;2026-12;Ongoing\n", encoding="utf-8"
    )
    assert main(["commission", "import", str(statement), "--provider", "Sanlam"]) == 0
    assert "Imported 1 of 1" in capsys.readouterr().out


def test_statements_that_cannot_be_read(cli_env, tmp_path, capsys) -> None:
    seed_household(cli_env)
    odd = tmp_path / "odd.csv"
    odd.write_text("Ref,Value,When\nSL-778812,10,2026-10\n", encoding="utf-8")
    assert main(["commission", "import", str(odd), "--provider", "Old Mutual"]) == 1
    err = capsys.readouterr().err
    assert "policy_number, period or date are not known" in err and "Ref, Value" in err
    assert (
        main(
            [
                "commission",
                "import",
                str(odd),
                "--provider",
                "Old Mutual",
                "--map",
                "Ref=policy_number,Value=amount,When=period",
            ]
        )
        == 0
    )
    assert "Imported 1 of 1" in capsys.readouterr().out
    assert main(["commission", "reconcile", "--from", "2026-13"]) == 1
    assert "not a month" in capsys.readouterr().err
