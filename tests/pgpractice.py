"""Fixtures for a practice on a throw-away PostgreSQL cluster (tests/pgcluster.py), set up
the way a practice manager would: the first PC creates it on the server, a second joins."""

from __future__ import annotations

import os

import pytest

from clientmanager.paths import PracticePaths
from clientmanager.services import server
from clientmanager.store import postgres
from clientmanager.store.postgres import ServerAddress
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.pgcluster import (
    APP_LOGIN,
    APP_PASSWORD,
    SUPERUSER_PASSWORD,
    running_cluster,
    server_binaries,
)


@pytest.fixture(scope="module")
def cluster():
    if server_binaries() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install PostgreSQL (see .ci/run)")
        pytest.skip(
            "no PostgreSQL 15+ server binaries on this machine (apt-get install postgresql)"
        )
    with running_cluster() as running:
        yield running


@pytest.fixture(autouse=True)
def no_remembered_login_passwords():
    postgres._PASSWORDS.clear()
    postgres.set_password_prompt(None)
    yield
    postgres._PASSWORDS.clear()
    postgres.set_password_prompt(None)


@pytest.fixture
def owner_address(cluster, request):
    name = "office_" + "".join(
        ch if ch.isalnum() else "_" for ch in request.node.name[-40:].lower()
    )
    cluster.psql(f"DROP DATABASE IF EXISTS {name}")
    cluster.psql(f"CREATE DATABASE {name}")
    return ServerAddress.parse(cluster.url(database=name))


@pytest.fixture
def two_pcs(tmp_path, owner_address):
    """The first PC creates the practice on the server; the second joins it."""
    first = PracticePaths(tmp_path / "reception")
    second = PracticePaths(tmp_path / "planner-office")
    created = server.create_server_practice(
        owner_address,
        SUPERUSER_PASSWORD,
        paths=first,
        practice_name="Karoo Wealth",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        app_login=APP_LOGIN,
        app_password=APP_PASSWORD,
    )
    assert created.practice is not None, [f.text for f in created.check.findings]
    created.practice.close()
    postgres._PASSWORDS.clear()  # the second PC knows only what join is told
    server.join_server_practice(second, ServerAddress.parse(created.desktop_url), APP_PASSWORD)
    return first, second, created
