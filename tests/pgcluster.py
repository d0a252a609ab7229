"""A throw-away PostgreSQL cluster for the tests: Debian's server binaries, a data folder
under /tmp, listening on a Unix socket in that folder (on a network address only when a
test asks, inside its own network namespace: tests/privacy/test_only_the_configured_server.py).

``.ci/run`` installs the binaries; outside CI a machine without them skips the server
tests, saying so. initdb refuses to run as root, so as root the cluster runs as the
``postgres`` system user that Debian's package creates.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway cluster secret 1"
# The desktops' login that tests/pgpractice.py has `init --server` create.
APP_LOGIN = "officedesks"
APP_PASSWORD = "Desks in the office 4"


def server_binaries() -> Path | None:
    """The newest installed PostgreSQL (15 or later) server folder, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    for initdb in reversed(found):
        if int(initdb.split("/")[4]) >= 15:
            return Path(initdb).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


@dataclass(frozen=True)
class Cluster:
    folder: Path
    socket_dir: Path
    port: int
    bin_dir: Path

    def url(self, *, user: str = SUPERUSER, database: str = "postgres") -> str:
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def psql(self, sql: str, *, database: str = "postgres") -> str:
        result = subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-d",
                database,
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            check=True,
            env=dict(os.environ, PGPASSWORD=SUPERUSER_PASSWORD),
        )
        return result.stdout.strip()


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    return command if owner is None else ["runuser", "-u", owner, "--", *command]


@contextlib.contextmanager
def running_cluster(
    *,
    listen_addresses: str = "",
    configure: Callable[[Path, str | None], None] | None = None,
    enter: Sequence[str] = (),
) -> Iterator[Cluster]:
    """``listen_addresses``: TCP addresses besides the Unix socket (none by default);
    ``configure(data_folder, owner)`` runs after initdb (certificates, pg_hba.conf);
    ``enter``: a command prefix the server starts under (``ip netns exec NAME``)."""
    bin_dir = server_binaries()
    if bin_dir is None:
        raise FileNotFoundError("no PostgreSQL 15+ server binaries")
    owner = SUPERUSER if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="clientmanager-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD)
    if owner is not None:
        entry = pwd.getpwnam(owner)
        for path in (folder, sockets, pwfile):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    folder.chmod(0o755)
    port = 50000 + os.getpid() % 10000
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=scram-sha-256",
                f"--pwfile={pwfile}",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            owner,
        ),
        check=True,
        capture_output=True,
    )
    if configure is not None:
        configure(data, owner)
    options = f"-c listen_addresses='{listen_addresses}' -k {sockets} -p {port} -c fsync=off"
    subprocess.run(
        [
            *enter,
            *_as_owner(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-w",
                    "-l",
                    str(folder / "server.log"),
                    "start",
                ],
                owner,
            ),
        ],
        check=True,
        capture_output=True,
    )
    try:
        cluster = Cluster(folder, sockets, port, bin_dir)
        deadline = time.monotonic() + 30
        while True:
            try:
                cluster.psql("select 1")
                break
            except subprocess.CalledProcessError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield cluster
    finally:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)
