"""After a new client is saved for the first time: offer the s18 collection notice and
Form 4 (POPIA s18, s69), without stopping the planner (a bar, not a modal question)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeOffer(QFrame):
    def __init__(self, view: QWidget, client_id: int) -> None:
        super().__init__(view)
        self.view, self.client_id = view, client_id
        self.dialogs: list = []
        self.setObjectName("noticeOffer")
        self.label = QLabel(
            self.tr(
                "New client saved. Give them the collection notice (POPIA s18), and Form 4 "
                "before any direct marketing."
            )
        )
        self.label.setWordWrap(True)
        self.s18_button = QPushButton(self.tr("Print the collection notice (s18)…"))
        self.form4_button = QPushButton(self.tr("Print Form 4…"))
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.s18_button.clicked.connect(lambda: self.open_notice("s18"))
        self.form4_button.clicked.connect(lambda: self.open_notice("form4"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        for button in (self.s18_button, self.form4_button, self.dismiss_button):
            layout.addWidget(button)
        # Gone as soon as the record shows another client.
        view.loaded.connect(self._record_loaded)

    def open_notice(self, kind: str):  # noqa: ANN201 (a PrintNoticeDialog)
        from clientmanager.ui.notices_dialog import PrintNoticeDialog

        dialog = PrintNoticeDialog(self.view.context, self.client_id, kind, self.view)
        self.dialogs.append(dialog)
        dialog.show()  # non-modal: the record stays usable
        return dialog

    def _record_loaded(self, client_id: int) -> None:
        if client_id != self.client_id:
            self.dismiss()

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
        if getattr(self.view, "notice_offer", None) is self:
            self.view.notice_offer = None


def offer_notices(view: QWidget, client_id: int) -> NoticeOffer:
    """Show the offer above the record's tabs (after the header)."""
    previous = getattr(view, "notice_offer", None)
    if previous is not None:
        previous.dismiss()
    offer = NoticeOffer(view, client_id)
    view.layout().insertWidget(1, offer)
    view.notice_offer = offer
    return offer
