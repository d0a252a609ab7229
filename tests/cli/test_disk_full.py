"""A full disk is reported as a full disk: never as a wrong key or a damaged database,
and never as a traceback. The live database and older backups are untouched."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
PASSWORD = "Table mountain at dawn 1"
DISK_FULL = "The disk is full"
NOT_THIS = ("could not be opened with this key", "is damaged", "Traceback", "restore the most")


def _env(data_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CLIENTMANAGER_DATA_DIR": str(data_dir),
        "CLIENTMANAGER_PASSWORD": PASSWORD,
    }
    for name in ("CLIENTMANAGER_USER", "CLIENTMANAGER_RECOVERY_CODE"):
        env.pop(name, None)
    return env


def _run(data_dir: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess:
    def lower_the_limit() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "clientmanager", *args],
        env=_env(data_dir),
        capture_output=True,
        text=True,
        preexec_fn=lower_the_limit,
        timeout=600,
    )


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _assert_disk_full(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert DISK_FULL in result.stderr, result.stderr
    assert "Do not restore a backup" in result.stderr
    for wrong in NOT_THIS:
        assert wrong not in result.stderr, result.stderr


def _assert_intact(data_dir: Path, clients_before: str) -> None:
    check = _run(data_dir, "check")
    assert check.returncode == 0, check.stderr
    assert "Checks passed: cipher_integrity_check ok, integrity_check ok" in check.stdout
    assert clients_before in check.stdout


# A client edit, with the file-size limit lowered just after sign-in, so the sign-in
# itself fits and only the edit's own write meets the limit.
CLIENT_EDIT = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    import sqlalchemy as sa
    from clientmanager.errors import ClientManagerError
    from clientmanager.paths import PracticePaths
    from clientmanager.services import client_records
    from clientmanager.services.practice import unlock_with_password
    from clientmanager.store.models import Client
    paths = PracticePaths(Path(sys.argv[1]))
    practice = unlock_with_password(paths, "admin", sys.argv[2])
    with practice.session() as session:
        client = session.scalar(sa.select(Client).order_by(Client.id))
        values = client_records.client_form_values(client)
        client_id = client.id
    wal = paths.database.with_name("practice.db-wal")
    limit = max(wal.stat().st_size, 40_000)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    values["notes"] = "Moved to Stellenbosch; new cell number to follow. " * 90
    try:
        with practice.session() as session:
            client_records.save_client(session, practice.actor, values=values, client_id=client_id)
            for n in range(40):  # enough pages that the WAL must grow past the limit
                values["notes"] = (str(n) + " update ") * 500
                client_records.save_client(
                    session, practice.actor, values=values, client_id=client_id
                )
    except ClientManagerError as exc:
        print(type(exc).__name__ + ": " + exc.message + " " + exc.hint, file=sys.stderr)
        sys.exit(1)
    print("saved")
    """
)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("disk-full") / "practice"
    made = _run(data_dir, "demo", "--clients", "30", "--practice", "Karoo Wealth")
    assert made.returncode == 0, made.stderr
    backup = _run(data_dir, "backup")
    assert backup.returncode == 0, backup.stderr
    return data_dir


@pytest.mark.parametrize(
    ("name", "argv", "limit"),
    [
        ("check with no room at all", ["check"], 8192),
        ("import with no room at all", ["import", str(DATA / "messy_clients.csv")], 8192),
        (
            "export with no room at all",
            ["export", "--format", "json", "--out", "{out}/x.zip"],
            8192,
        ),
        ("import", ["import", str(DATA / "messy_clients.csv"), "--map", "Notes="], 65536),
        # The encrypted zip is compressed (13 KB for this practice): a lower limit.
        ("export", ["export", "--format", "json", "--out", "{out}/x.zip"], 12288),
        ("export-subject", ["export-subject", "--client", "1", "--out", "{out}/s.zip"], 49152),
    ],
)
def test_file_size_limit_is_reported_as_a_full_disk(demo_dir, tmp_path, name, argv, limit):
    backups_before = _hashes(demo_dir / "backups")
    counts = _run(demo_dir, "check").stdout
    database_before = (demo_dir / "practice.db").read_bytes()
    clients_line = next(line for line in counts.splitlines() if line.strip().startswith("clients"))
    argv = [part.replace("{out}", str(tmp_path)) for part in argv]

    _assert_disk_full(_run(demo_dir, *argv, limit=limit))

    assert not list(tmp_path.glob("x.zip*")) and not list(tmp_path.glob("s.zip*"))
    assert _hashes(demo_dir / "backups") == backups_before
    if name.endswith("no room at all"):  # not even the sign-in could be written
        assert (demo_dir / "practice.db").read_bytes() == database_before
    _assert_intact(demo_dir, clients_line)


def test_a_client_edit_meeting_the_limit_is_a_full_disk(demo_dir):
    backups_before = _hashes(demo_dir / "backups")
    clients_line = next(
        line for line in _run(demo_dir, "check").stdout.splitlines() if "clients" in line
    )
    result = subprocess.run(
        [sys.executable, "-c", CLIENT_EDIT, str(demo_dir), PASSWORD],
        env=_env(demo_dir),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("DiskFull: " + DISK_FULL), result.stderr
    assert _hashes(demo_dir / "backups") == backups_before
    _assert_intact(demo_dir, clients_line)


MOUNT = Path("/tmp") / f"cm-small-fs-{os.getpid()}"


@pytest.fixture
def small_filesystem():
    """A 2 MB tmpfs, as root only; skipped elsewhere with the reason."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    MOUNT.mkdir(exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(MOUNT)], capture_output=True
    )
    if mounted.returncode != 0:
        MOUNT.rmdir()
        pytest.skip("mount is not permitted here: " + mounted.stderr.decode(errors="replace"))
    yield MOUNT
    subprocess.run(["umount", str(MOUNT)], check=False)
    MOUNT.rmdir()


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_a_full_small_filesystem(small_filesystem, tmp_path):
    data_dir = small_filesystem / "practice"
    made = _run(data_dir, "demo", "--clients", "10", "--practice", "Karoo Wealth")
    assert made.returncode == 0, made.stderr
    clients_line = next(
        line for line in _run(data_dir, "check").stdout.splitlines() if "clients" in line
    )
    assert _run(data_dir, "backup").returncode == 0
    backups_before = _hashes(data_dir / "backups")
    filler = _fill(small_filesystem)
    assert shutil.disk_usage(small_filesystem).free < 64 * 1024
    for argv in (
        ["check"],
        ["import", str(DATA / "messy_clients.csv"), "--map", "Notes="],
        ["export", "--format", "json", "--out", str(small_filesystem / "x.zip")],
        ["export-subject", "--client", "1", "--out", str(small_filesystem / "s.zip")],
    ):
        _assert_disk_full(_run(data_dir, *argv))
    assert _hashes(data_dir / "backups") == backups_before
    filler.unlink()
    _assert_intact(data_dir, clients_line)
