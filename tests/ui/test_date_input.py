"""Date fields: empty until a date is chosen, and the calendar opens at this month."""

from __future__ import annotations

from PySide6.QtCore import QDate

from clientmanager.ui.forms import DateInput


def test_an_empty_date_opens_the_calendar_at_this_month(qtbot):
    field = DateInput()
    qtbot.addWidget(field)
    assert field.text_value() == ""
    calendar = field.calendarWidget()
    popup = calendar.window()  # the drop-down that holds the calendar
    field.show()
    popup.show()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert field.text_value() == ""  # opening the calendar chose nothing

    popup.hide()
    field.set_text_value("2019-03-04")
    calendar.setCurrentPage(2019, 3)  # as the drop-down does when it opens on a date
    popup.show()
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 3)
    assert field.text_value() == "2019-03-04"
