"""The Assets and liabilities tab: both lists, their totals and a balance-sheet chart."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from clientmanager.services.clients import ClientCard
from clientmanager.ui.client_record import common


class NetWorthChart(QWidget):
    """Assets and liabilities by kind as horizontal bars, with net worth underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int, bool]] = []
        self.net = 0
        self.setMinimumHeight(200)
        self.setMinimumWidth(320)

    def set_card(self, card: ClientCard) -> None:
        assets: dict[str, int] = {}
        for asset in card.assets:
            assets[asset.kind] = (
                assets.get(asset.kind, 0) + asset.value_cents * asset.ownership_percent // 100
            )
        debts: dict[str, int] = {}
        for liability in card.liabilities:
            debts[liability.kind] = debts.get(liability.kind, 0) + liability.balance_cents
        if card.policy_values_cents:
            assets["policy_fund_values"] = card.policy_values_cents
        self.bars = [
            (common.label_of(kind), value, True)
            for kind, value in sorted(assets.items(), key=lambda kv: -kv[1])
        ]
        self.bars += [
            (common.label_of(kind), value, False)
            for kind, value in sorted(debts.items(), key=lambda kv: -kv[1])
        ]
        self.net = card.net_worth_cents
        self.setMinimumHeight(40 + 26 * max(len(self.bars), 1))
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        if not self.bars:
            painter.setPen(common.MUTED)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                common.translate(
                    "ClientRecord", "Add assets and liabilities to see the balance sheet."
                ),
            )
            return
        label_width = 140
        amount_width = 140
        bar_space = max(width - label_width - amount_width - 16, 40)
        largest = max(value for _label, value, _asset in self.bars) or 1
        y = 8
        metrics = painter.fontMetrics()
        for label, value, is_asset in self.bars:
            painter.setPen(QPen(QColor("#1d2733")))
            painter.drawText(
                QRectF(0, y, label_width - 8, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            length = max(2.0, bar_space * value / largest)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(common.ASSET_COLOUR if is_asset else common.LIABILITY_COLOUR)
            painter.drawRoundedRect(QRectF(label_width, y + 3, length, 14), 3, 3)
            painter.setPen(QPen(common.MUTED))
            text = common.money(value) if is_asset else "-" + common.money(value)
            painter.drawText(
                QRectF(label_width + length + 8, y, amount_width + 60, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += 26
        painter.setPen(QPen(QColor("#d3dbe4")))
        painter.drawLine(label_width, y + 2, width - 12, y + 2)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(common.NAVY if self.net >= 0 else common.LIABILITY_COLOUR))
        painter.drawText(
            QRectF(0, y + 6, label_width - 8, 22),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            common.translate("ClientRecord", "Net worth"),
        )
        painter.drawText(
            QRectF(label_width, y + 6, width - label_width, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            common.money(self.net),
        )


def _rate(item) -> str:  # noqa: ANN001
    return "" if item.interest_rate_bp is None else f"{item.interest_rate_bp / 100:.2f}%"


ASSET_COLUMNS: list[common.Column] = [
    (QT_TRANSLATE_NOOP("ClientRecord", "Kind"), lambda a: common.label_of(a.kind), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Description"), lambda a: a.description, False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Owned"), lambda a: f"{a.ownership_percent}%", True),
    (QT_TRANSLATE_NOOP("ClientRecord", "Value"), lambda a: common.money(a.value_cents), True),
]
LIABILITY_COLUMNS: list[common.Column] = [
    (QT_TRANSLATE_NOOP("ClientRecord", "Kind"), lambda item: common.label_of(item.kind), False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Lender"), lambda item: item.lender or "", False),
    (QT_TRANSLATE_NOOP("ClientRecord", "Rate"), _rate, True),
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Monthly"),
        lambda item: common.money(item.monthly_payment_cents),
        True,
    ),
    (
        QT_TRANSLATE_NOOP("ClientRecord", "Balance"),
        lambda item: common.money(item.balance_cents),
        True,
    ),
]


class BalanceSheetTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Assets && liabilities")

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.assets = common.RecordSection(
            host,
            "asset",
            QT_TRANSLATE_NOOP("ClientRecord", "Assets"),
            ASSET_COLUMNS,
            empty_text=QT_TRANSLATE_NOOP("ClientRecord", "No assets recorded."),
        )
        self.liabilities = common.RecordSection(
            host,
            "liability",
            QT_TRANSLATE_NOOP("ClientRecord", "Liabilities"),
            LIABILITY_COLUMNS,
            empty_text=QT_TRANSLATE_NOOP("ClientRecord", "No liabilities recorded."),
        )
        assets_frame, self.assets_total = common.stat(
            QT_TRANSLATE_NOOP("ClientRecord", "Total assets")
        )
        debts_frame, self.liabilities_total = common.stat(
            QT_TRANSLATE_NOOP("ClientRecord", "Total liabilities")
        )
        net_frame, self.net_worth = common.stat(QT_TRANSLATE_NOOP("ClientRecord", "Net worth"))
        self.net_worth.setObjectName("netWorth")
        self.chart = NetWorthChart()
        self.chart.setObjectName("netWorthChart")
        chart_box = QFrame()
        chart_box.setObjectName("chartBox")
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(12, 10, 12, 10)
        chart_title = QLabel(common.translate("ClientRecord", "Balance sheet"))
        chart_title.setObjectName("sectionTitle")
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart, 1)
        body = QSplitter()
        body.addWidget(self.assets)
        body.addWidget(self.liabilities)
        body.setChildrenCollapsible(False)
        layout = common.page_layout(self)
        layout.addWidget(common.stats_row(assets_frame, debts_frame, net_frame))
        layout.addWidget(chart_box)
        layout.addWidget(body, 1)

    def show_card(self, card: ClientCard) -> None:
        self.assets.set_records(card.assets)
        self.liabilities.set_records(card.liabilities)
        self.assets_total.setText(common.money(card.total_assets_cents))
        self.liabilities_total.setText(common.money(card.total_liabilities_cents))
        self.net_worth.setText(common.money(card.net_worth_cents))
        self.net_worth.setProperty("negative", card.net_worth_cents < 0)
        self.net_worth.style().polish(self.net_worth)
        self.chart.set_card(card)

    def update_permissions(self) -> None:
        self.assets.update_buttons()
        self.liabilities.update_buttons()
