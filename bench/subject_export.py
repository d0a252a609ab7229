"""Data-subject package benchmark (issues 5 and 17): one client with ten years of history,
inside a large demo practice, exported end to end (gather, PDF, CSV, documents, manifest,
zip), in-process and as the whole `clientmanager export-subject` command.

The heavy client has about 200 notes (a quarter of them records of advice), 20 policies,
10 scanned documents of 150-400 KB, and the rest of a long relationship (cash flows,
assets, liabilities, goals, risk profiles, tasks, consents, disclosures). The baselines,
measured in the same run: the package of a typical demo client (in-process), and an
interpreter that imports nothing (under the CLI figure).

Every figure is wall time with the CPU time of the process beside it (the machine may be
shared: the load average is printed with the results).

    .venv/bin/python -m bench.subject_export --practice DIR --password PW   # a copy of DIR
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from bench.common import PASSWORD, timed, write_section
from clientmanager.domain.sa_id import make_sa_id
from clientmanager.paths import PracticePaths
from clientmanager.reports.subject_report import build_subject_report
from clientmanager.services.demo import generate_demo_data
from clientmanager.services.practice import (
    OpenPractice,
    create_practice,
    unlock_with_password,
)
from clientmanager.services.subject_export import (
    _write_zip,
    build_package_files,
    export_subject_package,
    gather_subject_data,
    serialise,
)
from clientmanager.store.models import (
    Asset,
    CashFlow,
    Client,
    Consent,
    Disclosure,
    Document,
    DocumentContent,
    Goal,
    Liability,
    Note,
    Policy,
    RiskProfile,
    Task,
    utcnow,
)

TARGET_IN_PROCESS_S = 0.5  # issue 17: heavy client, in-process
TARGET_CLI_S = 2.0  # issue 17: the whole command, from interpreter start
HEAVY_EMAIL = "helene.bench@example.co.za"


def add_heavy_client(practice: OpenPractice, *, seed: int = 5) -> int:
    """A client of ten years: ~200 notes, 20 policies, 10 documents, and the rest."""
    rng = random.Random(seed)
    today = dt.date.today()
    start = today - dt.timedelta(days=3652)
    with practice.session() as s:
        client = Client(
            title="Mrs",
            first_names="Hélène Zoë",
            surname="Nkosi-Ndlovu",
            id_number=make_sa_id(dt.date(1971, 7, 19), sequence=3141),
            date_of_birth=dt.date(1971, 7, 19),
            email=HEAVY_EMAIL,
            mobile="+27825550199",
            occupation="Attorney",
            employer="Webber Wentzel",
            relationship_start=start,
        )
        s.add(client)
        s.flush()
        cid = client.id
        providers = ("Discovery Life", "Old Mutual", "Sanlam", "Liberty", "Allan Gray", "10X")
        for n in range(20):
            s.add(
                Policy(
                    client_id=cid,
                    provider=providers[n % len(providers)],
                    policy_number=f"BENCH-{n:03d}-{rng.randint(100000, 999999)}",
                    product_type=rng.choice(("life_cover", "retirement_annuity", "disability")),
                    status="active" if n < 15 else "lapsed",
                    premium_cents=rng.randint(300, 5000) * 100,
                    premium_frequency="monthly",
                    cover_amount_cents=rng.randint(5, 80) * 100_000_00,
                    start_date=start + dt.timedelta(days=rng.randint(0, 3000)),
                    notes="Reviewed at the annual meeting; beneficiary nomination confirmed.",
                )
            )
        for n in range(200):
            at = dt.datetime.combine(start + dt.timedelta(days=int(n * 3652 / 200)), dt.time(10, 0))
            advice = n % 4 == 0
            s.add(
                Note(
                    client_id=cid,
                    kind="advice" if advice else rng.choice(("call", "meeting", "email", "note")),
                    subject=("Record of advice: " if advice else "Follow-up: ")
                    + rng.choice(("retirement annuity", "life cover", "estate plan", "TFSA")),
                    body=" ".join(
                        rng.choice(
                            (
                                "Discussed the premium increase and the escalation options.",
                                "Client asked about Section 10C and the annual contribution.",
                                "Reviewed the beneficiary nominations with both spouses.",
                                "Explained the fund's fees and the effect on the final value.",
                                "Client will send the latest payslip and a bank statement.",
                            )
                        )
                        for _ in range(rng.randint(1, 4))
                    ),
                    occurred_at=at,
                    advice_basis="Needs analysis of the balance sheet and cash flow."
                    if advice
                    else None,
                    products_considered="Allan Gray RA; 10X RA; Sanlam Glacier RA"
                    if advice
                    else None,
                    recommendation="10X retirement annuity at R2 500 per month" if advice else None,
                    recommendation_reasons="Lowest fees; fits the moderate risk profile."
                    if advice
                    else None,
                    finalised_at=at + dt.timedelta(days=1) if advice else None,
                )
            )
        for n in range(10):
            content = rng.randbytes(rng.randint(150_000, 400_000))
            document = Document(
                client_id=cid,
                category=rng.choice(("id_copy", "proof_of_address", "record_of_advice")),
                filename=f"scan-{n:02d}.pdf",
                mime_type="application/pdf",
                size_bytes=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                description=f"Scanned document {n + 1}",
            )
            s.add(document)
            s.flush()
            s.add(DocumentContent(document_id=document.id, content=content))
        for n in range(12):
            s.add(
                CashFlow(
                    client_id=cid,
                    direction="income" if n < 3 else "expense",
                    category=f"category {n}",
                    description=f"Line {n}",
                    amount_cents=rng.randint(1000, 90000) * 100,
                )
            )
        for n in range(8):
            s.add(
                Asset(
                    client_id=cid,
                    kind="investment",
                    description=f"Portfolio {n}",
                    value_cents=rng.randint(10_000, 5_000_000) * 100,
                )
            )
            s.add(Liability(client_id=cid, kind="personal_loan", balance_cents=n * 1_000_00))
        for n in range(5):
            s.add(Goal(client_id=cid, kind="retirement", description=f"Goal {n}"))
            s.add(
                RiskProfile(
                    client_id=cid,
                    assessed_on=start + dt.timedelta(days=700 * n),
                    category="moderate",
                    score=50 + n,
                )
            )
        for n in range(30):
            s.add(Task(client_id=cid, title=f"Annual review {n}", status="done"))
        for n in range(6):
            s.add(
                Consent(
                    client_id=cid,
                    purpose="direct_marketing",
                    lawful_basis="consent",
                    status=("given", "withdrawn")[n % 2],
                    recorded_at=dt.datetime.combine(start, dt.time(9)) + dt.timedelta(days=400 * n),
                )
            )
        for n in range(15):
            s.add(
                Disclosure(
                    client_id=cid,
                    recipient_category="product_provider",
                    recipient_name=providers[n % len(providers)] + " Ltd",
                    purpose="Application and servicing",
                    categories="Identity, Policies",
                    channel="email",
                    disclosed_at=utcnow() - dt.timedelta(days=200 * n),
                )
            )
    return cid


def _export_once(
    practice: OpenPractice, client_id: int, out: Path, password: str | None
) -> tuple[float, float]:
    """One full export, rolled back afterwards so every run sees the same register:
    (wall s, CPU s of this process)."""
    with practice.sessions() as session:
        wall, cpu = time.perf_counter(), time.process_time()
        export_subject_package(
            session, actor=practice.actor, client_id=client_id, out=out, pdf_password=password
        )
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        session.rollback()
    return wall, cpu


def _cpu_timed(operation):  # noqa: ANN001, ANN202
    cpu = time.process_time()
    wall, result = timed(operation)
    return wall, time.process_time() - cpu, result


@contextlib.contextmanager
def _fonts_as_before():  # noqa: ANN202
    """PDFs made as before issue 17: fpdf2's add_font in every document, every table read."""
    from clientmanager.reports import base, fonts

    def add_font_per_document(pdf, styles) -> None:  # noqa: ANN001
        for style in styles:
            pdf.add_font(fonts.FONT_FAMILY, style, str(fonts.font_file(style)))

    shared = base.add_fonts
    base.add_fonts = add_font_per_document
    try:
        yield
    finally:
        base.add_fonts = shared


