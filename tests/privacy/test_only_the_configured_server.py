"""A practice on the office server talks to that one server and nothing else (issue 18).

Two network namespaces joined by a veth pair stand for the office: one holds the test's
own PostgreSQL, listening on TCP at SERVER_IP with TLS (a CA made here, a server
certificate for that IP address) and SCRAM-SHA-256 in pg_hba.conf; the other is the
planner's PC, whose only route is the link to the server. The real command line
(``python -m clientmanager``) runs on the PC side under ``strace -f``, so every
``connect()`` the process or any library it loads makes (libpq's included, which Python's
audit hooks cannot see) is recorded with its address; the test then asserts that each
one went to the server's address and port. The commands are those a practice manager
runs: ``init --server``, ``join`` on a second PC, ``demo`` (adds clients), ``export``
(lists them), ``check``; and two that must be refused: an address without
``sslmode=verify-full`` (refused before any connection), and the right server checked
against the wrong CA (a real TLS handshake, refused with a message).

Needs root (network namespaces, veth), iproute2, strace and PostgreSQL's server binaries:
skipped, saying which is missing, elsewhere; in CI (``CI=true``, root on Debian, ``.ci/run``
installs them) it must run.
"""

from __future__ import annotations

import csv
import datetime as dt
import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.pgcluster import (
    APP_LOGIN,
    APP_PASSWORD,
    SUPERUSER,
    SUPERUSER_PASSWORD,
    running_cluster,
    server_binaries,
)

SERVER_IP = "10.98.0.1"
PC_IP = "10.98.0.2"
OFFICE_NET = "10.98.0.0/24"
DATABASE = "karoo"
SUFFIX = str(os.getpid())
SERVER_NS = f"cm-srv-{SUFFIX}"
PC_NS = f"cm-pc-{SUFFIX}"


def _why_not() -> str | None:
    if not sys.platform.startswith("linux"):
        return f"network namespaces are Linux-only (this is {sys.platform})"
    if os.geteuid() != 0:
        return "creating network namespaces and a veth pair (ip netns) needs root"
    for tool, package in (("ip", "iproute2"), ("strace", "strace"), ("runuser", "util-linux")):
        if shutil.which(tool) is None:
            return f"the {tool} command is not installed (apt-get install {package})"
    if server_binaries() is None:
        return "no PostgreSQL 15+ server binaries (apt-get install postgresql)"
    probe = f"cm-probe-{SUFFIX}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"this machine does not allow 'ip netns add': {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "delete", probe], capture_output=True)
    return None


WHY_NOT = _why_not()


@pytest.fixture(scope="module", autouse=True)
def _runs_in_ci():
    if WHY_NOT is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the office-network test: {WHY_NOT} (see .ci/run)")
        pytest.skip(WHY_NOT)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def office_network():
    """The server's namespace and the PC's, linked by one veth pair and nothing else."""
    server_end, pc_end = f"cms{SUFFIX}"[:15], f"cmp{SUFFIX}"[:15]
    _ip("netns", "add", SERVER_NS)
    try:
        _ip("netns", "add", PC_NS)
        _ip(
            "link",
            "add",
            server_end,
            "netns",
            SERVER_NS,
            "type",
            "veth",
            "peer",
            "name",
            pc_end,
            "netns",
            PC_NS,
        )
        for namespace, end, address in ((SERVER_NS, server_end, SERVER_IP), (PC_NS, pc_end, PC_IP)):
            # IPv4 on the link only: no IPv6 link-local addresses or routes either.
            # (The namespace's own /proc/sys/net; absent where the kernel has no IPv6.)
            subprocess.run(
                [
                    "ip",
                    "netns",
                    "exec",
                    namespace,
                    "sh",
                    "-c",
                    f"for f in all {end}; do p=/proc/sys/net/ipv6/conf/$f/disable_ipv6; "
                    '[ -e "$p" ] && echo 1 > "$p"; done; true',
                ],
                check=True,
                capture_output=True,
            )
            _ip("-n", namespace, "addr", "add", f"{address}/24", "dev", end)
            _ip("-n", namespace, "link", "set", end, "up")
        yield
    finally:
        # Deleting a namespace deletes its end of the pair, and so the pair.
        for namespace in (PC_NS, SERVER_NS):
            subprocess.run(["ip", "netns", "delete", namespace], capture_output=True)


