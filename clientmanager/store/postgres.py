"""The office-server backend's database specifics: connecting to the practice's own
PostgreSQL server, reading its security settings, and building the schema and the
application's least-privilege role.

Only the one server the practice manager configured is ever contacted. Over TCP the
connection must verify the server's certificate against the practice's CA or the
server's own certificate (``sslmode=verify-full`` with ``sslrootcert``); a Unix socket
on the server PC itself needs no TLS.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa

from clientmanager.errors import ClientManagerError, practice_rekeyed
from clientmanager.store.files import write_atomically
from clientmanager.store.keyslots import (
    SERVER_POINTER_NAME,
    KeySlotFile,
    from_slot_rows,
    slot_rows,
)
from clientmanager.store.models import describe_server_indexes

logger = logging.getLogger(__name__)

describe_server_indexes()  # loads SQLAlchemy's PostgreSQL dialect: only the server needs it

MINIMUM_SERVER_VERSION = 150000  # PostgreSQL 15
APP_ROLE = "clientmanager_app"
# Evidence tables: the application's role may add rows, never change or remove them.
APPEND_ONLY_TABLES = ("audit_log", "erasure_ledger")


class ServerAddressError(ClientManagerError):
    pass


class ServerUnreachable(ClientManagerError):
    pass


@dataclass(frozen=True)
class ServerAddress:
    """A libpq URL, checked: ``postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&
    sslrootcert=CA.pem``, or ``postgresql://USER@/DATABASE?host=/run/postgresql``."""

    url: str
    user: str
    database: str
    host: str
    port: int | None
    over_socket: bool

    @classmethod
    def parse(cls, url: str) -> ServerAddress:
        parts = urlsplit(url)
        if parts.scheme not in ("postgresql", "postgres"):
            raise ServerAddressError(
                "{url!r} is not a PostgreSQL address.",
                hint="Use postgresql://USER@SERVER:5432/DATABASE?sslmode=verify-full"
                "&sslrootcert=CA.pem (or ?host=/run/postgresql on the server PC itself).",
                url=url,
            )
        if parts.password:
            raise ServerAddressError(
                "The server address must not contain a password.",
                hint="Leave it out: you are asked for it, or set CLIENTMANAGER_SERVER_PASSWORD.",
            )
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        host = query.get("host") or parts.hostname or ""
        over_socket = host.startswith("/")
        if not host:
            raise ServerAddressError(
                "The server address names no server.",
                hint="Give the server's name (postgresql://USER@SERVER/DATABASE) or its "
                "socket folder (?host=/run/postgresql).",
            )
        if not over_socket:
            if query.get("sslmode") != "verify-full" or not query.get("sslrootcert"):
                raise ServerAddressError(
                    "Over the network the connection must check the server's certificate.",
                    hint="Add ?sslmode=verify-full&sslrootcert=PATH-TO-CA.pem to the address "
                    "(the practice's CA or the server's own certificate).",
                )
        user = parts.username or ""
        database = (parts.path or "/").lstrip("/")
        if not user or not database:
            raise ServerAddressError(
                "The server address needs a user and a database.",
                hint="postgresql://USER@SERVER/DATABASE",
            )
        port = int(query["port"]) if "port" in query else parts.port
        return cls(url, user, database, host, port, over_socket)

    def engine(self, password: str | None) -> sa.Engine:
        sqlalchemy_url = "postgresql+psycopg://" + self.url.split("://", 1)[1]
        connect_args: dict[str, object] = {"connect_timeout": 10}
        if password:
            connect_args["password"] = password
        return sa.create_engine(sqlalchemy_url, connect_args=connect_args, pool_pre_ping=True)


@dataclass(frozen=True)
class ServerFacts:
    version_num: int
    version: str
    ssl_on: bool
    password_encryption: str
    remote_trust_rules: list[str] | None  # None: pg_hba could not be read (needs superuser)
    is_superuser: bool