def _unlock_parts(practice: OpenPractice) -> dict[str, tuple[float, float]]:
    """The two costs inside every unlock that grow or stay fixed: the check of every
    page's HMAC (grows with the database) and one Argon2id derivation (an unlock does two:
    the key slot, then the user's password hash)."""
    from clientmanager.store.engine import damaged_pages
    from clientmanager.store.keyslots import KdfParams

    with practice.engine.connect() as connection:
        *pages, _damaged = _cpu_timed(lambda: damaged_pages(connection))
    *argon2, _key = _cpu_timed(lambda: KdfParams().derive("bench password", b"0" * 16))
    return {"pages": tuple(pages), "argon2": tuple(argon2)}


def _phases(practice: OpenPractice, client_id: int, out: Path) -> dict[str, tuple[float, float]]:
    """Where one heavy export's time goes: (wall s, CPU s) per step."""
    with practice.sessions() as session:
        now = utcnow()
        *gather, data = _cpu_timed(
            lambda: gather_subject_data(
                session,
                client_id=client_id,
                package_id="S23-BENCH",
                generated_at=now,
                generated_by="bench",
            )
        )
        *docs, contents = _cpu_timed(
            lambda: dict(
                session.execute(
                    sa.select(DocumentContent.document_id, DocumentContent.content)
                    .join(Document, Document.id == DocumentContent.document_id)
                    .where(Document.client_id == client_id)
                ).all()
            )
        )
    documents = {
        r["file_in_package"]: bytes(contents[r["document_number"]])
        for r in data["categories"]["documents"]
    }
    data_json = serialise(data)
    *pdf, report = _cpu_timed(lambda: build_subject_report(data, data_sha256="0" * 64))
    *zipped, _size = _cpu_timed(
        lambda: _write_zip(
            out,
            "S23-BENCH",
            build_package_files(data, data_json=data_json, documents=documents, report_pdf=report),
            now,
        )
    )
    return {
        "gather": tuple(gather),
        "documents": tuple(docs),
        "pdf": tuple(pdf),
        "zip": tuple(zipped),
        "pdf_kb": (len(report) / 1024, 0.0),
    }


