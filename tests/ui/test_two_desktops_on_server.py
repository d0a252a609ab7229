"""Two desktops, each a process of its own with its own data folder, on one office server
(issue 18's must-show): a client edited in one appears in the other's open list without
F5 (the server's change notices), and a stale save in the other gets the conflict
message and overwrites nothing (the record's version)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from clientmanager.services import client_records
from clientmanager.services import practice as practice_service
from clientmanager.store.models import Client
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.pgcluster import APP_PASSWORD

pytest_plugins = ("tests.pgpractice",)

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("desktop_process.py")


class Desktop:
    def __init__(self, data_dir: Path) -> None:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "CLIENTMANAGER_APP_PASSWORD": APP_PASSWORD,
            "CLIENTMANAGER_TEST_SIGN_IN": f"{ADMIN}\t{ADMIN_PASSWORD}",
            # No keyring on these PCs: nothing of the developer's own is touched.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(data_dir)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        self.ready = self._answer()

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("the desktop ended: " + self.process.stderr.read()[-3000:])
        answer = json.loads(line)
        assert answer["ok"], answer
        return answer

    def ask(self, **command: object) -> dict:
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask(cmd="quit")
                self.process.wait(60)
            except (AssertionError, OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()


def test_an_edit_on_one_desktop_shows_on_the_other_and_a_stale_save_is_refused(two_pcs):
    first, second, _created = two_pcs
    reception_pc = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        with reception_pc.session() as session:
            client_id = client_records.save_client(
                session, reception_pc.actor,
                values={"first_names": "Naledi", "surname": "Khumalo", "mobile": "082 555 7788"},
            )  # fmt: skip
    finally:
        reception_pc.close()

    reception = Desktop(first.data_dir)
    office = Desktop(second.data_dir)
    try:
        for desktop in (reception, office):
            assert desktop.ask(cmd="list", name="Naledi Khumalo")["names"] == ["Naledi Khumalo"]
        # Both have the client open; the office PC's form is loaded at the same version.
        opened = office.ask(cmd="open", id=client_id)
        assert reception.ask(cmd="open", id=client_id)["version"] == opened["version"]

        saved = reception.ask(cmd="save", values={"surname": "Khumalo-Dlamini"})
        assert saved["result"] == "saved"
        # The office PC's open list shows the new name without anyone pressing F5.
        shown = office.ask(cmd="list", name="Naledi Khumalo-Dlamini")
        assert shown["names"] == ["Naledi Khumalo-Dlamini"]

        stale = office.ask(cmd="save", values={"employer": "Acme Mining"})
        assert stale["result"] == "stale"
        assert stale["text"] == "Someone else saved this client while you were editing it."
        assert "Khumalo-Dlamini" in stale["informative"]
    finally:
        reception.close()
        office.close()

    reception_pc = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    try:
        with reception_pc.session() as session:
            client = session.execute(sa.select(Client).where(Client.id == client_id)).scalar_one()
            assert (client.surname, client.employer) == ("Khumalo-Dlamini", None)
    finally:
        reception_pc.close()
