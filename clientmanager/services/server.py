"""Preparing the practice's own office server (PostgreSQL) for ClientManager.

``check_server`` reads what matters for the practice's data and says what is wrong in
words a practice manager can act on; ``prepare_server`` builds the schema through the same
Alembic history as the embedded store, with the application's least-privilege role and
a login for the desktops. Dialect details live in store/postgres.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clientmanager.domain.passwords import check_new_password, check_username
from clientmanager.store import postgres
from clientmanager.store.postgres import ServerAddress


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


@dataclass
class ServerCheck:
    version: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)


def check_server(address: ServerAddress, password: str | None) -> ServerCheck:
    facts = postgres.read_facts(address.engine(password))
    check = ServerCheck(facts.version)
    add = check.findings.append
    if facts.version_num >= postgres.MINIMUM_SERVER_VERSION:
        add(Finding(True, f"PostgreSQL {facts.version} (15 or newer is needed)."))
    else:
        add(Finding(False, f"PostgreSQL {facts.version} is too old: upgrade to 15 or newer."))
    if address.over_socket:
        add(Finding(True, "Connected over the server PC's own socket: no network involved."))
    if facts.ssl_on:
        add(Finding(True, "TLS is on (ssl = on)."))
    else:
        add(
            Finding(
                address.over_socket,
                "TLS is off (ssl = off): the other PCs could not connect safely. Set ssl = on "
                "with the server's certificate in postgresql.conf.",
            )
        )
    if facts.password_encryption == "scram-sha-256":
        add(Finding(True, "Passwords are stored as SCRAM-SHA-256."))
    else:
        add(
            Finding(
                False,
                f"password_encryption is {facts.password_encryption}: set it to "
                "scram-sha-256 in postgresql.conf, then set the passwords again.",
            )
        )
    if facts.remote_trust_rules is None:
        add(
            Finding(
                False,
                "pg_hba.conf could not be read (it needs a superuser): check by hand that no "
                "'host' line uses 'trust'.",
            )
        )
    elif facts.remote_trust_rules:
        add(
            Finding(
                False,
                "pg_hba.conf lets other computers in without a password ('trust'): "
                + "; ".join(facts.remote_trust_rules)
                + ". Change them to scram-sha-256.",
            )
        )
    else:
        add(Finding(True, "pg_hba.conf has no 'trust' line for other computers."))
    return check


@dataclass(frozen=True)
class PreparedServer:
    check: ServerCheck
    revision: str
    app_login: str | None


def prepare_server(
    address: ServerAddress,
    password: str | None,
    *,
    app_login: str | None = None,
    app_password: str | None = None,
) -> PreparedServer:
    """Check, then build the schema and the roles. Refuses a server whose check fails."""
    check = check_server(address, password)
    if not check.ok:
        return PreparedServer(check, "", None)
    engine = address.engine(password)
    revision = postgres.build_schema(engine)
    postgres.grant_app_role(engine)
    if app_login:
        name = check_username(app_login)
        postgres.create_app_login(
            engine, name, check_new_password(app_password or "", username=name)
        )
    return PreparedServer(check, revision, app_login)