def read_facts(engine: sa.Engine) -> ServerFacts:
    try:
        with engine.connect() as connection:
            one = connection.exec_driver_sql
            version_num = int(one("SHOW server_version_num").scalar_one())
            version = str(one("SHOW server_version").scalar_one())
            ssl_on = one("SHOW ssl").scalar_one() == "on"
            encryption = str(one("SHOW password_encryption").scalar_one())
            superuser = one("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            is_superuser = bool(superuser.scalar_one())
            trust: list[str] | None = None
            if is_superuser:
                rows = one(
                    "SELECT line_number, type, address, netmask FROM pg_hba_file_rules "
                    "WHERE auth_method = 'trust' AND type LIKE 'host%%' "
                    "AND address IS NOT NULL AND address NOT IN ('127.0.0.1', '::1')"
                ).all()
                trust = [
                    f"line {n}: {kind} {address}" + (f" mask {mask}" if mask else "")
                    for n, kind, address, mask in rows
                ]
    except sa.exc.OperationalError as exc:
        refused = certificate_refused(exc)
        if refused is not None:
            raise refused from None
        logger.warning("server unreachable: %s", type(exc.orig).__name__)
        raise ServerUnreachable(
            "The office server did not accept the connection.",
            hint="Check the server's name, that PostgreSQL runs there, the user name and "
            "password, and the certificate file. Nothing was changed.",
        ) from None
    return ServerFacts(version_num, version, ssl_on, encryption, trust, is_superuser)


@contextlib.contextmanager
def _transaction(bind: sa.Engine | sa.Connection) -> Iterator[sa.Connection]:
    # An engine gets a transaction of its own; a connection is the caller's transaction
    # (``server migrate`` builds the schema, the roles and the copy in one).
    if isinstance(bind, sa.Connection):
        yield bind
    else:
        with bind.begin() as connection:
            yield connection


def build_schema(bind: sa.Engine | sa.Connection) -> str:
    """The schema through the same Alembic history as the embedded store; returns the
    revision the server is then at."""
    from clientmanager.store import migrate

    migrate.upgrade(bind)
    if isinstance(bind, sa.Connection):
        return bind.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() or ""
    return migrate.current_revision(bind) or ""


def grant_app_role(bind: sa.Engine | sa.Connection) -> None:
    """A role for the application's logins: every table, but only SELECT and INSERT on
    the evidence tables (their triggers refuse changes too)."""
    with _transaction(bind) as connection:
        run = connection.exec_driver_sql
        exists = run("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": APP_ROLE}).first()
        if exists is None:
            run(f"CREATE ROLE {APP_ROLE} NOLOGIN")
        run(f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}")
        run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}")
        run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}")
        for table in APPEND_ONLY_TABLES:
            run(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {APP_ROLE}")
        version = int(run("SHOW server_version_num").scalar_one())
        if version >= 170000:
            # PostgreSQL 17's MAINTAIN lets the login run the scrub's VACUUM FULL (and
            # ANALYZE, REINDEX, LOCK) without owning the tables, so it still cannot drop
            # the audit log's triggers. Not tested here: the tests' server is 15.
            run(f"GRANT MAINTAIN ON ALL TABLES IN SCHEMA public TO {APP_ROLE}")


def create_app_login(bind: sa.Engine | sa.Connection, username: str, password: str) -> None:
    """A login for the desktops, member of the application role and nothing more. The
    password is sent as a SCRAM verifier computed here, never as plain text."""
    from psycopg import sql

    with _transaction(bind) as connection:
        raw = connection.connection.driver_connection
        verifier = raw.pgconn.encrypt_password(
            password.encode(), username.encode(), b"scram-sha-256"
        ).decode()
        run = connection.exec_driver_sql
        exists = run("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": username}).first()
        statement = sql.SQL(
            "{verb} ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {verifier}"
        ).format(
            verb=sql.SQL("ALTER" if exists else "CREATE"),
            name=sql.Identifier(username),
            verifier=sql.Literal(verifier),
        )
        # Literal percent signs would read as parameters: escape for the DB-API call.
        run(statement.as_string(raw).replace("%", "%%"))
        grant = sql.SQL("GRANT {role} TO {name}").format(
            role=sql.Identifier(APP_ROLE), name=sql.Identifier(username)
        )
        run(grant.as_string(raw))


# --- a practice that lives on the office server (issue 18) ----------------------------------
#
# A PC's data folder holds a small connection file instead of the database: the server's
# address for the desktops' login (never a password), and which practice it is. The key
# slots live in the server's database (migration 0010s), so every PC unlocks with a user's
# own password or the recovery code. The login's password is kept in the OS keyring when
# the PC has one, else asked for (or CLIENTMANAGER_APP_PASSWORD), never written in a file.

SERVER_FILE = SERVER_POINTER_NAME
SERVER_FILE_FORMAT = "clientmanager-server"
APP_PASSWORD_ENV = "CLIENTMANAGER_APP_PASSWORD"
KEYRING_SERVICE = "ClientManager office server"


class ServerPracticeError(ClientManagerError):
    pass


def is_server_folder(data_dir: Path) -> bool:
    return (data_dir / SERVER_FILE).is_file()


@dataclass(frozen=True)
class ServerConnection:
    """What a PC keeps about its practice's server: nothing secret."""

    url: str
    practice_id: str
    practice_name: str

    @property
    def address(self) -> ServerAddress:
        return ServerAddress.parse(self.url)

    @classmethod
    def read(cls, data_dir: Path) -> ServerConnection:
        path = data_dir / SERVER_FILE
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            if document.get("format") != SERVER_FILE_FORMAT or document.get("version") != 1:
                raise ValueError("not a server connection file")
            found = cls(str(document["url"]), str(document["practice_id"]), str(document["name"]))
            found.address  # noqa: B018 - refuses an address that lost its TLS settings
        except (OSError, ValueError, KeyError, TypeError) as exc:
            if isinstance(exc, ServerAddressError):
                raise
            raise ServerPracticeError(
                "This PC's server connection file (practice.server) cannot be read.",
                hint="Set this PC up again with 'clientmanager join --server URL'.",
            ) from None
        return found

    def write(self, data_dir: Path) -> None:
        document = {
            "format": SERVER_FILE_FORMAT,
            "version": 1,
            "url": self.url,
            "practice_id": self.practice_id,
            "name": self.practice_name,
        }
        data_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(
            data_dir / SERVER_FILE, (json.dumps(document, indent=2) + "\n").encode("utf-8")
        )


# The login's password, once known, for the rest of this process (not the data key: it
# only lets the PC reach the server, where the key slots still need a user's password).
_PASSWORDS: dict[str, str] = {}
_prompt: Callable[[str], str | None] | None = None


