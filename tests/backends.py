"""Both backends for the service tests (issue 18): a practice in an SQLCipher file on
tmp_path, or the same practice on the throw-away PostgreSQL cluster (tests/pgcluster.py).

A module marked ``pytestmark = pytest.mark.both_backends`` runs each test that uses a
practice once per backend (tests/conftest.py parametrises the ``backend`` fixture); a
test marked ``sqlcipher_only(reason=...)`` there keeps to the file, saying why.

One cluster serves the whole session. Its template database is prepared once the way
``clientmanager server init --app-login`` does it (the schema through the migrations, the
application role, the desktops' login); each practice then gets a fresh copy of that
template and is created through the desktops' login, as ``init --server`` does on a
prepared server. A copy is dropped when its practice is done with.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from clientmanager.paths import PracticePaths
from clientmanager.services.practice import OpenPractice, create_practice

BACKENDS = ("sqlcipher", "postgresql")
TEMPLATE = "clientmanager_template"


@dataclass
class _Seed:
    """A practice created once through ``init --server``'s own code, copied for each test:
    its database (a template), its data folder, its key and its recovery code."""

    database: str
    folder: Path
    practice_id: str
    practice_name: str
    key: bytes
    recovery_code: str
    slots: object  # KeySlotFile
    admin: object  # Actor


@dataclass
class ServerPractices:
    """Creates practices on the session's cluster, each in its own database."""

    cluster: object  # tests.pgcluster.Cluster
    counter: itertools.count
    seeds: dict = field(default_factory=dict)
    _admin: object = None  # an autocommit superuser connection: faster than psql per test

    def sql(self, statement: str) -> None:
        if self._admin is None:
            import psycopg

            from tests.pgcluster import SUPERUSER, SUPERUSER_PASSWORD

            self._admin = psycopg.connect(
                host=str(self.cluster.socket_dir),
                port=self.cluster.port,
                user=SUPERUSER,
                password=SUPERUSER_PASSWORD,
                dbname="postgres",
                autocommit=True,
            )
        self._admin.execute(statement)

    def close(self) -> None:
        if self._admin is not None:
            self._admin.close()

    def _seed(self, details: dict) -> _Seed:
        import tempfile

        from clientmanager.services import server
        from clientmanager.services.audit import Actor
        from clientmanager.store import postgres
        from clientmanager.store.postgres import ServerAddress
        from tests.pgcluster import APP_LOGIN, APP_PASSWORD

        key = tuple(sorted(details.items()))
        if key in self.seeds:
            return self.seeds[key]
        name = f"seed_{os.getpid()}_{len(self.seeds)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        address = ServerAddress.parse(self.cluster.url(user=APP_LOGIN, database=name))
        folder = Path(tempfile.mkdtemp(prefix="clientmanager-seed-")) / "practice"
        created = server.create_server_practice(
            address, APP_PASSWORD, paths=PracticePaths(folder), **details
        )
        practice = created.practice
        assert practice is not None
        with practice.engine.connect() as connection:
            slots = postgres.read_slots(connection, practice.practice_id)
        seed = _Seed(
            name,
            folder,
            practice.practice_id,
            practice.practice_name,
            practice.key,
            created.recovery_code,
            slots,
            Actor(practice.actor.user_id, practice.actor.username, practice.actor.role),
        )
        practice.close()
        self._no_one_on(name)
        self.seeds[key] = seed
        return seed

    def _no_one_on(self, database: str) -> None:
        # A template must have no open connections to be copied.
        self.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        )

    def create(self, paths: PracticePaths, **details) -> tuple[OpenPractice, str]:
        """A copy of the seed practice for these details, opened as its administrator
        right after ``init --server`` (the same rows, key slots and anchor)."""
        from clientmanager.services.practice import _open_on_server
        from clientmanager.store import postgres
        from tests.pgcluster import APP_LOGIN, APP_PASSWORD

        seed = self._seed(details)
        name = f"practice_{os.getpid()}_{next(self.counter)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {seed.database}")
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        for item in seed.folder.iterdir():
            if item.is_file() and item.name != postgres.SERVER_FILE:
                shutil.copy2(item, paths.data_dir / item.name)
        url = self.cluster.url(user=APP_LOGIN, database=name)
        postgres.ServerConnection(url, seed.practice_id, seed.practice_name).write(paths.data_dir)
        postgres.remember_app_password(url, APP_PASSWORD)
        practice = _open_on_server(
            paths, seed.slots, seed.key, seed.admin, read_only=False, hold_lock=False
        )
        return practice, seed.recovery_code

    def drop(self, database: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def start_server_practices():
    """The session's cluster with its prepared template, as a context manager."""
    import contextlib

    from clientmanager.services import server
    from clientmanager.store.postgres import ServerAddress
    from tests.pgcluster import (
        APP_LOGIN,
        APP_PASSWORD,
        SUPERUSER_PASSWORD,
        running_cluster,
        server_binaries,
    )

    if server_binaries() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install PostgreSQL (see .ci/run)")
        pytest.skip(
            "no PostgreSQL 15+ server binaries on this machine (apt-get install postgresql)"
        )

    @contextlib.contextmanager
    def started():
        with running_cluster() as cluster:
            cluster.psql(f"CREATE DATABASE {TEMPLATE}")
            prepared = server.prepare_server(
                ServerAddress.parse(cluster.url(database=TEMPLATE)),
                SUPERUSER_PASSWORD,
                app_login=APP_LOGIN,
                app_password=APP_PASSWORD,
            )
            assert prepared.check.ok, [f.text for f in prepared.check.findings]
            # A template must have no open connections to be copied.
            cluster.psql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{TEMPLATE}' AND pid <> pg_backend_pid()"
            )
            global _running
            _running = ServerPractices(cluster, itertools.count())
            try:
                yield _running
            finally:
                _running.close()
                _running = None

    return started()