# The CLI's steps in a fresh interpreter, timed from inside: what the 2 s are spent on.
_CLI_STEPS = r"""
import json, os, sys, time
from pathlib import Path
wall0, cpu0, main0 = time.perf_counter(), time.process_time(), time.thread_time()
marks = []
def mark(step):
    marks.append(
        (step, time.perf_counter() - wall0, time.process_time() - cpu0, time.thread_time() - main0)
    )
import clientmanager.__main__, clientmanager.cli, clientmanager.cli.popia
mark("import the CLI")
from clientmanager.paths import PracticePaths
from clientmanager.services.practice import PageCheckBeside, unlock_with_password
practice = unlock_with_password(
    PracticePaths(Path(sys.argv[1])), "admin", os.environ["CLIENTMANAGER_PASSWORD"],
    defer_page_check=True,
)
mark("unlock (Argon2id, sign-in; as the command: the page check deferred)")
checking = PageCheckBeside(practice)
from clientmanager.services.subject_export import export_subject_package
import clientmanager.reports.subject_report
from clientmanager.reports.fonts import parse_fonts
parse_fonts()
mark("import the package and PDF code (fpdf2, fontTools), parse the fonts")
def waited():
    mark("gather and render the package (the page check still running beside)")
    checking.finish()
    mark("wait for the page check (on its own thread since the unlock)")
with practice.session() as session:
    export_subject_package(
        session, actor=practice.actor, client_id=int(sys.argv[2]), out=Path(sys.argv[3]),
        before_writing=waited,
    )
mark("write the package and commit")
checking.stop()
practice.close()
mark("close")
print(json.dumps(marks))
"""


