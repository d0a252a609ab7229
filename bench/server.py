"""The office server at 100k clients (issue 18): record open, four desktops at once, and
backup against ``pg_dump`` alone; rewrites the "server" section of bench/RESULTS.md.

.venv/bin/python -m bench.server                    # 100k clients, a minute of four desktops
.venv/bin/python -m bench.server --clients 5000 --seconds 10 --no-write   # a quick look

Everything runs on a throw-away PostgreSQL cluster on a Unix socket (tests/pgcluster.py,
Debian's server binaries), set up as a practice manager would: ``init --server`` through
the same service, the synthetic practice loaded with the demo service (what
``clientmanager demo`` runs on a server data folder), then four more data folders joined
as four PCs. Each figure stands beside a baseline measured in the same run, with CPU time
beside wall time: the machine may be shared.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import WORK_DIR, Latency, write_section  # noqa: E402

ADMIN = "admin"
PASSWORD = "Benchmark practice password 1"
DATABASE = "bench_office"
# Clients the four desktops all edit, so that their saves meet each other's.
HOT_CLIENTS = 25
KEYSTROKE_PAUSE_S = 0.12  # a brisk typist; the desktop searches on each keystroke
THINK_BEFORE_SAVE_S = (0.2, 0.8)
OCCUPATIONS = ("Teacher", "Nurse", "Engineer", "Accountant", "Attorney", "Pharmacist")
TARGET_OPEN_P95_MS = 10.0
TARGET_BACKUP_RATIO = 10.0


def _load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _met(value: float, limit: float) -> str:
    return "met" if value <= limit else "**not met**"


def _open_as_the_window_does(practice, client_id: int) -> None:  # noqa: ANN001
    """What the record window runs on its worker before it shows a client
    (ui/client_record/view.py ``open_client``): the card, in its one statement. The user
    names and owners come with the first card (:func:`_first_opening`) and again only after
    a change to the users; the opening's audit entry follows in a transaction of its own
    (:func:`_audit_the_opening`), queued behind the card on the same worker."""
    from clientmanager.services import client_records

    with practice.session() as session:
        client_records.load_opened_client(session, practice.actor, client_id)


def _first_opening(practice, client_id: int) -> None:  # noqa: ANN001
    from clientmanager.services import client_records, ownership

    with practice.session() as session:
        client_records.load_opened_client(session, practice.actor, client_id)
        client_records.user_names(session)
        ownership.possible_owners(session)


def _audit_the_opening(practice, client_id: int) -> None:  # noqa: ANN001
    from clientmanager.services import client_records

    with practice.session() as session:
        client_records.record_opening(session, practice.actor, client_id)


def _raw_row(engine, client_id: int) -> None:  # noqa: ANN001
    import sqlalchemy as sa

    with engine.connect() as connection:
        connection.execute(sa.text("SELECT * FROM clients WHERE id = :id"), {"id": client_id}).one()


# --- one desktop (a worker process) -------------------------------------------------------


def worker(data_dir: Path, seconds: float, seed: int, hot: list[int]) -> dict:
    from clientmanager.errors import ClientManagerError
    from clientmanager.paths import PracticePaths
    from clientmanager.services import client_records
    from clientmanager.services import practice as practice_service
    from clientmanager.services.clients import ListQuery, client_list
    from clientmanager.services.demo import FIRST_NAMES_FEMALE, SURNAMES

    rng = random.Random(seed)
    practice = practice_service.unlock_with_password(PracticePaths(data_dir), ADMIN, PASSWORD)
    searches: list[float] = []
    opens: list[float] = []
    saves: list[float] = []
    conflicts = 0
    errors: list[str] = []
    cpu_started = _cpu_self()
    deadline = time.monotonic() + seconds
    words = SURNAMES + FIRST_NAMES_FEMALE
    try:
        while time.monotonic() < deadline:
            word = rng.choice(words)
            found: list[int] = []
            for length in range(1, min(len(word), 5) + 1):
                started = time.perf_counter()
                try:
                    with practice.session() as session:
                        found = client_list(
                            session, practice.actor, ListQuery(text=word[:length])
                        ).ids
                except ClientManagerError as exc:
                    errors.append(f"search: {exc.message}")
                searches.append((time.perf_counter() - started) * 1000)
                time.sleep(KEYSTROKE_PAUSE_S)
            # Open one of the hits, or (half the time) one of the clients every desk edits.
            client_id = (
                rng.choice(hot) if rng.random() < 0.5 or not found else rng.choice(found[:50])
            )
            started = time.perf_counter()
            try:
                # As the window does it: the card, then its audit entry on its own.
                with practice.session() as session:
                    card = client_records.load_opened_client(session, practice.actor, client_id)
                    loaded = client_records.client_form_values(card.client)
                    version = card.client.version
                _audit_the_opening(practice, client_id)
            except ClientManagerError as exc:
                errors.append(f"open: {exc.message}")
                continue
            opens.append((time.perf_counter() - started) * 1000)
            time.sleep(rng.uniform(*THINK_BEFORE_SAVE_S))
            started = time.perf_counter()
            try:
                with practice.session() as session:
                    client_records.save_client(
                        session,
                        practice.actor,
                        values={**loaded, "occupation": rng.choice(OCCUPATIONS)},
                        client_id=client_id,
                        version=version,
                        loaded=loaded,
                    )
                saves.append((time.perf_counter() - started) * 1000)
            except client_records.StaleRecord:
                conflicts += 1  # the expected outcome: the planner sees what changed
            except ClientManagerError as exc:
                errors.append(f"save: {exc.message}")
    except Exception as exc:  # noqa: BLE001 - a crash is an error to report, not a hang
        errors.append(f"crashed: {type(exc).__name__}: {exc}")
    finally:
        practice.close()
    return {
        "searches": searches,
        "opens": opens,
        "saves": saves,
        "conflicts": conflicts,
        "errors": errors,
        "cpu_s": _cpu_self() - cpu_started,
    }


# --- the whole run ------------------------------------------------------------------------


def _pg_dump_seconds(cluster, database: str) -> tuple[float, float, int]:  # noqa: ANN001
    """``pg_dump --format=custom`` of the practice's database to a counted pipe."""
    from tests.pgcluster import SUPERUSER, SUPERUSER_PASSWORD

    cpu = _cpu_children()
    started = time.perf_counter()
    dump = subprocess.Popen(
        [
            str(cluster.bin_dir / "pg_dump"),
            "--format=custom",
            "-h",
            str(cluster.socket_dir),
            "-p",
            str(cluster.port),
            "-U",
            SUPERUSER,
            "-d",
            database,
        ],
        stdout=subprocess.PIPE,
        env=dict(os.environ, PGPASSWORD=SUPERUSER_PASSWORD),
    )
    size = 0
    while chunk := dump.stdout.read(1 << 20):
        size += len(chunk)
    if dump.wait() != 0:
        raise RuntimeError("pg_dump failed")
    return time.perf_counter() - started, _cpu_children() - cpu, size