def set_password_prompt(prompt: Callable[[str], str | None] | None) -> None:
    """How to ask for the login's password when neither the environment nor the keyring
    has it (the CLI asks on the terminal); None: do not ask."""
    global _prompt
    _prompt = prompt


def _keyring_entry(url: str) -> str:
    return "server:" + url


def use_app_password(url: str, password: str | None) -> None:
    """The login's password for this process only (set-up tries it before keeping it)."""
    if password:
        _PASSWORDS[url] = password


def remember_app_password(url: str, password: str) -> bool:
    """Keep the login's password in the OS keyring; False when this PC has none."""
    from clientmanager.store import keyring_cache

    _PASSWORDS[url] = password
    try:
        if not keyring_cache.is_usable():
            return False
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_entry(url), password)
    except Exception as exc:  # noqa: BLE001 - any keyring failure: ask next time instead
        logger.warning("server password not kept in the keyring: %s", type(exc).__name__)
        return False
    return True


def app_password(url: str) -> str | None:
    if url in _PASSWORDS:
        return _PASSWORDS[url]
    import os

    found = os.environ.get(APP_PASSWORD_ENV) or None
    if found is None:
        from clientmanager.store import keyring_cache

        try:
            if keyring_cache.is_usable():
                import keyring

                found = keyring.get_password(KEYRING_SERVICE, _keyring_entry(url))
        except Exception as exc:  # noqa: BLE001
            logger.warning("keyring not readable for the server password: %s", type(exc).__name__)
    if found is None and _prompt is not None:
        found = _prompt(f"Password of the server login {ServerAddress.parse(url).user}: ")
    if found:
        _PASSWORDS[url] = found
    return found


def forget_app_password(url: str) -> None:
    _PASSWORDS.pop(url, None)


def known_app_password(url: str) -> str | None:
    """The login's password from this process, the environment or the keyring, without
    asking anyone."""
    global _prompt
    asking, _prompt = _prompt, None
    try:
        return app_password(url)
    finally:
        _prompt = asking


class WrongServerPassword(ServerPracticeError):
    pass


# What libpq says when the server refused the password (SQLSTATE 28P01 / 28000 where the
# driver reports one); the words are PostgreSQL's own, in English unless lc_messages is set.
_REFUSED_LOGIN = ("password authentication failed", "no password supplied")


def try_app_password(url: str, password: str) -> None:
    """Connect once as the desktops' login with ``password``: WrongServerPassword when the
    server refuses it, ServerUnreachable when the server cannot be reached."""
    import psycopg

    try:
        psycopg.connect(
            url, password=password, connect_timeout=10, application_name="ClientManager"
        ).close()
    except psycopg.OperationalError as exc:
        text = str(exc).lower()
        if getattr(exc, "sqlstate", None) in ("28P01", "28000") or any(
            words in text for words in _REFUSED_LOGIN
        ):
            logger.info("the server refused the login's password")
            raise WrongServerPassword(
                "The office server did not accept that password for its login {login}.",
                hint="Type the desktops' login password the practice manager chose when the "
                "server was set up (not your own ClientManager password), and try again.",
                login=ServerAddress.parse(url).user,
            ) from None
        raise unreachable(exc) from None


def practice_engine(connection: ServerConnection, *, read_only: bool = False) -> sa.Engine:
    """The engine of an unlocked server practice, connected as the desktops' login."""
    address = connection.address
    connect_args: dict[str, object] = {
        "connect_timeout": 10,
        "application_name": "ClientManager",
    }
    password = app_password(connection.url)
    if password:
        connect_args["password"] = password
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    url = "postgresql+psycopg://" + address.url.split("://", 1)[1]
    engine = sa.create_engine(
        url, connect_args=connect_args, pool_pre_ping=True, pool_size=4, max_overflow=2
    )
    try:
        with engine.connect():
            pass
    except sa.exc.OperationalError as exc:
        engine.dispose()
        forget_app_password(connection.url)
        raise unreachable(exc) from None
    if not read_only:
        send_change_notices(engine)
    return engine


def seal_fields(engine: sa.Engine, data_key: bytes) -> None:
    """Have the engine encrypt notes, records of advice and documents before they reach the
    server (store/fieldcrypt.py): the server's administrator sees ciphertext there."""
    from clientmanager.store import fieldcrypt
    from clientmanager.store.sealed import key_id

    fieldcrypt.seal_fields(engine, data_key)
    setattr(engine.dialect, _KEY_ID_ATTRIBUTE, key_id(data_key))


# What libpq says when the TLS check of the server failed (its messages are English
# whatever the locale): a wrong or missing CA file, or a certificate for another name.
_CERTIFICATE_FAILURES = (
    "certificate verify failed",
    "does not match host name",
    "root certificate file",
)


def certificate_refused(exc: BaseException) -> ServerUnreachable | None:
    """The error for a server whose certificate did not pass the pinned check, or None."""
    text = str(getattr(exc, "orig", exc))
    if not any(failure in text for failure in _CERTIFICATE_FAILURES):
        return None
    logger.warning("server certificate refused")
    return ServerUnreachable(
        "The office server's certificate was not accepted: it is not signed by the "
        "certificate file this PC was given, or it was made for another address.",
        hint="Check that sslrootcert in the server address names the practice's CA file "
        "(or the server's own certificate) and that the address is the name or IP address "
        "the certificate was made for. No password and no practice data were sent.",
    )


