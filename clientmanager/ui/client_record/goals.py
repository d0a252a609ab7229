"""The Goals and risk tab: the client's goals and their risk-profile assessments."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clientmanager.services.clients import ClientCard
from clientmanager.ui.client_record import common

_PRIORITY = {1: "High", 2: "Medium", 3: "Low"}  # shown through label_of (ServiceText)
GOAL_COLUMNS: list[common.Column] = [
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Priority"),
        lambda g: common.label_of(_PRIORITY.get(g.priority, "")),
        False,
    ),
    (QT_TRANSLATE_NOOP("ClientRecord", "Goal"), lambda g: g.description, False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Kind"), lambda g: common.label_of(g.kind), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Target date"), lambda g: common.day(g.target_date), False),
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Target"),
        lambda g: common.money(g.target_amount_cents),
        True,
    ),
]
RISK_COLUMNS: list[common.Column] = [
    (QT_TRANSLATE_NOOP("ClientRecord", "Assessed"), lambda r: common.day(r.assessed_on), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Category"), lambda r: common.label_of(r.category), False),
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Score"),
        lambda r: "" if r.score is None else str(r.score),
        True,
    ),
    (QT_TRANSLATE_NOOP("ClientRecord", "Questionnaire"), lambda r: r.method or "", False),
]
NO_RISK_PROFILE = QT_TRANSLATE_NOOP(
    "ClientRecord", "No risk profile on file. Assess the client's risk tolerance before advising."
)


class GoalsTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Goals && risk")

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.goals = common.RecordSection(
            host,
            "goal",
            QT_TRANSLATE_NOOP("ClientRecord", "Goals"),
            GOAL_COLUMNS,
            empty_text=QT_TRANSLATE_NOOP("ClientRecord", "No goals recorded yet."),
        )
        self.risk = common.RecordSection(
            host,
            "risk_profile",
            QT_TRANSLATE_NOOP("ClientRecord", "Risk profile"),
            RISK_COLUMNS,
            empty_text=NO_RISK_PROFILE,
            removable=False,
        )
        self.risk.add_button.setText(common.translate("ClientRecord", "New assessment…"))
        layout = common.page_layout(self)
        layout.addWidget(self.goals)
        layout.addWidget(self.risk)

    def show_card(self, card: ClientCard) -> None:
        self.goals.set_records(card.goals)
        self.risk.set_records([card.risk_profile] if card.risk_profile else [])

    def update_permissions(self) -> None:
        self.goals.update_buttons()
        self.risk.update_buttons()
