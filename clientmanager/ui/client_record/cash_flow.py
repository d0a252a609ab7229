"""The Income and expenses tab, with monthly totals and the surplus."""

from __future__ import annotations

from clientmanager.services.clients import ClientCard
from clientmanager.ui.client_record import common

COLUMNS: list[common.Column] = [
    ("Type", lambda c: "Income" if c.direction == "income" else "Expense", False),
    ("Category", lambda c: common.label_of(c.category), False),
    ("Description", lambda c: c.description or "", False),
    ("Frequency", lambda c: common.label_of(c.frequency), False),
    ("Amount", lambda c: common.money(c.amount_cents), True),
]


class CashFlowTab(common.RecordTab):
    title = "Income && expenses"

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.section = common.RecordSection(
            host,
            "cash_flow",
            "Income and expenses",
            COLUMNS,
            empty_text="No income or expenses recorded.",
        )
        self.income_total, self.expense_total, self.surplus = common.stats_over(
            self, self.section, "Income a month", "Expenses a month", "Surplus a month"
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
