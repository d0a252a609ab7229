"""The Goals and risk tab: the client's goals and their risk-profile assessments."""

from __future__ import annotations

from clientmanager.services.clients import ClientCard
from clientmanager.ui.client_record import common


class GoalsTab(common.RecordTab):
    title = "Goals && risk"

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.goals = common.RecordSection(
            host,
            "goal",
            "Goals",
            [
                (
                    "Priority",
                    lambda g: {1: "High", 2: "Medium", 3: "Low"}.get(g.priority, ""),
                    False,
                ),
                ("Goal", lambda g: g.description, False),
                ("Kind", lambda g: common.label_of(g.kind), False),
                ("Target date", lambda g: common.day(g.target_date), False),
                ("Target", lambda g: common.money(g.target_amount_cents), True),
            ],
            empty_text="No goals recorded yet.",
        )
        self.risk = common.RecordSection(
            host,
            "risk_profile",
            "Risk profile",
            [
                ("Assessed", lambda r: common.day(r.assessed_on), False),
                ("Category", lambda r: common.label_of(r.category), False),
                ("Score", lambda r: "" if r.score is None else str(r.score), True),
                ("Questionnaire", lambda r: r.method or "", False),
            ],
            empty_text="No risk profile on file. Assess the client's risk tolerance before advising.",
            removable=False,
        )
        self.risk.add_button.setText("New assessment…")
        layout = common.page_layout(self)
        layout.addWidget(self.goals)
        layout.addWidget(self.risk)

    def show_card(self, card: ClientCard) -> None:
        self.goals.set_records(card.goals)
        self.risk.set_records([card.risk_profile] if card.risk_profile else [])

    def update_permissions(self) -> None:
        self.goals.update_buttons()
        self.risk.update_buttons()
