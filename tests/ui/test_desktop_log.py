"""A desktop session writes its operational log without a client's details in it."""

from __future__ import annotations

import logging

import sqlalchemy as sa

from clientmanager import oplog
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import Client
from clientmanager.ui.main_window import MainWindow

WAIT = 20_000


def test_a_desktop_session_logs_what_happened_and_no_client_details(qtbot, context, practice):
    generate_demo_data(practice.engine, clients=60, seed=5)
    path = oplog.configure(practice.paths.logs, console_level=None)
    try:
        logging.getLogger("clientmanager.ui").info("desktop test session started")
        context.set_unlocked(practice)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=WAIT)
        with practice.session() as session:
            clients = session.scalars(sa.select(Client).where(Client.kind == "person")).all()
            personal = {
                value
                for c in clients
                for value in (c.first_names, c.surname, c.id_number, c.email, c.mobile)
                if value and len(value) > 3
            }
            target = clients[0]
        qtbot.keyClicks(window.client_list.search, target.surname[:4])
        qtbot.waitUntil(lambda: window.client_list.model.generation > 1, timeout=WAIT)
        window.open_client(target.id)
        qtbot.waitUntil(
            lambda: window.record.card is not None and window.record.card.client.id == target.id,
            timeout=WAIT,
        )
        qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        logging.getLogger().handlers[:] = [
            h for h in logging.getLogger().handlers if not getattr(h, "_clientmanager", False)
        ]
    assert "desktop test session started" in text
    assert len(personal) > 100
    assert sorted(value for value in personal if value in text) == []