def _certificate_authority(name: str):  # noqa: ANN202
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def _pem(certificate) -> bytes:  # noqa: ANN001
    from cryptography.hazmat.primitives import serialization

    return certificate.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """The practice's CA, the server's certificate for SERVER_IP, and an unrelated CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    folder = tmp_path_factory.mktemp("office-ca")
    ca_key, ca = _certificate_authority("Karoo Wealth office CA")
    _other_key, other_ca = _certificate_authority("Somebody else's CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, SERVER_IP)]))
        .issuer_name(ca.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(SERVER_IP))]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = {
        "ca": folder / "office-ca.pem",
        "other_ca": folder / "other-ca.pem",
        "server_cert": folder / "server.crt",
        "server_key": folder / "server.key",
    }
    paths["ca"].write_bytes(_pem(ca))
    paths["other_ca"].write_bytes(_pem(other_ca))
    paths["server_cert"].write_bytes(_pem(server))
    paths["server_key"].write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture(scope="module")
def office_server(office_network, certificates):
    """PostgreSQL inside the server's namespace: TLS on SERVER_IP, SCRAM only."""

    def configure(data: Path, owner: str | None) -> None:
        for name in ("server_cert", "server_key"):
            target = data / certificates[name].name
            shutil.copyfile(certificates[name], target)
            target.chmod(0o600)
            if owner is not None:
                shutil.chown(target, owner, owner)
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                "password_encryption = 'scram-sha-256'\n"
            )
        # The test itself reaches the server over the Unix socket (as its owner); every
        # network client must come over TLS from the office's subnet with SCRAM.
        (data / "pg_hba.conf").write_text(
            f"local all all scram-sha-256\nhostssl all all {OFFICE_NET} scram-sha-256\n",
            encoding="utf-8",
        )

    with running_cluster(
        listen_addresses=SERVER_IP,
        configure=configure,
        enter=["ip", "netns", "exec", SERVER_NS],
    ) as cluster:
        cluster.psql(f"CREATE DATABASE {DATABASE}")
        yield cluster


def _url(cluster, user: str, ca: Path, *, sslmode: str = "verify-full") -> str:  # noqa: ANN001
    return (
        f"postgresql://{user}@{SERVER_IP}:{cluster.port}/{DATABASE}"
        f"?sslmode={sslmode}&sslrootcert={ca}"
    )


# Python-level network events as well (host or address only), beside strace's record.
WRAPPER = textwrap.dedent(
    """
    import atexit, json, sys
    events = []
    def watch(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                     "socket.gethostbyaddr", "http.client.connect", "urllib.Request"):
            target = args[1] if event == "socket.connect" else args[0]
            events.append([event, repr(target)])
    sys.addaudithook(watch)
    log = sys.argv.pop(1)
    atexit.register(lambda: open(log, "w").write(json.dumps(events)))
    from clientmanager.__main__ import main
    sys.argv[0] = "clientmanager"
    sys.exit(main())
    """
)

# glibc asks its name-service cache daemon, over this local Unix socket, before reading
# /etc/passwd when an account is looked up (libpq does, for the OS user): never the network.
NAME_SERVICE_CACHE = {("AF_UNIX", '"/var/run/nscd/socket"'), ("AF_UNIX", '"/run/nscd/socket"')}
_ADDRESS = re.compile(r"\{sa_family=(AF_[A-Z0-9]+)(?P<rest>[^}]*)\}")
_INET = re.compile(r'sin_port=htons\((\d+)\), sin_addr=inet_addr\("([0-9.]+)"\)')
_UNIX = re.compile(r'sun_path=(@?"[^"]*")')


def _targets(trace: Path) -> list[tuple[str, str]]:
    """Every address a traced call named: (family, address) pairs."""
    found = []
    for line in trace.read_text(errors="replace").splitlines():
        if not re.search(r"\b(connect|sendto|sendmsg)\(", line):
            continue
        for match in _ADDRESS.finditer(line):
            family, rest = match.group(1), match.group("rest")
            if family == "AF_INET" and (inet := _INET.search(rest)):
                found.append((family, f"{inet.group(2)}:{inet.group(1)}"))
            elif family == "AF_UNIX" and (unix := _UNIX.search(rest)):
                found.append((family, unix.group(1)))
            else:
                found.append((family, rest.strip(", ")))
    return found