def unreachable(exc: BaseException) -> ServerUnreachable:
    refused = certificate_refused(exc)
    if refused is not None:
        return refused
    logger.warning("server unreachable: %s", type(getattr(exc, "orig", exc)).__name__)
    return ServerUnreachable(
        "The office server did not accept the connection.",
        hint="Check that the server is on and reachable from this PC, and the login's "
        "password (kept in the keyring by 'clientmanager join', or "
        "CLIENTMANAGER_APP_PASSWORD). Nothing was changed.",
    )


class ServerConflict(ServerPracticeError):
    """The server gave up on a transaction because another PC's raced it (a deadlock or a
    serialisation failure, SQLSTATE 40P01 / 40001): the whole transaction may be tried
    again, and nothing of it was kept."""


def is_conflict(exc: BaseException) -> bool:
    from psycopg import errors as pg_errors

    return isinstance(
        getattr(exc, "orig", exc), (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)
    )


def explain(exc: BaseException) -> ClientManagerError | None:
    """The error a person should see for a server failure met while working, or None."""
    from psycopg import errors as pg_errors

    if is_conflict(exc):
        return ServerConflict(
            "Another PC was changing the same records at that moment, so nothing was saved.",
            hint="Try again: the other PC's change is in place now.",
        )
    if isinstance(getattr(exc, "orig", None), pg_errors.NumericValueOutOfRange):
        # Amounts are BIGINT there (migration 0012), but counts, percentages and rates are
        # 32-bit INTEGER on PostgreSQL where SQLite would take any integer.
        return ServerPracticeError(
            "A number is too large for the office server's database, so nothing was saved.",
            hint="Check the figure you entered (a percentage, a rate or a count, perhaps) "
            "and enter it again.",
        )
    if isinstance(exc, sa.exc.OperationalError):
        return ServerUnreachable(
            "The connection to the office server was lost.",
            hint="What you were doing was not saved. Check the network and that the server "
            "is on, then try again.",
        )
    return None


_SLOTS = sa.Table(
    "server_key_slots",
    sa.MetaData(),
    sa.Column("slot_id", sa.String(200), primary_key=True),
    sa.Column("practice_id", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("label", sa.String(200), nullable=False),
    sa.Column("slot", sa.Text(), nullable=False),
    sa.Column("updated_at", sa.DateTime(), nullable=False),
)


def write_slots(connection: sa.Connection, slots: KeySlotFile) -> None:
    """Upsert every slot, and remove those removed since they were loaded (never a slot
    another PC added meanwhile)."""
    from sqlalchemy.dialects.postgresql import insert

    from clientmanager.store.models import utcnow

    rows = slot_rows(slots)
    now = utcnow()
    for slot_id, kind, label, text in rows:
        statement = insert(_SLOTS).values(
            slot_id=slot_id,
            practice_id=slots.practice_id,
            kind=kind,
            label=label,
            slot=text,
            updated_at=now,
        )
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=[_SLOTS.c.slot_id],
                set_={"kind": kind, "label": label, "slot": text, "updated_at": now},
                where=_SLOTS.c.practice_id == slots.practice_id,
            )
        )
    removed = set(getattr(slots, "loaded_slot_ids", ())) - {row[0] for row in rows}
    if removed:
        connection.execute(
            _SLOTS.delete().where(
                _SLOTS.c.practice_id == slots.practice_id, _SLOTS.c.slot_id.in_(sorted(removed))
            )
        )


def read_slots(
    connection: sa.Connection, practice_id: str, *, for_update: bool = False
) -> KeySlotFile:
    query = (
        sa.select(_SLOTS.c.slot_id, _SLOTS.c.slot)
        .where(_SLOTS.c.practice_id == practice_id, _SLOTS.c.kind != KEY_CHECK_KIND)
        .order_by(_SLOTS.c.slot_id)
    )
    rows = connection.execute(query.with_for_update() if for_update else query).all()
    if not rows:
        raise ServerPracticeError(
            "The office server holds no key slots for this practice.",
            hint="This PC may point at the wrong server or database: set it up again with "
            "'clientmanager join --server URL'.",
        )
    return from_slot_rows(practice_id, [(row[0], row[1]) for row in rows])


# --- which data key the server's sealed values are under (re-keying, issue 18) -------------
#
# Beside the slots, one row names the current data key by its public fingerprint
# (sealed.key_id: reveals nothing about the key). A PC that still holds the key from
# before a re-key made on another PC must never seal a new value under a key nobody else
# has: every transaction of an unlocked practice reads the row FOR SHARE before its first
# write, and the re-key takes it FOR UPDATE before anything else, so a write is either
# committed before the re-key starts (which then reseals it) or refused after it. A read
# that meets a value it cannot open checks the row then, to say "unlock again" rather
# than "damaged".

KEY_CHECK_KIND = "key_check"
KEY_CHECK_SLOT = "practice-data-key"
_KEY_ID_ATTRIBUTE = "clientmanager_key_id"


