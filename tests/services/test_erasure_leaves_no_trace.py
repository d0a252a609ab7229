"""A destroyed person leaves no identifier in any table, and takes nothing of anyone else's.

The deletion letter tells the client their information was removed; these tests read every
text column of every table afterwards, so a table added later that keeps a copy of an
identifier (a policy number on a commission receipt) fails here.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from clientmanager.services import commission, erasure
from clientmanager.store.models import Asset, Base, Client, CommissionReceipt, Policy

IDENTIFIERS = ("Thandeka", "Mokoena-Dube", "8203150123088", "thandeka@example.co.za", "OM-77123984")


def _is_text(column_type) -> bool:
    # Sealed columns (store/fieldcrypt.py) are text underneath.
    return isinstance(getattr(column_type, "impl_instance", column_type), sa.String | sa.Text)


def _every_text_value(session) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in {"audit_log", "alembic_version"}:
            continue
        columns = [c for c in table.c if _is_text(c.type)]
        if not columns:
            continue
        for row in session.execute(sa.select(*columns)):
            for value in row:
                if isinstance(value, str):
                    found.setdefault(table.name, []).append(value)
    return found


def _couple(practice) -> tuple[int, int, int]:
    with practice.session() as session:
        person = Client(
            first_names="Thandeka",
            surname="Mokoena-Dube",
            id_number="8203150123088",
            email="thandeka@example.co.za",
        )
        spouse = Client(first_names="Sello", surname="Dube")
        session.add_all([person, spouse])
        session.flush()
        session.add(
            Policy(
                client_id=person.id,
                provider="Old Mutual",
                policy_number="OM-77123984",
                product_type="life_cover",
            )
        )
        shared_house = Asset(
            client_id=spouse.id,
            joint_client_id=person.id,
            kind="property",
            description="Family home, Midrand",
            value_cents=250_000_000,
            valuation_date=dt.date(2026, 1, 1),
            ownership_percent=50,
        )
        session.add(shared_house)
        session.flush()
        commission.record_receipt(
            session,
            practice.actor,
            provider="Old Mutual",
            policy_number="OM-77123984",
            period="2026-10",
            amount_cents=45_000,
        )
        # A statement line the importer could not match to a policy when it was read.
        commission.record_receipt(
            session,
            practice.actor,
            provider="old mutual",
            policy_number="om-77123984",
            period="2026-11",
            amount_cents=45_000,
        )
        return person.id, spouse.id, shared_house.id


def test_a_destroyed_person_leaves_no_identifier_in_any_table(practice):
    person_id, _spouse_id, _house_id = _couple(practice)
    with practice.session() as session:
        erasure.destroy_client(
            session, client_id=person_id, actor=practice.actor, reason="periods ended"
        )
    with practice.session() as session:
        values = _every_text_value(session)
    for table, texts in values.items():
        for text in texts:
            for identifier in IDENTIFIERS:
                assert identifier.casefold() not in text.casefold(), (table, identifier)


def test_commission_receipts_keep_their_amounts_for_the_books(practice):
    person_id, _spouse_id, _house_id = _couple(practice)
    with practice.session() as session:
        erasure.destroy_client(
            session, client_id=person_id, actor=practice.actor, reason="periods ended"
        )
    with practice.session() as session:
        receipts = session.scalars(sa.select(CommissionReceipt).order_by(CommissionReceipt.period))
        assert [
            (r.provider.casefold(), r.period, r.amount_cents, r.policy_id) for r in receipts
        ] == [
            ("old mutual", "2026-10", 45_000, None),
            ("old mutual", "2026-11", 45_000, None),
        ]


def test_the_spouses_jointly_owned_asset_survives_without_the_erased_joint_owner(practice):
    person_id, spouse_id, house_id = _couple(practice)
    with practice.session() as session:
        erasure.destroy_client(
            session, client_id=person_id, actor=practice.actor, reason="periods ended"
        )
    with practice.session() as session:
        house = session.get(Asset, house_id)
        assert house is not None, "the surviving spouse's own asset was deleted"
        assert (house.client_id, house.joint_client_id) == (spouse_id, None)
        assert house.description == "Family home, Midrand"
