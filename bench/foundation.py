"""Foundation benchmark: a 100k-client practice, encrypted and not, through the same code.

Measures, in one run:
* the encryption tax: building the practice and a mixed read workload, with and without
  a key, on the same library (sqlcipher3) with the same settings;
* client lookup by SA ID, prefix search and client-card loading, p50/p95.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from bench.common import PASSWORD, Latency, measure, plain_engine, timed, write_section
from clientmanager.paths import PracticePaths
from clientmanager.services.clients import load_client_card, search_clients
from clientmanager.services.demo import generate_demo_data
from clientmanager.services.practice import create_practice
from clientmanager.store import migrate
from clientmanager.store.models import Client, User


@dataclass
class ReadFigures:
    lookup: Latency
    search: Latency
    card: Latency

    @property
    def total_s(self) -> float:
        return self.lookup.total_s + self.search.total_s + self.card.total_s


def _workload_inputs(engine: sa.Engine, *, seed: int, samples: int) -> dict[str, list]:
    rng = random.Random(seed)
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(
                Client.id, Client.id_number, Client.surname, Client.first_names, Client.mobile
            ).where(Client.id_number.is_not(None))
        ).all()
    picks = rng.sample(rows, min(samples, len(rows)))
    prefixes = []
    for _id, _number, surname, first_names, mobile in picks:
        choice = rng.random()
        if choice < 0.5 and surname:
            prefixes.append(surname[: rng.randint(2, 5)])
        elif choice < 0.8 and first_names:
            prefixes.append(f"{first_names.split()[0][:3]} {(surname or '')[:2]}".strip())
        elif mobile:
            prefixes.append("0" + mobile[3 : 3 + rng.randint(3, 6)])
    return {
        "ids": [row[1] for row in picks],
        "prefixes": prefixes,
        "client_ids": [row[0] for row in picks],
    }


def _read_workload(engine: sa.Engine, inputs: dict[str, list]) -> ReadFigures:
    sessions = sessionmaker(engine, expire_on_commit=False)

    def with_session(operation):  # noqa: ANN001, ANN202
        def run(value):  # noqa: ANN001, ANN202
            with sessions() as session:
                return operation(session, value)

        return run

    # An SA ID typed in the search box: the list finds it through the same search.
    lookup = with_session(search_clients)
    search = with_session(search_clients)
    card = with_session(load_client_card)
    # Warm the page cache once, as a planner's PC would be after the first minutes.
    for operation, key in ((lookup, "ids"), (search, "prefixes"), (card, "client_ids")):
        measure(operation, inputs[key])
    return ReadFigures(
        lookup=measure(lookup, inputs["ids"]),
        search=measure(search, inputs["prefixes"]),
        card=measure(card, inputs["client_ids"]),
    )


def run(*, clients: int, work_dir: Path, seed: int = 2026, samples: int = 1000) -> str:
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)

    # Encrypted: the real practice.
    practice, _code = create_practice(
        paths=PracticePaths(work_dir / "encrypted"),
        practice_name="Bench Practice",
        admin_username="admin",
        admin_password=PASSWORD,
    )
    encrypted_build_s, _ = timed(
        lambda: generate_demo_data(practice.engine, clients=clients, seed=seed)
    )

    # The twin: same schema, same data, same settings and library, no key.
    plain_path = work_dir / "plain" / "practice.db"
    plain_path.parent.mkdir(parents=True)
    plain = plain_engine(plain_path)
    migrate.upgrade(plain)
    with plain.begin() as connection:
        connection.execute(
            sa.insert(User).values(username="admin", full_name="Admin", role="administrator")
        )
    plain_build_s, _ = timed(lambda: generate_demo_data(plain, clients=clients, seed=seed))

    inputs = _workload_inputs(practice.engine, seed=seed, samples=samples)
    encrypted = _read_workload(practice.engine, inputs)
    unencrypted = _read_workload(plain, inputs)
    size_mb = practice.paths.database.stat().st_size / 1e6
    practice.close()
    plain.dispose()

    body = f"""
Practice: {clients:,} synthetic clients (`clientmanager demo`), database {size_mb:,.0f} MB.
Baseline: the same data built and read through the same code and library (sqlcipher3)
with identical settings but no key.

| measure | encrypted | no key | ratio (tax) |
|---|---|---|---|
| build the practice (bulk insert, search index written once) | {encrypted_build_s:.1f} s | {plain_build_s:.1f} s | {encrypted_build_s / plain_build_s:.2f}x |
| mixed read workload ({samples} lookups + searches + cards) | {encrypted.total_s:.2f} s | {unencrypted.total_s:.2f} s | {encrypted.total_s / unencrypted.total_s:.2f}x |
| lookup by SA ID | {encrypted.lookup.summary()} | {unencrypted.lookup.summary()} | {encrypted.lookup.total_s / unencrypted.lookup.total_s:.2f}x |
| prefix search (type-ahead, 50 rows) | {encrypted.search.summary()} | {unencrypted.search.summary()} | {encrypted.search.total_s / unencrypted.search.total_s:.2f}x |
| load a client card | {encrypted.card.summary()} | {unencrypted.card.summary()} | {encrypted.card.total_s / unencrypted.card.total_s:.2f}x |

Targets: encryption tax <= 1.2x; client card p95 <= 5 ms (reached: {"yes" if encrypted.card.p95 <= 5 else "no"}).
Page cache: 64 MiB per connection (`store/engine.py`), warm after one pass of the workload.
"""
    write_section("foundation", "Foundation: encrypted store (issue 2)", body)
    return body