def read_key_check(
    connection: sa.Connection, practice_id: str, *, lock: str | None = None
) -> str | None:
    """The fingerprint of the data key the server's values are sealed under; None for a
    practice created before it was recorded. ``lock``: "share" or "update"."""
    query = sa.select(_SLOTS.c.slot).where(
        _SLOTS.c.slot_id == KEY_CHECK_SLOT, _SLOTS.c.practice_id == practice_id
    )
    if lock == "share":
        query = query.with_for_update(read=True)
    elif lock == "update":
        query = query.with_for_update()
    return connection.execute(query).scalar()


def write_key_check(connection: sa.Connection, practice_id: str, data_key: bytes) -> None:
    from sqlalchemy.dialects.postgresql import insert

    from clientmanager.store.models import utcnow
    from clientmanager.store.sealed import key_id

    values = {"slot": key_id(data_key), "updated_at": utcnow()}
    statement = insert(_SLOTS).values(
        slot_id=KEY_CHECK_SLOT,
        practice_id=practice_id,
        kind=KEY_CHECK_KIND,
        label="data key fingerprint",
        **values,
    )
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[_SLOTS.c.slot_id],
            set_=values,
            where=_SLOTS.c.practice_id == practice_id,
        )
    )


def check_key_before_writing(sessions, practice_id: str) -> None:  # noqa: ANN001
    """Have each transaction of this session factory check, before its first write, that
    the server's data key is still the one this PC holds (see above); PracticeRekeyed when
    it is not. Reads take no lock (a read-only transaction stays free of WAL and commit
    flushes): one that meets a value sealed under a newer key is told the same by
    :func:`key_is_stale`."""

    def check(session) -> None:  # noqa: ANN001
        transaction = session.get_transaction()
        if session.info.get(_KEY_CHECKED) is transaction:
            return
        connection = session.connection()
        held = getattr(connection.dialect, _KEY_ID_ATTRIBUTE, None)
        if held is None:
            return
        current = read_key_check(connection, practice_id, lock="share")
        if current is not None and current != held:
            logger.info("the practice was re-keyed elsewhere: this PC's key is stale")
            raise practice_rekeyed()
        session.info[_KEY_CHECKED] = transaction

    def before_flush(session, _context, _instances) -> None:  # noqa: ANN001
        check(session)

    def before_statement(state) -> None:  # noqa: ANN001
        if state.is_insert or state.is_update or state.is_delete:
            check(state.session)

    sa.event.listen(sessions, "before_flush", before_flush)
    sa.event.listen(sessions, "do_orm_execute", before_statement)


_KEY_CHECKED = "clientmanager_key_checked"


def key_is_stale(engine: sa.Engine, practice_id: str) -> bool:
    """Whether the server's values are now sealed under another key than this engine's
    (a re-key made on another PC): for a value that would not open."""
    held = getattr(engine.dialect, _KEY_ID_ATTRIBUTE, None)
    if held is None:
        return False
    with engine.connect() as connection:
        current = read_key_check(connection, practice_id)
    return current is not None and current != held


def reseal_values(connection: sa.Connection, old_key: bytes, new_key: bytes) -> int:
    """Every sealed column of every row (store/fieldcrypt.py) opened with ``old_key`` and
    sealed again with ``new_key``, in the caller's transaction; the tables are locked
    against other writers (readers may go on) until it ends. Returns the values changed."""
    from clientmanager.store import fieldcrypt
    from clientmanager.store.models import Base

    old, new = fieldcrypt.Resealer(old_key), fieldcrypt.Resealer(new_key)
    changed = 0
    for table in Base.metadata.sorted_tables:
        sealed_columns = [
            column
            for column in table.columns
            if isinstance(column.type, (fieldcrypt.SealedText, fieldcrypt.SealedBytes))
        ]
        if not sealed_columns:
            continue
        key_columns = list(table.primary_key.columns)
        connection.exec_driver_sql(f'LOCK TABLE "{table.name}" IN EXCLUSIVE MODE')
        # The raw stored values: plain columns of the same names, so nothing is decrypted
        # on the way out by the engine's own sealer.
        raw = [sa.column(c.name, c.type.impl) for c in sealed_columns]
        keys = [sa.column(c.name, c.type) for c in key_columns]
        plain = sa.table(table.name, *keys, *raw)
        statement = (
            sa.update(plain)
            .where(*(plain.c[c.name] == sa.bindparam("k_" + c.name) for c in key_columns))
            .values({c.name: sa.bindparam("v_" + c.name) for c in sealed_columns})
        )
        # Documents can be large: a server-side cursor, a batch of rows at a time.
        rows = connection.execute(
            sa.select(*plain.c), execution_options={"stream_results": True, "yield_per": 200}
        )
        for batch in rows.partitions():
            updates = []
            for row in batch:
                stored = row._mapping
                values = {
                    "v_" + c.name: fieldcrypt.reseal(stored[c.name], c.type, old, new)
                    for c in sealed_columns
                }
                if all(values["v_" + c.name] is stored[c.name] for c in sealed_columns):
                    continue  # nothing sealed in this row (empty, or stored before sealing)
                values.update({"k_" + c.name: stored[c.name] for c in key_columns})
                updates.append(values)
            if updates:
                connection.execute(statement, updates)
                changed += len(updates)
    return changed


