"""The command line works with no network at all: inside an empty network namespace.

Each command runs under ``unshare -n``: a network namespace with no interface but a
loopback that is down, so no packet could leave even if the program tried. The commands
are the real entry point (``python -m clientmanager``) in a wrapper that records every
socket, DNS or HTTP audit event to a file, so a connection attempt that failed quietly
would still fail this test. The subcommands are read from ``clientmanager --help``:
``backup`` and ``export-subject`` are included as soon as they exist.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

PASSWORD = "No network needed 1"
NETWORK_AUDIT_EVENTS = (
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "http.client.connect",
    "urllib.Request",
)

# Runs the CLI like the installed command, recording network audit events to a file.
WRAPPER = textwrap.dedent(
    f"""
    import atexit, json, sys
    events = []
    def watch(event, args):
        if event in {NETWORK_AUDIT_EVENTS!r}:
            events.append(event)
    sys.addaudithook(watch)
    log = sys.argv.pop(1)
    atexit.register(lambda: open(log, "w").write(json.dumps(sorted(set(events)))))
    from clientmanager.__main__ import main
    sys.argv[0] = "clientmanager"
    sys.exit(main())
    """
)


def _namespace_prefix() -> tuple[list[str] | None, str]:
    """The command that enters an empty network namespace here, or why there is none."""
    if not sys.platform.startswith("linux"):
        return None, f"network namespaces are Linux-only (this is {sys.platform})"
    unshare = shutil.which("unshare")
    if unshare is None:
        return None, "the unshare command (util-linux) is not installed"
    problems = []
    # As root: a plain network namespace. Otherwise: inside a user namespace (-r), which
    # unprivileged users may create where the kernel allows it.
    for prefix in ([unshare, "-n"], [unshare, "-r", "-n"]):
        probe = subprocess.run(
            [*prefix, "cat", "/proc/net/dev"], capture_output=True, text=True, check=False
        )
        if probe.returncode == 0:
            return prefix, ""
        problems.append(f"'{' '.join(prefix[1:])}': {probe.stderr.strip() or probe.returncode}")
    return None, (
        "this machine does not allow creating a network namespace "
        f"({'; '.join(problems)}); needs root or unprivileged user namespaces"
    )


PREFIX, WHY_NOT = _namespace_prefix()
pytestmark = pytest.mark.skipif(PREFIX is None, reason=WHY_NOT)


def offline(tmp_path: Path, *args: str, events_name: str = "events") -> tuple:
    env = dict(
        os.environ,
        CLIENTMANAGER_PASSWORD=PASSWORD,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        HOME=str(tmp_path),
    )
    env.pop("CLIENTMANAGER_DATA_DIR", None)
    log = tmp_path / f"{events_name}.json"
    result = subprocess.run(
        [*PREFIX, sys.executable, "-c", WRAPPER, str(log), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    events = json.loads(log.read_text()) if log.exists() else None
    return result, events


def test_the_namespace_really_has_no_network(tmp_path):
    probe = textwrap.dedent(
        """
        import socket
        interfaces = [line.split(":")[0].strip() for line in open("/proc/net/dev")][2:]
        try:
            socket.create_connection(("192.0.2.1", 443), timeout=2)   # TEST-NET-1
            reached = True
        except OSError:
            reached = False
        print(interfaces, reached)
        """
    )
    result = subprocess.run(
        [*PREFIX, sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["['lo']", "False"]


def test_demo_check_backup_and_subject_export_run_offline(tmp_path):
    data = tmp_path / "practice"
    listing, events = offline(tmp_path, "--help", events_name="help")
    assert listing.returncode == 0, listing.stderr
    assert events == []
    commands = {
        line.split()[0]
        for line in listing.stdout.splitlines()
        if line.startswith("    ") and line.split() and line.split()[0][0].isalpha()
    }
    assert {"demo", "check"} <= commands, listing.stdout

    ran = []

    def run(name: str, *args: str) -> subprocess.CompletedProcess:
        result, events = offline(tmp_path, "--data-dir", str(data), name, *args, events_name=name)
        assert result.returncode == 0, f"{name}: {result.stderr}"
        assert events == [], f"{name} touched the network: {events}"
        ran.append(name)
        return result

    demo = run("demo", "--clients", "20")
    assert "clients" in demo.stdout
    check = run("check", "--user", "admin")
    assert "Checks passed" in check.stdout

    if "backup" in commands:
        run("backup", "--user", "admin")
        assert [p for p in (data / "backups").rglob("*") if p.is_file()]

    if "export-subject" in commands:
        package = tmp_path / "subject.zip"
        run("export-subject", "--user", "admin", "--client", "1", "--out", str(package))
        with zipfile.ZipFile(package) as archive:
            assert archive.testzip() is None
            names = archive.namelist()
        assert any(name.endswith(".pdf") for name in names), names
        assert any(name.endswith(".json") for name in names), names

    # Say in the test report which commands were covered.
    print("ran offline:", ", ".join(ran))
    assert ran[:2] == ["demo", "check"]
