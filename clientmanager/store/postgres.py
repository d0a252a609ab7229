"""The office-server backend's database specifics: connecting to the practice's own
PostgreSQL server, reading its security settings, and building the schema and the
application's least-privilege role.

Only the one server the practice manager configured is ever contacted. Over TCP the
connection must verify the server's certificate against the practice's CA or the
server's own certificate (``sslmode=verify-full`` with ``sslrootcert``); a Unix socket
on the server PC itself needs no TLS.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa

from clientmanager.errors import ClientManagerError

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


def build_schema(engine: sa.Engine) -> str:
    """The schema through the same Alembic history as the embedded store; returns the
    revision the server is then at."""
    from clientmanager.store import migrate

    migrate.upgrade(engine)
    return migrate.current_revision(engine) or ""


def grant_app_role(engine: sa.Engine) -> None:
    """A role for the application's logins: every table, but only SELECT and INSERT on
    the evidence tables (their triggers refuse changes too)."""
    with engine.begin() as connection:
        run = connection.exec_driver_sql
        exists = run("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": APP_ROLE}).first()
        if exists is None:
            run(f"CREATE ROLE {APP_ROLE} NOLOGIN")
        run(f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}")
        run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_ROLE}")
        run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}")
        for table in APPEND_ONLY_TABLES:
            run(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {APP_ROLE}")


def create_app_login(engine: sa.Engine, username: str, password: str) -> None:
    """A login for the desktops, member of the application role and nothing more. The
    password is sent as a SCRAM verifier computed here, never as plain text."""
    from psycopg import sql

    with engine.begin() as connection:
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