def _cli_env(password: str) -> dict[str, str]:
    root = str(Path(__file__).resolve().parent.parent)
    return dict(os.environ, PYTHONPATH=root, CLIENTMANAGER_PASSWORD=password)


def _cli_steps(practice_dir: Path, client_id: int, out: Path, password: str) -> list[tuple]:
    completed = subprocess.run(
        [sys.executable, "-c", _CLI_STEPS, str(practice_dir), str(client_id), str(out)],
        capture_output=True,
        text=True,
        env=_cli_env(password),
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _copy_practice(source: Path, target: Path) -> Path:
    """The practice's own files (database, WAL, keys, anchor), not its backups."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.is_file() and path.name.startswith("practice."):
            shutil.copy2(path, target / path.name)
    return target


def _fmt(samples: list[tuple[float, float]]) -> str:
    walls = [wall for wall, _cpu in samples]
    cpus = [cpu for _wall, cpu in samples]
    return (
        f"median {statistics.median(walls) * 1000:,.0f} ms (CPU {statistics.median(cpus) * 1000:,.0f}), "
        f"max {max(walls) * 1000:,.0f} ms (n={len(samples)})"
    )


def _met(value: float, limit: float) -> str:
    return "met" if value <= limit else "**not met**"


def _load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"{one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def run(
    *,
    clients: int,
    work_dir: Path,
    seed: int = 2026,
    repeats: int = 5,
    practice_dir: Path | None = None,
    password: str = PASSWORD,
) -> str:
    """Measure on the practice in ``practice_dir`` (e.g. the foundation benchmark's, user
    admin) when it exists, else on a new one of ``clients`` clients in ``work_dir``."""
    from bench.cli_timing import run_cli, time_python_start

    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    reused = practice_dir is not None and PracticePaths(practice_dir).database.exists()
    if reused:
        practice = unlock_with_password(PracticePaths(practice_dir), "admin", password)
        build_note = f"an existing demo practice reused from {practice_dir}"
    else:
        practice, _code = create_practice(
            paths=PracticePaths(work_dir / "practice"),
            practice_name="Bench Practice",
            admin_username="admin",
            admin_password=password,
            information_officer_name="Bench Officer",
        )
        build_s, _ = timed(lambda: generate_demo_data(practice.engine, clients=clients, seed=seed))
        build_note = f"`generate_demo_data(clients={clients:,})`, built in {build_s:.0f} s"
    load_before = _load()
    try:
        # Records of advice cannot be deleted (database triggers), so a reused practice
        # keeps its heavy bench client, and later runs use it again.
        with practice.session() as s:
            heavy = s.scalar(
                sa.select(Client.id).where(Client.email == HEAVY_EMAIL).order_by(Client.id).limit(1)
            )
        if heavy is None:
            heavy = add_heavy_client(practice)
        with practice.session() as s:
            typical = s.scalar(
                sa.select(Client.id)
                .where(Client.household_role == "main", Client.kind == "person")
                .order_by(Client.id)
                .limit(1)
            )
            total = s.scalar(sa.select(sa.func.count(Client.id)))
        out_dir = Path(tempfile.mkdtemp(prefix="subject-bench-", dir=work_dir))
        # The first export in this process parses the PDF fonts and reads the pages in.
        first = _export_once(practice, heavy, out_dir / "first.zip", None)

        # Interleaved (ABBA), so that a change in the machine's load hits each series alike.
        heavy_plain, heavy_before, heavy_aes, baseline = [], [], [], []
        for n in range(repeats):
            for before in (False, True) if n % 2 == 0 else (True, False):
                with _fonts_as_before() if before else contextlib.nullcontext():
                    (heavy_before if before else heavy_plain).append(
                        _export_once(practice, heavy, out_dir / f"{heavy}-{n}.zip", None)
                    )
            heavy_aes.append(
                _export_once(practice, heavy, out_dir / f"aes-{n}.zip", "7107195314089")
            )
            baseline.append(_export_once(practice, typical, out_dir / f"typical-{n}.zip", None))
        phases = _phases(practice, heavy, out_dir / "phases.zip")
        unlock_parts = _unlock_parts(practice)
        package_kb = (out_dir / f"{heavy}-0.zip").stat().st_size / 1024
        size_mb = practice.paths.database.stat().st_size / 1e6
        practice_path = practice.paths.data_dir
    finally:
        practice.close()

    # The whole command, on a copy (each run adds a disclosure and an audit entry).
    cli_dir = _copy_practice(practice_path, work_dir / "cli-practice")
    floor = [time_python_start() for _ in range(3)]
    cli_runs = []
    for n in range(repeats):
        wall, cpu, _stdout = run_cli(
            ["--data-dir", str(cli_dir), "export-subject", "--client", str(heavy),
             "--out", str(out_dir / f"cli-{n}.zip")],
            password=password,
        )  # fmt: skip
        cli_runs.append((wall, cpu))
    steps = _cli_steps(cli_dir, heavy, out_dir / "cli-steps.zip", password)
    shutil.rmtree(cli_dir, ignore_errors=True)
    load_after = _load()

    font_saving_cpu = statistics.median(
        old[1] - new[1] for old, new in zip(heavy_before, heavy_plain, strict=True)
    )
    font_saving_wall = statistics.median(
        old[0] - new[0] for old, new in zip(heavy_before, heavy_plain, strict=True)
    )
    in_process = statistics.median(wall for wall, _cpu in heavy_plain + heavy_aes)
    in_process_cpu = statistics.median(cpu for _wall, cpu in heavy_plain + heavy_aes)
    cli_wall = statistics.median(wall for wall, _cpu in cli_runs)
    cli_cpu = statistics.median(cpu for _wall, cpu in cli_runs)
    step_rows = []
    previous_wall = previous_cpu = previous_main = 0.0
    for step, wall, cpu, main in steps:
        step_rows.append(
            f"| {step} | {(wall - previous_wall) * 1000:,.0f} ms | {(cpu - previous_cpu) * 1000:,.0f} ms "
            f"| {(main - previous_main) * 1000:,.0f} ms |"
        )
        previous_wall, previous_cpu, previous_main = wall, cpu, main
    main_thread_cpu = steps[-1][3]

    def phase(name: str) -> str:
        wall, cpu = phases[name]
        return f"{wall * 1000:,.0f} ms (CPU {cpu * 1000:,.0f})"

    body = f"""
Practice: {total:,} clients ({build_note}),
database {size_mb:,.0f} MB, encrypted (SQLCipher). The heavy client has 10 years of history:
200 notes (50 records of advice), 20 policies, 10 scanned documents (2.7 MB in total),
12 cash-flow lines, 16 assets and liabilities, 30 tasks, 6 consents, 15 disclosures.
Each export is the whole package: gather, report.pdf, data.json, 14 CSVs, documents,
BagIt manifests, zip written atomically with fsync, disclosure and audit rows (rolled back
between runs in-process; committed by the CLI, on a copy). Package size {package_kb:,.0f} KB.
Load average {load_before} before, {load_after} after: wall time on a shared machine
includes waiting for a core; CPU time (this process, all threads) does not.

| package | wall (CPU) |
|---|---|
| baseline: a typical demo client, in-process | {_fmt(baseline)} |
| heavy client, in-process, PDF not protected | {_fmt(heavy_plain)} |
| the same, PDF fonts as before issue 17 (fpdf2 add_font per PDF), interleaved | {_fmt(heavy_before)} |
| heavy client, in-process, PDF AES-256 protected | {_fmt(heavy_aes)} |
| heavy client, first export in the process (fonts parsed) | {first[0] * 1000:,.0f} ms (CPU {first[1] * 1000:,.0f}) |
| an interpreter that imports nothing (`python -c pass`) | median {statistics.median(floor) * 1000:,.0f} ms |
| **heavy client, `clientmanager export-subject`, interpreter start to exit** | {_fmt(cli_runs)} |

The shared fonts save {font_saving_cpu * 1000:,.0f} ms of CPU per heavy export (median of the
interleaved pairs; {font_saving_wall * 1000:,.0f} ms wall).

Where one in-process heavy export goes: gather {phase("gather")}, read documents
{phase("documents")}, PDF ({phases["pdf_kb"][0]:,.0f} KB) {phase("pdf")}, manifests + zip +
fsync {phase("zip")}.

Where the command's time goes (the same steps as the command, in a fresh interpreter,
timed from inside; interpreter start itself is the floor above). CPU is the process's, every
thread; "main thread" leaves out the page check's thread and Argon2id's own threads (the
main thread waits for the latter): on an idle machine with two cores the command's wall time
follows the main thread plus one Argon2id derivation.

