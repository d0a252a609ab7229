"""The Policies tab: the client's policies and products, with premium and cover totals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clientmanager.services.clients import ClientCard
from clientmanager.ui.client_record import common


def _premium(policy) -> str:  # noqa: ANN001
    frequency = (
        " " + common.label_of(policy.premium_frequency).lower()
        if policy.premium_cents and policy.premium_frequency
        else ""
    )
    return common.money(policy.premium_cents) + frequency


COLUMNS: list[common.Column] = [
    (QT_TRANSLATE_NOOP("ClientRecord", "Provider"), lambda p: p.provider, False),
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Product"),
        lambda p: common.label_of(p.product_type),
        False,
    ),
    (QT_TRANSLATE_NOOP("ClientRecord", "Policy number"), lambda p: p.policy_number, False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Status"), lambda p: common.label_of(p.status), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Premium"), _premium, True),
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Cover"),
        lambda p: common.money(p.cover_amount_cents),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Fund value"),
        lambda p: common.money(p.fund_value_cents),
        True,
    ),
]


class PoliciesTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Policies")

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.section = common.RecordSection(
            host,
            "policy",
            QT_TRANSLATE_NOOP("ClientRecord", "Policies and products"),
            COLUMNS,
            empty_text=QT_TRANSLATE_NOOP("ClientRecord", "No policies recorded yet."),
        )
        self.premium_total, self.cover_total, self.fund_total = common.stats_over(
            self,
            self.section,
            QT_TRANSLATE_NOOP("ClientRecord", "Monthly premiums (active)"),
            QT_TRANSLATE_NOOP("ClientRecord", "Life cover"),
            QT_TRANSLATE_NOOP("ClientRecord", "Fund values"),
        )

    def show_card(self, card: ClientCard) -> None:
        self.section.set_records(card.policies)
        active = [p for p in card.policies if p.status == "active"]
        monthly = sum(
            (p.premium_cents or 0) // (12 if p.premium_frequency == "annual" else 1)
            for p in active
            if p.premium_frequency != "single"
        )
        self.premium_total.setText(common.money(monthly))
        self.cover_total.setText(common.money(sum(p.cover_amount_cents or 0 for p in active)))
        self.fund_total.setText(common.money(sum(p.fund_value_cents or 0 for p in active)))

    def update_permissions(self) -> None:
        self.section.update_buttons()
