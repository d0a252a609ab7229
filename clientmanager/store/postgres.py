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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa

from clientmanager.errors import ClientManagerError
from clientmanager.store.files import write_atomically
from clientmanager.store.keyslots import (
    SERVER_POINTER_NAME,
    KeySlotFile,
    from_slot_rows,
    slot_rows,
)

logger = logging.getLogger(__name__)

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
# Serialises writers of the audit chain across PCs (SQLite's BEGIN IMMEDIATE does it on one
# PC): any fixed number that no other application on the server uses for its own locks.
AUDIT_CHAIN_LOCK = 0x434D_4155


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
            found = cls(
                str(document["url"]), str(document["practice_id"]), str(document["name"])
            )
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
    return engine


def seal_fields(engine: sa.Engine, data_key: bytes) -> None:
    """Have the engine encrypt notes, records of advice and documents before they reach the
    server (store/fieldcrypt.py): the server's administrator sees ciphertext there."""
    from clientmanager.store import fieldcrypt

    fieldcrypt.seal_fields(engine, data_key)


def unreachable(exc: BaseException) -> ServerUnreachable:
    logger.warning("server unreachable: %s", type(getattr(exc, "orig", exc)).__name__)
    return ServerUnreachable(
        "The office server did not accept the connection.",
        hint="Check that the server is on and reachable from this PC, and the login's "
        "password (kept in the keyring by 'clientmanager join', or "
        "CLIENTMANAGER_APP_PASSWORD). Nothing was changed.",
    )


def explain(exc: BaseException) -> ClientManagerError | None:
    """The error a person should see for a server failure met while working, or None."""
    from psycopg import errors as pg_errors

    if isinstance(
        getattr(exc, "orig", None), (pg_errors.DeadlockDetected, pg_errors.SerializationFailure)
    ):
        return ServerPracticeError(
            "Another PC was changing the same records at that moment, so nothing was saved.",
            hint="Try again: the other PC's change is in place now.",
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


def read_slots(connection: sa.Connection, practice_id: str) -> KeySlotFile:
    rows = connection.execute(
        sa.select(_SLOTS.c.slot_id, _SLOTS.c.slot)
        .where(_SLOTS.c.practice_id == practice_id)
        .order_by(_SLOTS.c.slot_id)
    ).all()
    if not rows:
        raise ServerPracticeError(
            "The office server holds no key slots for this practice.",
            hint="This PC may point at the wrong server or database: set it up again with "
            "'clientmanager join --server URL'.",
        )
    return from_slot_rows(practice_id, [(row[0], row[1]) for row in rows])


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


def lock_audit_chain(session) -> None:  # noqa: ANN001 (a Session)
    """On the server, one writer of the audit chain at a time (until its commit), so two
    PCs never link two entries to the same head. SQLCipher's writers already take the
    write lock first (BEGIN IMMEDIATE): nothing to do there."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_CHAIN_LOCK})


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
# The embedded store's search runs on SQLite FTS5 indexes (migrations 0002, 0008), which
# PostgreSQL does not have. Until the server has its own index, the same match sets are
# found by scanning: a word typed matches where a word of the client's name, ID, phone,
# e-mail or policy numbers starts with it (FTS5's prefix query: the tokenizer's word
# characters are letters, digits, '@' and '.'), and from three characters on where it
# appears anywhere in the ID, phone (local digits), e-mail or policy numbers (ILIKE, as
# FTS5's trigram index). Not accent-blind: FTS5 removes diacritics, this does not.

def _local_digits(column: str) -> str:
    return (
        f"CASE WHEN {column} LIKE '+27%' THEN '0' || substr({column}, 4) "
        f"ELSE replace({column}, '+', '') END"
    )


def _local_form(column: str) -> str:
    return f"CASE WHEN {column} LIKE '+27%' THEN '0' || substr({column}, 4) END"


_POLICY_NUMBERS = (
    "(SELECT string_agg(p.policy_number, ' ') FROM policies p WHERE p.client_id = c.id)"
)
_PREFIX_DOCUMENT = (
    "concat_ws(' ', c.first_names, c.preferred_name, c.surname, c.entity_name, c.id_number, "
    "c.passport_number, c.registration_number, c.mobile, "
    f"{_local_form('c.mobile')}, c.home_phone, {_local_form('c.home_phone')}, c.work_phone, "
    f"{_local_form('c.work_phone')}, c.email, {_POLICY_NUMBERS})"
)
_SUBSTRING_DOCUMENT = (
    "concat_ws(' ', c.id_number, c.passport_number, c.registration_number, "
    f"{_local_digits('c.mobile')}, {_local_digits('c.home_phone')}, "
    f"{_local_digits('c.work_phone')}, c.email, {_POLICY_NUMBERS})"
)
_WORD_START = "(^|[^[:alnum:]@.])"


def _regex_literal(text: str) -> str:
    # PostgreSQL's regular expressions take a backslash before any other character as
    # that character itself.
    return "".join(ch if ch.isalnum() else "\\" + ch for ch in text)


def _like_literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_prefix_sql(name: str, words: list[str], params: dict[str, str]) -> str:
    """Client ids (as ``rowid``) where every word starts a word of the searchable text."""
    conditions = []
    for number, word in enumerate(words):
        param = f"{name}_{number}"
        params[param] = _WORD_START + _regex_literal(word)
        conditions.append(f"{_PREFIX_DOCUMENT} ~* :{param}")
    # Parameter names and fixed fragments only; typed text is bound.
    return f"SELECT c.id AS rowid FROM clients c WHERE {' AND '.join(conditions)}"  # noqa: S608


def search_substring_sql(name: str, word: str, params: dict[str, str]) -> str:
    params[name] = "%" + _like_literal(word) + "%"
    return (
        f"SELECT c.id AS rowid FROM clients c WHERE {_SUBSTRING_DOCUMENT} "  # noqa: S608
        f"ILIKE :{name} ESCAPE '\\'"
    )


def is_server_session(session) -> bool:  # noqa: ANN001
    bind = session.get_bind()
    return bind.dialect.name == "postgresql"
