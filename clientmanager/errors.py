"""Errors a user may see, each with what happened and what to do about it.

Messages here are shown in dialogs and printed by the CLI, so they never carry a key,
a password, or a client's personal information.
"""

from __future__ import annotations


class ClientManagerError(Exception):
    """Base for errors meant for a person: ``message`` says what happened, ``hint`` what to do."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class PracticeNotFound(ClientManagerError):
    pass


class PracticeAlreadyExists(ClientManagerError):
    pass


class WrongPassword(ClientManagerError):
    pass


class WrongRecoveryCode(ClientManagerError):
    pass


class KeySlotFileError(ClientManagerError):
    """The key-slot file is missing, damaged, or belongs to another practice."""


class DatabaseUnreadable(ClientManagerError):
    """The key was accepted by the slot file but the database will not open with it."""


class DatabaseBusy(ClientManagerError):
    pass


class IntegrityProblem(ClientManagerError):
    pass


class UnknownUser(ClientManagerError):
    pass


class KeyringUnavailable(ClientManagerError):
    pass


class NotFound(ClientManagerError):
    pass


class PermissionDenied(ClientManagerError):
    """The signed-in user's role does not allow this (enforced in services/, not only hidden
    in the UI)."""


class PracticeRekeyed(ClientManagerError):
    """The database was given a new key (a user was disabled elsewhere) while this copy of
    the app held the old one: unlock again; the database is not damaged."""
