"""The Income and expenses tab, with monthly totals and the surplus."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clientmanager.services.clients import ClientCard
from clientmanager.ui.client_record import common

COLUMNS: list[common.Column] = [
    (QT_TRANSLATE_NOOP("ClientRecord", "Type"), lambda c: common.label_of(c.direction), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Category"), lambda c: common.label_of(c.category), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Description"), lambda c: c.description or "", False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Frequency"), lambda c: common.label_of(c.frequency), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Amount"), lambda c: common.money(c.amount_cents), True),
]


class CashFlowTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Income && expenses")

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.section = common.RecordSection(
            host,
            "cash_flow",
            QT_TRANSLATE_NOOP("ClientRecord", "Income and expenses"),
            COLUMNS,
            empty_text=QT_TRANSLATE_NOOP("ClientRecord", "No income or expenses recorded."),
        )
        self.income_total, self.expense_total, self.surplus = common.stats_over(
            self,
            self.section,
            QT_TRANSLATE_NOOP("ClientRecord", "Income a month"),
            QT_TRANSLATE_NOOP("ClientRecord", "Expenses a month"),
            QT_TRANSLATE_NOOP("ClientRecord", "Surplus a month"),
        )

    def show_card(self, card: ClientCard) -> None:
        self.section.set_records(card.cash_flows)

        def monthly_of(direction: str) -> int:
            return sum(
                c.amount_cents // (12 if c.frequency == "annual" else 1)
                for c in card.cash_flows
                if c.direction == direction
            )

        income, expenses = monthly_of("income"), monthly_of("expense")
        self.income_total.setText(common.money(income))
        self.expense_total.setText(common.money(expenses))
        self.surplus.setText(common.money(income - expenses))

    def update_permissions(self) -> None:
        self.section.update_buttons()