def _backup_service(practice, folder: Path) -> str:  # noqa: ANN001
    """The practice's own backup, when services.backups can take one of a server practice."""
    if importlib.util.find_spec("clientmanager.services.server_backups") is None:
        return "not built (services.backups has no server path on this branch)"
    from clientmanager.services import backups

    cpu = _cpu_self() + _cpu_children()
    started = time.perf_counter()
    info = backups.take_backup(practice, folder=folder, reason="manual")
    return (
        f"{time.perf_counter() - started:.1f} s (CPU {_cpu_self() + _cpu_children() - cpu:.1f} s, "
        f"this process and its children), {info.size:,} bytes"
    )


def run(clients: int, seconds: float, desks: int, write: bool) -> str:
    from clientmanager.paths import PracticePaths
    from clientmanager.services import server
    from clientmanager.services.demo import generate_demo_data
    from clientmanager.store.postgres import ServerAddress
    from tests.pgcluster import APP_LOGIN, APP_PASSWORD, SUPERUSER_PASSWORD, running_cluster

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    os.environ["CLIENTMANAGER_APP_PASSWORD"] = APP_PASSWORD
    root = Path(tempfile.mkdtemp(prefix="server-", dir=WORK_DIR if WORK_DIR.exists() else None))
    lines: list[str] = []
    try:
        with running_cluster() as cluster:
            cluster.psql(f"CREATE DATABASE {DATABASE}")
            owner = ServerAddress.parse(cluster.url(database=DATABASE))
            created = server.create_server_practice(
                owner,
                SUPERUSER_PASSWORD,
                paths=PracticePaths(root / "pc0"),
                practice_name="Bench Office",
                admin_username=ADMIN,
                admin_password=PASSWORD,
                app_login=APP_LOGIN,
                app_password=APP_PASSWORD,
            )
            practice = created.practice
            version = cluster.psql("SHOW server_version")
            lines += [
                f"Server: PostgreSQL {version}, a throw-away cluster on a Unix socket on the same "
                "machine (fsync off, as the tests run it), the desktops' least-privilege login; "
                "sealed fields encrypted in the app as on any server practice.",
                f"Before: {_load()}.",
                "",
            ]

            cpu = _cpu_self()
            started = time.perf_counter()
            summary = generate_demo_data(practice.engine, clients=clients)
            load_s, load_cpu = time.perf_counter() - started, _cpu_self() - cpu
            rows = sum(summary.as_dict().values())
            cluster.psql("VACUUM ANALYZE", database=DATABASE)
            size = cluster.psql(f"SELECT pg_size_pretty(pg_database_size('{DATABASE}'))")
            lines.append(
                f"**Demo on the server** (the service `clientmanager demo` runs): {clients:,} "
                f"clients, {rows:,} rows in {load_s:.1f} s (CPU {load_cpu:.1f} s in the app: "
                f"building rows, sealing notes and documents); database {size} after "
                "`VACUUM ANALYZE` (the server's autovacuum would do it in time)."
            )
            lines.append("")

            # Record open, through the window's own calls, interleaved with the raw row.
            rng = random.Random(18)
            sample = rng.sample(range(1, clients + 1), min(300, clients))
            for client_id in sample[:20]:
                _first_opening(practice, client_id)  # warm the pool and caches
                _audit_the_opening(practice, client_id)
            window, first, audited, raw = [], [], [], []
            cpu = _cpu_self()
            for client_id in sample:
                for series, call, target in (
                    (window, _open_as_the_window_does, practice),
                    (audited, _audit_the_opening, practice),
                    (first, _first_opening, practice),
                    (raw, _raw_row, practice.engine),
                ):
                    began = time.perf_counter()
                    call(target, client_id)
                    series.append((time.perf_counter() - began) * 1000)
            open_cpu = _cpu_self() - cpu
            opened, first_open, entry, baseline = (
                Latency(window),
                Latency(first),
                Latency(audited),
                Latency(raw),
            )
            both = Latency(
                [shown + written for shown, written in zip(window, audited, strict=True)]
            )
            lines += [
                "| record open (one random client each) | figure |",
                "|---|---|",
                "| baseline: the client's row alone (one primary-key SELECT of clients) | "
                f"{baseline.summary()} |",
                "| **the record window's load, what the planner waits for: the card (all tabs' "
                f"rows, sealed fields opened; one statement)** | {opened.summary()} |",
                "| the first opening of a session, or after a change to the users: the card, "
                f"user names and owners | {first_open.summary()} |",
                "| then, not waited for: the opening's audit entry in its own transaction "
                f"(`record_opening`: the chain's server-wide lock, a commit) | {entry.summary()} |",
                f"| card and audit entry together (the worker's time per opening) | {both.summary()} |",
                "",
                f"Record open p95 {opened.p95:.1f} ms against a target of {TARGET_OPEN_P95_MS:.0f} ms: "
                f"{_met(opened.p95, TARGET_OPEN_P95_MS)} ({opened.p95 / baseline.p95:.1f}x the raw "
                f"row's p95 measured beside it). CPU in this process: {open_cpu:.1f} s over "
                f"{len(sample)} rounds of the four, interleaved.",
                "",
            ]

            # Four desktops: four data folders joined to the practice, one process each.
            desktop = ServerAddress.parse(created.desktop_url)
            folders = []
            for number in range(1, desks + 1):
                paths = PracticePaths(root / f"pc{number}")
                server.join_server_practice(paths, desktop, APP_PASSWORD)
                folders.append(paths.data_dir)
            hot = rng.sample(range(1, clients + 1), min(HOT_CLIENTS, clients))
            processes = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "bench.server",
                        "--worker",
                        str(folder),
                        "--seconds",
                        str(seconds),
                        "--seed",
                        str(number),
                        "--hot",
                        json.dumps(hot),
                    ],
                    stdout=subprocess.PIPE,
                    text=True,
                    cwd=Path(__file__).resolve().parent.parent,
                )
                for number, folder in enumerate(folders, start=1)
            ]
            results = []
            for process in processes:
                out, _err = process.communicate()
                if process.returncode != 0:
                    raise RuntimeError(f"a desktop worker failed (exit {process.returncode})")
                results.append(json.loads(out.strip().splitlines()[-1]))
            searches = Latency([v for r in results for v in r["searches"]])
            opens = Latency([v for r in results for v in r["opens"]])
            saves = Latency([v for r in results for v in r["saves"]] or [0.0])
            conflicts = sum(r["conflicts"] for r in results)
            errors = [e for r in results for e in r["errors"]]
            lines += [
                f"**{desks} desktops at once for {seconds:.0f} s**, each its own process and data "
                f"folder, signed in as a user: type a name ({KEYSTROKE_PAUSE_S * 1000:.0f} ms "
                "between keystrokes, the list searched on each, up to five letters), open one "
                f"of the hits or one of {len(hot)} clients every desk edits, think "
                f"{THINK_BEFORE_SAVE_S[0]}-{THINK_BEFORE_SAVE_S[1]} s, save a change with the "
                "version the form loaded. A save that meets another desk's newer save is a "
                "conflict (the planner sees what changed): expected. Anything else is an error.",
                "",
                "| all desks | figure |",
                "|---|---|",
                f"| list searches (keystrokes) | {searches.summary()} |",
                f"| openings (audited) | {opens.summary()} |",
                f"| saves that went through | {saves.summary()} |",
                f"| conflicts (stale form, refused with the message) | {conflicts} |",
                f"| **errors** | **{len(errors)}** |",
                f"| CPU in the four desktop processes | {sum(r['cpu_s'] for r in results):.1f} s |",
                "",
            ]
            if errors:
                lines.append("Errors: " + "; ".join(sorted(set(errors))[:10]))
                lines.append("")

            # Backup against pg_dump alone.
            dump_s, dump_cpu, dump_size = _pg_dump_seconds(cluster, DATABASE)
            backup = _backup_service(practice, root / "backups")
            lines += [
                "| backup | figure |",
                "|---|---|",
                f"| baseline: `pg_dump --format=custom` alone, to a pipe | {dump_s:.1f} s "
                f"(CPU {dump_cpu:.1f} s in pg_dump), {dump_size:,} bytes |",
                f"| the practice's backup (services.backups) | {backup} |",
                "",
                f"After: {_load()}: wall times on a shared machine include waiting for a core.",
            ]
            practice.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    body = "\n".join(lines)
    if write:
        write_section(
            f"server_{clients // 1000}k",
            f"Issue 18: the office server at {clients // 1000}k clients (bench/server.py)",
            body,
        )
    return body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--no-write", action="store_true", help="print, leave RESULTS.md alone")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--hot", default="[]", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.seconds, args.seed, json.loads(args.hot))))
        return 0
    print(run(args.clients, args.seconds, args.desks, write=not args.no_write))
    return 0


if __name__ == "__main__":
    sys.exit(main())
