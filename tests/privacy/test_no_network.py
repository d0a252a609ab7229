"""The application never talks to a network.

The whole suite runs under pytest-socket's --disable-socket (see pyproject.toml), so any
socket opened by any test fails it. These tests add two more proofs: the guard is really
on, and the main services, used end to end in a fresh interpreter, load no network
module at all.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest
from pytest_socket import SocketBlockedError

NETWORK_MODULES = ["PySide6.QtNetwork", "requests", "urllib3", "ftplib", "smtplib", "http.client"]
# http.client is in the list since the keyring is imported only when someone chose to
# remember the key (keyring's dependency jaraco.context imports urllib.request, and with it
# http.client). Loading is not the same as using, so the subprocess also records every
# audit event that opening a socket, resolving a name or making an HTTP request raises,
# and there must be none.
NETWORK_AUDIT_EVENTS = (
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "http.client.connect",
    "urllib.Request",
)


def test_the_socket_guard_is_active_for_the_suite():
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_main_services_load_no_network_modules(tmp_path):
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        network_events = []
        def watch(event, args):
            if event in {NETWORK_AUDIT_EVENTS!r}:
                network_events.append(event)
        sys.addaudithook(watch)
        from clientmanager.cli import main
        from clientmanager.paths import PracticePaths
        from clientmanager.services import practice as ps
        from clientmanager.services.demo import generate_demo_data
        paths = PracticePaths(Path({str(tmp_path / "p")!r}))
        practice, code = ps.create_practice(paths=paths, practice_name="Offline",
            admin_username="admin", admin_password="Nothing leaves here 1")
        generate_demo_data(practice.engine, clients=20)
        report = ps.check_practice(practice)
        practice.close()
        practice = ps.unlock_with_recovery_code(paths, code)
        practice.close()
        assert main(["--data-dir", str(paths.data_dir), "check"]) == 0
        loaded = [m for m in {NETWORK_MODULES!r} if m in sys.modules]
        print(json.dumps({{"ok": report.ok, "loaded": loaded, "events": network_events}}))
        """
    )
    # Should anything reach for the keyring after all, it finds the stand-in that has none,
    # never the tester's real one.
    env = dict(
        os.environ,
        CLIENTMANAGER_PASSWORD="Nothing leaves here 1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"ok": True, "loaded": [], "events": []}


def test_the_audit_hook_would_see_a_connection_attempt():
    """The proof above is only worth something if the hook fires; show that it does."""
    script = textwrap.dedent(
        f"""
        import socket, sys
        seen = []
        sys.addaudithook(lambda event, args: seen.append(event)
                         if event in {NETWORK_AUDIT_EVENTS!r} else None)
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=0.1)
        except OSError:
            pass
        print(",".join(sorted(set(seen))))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert "socket.connect" in result.stdout.split(",") or "socket.__new__" in result.stdout
