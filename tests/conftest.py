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
from clientmanager.services.practice import OpenPractice, create_practice

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


@pytest.fixture
def new_practice(practice_paths: PracticePaths) -> tuple[OpenPractice, str]:
    practice, recovery_code = create_practice(
        paths=practice_paths,
        practice_name="Mokoena & Müller Financial Planning",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_full_name="Thandi Mokoena",
        information_officer_name="Thandi Mokoena",
    )
    yield practice, recovery_code
    practice.close()


@pytest.fixture
def practice(new_practice: tuple[OpenPractice, str]) -> OpenPractice:
    return new_practice[0]


@pytest.fixture
def recovery_code(new_practice: tuple[OpenPractice, str]) -> str:
    return new_practice[1]
