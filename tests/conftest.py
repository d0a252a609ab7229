"""Shared fixtures: a real encrypted practice on tmp_path, and an in-memory keyring.

The in-memory keyring is the one stand-in the project allows: tests must never touch the
developer's real keyring, and CI machines have none.
"""

from __future__ import annotations

import os
from pathlib import Path

# Qt must never need a display in tests; set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from clientmanager.paths import PracticePaths
from clientmanager.services.practice import OpenPractice
from tests.backends import BACKENDS, make_practice

ADMIN = "thandi"
ADMIN_PASSWORD = "Correct horse battery 42"


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1
    name = "test memory keyring"

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fail_keyring() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def practice_paths(tmp_path: Path) -> PracticePaths:
    return PracticePaths(tmp_path / "practice")


def pytest_configure(config) -> None:  # noqa: ANN001
    config.addinivalue_line(
        "markers",
        "both_backends: run the module's practice tests on SQLCipher and on PostgreSQL "
        "(tests/backends.py)",
    )
    config.addinivalue_line(
        "markers", "sqlcipher_only(reason): in a both_backends module, SQLCipher only"
    )
    config.addinivalue_line(
        "markers", "slow: takes a minute or so (a 10k-client practice); -m 'not slow' skips"
    )


# The packaging tests that share the session's PyInstaller bundle (built once, about 2 minutes
# in CI) and its wine prefix with the compiled Windows setup: one worker runs them all.
BUNDLE_MODULES = frozenset(
    {"tests/packaging/test_frozen_bundle.py", "tests/packaging/test_windows_installer.py"}
)
BUNDLE_GROUP = "packaging-bundle"


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # before xdist's own scheduler
def pytest_xdist_make_scheduler(config, log):  # noqa: ANN001, ANN201
    """``--dist loadgroup`` (pyproject.toml's addopts) with whole modules as the units: a
    module's module- and class-scoped fixtures (a PostgreSQL cluster, network namespaces, a
    demo practice) are built on one worker only, and the bundle's two modules are one unit,
    handed out first so its few minutes overlap the rest of the run.

    Grouping by xdist_group marks alone does not work with pytest 9.2: xdist 3.8 still
    writes the group into ``item._nodeid``, which pytest no longer reads (pytest-xdist
    issue 1386), so the tests were dealt out one by one."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from collections import OrderedDict

    from xdist.scheduler import LoadGroupScheduling

    class BundleFirst(OrderedDict):
        def __setitem__(self, key, value) -> None:  # noqa: ANN001
            super().__setitem__(key, value)
            if key == BUNDLE_GROUP:
                self.move_to_end(key, last=False)

    class ModuleScheduling(LoadGroupScheduling):
        def __init__(self, config, log) -> None:  # noqa: ANN001
            super().__init__(config, log)
            self.workqueue = BundleFirst()

        def _split_scope(self, nodeid: str) -> str:
            if nodeid.rfind("@") > nodeid.rfind("]"):  # an xdist_group mark xdist did apply
                return super()._split_scope(nodeid)
            module = nodeid.split("::", 1)[0]
            return BUNDLE_GROUP if module in BUNDLE_MODULES else module

    return ModuleScheduling(config, log)


def pytest_generate_tests(metafunc) -> None:  # noqa: ANN001
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("both_backends") is None:
        return
    backends = list(BACKENDS)
    if metafunc.definition.get_closest_marker("sqlcipher_only") is not None:
        backends = ["sqlcipher"]
    metafunc.parametrize("backend", backends, indirect=True, scope="session")


@pytest.fixture(scope="session")
def backend(request) -> str:  # noqa: ANN001
    """Which backend the practice fixtures build: "sqlcipher" unless the module is marked
    ``both_backends`` (then each test runs on each)."""
    return getattr(request, "param", "sqlcipher")


@pytest.fixture(scope="session")
def server_practices():
    """The session's one PostgreSQL cluster, with a prepared template database."""
    from tests.backends import start_server_practices

    with start_server_practices() as started:
        yield started


@pytest.fixture(scope="session")
def practice_maker(backend, request):  # noqa: ANN001, ANN201
    """``maker(paths, **details) -> (OpenPractice, recovery_code)`` on this test's backend;
    ``maker.drop(practice)`` removes a server practice's database when done."""
    servers = request.getfixturevalue("server_practices") if backend == "postgresql" else None

    class Maker:
        on_server = servers is not None

        def __call__(self, paths: PracticePaths, **details) -> tuple[OpenPractice, str]:
            return make_practice(backend, servers, paths, **details)

        def drop(self, practice: OpenPractice) -> None:
            if servers is not None:
                database = practice.engine.url.database if practice.engine else None
                practice.close()
                if database:
                    servers.drop(database)

        def drop_database(self, database: str) -> None:
            if servers is not None:
                servers.drop(database)

    return Maker()


@pytest.fixture
def new_practice(practice_paths: PracticePaths, practice_maker) -> tuple[OpenPractice, str]:  # noqa: ANN001
    practice, recovery_code = practice_maker(
        practice_paths,
        practice_name="Mokoena & Müller Financial Planning",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_full_name="Thandi Mokoena",
        information_officer_name="Thandi Mokoena",
    )
    database = practice.engine.url.database if practice_maker.on_server else None
    yield practice, recovery_code
    practice.close()
    if database:
        practice_maker.drop_database(database)


@pytest.fixture
def practice(new_practice: tuple[OpenPractice, str]) -> OpenPractice:
    return new_practice[0]


@pytest.fixture
def recovery_code(new_practice: tuple[OpenPractice, str]) -> str:
    return new_practice[1]