class ServerSlotStore:
    """The key slots of a server practice, read and written where KeySlotFile would use
    the key-slot file (see keyslots._server_slots_beside)."""

    def __init__(self, connection: ServerConnection) -> None:
        self.connection = connection

    @classmethod
    def beside(cls, path: Path) -> ServerSlotStore:
        return cls(ServerConnection.read(path.parent))

    def load(self) -> KeySlotFile:
        engine = practice_engine(self.connection)
        try:
            with engine.connect() as connection:
                return read_slots(connection, self.connection.practice_id)
        except sa.exc.OperationalError as exc:
            raise unreachable(exc) from None
        finally:
            engine.dispose()

    def save(self, slots: KeySlotFile) -> None:
        if slots.practice_id != self.connection.practice_id:
            raise ServerPracticeError("These key slots belong to another practice.")
        engine = practice_engine(self.connection)
        try:
            with engine.begin() as connection:
                write_slots(connection, slots)
        except sa.exc.OperationalError as exc:
            raise unreachable(exc) from None
        finally:
            engine.dispose()


GUARDED_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


def database_checks(engine: sa.Engine) -> list[str]:
    """What `clientmanager check` can verify of the server's side: the append-only guards
    are in place and the desktops' login cannot change the evidence tables."""
    problems = []
    with engine.connect() as connection:
        triggers = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
            )
        }
        missing = [name for name in GUARDED_TRIGGERS if name not in triggers]
        if missing:
            problems.append(
                "the audit log's append-only guard is gone on the server (missing trigger(s): "
                + ", ".join(missing)
                + "): entries could have been changed or removed"
            )
        login = connection.exec_driver_sql("SELECT current_user").scalar_one()
        for table in APPEND_ONLY_TABLES:
            for right in ("UPDATE", "DELETE"):
                allowed = connection.exec_driver_sql(
                    "SELECT has_table_privilege(current_user, %(t)s, %(r)s)",
                    {"t": table, "r": right},
                ).scalar_one()
                if allowed:
                    problems.append(
                        f"the login {login} may {right} {table}: desktops must use a login "
                        "made by 'clientmanager server init --app-login'"
                    )
    return problems


# --- client search on the server --------------------------------------------------------
#
# The embedded store's search runs on SQLite FTS5 indexes (migrations 0002, 0008); the
# server's on the GIN trigram indexes of migration 0011, over two documents its trigger
# keeps on each client row, written the way FTS5 reads the same fields: a word typed
# matches where a word of the client's name, ID, phones, e-mail or policy numbers starts
# with it (folded as FTS5 folds it: accents removed, lower case), and from three
# characters on where it appears anywhere in the ID, phone (local digits), e-mail or
# policy numbers. Each test is a condition on a row of ``clients``: inside a subquery of
# ids it reads the index; written into the list's own query, it is tested client by
# client as the list is walked in name order.


def _like_literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _starts_a_word(param: str) -> str:
    # The typed word is folded by the same function as the document: FTS5 reads "O'Brien"
    # as the phrase "o brien", and a word that folds to nothing matches nothing. The
    # folded text holds only letters, digits, '@', '.' and spaces: nothing LIKE reads.
    word = f"btrim(cm_search_fold(:{param}))"
    return f"(clients.search_words LIKE '% ' || {word} || '%' AND {word} <> '')"


def search_prefix_test(name: str, words: list[str], params: dict[str, str]) -> str:
    """A condition on ``clients``: every word starts a word of the searchable text."""
    tests = []
    for number, word in enumerate(words):
        param = f"{name}_{number}"
        params[param] = word
        tests.append(_starts_a_word(param))
    return "(" + " AND ".join(tests) + ")"


def search_substring_test(name: str, word: str, params: dict[str, str]) -> str:
    """A condition on ``clients``: ``word`` anywhere in a field of the substring index."""
    params[name] = "%" + _like_literal(word) + "%"
    return f"(clients.search_substrings LIKE lower(:{name}))"


def share_of_clients(connection: sa.Connection, test: str, params: dict[str, str]) -> float:
    """The planner's estimate of the share of clients that pass ``test`` (0 to 1), from
    its statistics of the documents (ANALYZE samples them): a plan, nothing is read."""
    explained = connection.execute(
        sa.text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM clients WHERE {test}").bindparams(**params)  # noqa: S608
    ).scalar_one()
    plan = json.loads(explained) if isinstance(explained, str) else explained
    passing = float(plan[0]["Plan"]["Plan Rows"])
    clients = connection.exec_driver_sql(
        "SELECT greatest(reltuples, 1) FROM pg_class WHERE oid = 'clients'::regclass"
    ).scalar_one()
    return min(1.0, passing / float(clients))


def search_ids_sql(test: str) -> str:
    """Client ids (as ``rowid``) that pass ``test``, read from the trigram indexes."""
    return f"SELECT clients.id AS rowid FROM clients WHERE {test}"  # noqa: S608


def is_server_session(session) -> bool:  # noqa: ANN001
    bind = session.get_bind()
    return bind.dialect.name == "postgresql"


# --- change notices between PCs ---------------------------------------------------------
#
# After a transaction that changed clients, the registers, users or settings commits, the
# server tells every listening desktop which kind of thing changed (NOTIFY), so their open
# lists refresh as they do for a change made on the same PC. The notice carries the kind
# only (and this process's random mark, so a desktop skips its own): never client data,
# as any login on the server may LISTEN. The NOTIFY is sent inside the transaction, just
# before its COMMIT: PostgreSQL delivers it only if the commit succeeds.

