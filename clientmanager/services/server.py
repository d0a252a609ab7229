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


# --- a practice on the server (issue 18) ----------------------------------------------------


def desktop_url(address: ServerAddress, login: str) -> str:
    """The same server address with the desktops' login as its user."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(address.url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=quote(login, safe="") + "@" + host))


@dataclass
class ServerPractice:
    check: ServerCheck | None  # None when the server was already prepared
    practice: object | None  # the OpenPractice, None when the check refused the server
    recovery_code: str
    desktop_url: str
    password_in_keyring: bool


def create_server_practice(
    address: ServerAddress,
    password: str | None,
    *,
    paths,  # noqa: ANN001 (PracticePaths)
    practice_name: str,
    admin_username: str,
    admin_password: str,
    app_login: str | None = None,
    app_password: str | None = None,
    admin_full_name: str | None = None,
    information_officer_name: str | None = None,
    information_officer_email: str | None = None,
) -> ServerPractice:
    """``clientmanager init --server``: with the server's owner account, check and prepare
    the server (schema, roles, the desktops' login ``app_login``) and create the practice
    there; with the desktops' own login (a server prepared before), just create it.
    The desktops' login never has the owner's rights, and its password is kept in the
    OS keyring when this PC has one."""
    from clientmanager.services.practice import create_practice_on_server

    facts = postgres.read_facts(address.engine(password))
    check = None
    if facts.is_superuser:
        if not app_login:
            raise postgres.ServerPracticeError(
                "That is the server's owner account: the desktops must not sign in with it.",
                hint="Add --app-login NAME: init creates that login for the desktops, with "
                "no right to change the audit log.",
            )
        prepared = prepare_server(address, password, app_login=app_login, app_password=app_password)
        if not prepared.check.ok:
            return ServerPractice(prepared.check, None, "", "", False)
        check = prepared.check
        url, login_password = desktop_url(address, app_login), app_password
    else:
        url, login_password = address.url, password
    postgres.use_app_password(url, login_password)
    practice, code = create_practice_on_server(
        paths=paths,
        server_url=url,
        practice_name=practice_name,
        admin_username=admin_username,
        admin_password=admin_password,
        admin_full_name=admin_full_name,
        information_officer_name=information_officer_name,
        information_officer_email=information_officer_email,
    )
    kept = bool(login_password) and postgres.remember_app_password(url, login_password)
    return ServerPractice(check, practice, code, url, kept)


@dataclass(frozen=True)
class JoinedServer:
    practice_id: str
    practice_name: str
    usernames: list[str]
    password_in_keyring: bool


def join_server_practice(paths, address: ServerAddress, password: str | None) -> JoinedServer:  # noqa: ANN001
    """``clientmanager join``: set this PC's data folder up for the practice on the server,
    connecting as the desktops' login."""
    from clientmanager.services.practice import join_practice_on_server

    postgres.use_app_password(address.url, password)
    try:
        joined = join_practice_on_server(paths, address.url)
    except BaseException:
        postgres.forget_app_password(address.url)
        raise
    kept = bool(password) and postgres.remember_app_password(address.url, password)
    return JoinedServer(joined.practice_id, joined.practice_name, joined.usernames, kept)


# --- the desktops' login password on a PC without it (the desktop's first dialog) -----------


def login_password_needed(paths) -> str | None:  # noqa: ANN001 (PracticePaths)
    """The desktops' login name when this PC's practice is on the office server and its
    password is neither remembered in the keyring nor given in the environment; None
    when nothing needs asking."""
    if not postgres.is_server_folder(paths.data_dir):
        return None
    connection = postgres.ServerConnection.read(paths.data_dir)
    if postgres.known_app_password(connection.url):
        return None
    return connection.address.user


def use_login_password(paths, password: str, *, remember: bool) -> bool:  # noqa: ANN001
    """Try the desktops' login password against the server; keep it for this session, and
    in the keyring when asked (True when it was kept there). A password the server refuses
    raises WrongServerPassword and is not kept."""
    url = postgres.ServerConnection.read(paths.data_dir).url
    postgres.try_app_password(url, password)
    postgres.use_app_password(url, password)
    return remember and postgres.remember_app_password(url, password)
