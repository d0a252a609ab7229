"""Errors a user may see, each with what happened and what to do about it.

Messages here are shown in dialogs and printed by the CLI, so they never carry a key,
a password, or a client's personal information.

A message and its hint are English templates with named values
(``BackupCorrupt("The backup {name} is damaged.", name=folder.name)``): ``message`` and
``hint`` are the English text (what the CLI prints and logs show), and the desktop
translates ``template`` and ``hint_template`` before filling in ``values``
(ui/i18n.py ``error_text``). So every template must be a literal the translation
catalogue can list: tests/test_error_messages.py fails on one that is not.
"""

from __future__ import annotations


class ClientManagerError(Exception):
    """Base for errors meant for a person: ``message`` says what happened, ``hint`` what to do."""

    def __init__(self, message: str, *, hint: str = "", **values: object) -> None:
        self.template = message
        self.hint_template = hint
        self.values = values
        self.message = fill(message, values)
        self.hint = fill(hint, values)
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


def fill(template: str, values: dict[str, object]) -> str:
    """A template with its values; one without values is its own text (braces and all)."""
    return template.format(**values) if values and template else template


class Label(str):
    """A value that is itself one of the services' fixed texts (a role, a status), so the
    desktop shows it in the interface language too; it is its English self elsewhere."""

    __slots__ = ()


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


def practice_rekeyed() -> PracticeRekeyed:
    return PracticeRekeyed(
        "The practice was given a new key on another computer or in another "
        "window (a user was disabled), so this window must unlock it again.",
        hint="Sign in again with your password. The database is not damaged "
        "and nothing was lost; work not yet saved here must be entered again.",
    )


class PracticeInUse(ClientManagerError):
    """Another copy of ClientManager has the practice open for writing (the practice lock)."""

    def __init__(self, message: str, *, hint: str = "", holder: str = "", **values: object) -> None:
        super().__init__(message, hint=hint, **values)
        self.holder = holder


class ReadOnlyPractice(ClientManagerError):
    """The practice was opened read-only because another copy has it open."""


class StorageProblem(ClientManagerError):
    """The disk or folder refused a write: full, read-only, missing or locked. The data
    already written is intact; what failed is only what was being written now."""


class DiskFull(StorageProblem):
    pass


class FolderReadOnly(StorageProblem):
    pass


class FolderMissing(StorageProblem):
    pass


class FileLocked(StorageProblem):
    pass


class NewerDatabase(ClientManagerError):
    """The database was written by a newer version of the app than this one."""


class KeySlotDamaged(KeySlotFileError):
    """The key-slot file's checksum does not match: damaged, not a wrong password."""


# --- turning low-level failures into errors a person can act on -----------------------

_DISK_FULL_ERRNOS = {28, 27, 122}  # ENOSPC, EFBIG, EDQUOT
_READ_ONLY_ERRNOS = {30, 13, 1}  # EROFS, EACCES, EPERM
_MISSING_ERRNOS = {2, 20}  # ENOENT, ENOTDIR
_LOCKED_ERRNOS = {16, 11, 35}  # EBUSY, EAGAIN (Linux), EAGAIN (macOS)
_WINDOWS_LOCKED = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WINDOWS_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def disk_full(where: object = "") -> DiskFull:
    place = f" ({where})" if where else ""
    return DiskFull(
        "The disk is full{place}: nothing more could be written.",
        hint="Nothing already saved was lost; the step that needed space was not done. Free "
        "some space (empty the recycle bin, move large files off this disk), then try again. "
        "Do not restore a backup: the practice database is not damaged.",
        place=place,
    )


def folder_read_only(where: object = "") -> FolderReadOnly:
    place = f" {where}" if where else ""
    return FolderReadOnly(
        "The folder{place} cannot be written to (it is read-only, or you may not change it).",
        hint="Nothing was changed. Check the folder's permissions, or that the disk or USB "
        "drive is not write-protected, then try again.",
        place=place,
    )


def folder_missing(where: object = "") -> FolderMissing:
    place = f" {where}" if where else ""
    return FolderMissing(
        "The folder or file{place} is not there.",
        hint="Connect the drive it is on (or choose another folder) and try again.",
        place=place,
    )


def file_locked(where: object = "") -> FileLocked:
    place = f" {where}" if where else ""
    return FileLocked(
        "The file{place} is locked by another program.",
        hint="Close the program that has it open (a spreadsheet, a backup or sync tool, "
        "another copy of ClientManager) and try again.",
        place=place,
    )


def from_os_error(exc: OSError, where: object = "") -> StorageProblem | None:
    """The storage error an OSError stands for, or None when it is none of these."""
    where = where or (exc.filename or "")
    winerror = getattr(exc, "winerror", None)
    if exc.errno in _DISK_FULL_ERRNOS or winerror in _WINDOWS_FULL:
        return disk_full(where)
    if exc.errno in _LOCKED_ERRNOS or winerror in _WINDOWS_LOCKED:
        return file_locked(where)
    if exc.errno in _READ_ONLY_ERRNOS:
        return folder_read_only(where)
    if exc.errno in _MISSING_ERRNOS:
        return folder_missing(where)
    return None


def translate(exc: BaseException) -> ClientManagerError | None:
    """A person-facing error for a failure that escaped the services: disk full, a locked
    or read-only file. None when it is something else (a real bug, shown as such)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ClientManagerError):
            return current
        if isinstance(current, OSError):
            problem = from_os_error(current)
            if problem is not None:
                return problem
        original = getattr(current, "orig", None)
        message = str(original if original is not None else current).lower()
        if "database or disk is full" in message:
            return disk_full()
        if "readonly database" in message:
            return folder_read_only()
        if "database is locked" in message or "database is busy" in message:
            return DatabaseBusy(
                "The practice database is busy: another program is writing to it.",
                hint="Nothing was changed. Wait for it to finish (or close the other copy of "
                "ClientManager) and try again.",
            )
        if isinstance(original, BaseException) and original is not current:
            current = original
            continue
        current = current.__cause__ or current.__context__
    return None