| step | wall | CPU | main thread |
|---|---|---|---|
{chr(10).join(step_rows)}

The check of every page's HMAC (`PRAGMA cipher_integrity_check`) takes
{unlock_parts["pages"][1]:.2f} s of CPU ({unlock_parts["pages"][0]:.2f} s wall) on this
{size_mb:,.0f} MB database, and grows with it. The command runs it on a thread of its own
from the unlock on (`services/practice.PageCheckBeside`), while fpdf2 and the fonts load and the package is gathered and rendered, and
writes the package only once it has passed; one Argon2id derivation (64 MiB, t=3, p=4),
{unlock_parts["argon2"][1]:.2f} s of CPU ({unlock_parts["argon2"][0]:.2f} s wall), once per
unlock (the key slot; the password hash of the user row is not checked a second time).

Targets (issue 17):
- Heavy client in-process <= {TARGET_IN_PROCESS_S:.1f} s: median {in_process * 1000:,.0f} ms wall
  ({_met(in_process, TARGET_IN_PROCESS_S)}), CPU {in_process_cpu * 1000:,.0f} ms
  ({_met(in_process_cpu, TARGET_IN_PROCESS_S)} on CPU time).
- The whole command <= {TARGET_CLI_S:.0f} s: median {cli_wall:.2f} s wall
  ({_met(cli_wall, TARGET_CLI_S)}), CPU {cli_cpu:.2f} s ({_met(cli_cpu, TARGET_CLI_S)} on CPU time).
  The command's main thread: {main_thread_cpu:.2f} s of CPU from inside, plus Argon2id's
  {unlock_parts["argon2"][1]:.2f} s and the interpreter's start; the page check's
  {unlock_parts["pages"][1]:.2f} s runs beside it.
"""
    write_section("subject_export", "Data-subject package (issues 5 and 17)", body)
    return body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practice", type=Path, help="a demo practice (user admin), copied first")
    parser.add_argument("--password", default=PASSWORD, help="admin's password for --practice")
    parser.add_argument("--clients", type=int, default=10_000, help="without --practice")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--work-dir", type=Path, default=Path("bench/_work/subject_export"))
    args = parser.parse_args()
    practice_dir = None
    if args.practice is not None:
        # Exports write audit rows and the heavy client is added: never the original.
        practice_dir = _copy_practice(args.practice, args.work_dir.with_name("subject_practice"))
    print(
        run(
            clients=args.clients,
            work_dir=args.work_dir,
            repeats=args.repeats,
            practice_dir=practice_dir,
            password=args.password,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