_running: ServerPractices | None = None


def superuser_engine(practice: OpenPractice):  # noqa: ANN201 - an Engine
    """The cluster's superuser on a server practice's database: the server's owner."""
    import sqlalchemy as sa

    from tests.pgcluster import SUPERUSER_PASSWORD

    assert _running is not None and practice.on_server
    url = _running.cluster.url(database=practice.engine.url.database)
    return sa.create_engine(
        "postgresql+psycopg://" + url.split("://", 1)[1],
        connect_args={"password": SUPERUSER_PASSWORD},
        poolclass=sa.pool.NullPool,
    )


@contextlib.contextmanager
def around_the_guards(practice: OpenPractice) -> Iterator:
    """A connection (in a transaction) that can change the evidence tables the way someone
    who holds the database itself could: on SQLCipher, the key and an SQLite shell (the
    triggers dropped); on the server, its owner account with triggers off for the
    session. The app's own login can do neither."""
    if not practice.on_server:
        with practice.engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
            connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
            yield connection
        return
    engine = superuser_engine(practice)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            yield connection
    finally:
        engine.dispose()


def make_practice(
    backend: str, server_practices: ServerPractices | None, paths: PracticePaths, **details
) -> tuple[OpenPractice, str]:
    if backend == "postgresql":
        assert server_practices is not None
        return server_practices.create(paths, **details)
    return create_practice(paths=paths, **details)


def add_client_due_for_destruction(practice: OpenPractice) -> int:
    """A client whose relationship and only policy ended in February 2019: due for
    destruction in a retention review run on 25 November 2026. Returns their id."""
    import datetime as dt

    from clientmanager.store.models import Client, Policy

    with practice.session() as session:
        ended = Client(
            first_names="Gert", surname="Oosthuizen", relationship_end=dt.date(2019, 2, 28)
        )
        session.add(ended)
        session.flush()
        session.add(
            Policy(
                client_id=ended.id, provider="Sanlam", policy_number="SL-1",
                product_type="life_cover", status="lapsed", end_date=dt.date(2019, 2, 28),
            )
        )  # fmt: skip
        return ended.id


def counts_and_verified_chain(paths: PracticePaths, username: str, password: str):  # noqa: ANN201
    """Every copied table's row count, and the number of audit entries verified, of the
    practice in ``paths`` (either backend), opened without signing in; raises
    AssertionError if the chain does not verify. For ``server migrate``'s checks (its
    test and bench/server_migrate.py)."""
    from clientmanager.services import audit
    from clientmanager.services.practice import unlock_with_password
    from clientmanager.store import transfer

    opened = unlock_with_password(paths, username, password, sign_in=False)
    try:
        with opened.engine.connect() as connection:
            counts = transfer.count_rows(connection)
        with opened.sessions() as session:
            chain = audit.verify_chain(session, anchors=audit.known_anchors(session))
        if not chain.ok:
            raise AssertionError("audit chain broken: " + chain.describe())
        return counts, chain.checked
    finally:
        opened.close()