CHANGES_CHANNEL = "clientmanager_changes"
CHANGE_KINDS = ("clients", "registers", "users", "settings", "documents", "tasks")
_KIND_OF_TABLE = {
    "practice": "settings",
    "settings": "settings",
    "retention_rules": "settings",
    "letter_templates": "settings",
    "service_levels": "settings",
    "users": "users",
    "disclosures": "registers",
    "subject_requests": "registers",
    "breaches": "registers",
    "breach_subjects": "registers",
    "legal_holds": "registers",
    "commission_expectations": "registers",
    "commission_receipts": "registers",
    "documents": "documents",
    "document_contents": "documents",
    "tasks": "tasks",
    "appointments": "tasks",
}
# Evidence and bookkeeping that every change writes, or that no open list shows.
_NOT_NOTIFIED = {
    "audit_log",
    "erasure_ledger",
    "server_key_slots",
    "alembic_version",
    "retention_reviews",
    "saved_searches",
}
_WRITE = re.compile(r'^\s*(?:insert\s+into|update|delete\s+from)\s+"?(\w+)', re.IGNORECASE)
_PENDING = "clientmanager_changes"
# Each engine's mark on its notices, so the listener beside it skips them: random, so it
# says nothing about the PC or the user.
_SENDERS: weakref.WeakKeyDictionary[sa.Engine, str] = weakref.WeakKeyDictionary()


def sender_of(engine: sa.Engine) -> str | None:
    return _SENDERS.get(engine)


def kind_of_table(table: str) -> str | None:
    if table in _NOT_NOTIFIED:
        return None
    return _KIND_OF_TABLE.get(table, "clients")  # every other table belongs to a client


def notice_payload(sender: str, kinds: set[str]) -> str:
    return sender + ":" + ",".join(sorted(kinds))


def read_payload(payload: str) -> tuple[str, set[str]]:
    sender, _, listed = payload.partition(":")
    return sender, {kind for kind in listed.split(",") if kind in CHANGE_KINDS}


def send_change_notices(engine: sa.Engine) -> None:
    """Have every committed write on this engine tell the other desktops what changed."""
    sender = _SENDERS.setdefault(engine, secrets.token_hex(6))

    @sa.event.listens_for(engine, "after_cursor_execute")
    def _note_write(connection, _cursor, statement, *_args) -> None:  # noqa: ANN001
        found = _WRITE.match(statement)
        if found is not None:
            kind = kind_of_table(found.group(1).lower())
            if kind is not None:
                connection.info.setdefault(_PENDING, set()).add(kind)

    @sa.event.listens_for(engine, "commit")
    def _notify(connection) -> None:  # noqa: ANN001
        kinds = connection.info.pop(_PENDING, None)
        if kinds:
            # On the driver's connection, inside the transaction about to commit: through
            # SQLAlchemy this would run the events again.
            raw = connection.connection.driver_connection
            raw.execute(
                "SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, notice_payload(sender, kinds))
            )

    @sa.event.listens_for(engine, "rollback")
    def _forget(connection) -> None:  # noqa: ANN001
        if connection.invalidated:
            # The server went away mid-transaction: the connection (and what it noted) is
            # discarded, and asking for its info would raise instead of the real error.
            return
        connection.info.pop(_PENDING, None)


class ChangeListener:
    """One connection of its own that LISTENs for the other desktops' change notices, on a
    thread of its own, and hands each batch of kinds to ``deliver`` (from that thread).

    When the server goes away it tries again quietly, every few seconds, and after it is
    back delivers every kind once: notices sent meanwhile were lost."""

    POLL_SECONDS = 1.0
    RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0)

    def __init__(
        self,
        connection: ServerConnection,
        deliver: Callable[[set[str]], None],
        *,
        own_sender: str | None = None,
    ) -> None:
        self._url = connection.url
        self._own = own_sender
        self._deliver = deliver
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._raw = None
        # Set while listening: tests wait on it, and a reconnect clears it.
        self.listening = threading.Event()
        self.reconnects = 0

    def start(self) -> ChangeListener:
        self._thread = threading.Thread(target=self._run, name="change-notices", daemon=True)
        self._thread.start()
        return self

    def stop(self, wait_seconds: float = 0.0) -> None:
        """Ask the thread to end (within a poll, about a second); the UI does not wait."""
        self._stop.set()
        if self._thread is not None and wait_seconds:
            self._thread.join(wait_seconds)

    def backend_pid(self) -> int | None:
        raw = self._raw
        return None if raw is None else raw.info.backend_pid

    def _connect(self):  # noqa: ANN202 (a psycopg.Connection)
        import psycopg

        address = ServerAddress.parse(self._url)
        kwargs: dict[str, object] = {
            "autocommit": True,
            "connect_timeout": 10,
            "application_name": "ClientManager notices",
        }
        # The password the unlock found (never asked for here: this is no UI thread).
        password = _PASSWORDS.get(self._url) or os.environ.get(APP_PASSWORD_ENV)
        if password:
            kwargs["password"] = password
        if not address.over_socket:
            # A server that vanishes from the network is noticed within a minute or two.
            kwargs.update(keepalives=1, keepalives_idle=30, keepalives_interval=10)
        return psycopg.connect(self._url, **kwargs)

    def _run(self) -> None:
        import psycopg

        failures = 0
        while not self._stop.is_set():
            try:
                raw = self._connect()
            except psycopg.Error as exc:
                delay = self.RETRY_SECONDS[min(failures, len(self.RETRY_SECONDS) - 1)]
                failures += 1
                logger.info("change notices: server not reachable (%s)", type(exc).__name__)
                self._stop.wait(delay)
                continue
            self._raw = raw
            try:
                raw.execute(f"LISTEN {CHANGES_CHANNEL}")
                if failures or self.reconnects:
                    self._safe_deliver(set(CHANGE_KINDS))
                self.listening.set()
                failures = 0
                while not self._stop.is_set():
                    kinds: set[str] = set()
                    for notice in raw.notifies(timeout=self.POLL_SECONDS):
                        sender, named = read_payload(notice.payload)
                        if sender != self._own:
                            kinds |= named
                    if kinds:
                        self._safe_deliver(kinds)
            except psycopg.Error as exc:
                logger.info("change notices: connection lost (%s)", type(exc).__name__)
                self.reconnects += 1
            finally:
                self.listening.clear()
                self._raw = None
                try:
                    raw.close()
                except psycopg.Error:
                    pass
            if not self._stop.is_set():
                self._stop.wait(self.RETRY_SECONDS[0])
                failures = max(failures, 1)

    def _safe_deliver(self, kinds: set[str]) -> None:
        try:
            self._deliver(kinds)
        except Exception:  # noqa: BLE001 - a failing receiver must not end the listening
            logger.warning("change notices: delivery failed", exc_info=True)