def on_the_pc(tmp_path: Path, name: str, *args: str):  # noqa: ANN201
    """Run the CLI in the PC's namespace under strace; the result, the addresses it
    reached, and the Python-level network events."""
    trace, events = tmp_path / f"{name}.strace", tmp_path / f"{name}.events.json"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PG", "CLIENTMANAGER_"))
    }
    env.update(
        HOME=str(tmp_path),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        CLIENTMANAGER_SERVER_PASSWORD=SUPERUSER_PASSWORD,
        CLIENTMANAGER_APP_PASSWORD=APP_PASSWORD,
        CLIENTMANAGER_PASSWORD=ADMIN_PASSWORD,
    )
    result = subprocess.run(
        [
            "ip",
            "netns",
            "exec",
            PC_NS,
            "strace",
            "-f",
            "-qq",
            "-s",
            "256",
            "-e",
            "trace=connect,sendto,sendmsg",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            WRAPPER,
            str(events),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    recorded = json.loads(events.read_text()) if events.exists() else None
    return result, _targets(trace), recorded


def test_the_pc_reaches_the_server_and_has_no_other_route(office_server):
    routes = subprocess.run(
        ["ip", "-n", PC_NS, "route", "show", "table", "all"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Only the office link's own subnet (and local/broadcast entries for it): no default.
    assert "default" not in routes, routes
    office = ipaddress.ip_network(OFFICE_NET)
    for line in routes.splitlines():
        destination = (
            line.split()[1] if line.split()[0] in ("local", "broadcast") else line.split()[0]
        )
        assert ipaddress.ip_network(destination, strict=False).subnet_of(office), routes
    probe = subprocess.run(
        [
            "ip",
            "netns",
            "exec",
            PC_NS,
            sys.executable,
            "-c",
            "import socket\n"
            "try:\n    socket.create_connection(('192.0.2.1', 443), timeout=2); print('out')\n"
            "except OSError:\n    print('no way out')\n",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "no way out"


def test_the_command_line_connects_only_to_the_configured_server(
    office_server, certificates, tmp_path
):
    cluster = office_server
    server = f"{SERVER_IP}:{cluster.port}"
    owner_url = _url(cluster, SUPERUSER, certificates["ca"])
    desktop_url = _url(cluster, APP_LOGIN, certificates["ca"])
    first, second = tmp_path / "reception", tmp_path / "planner-office"
    reached: dict[str, list[tuple[str, str]]] = {}

    def run(name: str, *args: str) -> subprocess.CompletedProcess:
        result, targets, events = on_the_pc(tmp_path, name, *args)
        assert result.returncode == 0, f"{name}: {result.stdout}\n{result.stderr}"
        assert "Traceback" not in result.stderr, result.stderr
        reached[name] = targets
        # Python's own sockets (psycopg resolves the host before libpq connects) name
        # nothing but the server either.
        assert events is not None, f"{name}: the wrapper wrote no events"
        assert {target for _event, target in events} <= {
            repr(SERVER_IP),
            repr((SERVER_IP, cluster.port)),
        }, events
        return result

    init = run(
        "init",
        "init",
        "--data-dir",
        str(first),
        "--practice",
        "Karoo Wealth",
        "--admin",
        ADMIN,
        "--server",
        owner_url,
        "--app-login",
        APP_LOGIN,
    )
    assert 'Created the practice "Karoo Wealth" on the office server.' in init.stdout
    run("join", "join", "--data-dir", str(second), "--server", desktop_url)
    demo = run("demo", "demo", "--clients", "12", "--data-dir", str(second), "--user", ADMIN)
    assert "Added synthetic data" in demo.stdout
    listing = tmp_path / "clients.csv"
    run(
        "export",
        "export",
        "--format",
        "csv",
        "--out",
        str(listing),
        "--data-dir",
        str(first),
        "--user",
        ADMIN,
    )
    with open(listing, newline="", encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == 12
    check = run("check", "check", "--data-dir", str(first), "--user", ADMIN)
    assert "Checks passed (office server)" in check.stdout

    for name, targets in reached.items():
        assert ("AF_INET", server) in targets, f"{name} never reached the server: {targets}"
        elsewhere = [
            target
            for target in targets
            if target != ("AF_INET", server) and target not in NAME_SERVICE_CACHE
        ]
        assert elsewhere == [], f"{name} connected elsewhere than {server}: {elsewhere}"
    # The server saw TLS connections only (pg_hba allows nothing else from the network).
    tls = cluster.psql(
        "SELECT count(*) FILTER (WHERE NOT ssl) FROM pg_stat_ssl JOIN pg_stat_activity "
        "USING (pid) WHERE client_addr IS NOT NULL"
    )
    assert tls == "0"


def test_an_address_without_verify_full_is_refused_before_any_connection(
    office_server, certificates, tmp_path
):
    for sslmode in ("require", "verify-ca", "prefer"):
        result, targets, _events = on_the_pc(
            tmp_path,
            f"join-{sslmode}",
            "join",
            "--data-dir",
            str(tmp_path / sslmode),
            "--server",
            _url(office_server, APP_LOGIN, certificates["ca"], sslmode=sslmode),
        )
        assert result.returncode == 1, result.stdout
        assert (
            "Over the network the connection must check the server's certificate." in result.stderr
        )
        assert "Traceback" not in result.stderr
        assert [t for t in targets if t not in NAME_SERVICE_CACHE] == [], targets
        assert not (tmp_path / sslmode).exists()


def test_the_server_checked_against_the_wrong_ca_is_refused_with_the_message(
    office_server, certificates, tmp_path
):
    cluster = office_server
    for command in (
        [
            "join",
            "--data-dir",
            str(tmp_path / "pc"),
            "--server",
            _url(cluster, APP_LOGIN, certificates["other_ca"]),
        ],
        [
            "init",
            "--data-dir",
            str(tmp_path / "pc"),
            "--practice",
            "Elsewhere",
            "--admin",
            ADMIN,
            "--server",
            _url(cluster, SUPERUSER, certificates["other_ca"]),
        ],
    ):
        result, targets, _events = on_the_pc(tmp_path, f"wrong-ca-{command[0]}", *command)
        assert result.returncode == 1, result.stdout
        assert "The office server's certificate was not accepted" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
        # A real handshake with the real server, and nothing else.
        assert ("AF_INET", f"{SERVER_IP}:{cluster.port}") in targets, targets
        assert {t for t in targets if t not in NAME_SERVICE_CACHE} == {
            ("AF_INET", f"{SERVER_IP}:{cluster.port}")
        }
        assert not (tmp_path / "pc").exists()
