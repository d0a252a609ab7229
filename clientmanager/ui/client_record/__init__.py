"""One client's record, one module per tab (issue 12).

``ClientRecordView`` (view.py) holds the header and the tabs; each tab module shows its
part of the client's card and calls services through ``ui/operations.py``.
"""

from clientmanager.ui.client_record.balance_sheet import NetWorthChart
from clientmanager.ui.client_record.common import RecordSection, RecordTable
from clientmanager.ui.client_record.notes import NoteSection
from clientmanager.ui.client_record.preview import DocumentViewer
from clientmanager.ui.client_record.tasks import TaskSection
from clientmanager.ui.client_record.view import ClientRecordView

__all__ = [
    "ClientRecordView",
    "DocumentViewer",
    "NetWorthChart",
    "NoteSection",
    "RecordSection",
    "RecordTable",
    "TaskSection",
]