def listen_for_changes(
    connection: ServerConnection, deliver: Callable[[set[str]], None], engine: sa.Engine
) -> ChangeListener:
    """Listen beside ``engine``: what it writes itself is not delivered (its own screens
    refreshed already)."""
    return ChangeListener(connection, deliver, own_sender=sender_of(engine)).start()


# --- the scrub after an erasure (POPIA s14(5)) ---------------------------------------------
#
# A DELETE on PostgreSQL leaves the row's old version in the table's file until VACUUM
# reclaims it, and a plain VACUUM only marks the space reusable (the bytes stay until
# something overwrites them). VACUUM FULL rewrites each table (with its TOAST table and
# indexes) into a new file from the live rows only and removes the old file, as SQLite's
# VACUUM does for the embedded store. It cannot run inside a transaction block, so it
# runs on an autocommit connection, table by table. PostgreSQL lets only a table's owner
# (a superuser, or on 17 and later a role granted MAINTAIN) vacuum it; the desktops'
# login owns nothing, so on PostgreSQL 15 and 16 the tables it may not vacuum are
# reported back for the server's administrator (autovacuum still prunes them later, but
# does not rewrite the files).


def secure_delete(session) -> None:  # noqa: ANN001 - a Session; SQLCipher's PRAGMA has no twin
    """Nothing to switch on: the scrub's VACUUM FULL rewrites the tables afterwards."""


def truncate_wal(session) -> None:  # noqa: ANN001
    """The server's WAL is the server's own (recycled after checkpoints, archived only if
    its administrator set that up): nothing the app can truncate. See the README."""


def scrubbed_tables() -> list[str]:
    """Every table that can hold a person's rows: all but the append-only evidence tables
    (whose rows an erasure never removes) and the migration marker."""
    from clientmanager.store.models import Base

    skip = set(APPEND_ONLY_TABLES) | {"alembic_version"}
    return sorted(name for name in Base.metadata.tables if name not in skip)


@dataclass(frozen=True)
class ServerScrub:
    vacuumed: tuple[str, ...]
    not_permitted: tuple[str, ...]  # the login may not vacuum these: the administrator must


def _may_vacuum(connection: sa.Connection, tables: list[str]) -> dict[str, bool]:
    version = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())
    maintain = " OR has_table_privilege(c.oid, 'MAINTAIN')" if version >= 170000 else ""
    rows = connection.exec_driver_sql(
        "SELECT c.relname, (pg_has_role(c.relowner, 'USAGE') "  # noqa: S608 - fixed text
        "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "OR pg_has_role((SELECT datdba FROM pg_database WHERE datname = current_database()), "
        f"'USAGE'){maintain}) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY(%(t)s)",
        {"t": tables},
    ).all()
    return {name: bool(allowed) for name, allowed in rows}


def scrub(engine: sa.Engine, progress: Callable[[float, str], None] | None = None) -> ServerScrub:
    """VACUUM FULL each table an erasure touched, where this login may; returns which were
    rewritten and which the server's administrator must still rewrite."""
    from psycopg import sql

    report = progress or (lambda _f, _s: None)
    tables = scrubbed_tables()
    done: list[str] = []
    refused: list[str] = []
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        allowed = _may_vacuum(connection, tables)
        raw = connection.connection.driver_connection
        for n, table in enumerate(tables):
            report(n / max(len(tables), 1), "rewriting the server's tables")
            if not allowed.get(table, False):
                refused.append(table)
                continue
            statement = sql.SQL("VACUUM (FULL) {}").format(sql.Identifier(table))
            connection.exec_driver_sql(statement.as_string(raw))
            done.append(table)
    if refused:
        logger.warning("scrub: the login may not vacuum %d table(s)", len(refused))
    report(1.0, "scrubbed")
    return ServerScrub(tuple(done), tuple(refused))
