"""Creating, unlocking and checking a practice.

An :class:`OpenPractice` is what a successful unlock yields: the engine and session factory
for the encrypted database, and who unlocked it. The UI keeps exactly one; the CLI makes
one per command. Closing it disposes the engine and drops the key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from clientmanager.domain.passwords import check_new_password, check_username
from clientmanager.errors import (
    ClientManagerError,
    DatabaseUnreadable,
    IntegrityProblem,
    KeySlotFileError,
    NewerDatabase,
    PracticeAlreadyExists,
    PracticeNotFound,
    PracticeRekeyed,
    UnknownUser,
    WrongPassword,
    WrongRecoveryCode,
    from_os_error,
    practice_rekeyed,
)
from clientmanager.paths import PracticePaths
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.auth import (
    SignInThrottle,
    hash_password,
    needs_rehash,
)
from clientmanager.services.permissions import Permission, require
from clientmanager.store import keyring_cache, migrate, sealed
from clientmanager.store import sqlcipher as db
from clientmanager.store.engine import (
    create_practice_engine,
    damaged_database_error,
    damaged_pages,
    dispose_practice_engine,
    explain,
    release_idle_memory,
    session_factory,
)
from clientmanager.store.fieldcrypt import SealedFieldDamaged
from clientmanager.store.files import write_atomically
from clientmanager.store.keyslots import KeySlotFile, new_recovery_code
from clientmanager.store.models import Practice, User, utcnow
from clientmanager.store.practice_lock import PracticeLock

logger = logging.getLogger(__name__)

ROLES = ("administrator", "planner", "assistant", "compliance")
RECOVERY_CODE_NAME = "(recovery code)"
# How many times a transaction the office server gave up on (another PC raced it) is run.
CONFLICT_ATTEMPTS = 5


@dataclass
class OpenPractice:
    paths: PracticePaths
    practice_id: str
    practice_name: str
    engine: sa.Engine
    sessions: sessionmaker[Session]
    actor: Actor
    pre_upgrade_copy: Path | None = None
    _key: bytes | None = field(default=None, repr=False)
    # Opened read-only because another copy of the app holds the practice lock.
    read_only: bool = False
    # The practice lock, when this OpenPractice took it (the CLI's writers do; the desktop
    # keeps its own for as long as it runs, across idle locks).
    lock: PracticeLock | None = field(default=None, repr=False)
    # Wrong passwords (and second-factor codes) for this user since their last sign-in, as
    # counted when they signed in: the desktop tells them instead of resetting silently.
    failed_sign_ins_before: int = 0
    # The practice lives on the office server (PostgreSQL), reached through the data
    # folder's connection file; False for the practice in one SQLCipher file.
    on_server: bool = False
    # Opened without the whole-file page check (``defer_page_check``): the caller runs
    # :func:`check_pages` soon after.
    pages_unchecked: bool = False
    # That check while a command works (:class:`PageCheckBeside`), if one was started.
    page_check: PageCheckBeside | None = None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one operation: committed on success, rolled back on error.

        A busy database, a full disk or a read-only folder each become their own error
        (naming who holds the practice when it is busy), never a raw driver traceback."""
        if self.sessions is None or not self.is_open:
            raise RuntimeError("the practice is locked")
        try:
            with self.sessions() as session, session.begin():
                yield session
        except (sa.exc.DatabaseError, OSError) as exc:
            if isinstance(exc, OSError):
                problem = from_os_error(exc)
            elif self.on_server:
                problem = _server_problem(exc)
            else:
                problem = explain(exc, self.paths.database, read_only=self.read_only)
            if isinstance(problem, IntegrityProblem):
                problem = self._damage_or_rekeyed(problem)
            if problem is not None:
                raise problem from None
            raise
        except DatabaseUnreadable as exc:
            raise self._damage_or_rekeyed(exc) from None
        except SealedFieldDamaged:
            # Sealed under a newer key (a re-key on another PC), or really changed there.
            from clientmanager.store import postgres

            if postgres.key_is_stale(self.engine, self.practice_id):
                raise practice_rekeyed() from None
            raise

    def transact(self, work: Callable[[Session], object]) -> object:
        """``work(session)`` in one transaction, committed on success. On the office server
        a transaction the server gave up on because another PC's raced it (a deadlock or
        a serialisation failure) is run again from the start, a few times, before the
        person is told; nothing of a failed attempt was kept. ``work`` must therefore do
        nothing but database work (read what it needs inside)."""

        def attempt() -> object:
            with self.session() as session:
                return work(session)

        if not self.on_server:
            return attempt()
        return run_again_on_conflict(attempt)

    def listen_for_changes(self, deliver: Callable[[set[str]], None]):  # noqa: ANN201
        """On the office server: call ``deliver`` (from a thread of its own) with the kinds
        of change ("clients", "registers", ...) other PCs commit, until ``stop()`` is called
        on what this returns. None for a practice in one file: nobody else writes it."""
        if not self.on_server:
            return None
        from clientmanager.store import postgres

        return postgres.listen_for_changes(
            postgres.ServerConnection.read(self.paths.data_dir), deliver, self.engine
        )

    def _damage_or_rekeyed(self, error: Exception) -> Exception:
        """A key that stopped working is a re-key made elsewhere when the anchor beside the
        key-slot file was signed under another key: ask to unlock again, not to restore."""
        if self._key is not None:
            anchor = sealed.read_anchor(audit.anchor_path(self.paths.key_slots))
            if anchor is not None and anchor.get("key_id") != sealed.key_id(self._key):
                return practice_rekeyed()
        return error

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise RuntimeError("the practice is locked")
        return self._key

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def release_idle_memory(self) -> None:
        """After one-off work (the desktop's start-up): close idle connections and give
        their caches back to the system. The practice stays open."""
        if self.is_open and not self.on_server:
            release_idle_memory(self.engine)

    def close(self) -> None:
        # Python cannot wipe memory, but dropping every reference (engine, pool, the
        # connection factory's key) lets the key go at once instead of living as long as
        # the app; an engine someone still holds can no longer reconnect.
        dispose_practice_engine(self.engine)
        self.engine = None  # type: ignore[assignment]
        self._key = None
        self.sessions = None  # type: ignore[assignment]
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _require_practice(paths: PracticePaths) -> None:
    if not paths.database.exists() and not _on_server(paths):
        raise PracticeNotFound(
            "There is no practice database in {data_dir}.",
            hint="Create one with 'clientmanager init', choose the right folder with "
            "--data-dir, or restore a backup.",
            data_dir=paths.data_dir,
        )


def _checked_founding(
    practice_name: str, admin_username: str, admin_password: str
) -> tuple[str, str]:
    """A new practice's name and first user name, checked (with the password) before
    anything is written: on this PC or on the office server alike."""
    practice_name = practice_name.strip()
    if not practice_name:
        raise ValueError("the practice needs a name")
    username = check_username(admin_username)
    check_new_password(admin_password, username=username)
    return practice_name, username


def _new_keys(
    practice_id: str, username: str, admin_password: str, recovery_code: str | None
) -> tuple[bytes, KeySlotFile, str]:
    """A new data key and its slots: the administrator's password and the recovery code
    (the desktop shows, and has confirmed, the code before anything is created)."""
    key = os.urandom(32)
    recovery_code = recovery_code or new_recovery_code()
    slots = KeySlotFile(practice_id)
    slots.set_user_slot(username, admin_password, key)
    slots.set_recovery_slot(recovery_code, key)
    return key, slots, recovery_code


def _first_administrator(
    session: Session, username: str, full_name: str | None, password: str
) -> Actor:
    admin = User(
        username=username,
        full_name=full_name or username,
        role="administrator",
        password_hash=hash_password(password),
    )
    session.add(admin)
    session.flush()
    return Actor(user_id=admin.id, username=username, role=admin.role)


def create_practice(
    *,
    paths: PracticePaths,
    practice_name: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str | None = None,
    information_officer_name: str | None = None,
    information_officer_email: str | None = None,
    information_officer_phone: str | None = None,
    recovery_code: str | None = None,
    practice_id: str | None = None,
) -> tuple[OpenPractice, str]:
    """Create a new, empty practice. Returns it unlocked, with the recovery code to print.

    The key-slot file is written before any data, so the database key never exists only
    in memory while records are being written; if anything fails, both files are removed.
    """
    if paths.exists():
        raise PracticeAlreadyExists(
            "A practice already exists in {data_dir}.",
            hint="Use another folder with --data-dir, or open the existing practice.",
            data_dir=paths.data_dir,
        )
    practice_name, username = _checked_founding(practice_name, admin_username, admin_password)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    practice_id = practice_id or uuid.uuid4().hex
    key, slots, recovery_code = _new_keys(practice_id, username, admin_password, recovery_code)

    engine = None
    try:
        slots.save(paths.key_slots)
        engine = create_practice_engine(paths.database, key)
        migrate.upgrade(engine)
        sessions = session_factory(engine)
        with sessions() as session, session.begin():
            session.add(
                Practice(
                    practice_id=practice_id,
                    name=practice_name,
                    information_officer_name=information_officer_name,
                    information_officer_email=information_officer_email,
                    information_officer_phone=information_officer_phone,
                )
            )
            actor = _first_administrator(session, username, admin_full_name, admin_password)
            audit.record(session, actor=actor, action="practice.created", summary=practice_name)
    except BaseException:
        dispose_practice_engine(engine)
        _remove_practice_files(paths)
        raise
    logger.info("practice created in %s", paths.data_dir)
    opened = _opened(paths, practice_id, practice_name, engine, sessions, actor, key, new=True)
    return opened, recovery_code


def _remove_practice_files(paths: PracticePaths) -> None:
    anchor = audit.anchor_path(paths.key_slots)
    for leftover in (paths.key_slots, anchor, paths.database, *paths.database_sidecars()):
        leftover.unlink(missing_ok=True)
    throttle = paths.data_dir / "practice.signin"
    throttle.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        paths.data_dir.rmdir()  # only when nothing else was ever put there


def discard_new_practice(practice: OpenPractice) -> None:
    """Undo :func:`create_practice` when set-up was cancelled before the recovery code was
    kept: close it and remove every file it wrote, so nothing is left half set up."""
    paths = practice.paths
    practice.close()
    _remove_practice_files(paths)
    logger.info("practice set-up cancelled; nothing kept in %s", paths.data_dir)


def issue_recovery_code() -> str:
    """A fresh recovery code for set-up to show and confirm before the practice exists."""
    return new_recovery_code()


def _finish_interrupted_rekey(paths: PracticePaths, slots: KeySlotFile, key: bytes) -> bool:
    """A re-key that stopped after the key-slot file was written but before the database was
    re-keyed: the database still has the previous key. Re-key it now. True if done."""
    previous = slots.previous_key(key)
    if previous is None:
        return False
    db.rekey(paths.database, previous, key)
    logger.warning("finished an interrupted re-key of the practice database")
    return True


def _newer_database_error(revision: str) -> NewerDatabase:
    return NewerDatabase(
        "This practice database was written by a newer version of ClientManager (schema "
        "{revision}), which this version does not know.",
        hint="Nothing was changed. Install the newest version of ClientManager on this PC "
        "(the one the practice was last opened with), then open the practice again.",
        revision=revision,
    )


def _open_with_key(
    paths: PracticePaths,
    slots: KeySlotFile,
    key: bytes,
    actor: Actor,
    *,
    read_only: bool = False,
    hold_lock: bool = False,
    verify_pages: bool = True,
) -> OpenPractice:
    """``verify_pages``: check every page's HMAC before serving anything, so a damaged file
    is refused at the door instead of answering until a command meets the bad page. Only
    the integrity check itself opens without it, to report the damage in detail."""
    if _on_server(paths):
        return _open_on_server(paths, slots, key, actor, read_only=read_only, hold_lock=hold_lock)
    lock = None
    if hold_lock and not read_only:
        lock = PracticeLock.acquire(paths.data_dir, user=actor.username)
    engine = create_practice_engine(paths.database, key, read_only=read_only)
    unchecked = False
    try:
        try:
            with engine.connect():
                pass  # the first connection proves the key before anything else happens
        except DatabaseUnreadable:
            if read_only or not _finish_interrupted_rekey(paths, slots, key):
                raise
            dispose_practice_engine(engine)
            engine = create_practice_engine(paths.database, key)
            with engine.connect():
                pass
        if verify_pages:
            try:
                with engine.connect() as connection:
                    damaged = damaged_pages(connection)
            except sa.exc.DatabaseError as exc:
                problem = explain(exc, paths.database, read_only=read_only)
                raise (problem or damaged_database_error()) from None
            if damaged:
                raise IntegrityProblem(
                    "The practice database is damaged: {damaged} page(s) failed their "
                    "encryption check, so it was not opened.",
                    hint="Nothing was read or changed. Run 'clientmanager check' for details, "
                    "then restore the most recent verified backup.",
                    damaged=damaged,
                )
        else:
            unchecked = True
        if slots.rekey_in_progress and slots.previous_key(key) is not None and not read_only:
            slots.forget_previous_key()
            slots.save(paths.key_slots)
        try:
            revision = migrate.current_revision(engine)
            if revision is not None and not migrate.is_known_revision(revision):
                raise _newer_database_error(revision)
            if read_only:
                copy = None
                if revision != migrate.head_revision():
                    raise ClientManagerError(
                        "This practice database needs an upgrade, which cannot be done "
                        "while another copy of ClientManager has it open.",
                        hint="Close the other copy, then open the practice here again.",
                    )
            else:
                copy = migrate.upgrade_if_needed(engine, paths, key)
                from clientmanager.store.search_index import renumber_list_if_pending

                renumber_list_if_pending(engine)
            sessions = session_factory(engine)
            with sessions() as session:
                practice = session.scalar(sa.select(Practice))
        except sa.exc.DatabaseError as exc:
            problem = explain(exc, paths.database, read_only=read_only)
            if problem is not None:
                raise problem from None
            raise
        if practice is None:
            raise DatabaseUnreadable(
                "The practice database has no practice record.",
                hint="It may be damaged. Restore the most recent backup.",
            )
        if practice.practice_id != slots.practice_id:
            raise KeySlotFileError(
                "The key-slot file belongs to a different practice than this database.",
                hint="Put back the practice.keys file that came with this database, or "
                "restore both from the same backup.",
            )
    except BaseException:
        _give_up(engine, lock)
        raise
    return _opened(
        paths, practice.practice_id, practice.name, engine, sessions, actor, key,
        read_only=read_only, lock=lock, pre_upgrade_copy=copy, pages_unchecked=unchecked,
    )  # fmt: skip


def _give_up(engine: sa.Engine | None, lock: PracticeLock | None) -> None:
    """An open that failed part-way leaves no connection and no lock behind."""
    dispose_practice_engine(engine)
    if lock is not None:
        lock.release()


def _opened(
    paths: PracticePaths,
    practice_id: str,
    practice_name: str,
    engine: sa.Engine,
    sessions: sessionmaker[Session],
    actor: Actor,
    key: bytes,
    *,
    new: bool = False,
    **where: Any,
) -> OpenPractice:
    """The open practice, on this PC's file or the office server, just created (``new``)
    or opened (``where``: read-only, the lock, the pre-upgrade copy and page-check state,
    ``on_server``). From here on its audit chain's anchor is kept up and checked."""
    opened = OpenPractice(
        paths=paths,
        practice_id=practice_id,
        practice_name=practice_name,
        engine=engine,
        sessions=sessions,
        actor=actor,
        _key=key,
        **where,
    )
    if new:  # its first anchor, the first of a new epoch
        audit.write_anchor(
            paths.key_slots,
            practice_id=practice_id,
            head=audit.head_of(sessions),
            key=key,
            new_epoch=True,
        )
    audit.track_anchor(opened)
    return opened


def check_pages(practice: OpenPractice) -> None:
    """The whole-file page check a deferred unlock left for later (the desktop runs it on
    a thread of its own right after the first window): raises IntegrityProblem if any
    page fails its HMAC. SQLCipher checks each page as it reads it in any case; this finds
    damage in pages nothing has read yet."""
    if practice.on_server or not practice.is_open:
        return
    try:
        with practice.engine.connect() as connection:
            damaged = damaged_pages(connection)
    except sa.exc.DatabaseError as exc:
        problem = explain(exc, practice.paths.database, read_only=practice.read_only)
        raise (problem or damaged_database_error()) from None
    if damaged:
        raise IntegrityProblem(
            "The practice database is damaged: {damaged} page(s) failed their encryption check.",
            hint="The practice was locked. Run 'clientmanager check' for details, then "
            "restore the most recent verified backup.",
            damaged=damaged,
        )
    practice.pages_unchecked = False


def run_again_on_conflict(
    attempt: Callable[[], object], *, may_run_again: Callable[[], bool] = lambda: True
) -> object:
    """``attempt()``, run again from the start (up to CONFLICT_ATTEMPTS times in all) when
    the office server gave up on its transaction because another PC's raced it (a deadlock
    or a serialisation failure: nothing of it was kept), while ``may_run_again()`` says the
    conflict ended work that can be repeated. The desktop's transactions
    (:meth:`OpenPractice.transact`) and the command line's (cli/common.run_retrying)."""
    from clientmanager.store.postgres import ServerConflict

    for number in range(1, CONFLICT_ATTEMPTS + 1):
        try:
            return attempt()
        except ServerConflict:
            if number == CONFLICT_ATTEMPTS or not may_run_again():
                logger.warning("gave up after %d conflicting attempt(s)", number)
                raise
            logger.info("conflict with another PC's transaction: attempt %d again", number)
            # Apart a little, and not in step with the PC that raced this one.
            time.sleep(0.05 * number + random.random() * 0.05)  # noqa: S311
    raise AssertionError("unreachable")


class PageCheckBeside:
    """:func:`check_pages` on a connection and thread of its own while a command works on
    a practice unlocked with ``defer_page_check`` (the CLI: 1-1.5 s of the unlock at 100k
    clients, which the command's own work can overlap on a second core).

    Nothing is committed before the check has passed: every commit on the practice's
    engine that has writes to commit first waits for it, and a failed check refuses the
    commit (the transaction is rolled back), so a command's work never lands in a file
    found damaged. SQLCipher checks each page the command itself reads in any case.
    :meth:`finish` waits and raises what the check found; :meth:`stop` only waits (before
    the engine is closed)."""

    def __init__(self, practice: OpenPractice) -> None:
        self._practice = practice
        self._engine = practice.engine
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="page-check", daemon=True)
        sa.event.listen(self._engine, "commit", self._before_commit)
        self._thread.start()

    def _run(self) -> None:
        try:
            check_pages(self._practice)
        except BaseException as exc:  # noqa: BLE001 - handed to the command's thread
            self._error = exc

    def _before_commit(self, connection: sa.Connection) -> None:
        # A session that only read has no transaction open in SQLite (reads run outside
        # one; the first write takes BEGIN IMMEDIATE), so its commit writes nothing and
        # need not wait: the import's analysis would otherwise idle until the check ends
        # instead of starting its inserts beside it (0.7 s at 100k clients).
        driver_connection = connection.connection.driver_connection
        if not getattr(driver_connection, "in_transaction", True):
            return
        self.finish()

    def finish(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        self._thread.join()
        if sa.event.contains(self._engine, "commit", self._before_commit):
            sa.event.remove(self._engine, "commit", self._before_commit)


def _read_only_actor(practice: OpenPractice, username: str) -> Actor:
    """The signed-in user of a read-only practice: found and checked, nothing written."""
    with practice.sessions() as session:
        user = session.scalar(sa.select(User).where(User.username == username))
        if user is None or not user.is_active:
            raise UnknownUser(
                "This account is not active in the practice.",
                hint="Ask the practice manager to enable the account.",
            )
        return Actor(user_id=user.id, username=user.username, role=user.role)


def _record_failed_attempts(session: Session, attempts: list) -> None:
    """Copy wrong-password attempts counted while the database was locked into the audit
    trail (user name and time only), and onto the user rows they name."""
    for attempt in attempts:
        audit.record(
            session,
            actor=None,
            action="login.failed",
            summary=f"{attempt.username} at {attempt.at.isoformat(sep=' ', timespec='seconds')}",
        )
        user = session.scalar(sa.select(User).where(User.username == attempt.username))
        if user is not None:
            user.failed_logins = (user.failed_logins or 0) + 1
            user.last_failed_login_at = attempt.at


def _signed_in_actor(
    practice: OpenPractice,
    username: str,
    password: str | None,
    *,
    failed_attempts: list | None = None,
) -> Actor:
    """Find the user row, keep its password hash current, and log the sign-in."""
    with practice.session() as session:
        _record_failed_attempts(session, failed_attempts or [])
        user = session.scalar(sa.select(User).where(User.username == username))
        refused = user is None or not user.is_active
        if refused:
            audit.record(session, actor=None, action="login.refused", summary=username)
    if refused:  # raised after the commit, so the refusal stays in the audit trail
        raise UnknownUser(
            "This account is not active in the practice.",
            hint="Ask the practice manager to enable the account.",
        )
    with practice.session() as session:
        user = session.scalar(sa.select(User).where(User.username == username))
        if password is not None and (not user.password_hash or needs_rehash(user.password_hash)):
            # The key slot has just proved the password (the one Argon2id of a sign-in);
            # checking the row's hash too cost a second. A missing or weaker hash is
            # brought up to date while the password is at hand.
            user.password_hash = hash_password(password)
            audit.record(
                session,
                actor=Actor(user.id, user.username, user.role),
                action="user.password_rehashed",
                summary=user.username,
            )
        practice.failed_sign_ins_before = user.failed_logins or 0
        user.last_login_at = utcnow()
        user.failed_logins = 0
        actor = Actor(user_id=user.id, username=user.username, role=user.role)
        audit.record(session, actor=actor, action="login")
    return actor


def _check_second_factor(practice, slots, throttle, username: str, code: str | None) -> None:  # noqa: ANN001
    """An administrator with a second factor is not signed in on the password alone; a
    wrong code is counted (user row, audit trail, sign-in back-off) and refused."""
    from clientmanager.services import second_factor
    from clientmanager.services.auth import SecondFactorRequired

    recovery_ok = False
    if code and not code.strip().isdigit():
        try:
            slots.unwrap_with_recovery_code(code)
            recovery_ok = True
        except Exception:  # noqa: BLE001 - any failure means: not the recovery code
            recovery_ok = False
    with practice.session() as session:
        result = second_factor.check(
            session, username=username, code=code, recovery_code_ok=recovery_ok
        )
    if result == "wrong":
        throttle.record_failure(username)
        raise SecondFactorRequired(username, wrong=True)


def unlock_with_password(
    paths: PracticePaths,
    username: str,
    password: str,
    *,
    remember_in_keyring: bool = False,
    sign_in: bool = True,
    clock: Callable[[], dt.datetime] | None = None,
    second_factor: str | None = None,
    read_only: bool = False,
    hold_lock: bool = False,
    defer_page_check: bool = False,
) -> OpenPractice:
    """Unlock with a user's password (and, for an administrator who set one up, the code
    of their second factor or the practice recovery code: ``second_factor``). ``sign_in=False`` opens without touching the user row
    or the audit log, for the integrity check, which must read a damaged file without
    writing to it. After five wrong passwords for a user name, further attempts must wait
    (:class:`~clientmanager.services.auth.SignInDelayed` says how long); ``clock`` is for
    tests. ``defer_page_check``: open without checking every page first (the desktop,
    whose first window should not wait for it), leaving :func:`check_pages` to the
    caller."""
    _require_practice(paths)
    slots = KeySlotFile.load(paths.key_slots)
    username = username.strip().casefold()
    throttle = SignInThrottle.beside(paths.database, clock=clock)
    throttle.check(username)
    try:
        key = slots.unwrap_with_password(username, password)
    except WrongPassword:
        throttle.record_failure(username)
        raise
    practice = _open_with_key(
        paths,
        slots,
        key,
        Actor(None, username, "unknown"),
        read_only=read_only,
        hold_lock=hold_lock,
        verify_pages=sign_in and not defer_page_check,
    )
    try:
        if read_only:
            practice.actor = _read_only_actor(practice, username)
            return practice
        if slots.slot_needs_rewrap(username):
            # The password is at hand only now: bring an old or weaker slot up to date.
            slots.set_user_slot(username, password, key)
            slots.save(paths.key_slots)
        if sign_in:
            _check_second_factor(practice, slots, throttle, username, second_factor)
            practice.actor = _signed_in_actor(
                practice, username, password, failed_attempts=throttle.record_success(username)
            )
        if remember_in_keyring:
            keyring_cache.remember(practice.practice_id, username, key, marker=paths.keyring_marker)
    except BaseException:
        practice.close()
        raise
    return practice


def unlock_with_recovery_code(
    paths: PracticePaths,
    recovery_code: str,
    *,
    sign_in: bool = True,
    clock: Callable[[], dt.datetime] | None = None,
    read_only: bool = False,
    hold_lock: bool = False,
    defer_page_check: bool = False,
) -> OpenPractice:
    _require_practice(paths)
    slots = KeySlotFile.load(paths.key_slots)
    throttle = SignInThrottle.beside(paths.database, clock=clock)
    throttle.check(RECOVERY_CODE_NAME)
    try:
        key = slots.unwrap_with_recovery_code(recovery_code)
    except WrongRecoveryCode:
        throttle.record_failure(RECOVERY_CODE_NAME)
        raise
    practice = _open_with_key(
        paths,
        slots,
        key,
        Actor.recovery(),
        read_only=read_only,
        hold_lock=hold_lock,
        verify_pages=sign_in and not defer_page_check,
    )
    if sign_in and not read_only:
        try:
            with practice.session() as session:
                _record_failed_attempts(session, throttle.record_success(RECOVERY_CODE_NAME))
                audit.record(session, actor=practice.actor, action="login.recovery_code")
        except BaseException:
            practice.close()
            raise
    return practice


def unlock_from_keyring(
    paths: PracticePaths,
    *,
    sign_in: bool = True,
    read_only: bool = False,
    hold_lock: bool = False,
    defer_page_check: bool = False,
) -> OpenPractice | None:
    """Open with a key the user chose to remember. None when nothing is remembered;
    raises KeyringUnavailable when the keyring cannot be asked. Without the marker that
    "remember on this computer" writes, the keyring is not even imported."""
    _require_practice(paths)
    if not keyring_cache.is_marked(paths.keyring_marker):
        return None
    slots = KeySlotFile.load(paths.key_slots)
    cached = keyring_cache.recall(slots.practice_id, marker=paths.keyring_marker)
    if cached is None or not slots.has_user(cached.username):
        return None
    try:
        practice = _open_with_key(
            paths,
            slots,
            cached.key,
            Actor(None, cached.username, "unknown"),
            read_only=read_only,
            hold_lock=hold_lock,
            verify_pages=sign_in and not defer_page_check,
        )
    except PracticeRekeyed:
        # Re-keyed on another PC: the remembered key is dead; the password opens it.
        keyring_cache.forget(slots.practice_id, marker=paths.keyring_marker)
        raise
    try:
        if read_only:
            practice.actor = _read_only_actor(practice, cached.username)
        elif sign_in:
            throttle = SignInThrottle.beside(paths.database)
            practice.actor = _signed_in_actor(
                practice,
                cached.username,
                None,
                failed_attempts=throttle.record_success(cached.username),
            )
    except BaseException:
        practice.close()
        raise
    return practice


def practice_id_of(paths: PracticePaths) -> str:
    return KeySlotFile.load(paths.key_slots).practice_id


def set_password(practice: OpenPractice, *, username: str, new_password: str) -> None:
    """Give a user a new password: a new key slot and a new hash. The data key is unchanged.

    The key-slot file is written first; if the database update then fails, the new password
    still unlocks and the hash is refreshed at the next sign-in.
    """
    username = username.strip().casefold()
    if username != practice.actor.username:
        require(practice.actor, Permission.USERS_MANAGE)
    check_new_password(new_password, username=username)
    slots = KeySlotFile.load(practice.paths.key_slots)
    with practice.session() as session:
        user = session.scalar(sa.select(User).where(User.username == username))
        if user is None:
            raise UnknownUser("There is no user called {user!r} in this practice.", user=username)
        if not user.is_active:
            raise UnknownUser(
                "The account {user!r} is disabled.",
                hint="Enable it with a new password instead.",
                user=username,
            )
        user.password_hash = hash_password(new_password)
        slots.set_user_slot(username, new_password, practice.key)
        slots.save(practice.paths.key_slots)
        audit.record(
            session, actor=practice.actor, action="user.password_changed", summary=username
        )
    with contextlib.suppress(Exception):
        marker = practice.paths.keyring_marker
        cached = keyring_cache.recall(practice.practice_id, marker=marker)
        if cached is not None and cached.username == username:
            keyring_cache.forget(practice.practice_id, marker=marker)


def change_own_password(
    paths: PracticePaths, *, username: str, old_password: str, new_password: str
) -> None:
    practice = unlock_with_password(paths, username, old_password)
    try:
        set_password(practice, username=username, new_password=new_password)
    finally:
        practice.close()


def new_recovery_code_for(practice: OpenPractice) -> str:
    """Replace the recovery code; the old printed sheet stops working."""
    require(practice.actor, Permission.USERS_MANAGE)
    code = new_recovery_code()
    slots = KeySlotFile.load(practice.paths.key_slots)
    slots.set_recovery_slot(code, practice.key)
    with practice.session() as session:
        slots.save(practice.paths.key_slots)
        audit.record(session, actor=practice.actor, action="recovery_code.replaced")
    return code


def rekey_database(practice: OpenPractice) -> None:
    """Give the database a new random key, and seal it to every remaining key slot.

    For after a user is disabled: whatever they may have kept (an old key-slot file, a key
    remembered in a keyring) no longer opens the database. Every remaining user's password
    and the recovery code still do; nobody needs a new one.

    Order, so that a crash at any point loses nothing: (1) the key-slot file is rewritten
    with the new key, plus the old key sealed under the new one; (2) the database is
    re-keyed in one SQLCipher transaction; (3) the old key is dropped from the file. An
    unlock after a crash between (1) and (2) finishes the job (:func:`_open_with_key`).
    """
    require(practice.actor, Permission.USERS_MANAGE)
    paths = practice.paths
    old_key = practice.key
    new_key = os.urandom(32)
    if practice.on_server:
        _rekey_on_server(practice, old_key, new_key)
    else:
        original_file = paths.key_slots.read_bytes()
        slots = KeySlotFile.load(paths.key_slots)
        slots.reseal_all(new_key, previous_key=old_key)
        slots.save(paths.key_slots)
        practice.engine.dispose()
        try:
            db.rekey(paths.database, old_key, new_key)
        except BaseException:
            # The database still has the old key: put back the file that matches it.
            write_atomically(paths.key_slots, original_file)
            raise
        slots.forget_previous_key()
        slots.save(paths.key_slots)
        practice.engine = create_practice_engine(paths.database, new_key)
        practice.sessions = session_factory(practice.engine)
    practice._key = new_key
    # The anchor is signed under the new key; retained backups keep their own key (now
    # reachable from the new one through their key bridge) and lose the leavers' slots.
    audit.resign_anchor(practice, new_key=new_key)
    audit.track_anchor(practice)
    from clientmanager.services import backups

    try:
        updated, unreachable = backups.rekey_backups(practice, old_key=old_key, new_key=new_key)
    except (OSError, ClientManagerError) as exc:  # the database is re-keyed; say what was not
        logger.warning("backups not updated after the re-key: %s", type(exc).__name__)
        updated, unreachable = 0, ["the backup folder"]
    with practice.session() as session:
        audit.record(
            session,
            actor=practice.actor,
            action="database.rekeyed",
            summary=f"{updated} backup(s) closed to removed users"
            + (f"; not reached: {', '.join(unreachable)}" if unreachable else ""),
        )
    # A key remembered in the keyring is now stale: forget it, or renew it for its owner.
    with contextlib.suppress(Exception):
        marker = practice.paths.keyring_marker
        cached = keyring_cache.recall(practice.practice_id, marker=marker)
        if cached is not None:
            keyring_cache.forget(practice.practice_id, marker=marker)
            if cached.username == practice.actor.username:
                keyring_cache.remember(
                    practice.practice_id, cached.username, new_key, marker=marker
                )
    logger.info("practice database re-keyed")


# --- checking ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    schema_revision: str | None
    head_revision: str
    counts: dict[str, int]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


COUNTED_TABLES = (
    "clients",
    "households",
    "policies",
    "assets",
    "liabilities",
    "cash_flows",
    "goals",
    "risk_profiles",
    "notes",
    "tasks",
    "documents",
    "consents",
    "users",
    "audit_log",
)


def check_practice(practice: OpenPractice) -> CheckReport:
    """Cipher and SQLite integrity checks, schema version, and row counts.

    Each step runs on its own, so one damaged page is reported with as much else as can
    still be read, instead of stopping the check at the first error.
    """
    if practice.on_server:
        return _check_on_server(practice)
    problems: list[str] = []
    counts: dict[str, int] = {}
    revision: str | None = None
    for label, outcome in db.database_checks(practice.engine):
        if isinstance(outcome, str):
            problems.append(f"{label} could not finish: {outcome}")
        elif label == "cipher_integrity_check" and outcome:
            problems.append(f"cipher_integrity_check found {len(outcome)} damaged page(s)")
        elif label == "integrity_check" and [row[0] for row in outcome] != ["ok"]:
            problems.append("integrity_check: " + "; ".join(row[0] for row in outcome[:5]))
        elif label == "foreign_key_check" and outcome:
            problems.append(f"foreign_key_check found {len(outcome)} broken reference(s)")
    with practice.engine.connect() as connection:

        def run(label: str, statement: str) -> list[tuple] | None:
            try:
                return connection.execute(sa.text(statement)).fetchall()
            except sa.exc.DatabaseError as exc:
                problems.append(f"{label} could not finish: {getattr(exc, 'orig', exc)}")
                return None

        for table in COUNTED_TABLES:
            rows = run(f"counting {table}", f"SELECT count(*) FROM {table}")  # noqa: S608
            if rows is not None:
                counts[table] = rows[0][0]
        version = run("reading the schema version", "SELECT version_num FROM alembic_version")
        if version:
            revision = version[0][0]
    try:
        missing = db.missing_triggers(practice.engine)
    except sa.exc.DatabaseError:
        missing = []  # the damage is already reported above
    if missing:
        problems.append(
            "the audit log's append-only guard is gone (missing trigger(s): "
            + ", ".join(missing)
            + "): entries could have been changed or removed"
        )
    try:
        with practice.sessions() as session:
            chain = audit.verify_chain(session, anchors=audit.known_anchors(session))
        if not chain.ok:
            problems.append(chain.describe())
    except sa.exc.DatabaseError as exc:
        problems.append(f"the audit trail could not be read: {getattr(exc, 'orig', exc)}")
    head = migrate.head_revision()
    if revision != head:
        problems.append(f"schema is at {revision}, expected {head}")
    return CheckReport(revision, head, counts, problems)


def known_usernames(paths: PracticePaths) -> list[str]:
    return KeySlotFile.load(paths.key_slots).usernames()


__all__ = [
    "ROLES",
    "CheckReport",
    "OpenPractice",
    "WrongPassword",
    "change_own_password",
    "check_practice",
    "create_practice",
    "keyring_backend_name",
    "keyring_is_remembered",
    "known_usernames",
    "new_recovery_code_for",
    "practice_id_of",
    "rekey_database",
    "set_password",
    "unlock_from_keyring",
    "unlock_with_password",
    "unlock_with_recovery_code",
]


def keyring_backend_name() -> str | None:
    """Which keyring would remember the key, so the UI can say where it goes; None when
    this computer has no usable keyring. Imports the keyring: call it only when someone
    asks to remember the key (or already did, see :func:`keyring_is_remembered`)."""
    return keyring_cache.backend_name() if keyring_cache.is_usable() else None


def keyring_is_remembered(paths: PracticePaths) -> bool:
    """Whether someone chose "remember on this computer" for this practice (the marker
    file exists); answers without importing the keyring."""
    return keyring_cache.is_marked(paths.keyring_marker)


# --- a practice on the office server (issue 18) ---------------------------------------------
#
# The data folder holds a connection file instead of the database; the key slots live in
# the server's database (store/postgres.py). Unlocking is the same: a user's slot (or the
# recovery slot) unwraps the practice data key, and the sign-in is audited. A re-key
# reseals every sealed value in one server transaction (:func:`_rekey_on_server`); backups
# go through pg_dump (services/server_backups.py).


def _on_server(paths: PracticePaths) -> bool:
    from clientmanager.store.keyslots import SERVER_POINTER_NAME

    return (paths.data_dir / SERVER_POINTER_NAME).is_file()


def is_on_server(paths: PracticePaths) -> bool:
    """Whether this data folder points at a practice on the office server."""
    return _on_server(paths)


def _rekey_on_server(practice: OpenPractice, old_key: bytes, new_key: bytes) -> None:
    """The server's half of :func:`rekey_database`: every sealed value opened with the old
    key and sealed with the new one, the key slots sealed to the new key and the key's
    fingerprint replaced, in one server transaction (a failure anywhere leaves the old key
    and every value under it). The fingerprint row is taken first, FOR UPDATE: each other
    PC's transaction reads it FOR SHARE, so none is half-way through a write meanwhile, and
    each one after finds the new fingerprint and asks its person to unlock again."""
    from clientmanager.store import postgres

    started = time.monotonic()
    try:
        with practice.engine.begin() as connection:
            held = postgres.read_key_check(connection, practice.practice_id, lock="update")
            if held is not None and held != sealed.key_id(old_key):
                raise practice_rekeyed()
            slots = postgres.read_slots(connection, practice.practice_id, for_update=True)
            slots.reseal_all(new_key, previous_key=old_key)
            slots.forget_previous_key()  # one transaction: no crash state to recover from
            resealed = postgres.reseal_values(connection, old_key, new_key)
            postgres.write_slots(connection, slots)
            postgres.write_key_check(connection, practice.practice_id, new_key)
    except sa.exc.DatabaseError as exc:
        problem = _server_problem(exc)
        if problem is not None:
            raise problem from None
        raise
    # Only now, with the commit made: this PC's engine seals and checks with the new key.
    postgres.seal_fields(practice.engine, new_key)
    logger.info(
        "re-keyed on the server: %d row(s) resealed in %.1f s", resealed, time.monotonic() - started
    )


def _server_problem(exc: BaseException) -> ClientManagerError | None:
    from clientmanager.store import postgres

    return postgres.explain(exc)


def _open_on_server(
    paths: PracticePaths,
    slots: KeySlotFile,
    key: bytes,
    actor: Actor,
    *,
    read_only: bool,
    hold_lock: bool,
) -> OpenPractice:
    from clientmanager.store import postgres

    connection = postgres.ServerConnection.read(paths.data_dir)
    lock = None
    if hold_lock and not read_only:
        lock = PracticeLock.acquire(paths.data_dir, user=actor.username)
    engine = None
    try:
        engine = postgres.practice_engine(connection, read_only=read_only)
        postgres.seal_fields(engine, key)
        with engine.begin() as probe:
            held = postgres.read_key_check(probe, connection.practice_id)
            if held is not None and held != sealed.key_id(key):
                raise practice_rekeyed()  # a key kept from before a re-key (a keyring)
            if held is None and not read_only:  # a practice from before the fingerprint
                postgres.write_key_check(probe, connection.practice_id, key)
        revision = migrate.current_revision(engine)
        if revision is not None and not migrate.is_known_revision(revision):
            raise _newer_database_error(revision)
        if revision != migrate.head_revision():
            raise ClientManagerError(
                "The office server's database is at an older schema than this version of "
                "ClientManager needs.",
                hint="The practice manager upgrades it with 'clientmanager server init URL' "
                "(the server's owner account), then this PC opens the practice again.",
            )
        sessions = session_factory(engine)
        if not read_only:
            postgres.check_key_before_writing(sessions, connection.practice_id)
        with sessions() as session:
            practice = session.scalar(
                sa.select(Practice).where(Practice.practice_id == connection.practice_id)
            )
        if practice is None or practice.practice_id != slots.practice_id:
            raise KeySlotFileError(
                "The office server does not hold this PC's practice.",
                hint="Set this PC up again with 'clientmanager join --server URL'.",
            )
    except sa.exc.OperationalError as exc:
        _give_up(engine, lock)
        raise _server_problem(exc) from None
    except BaseException:
        _give_up(engine, lock)
        raise
    return _opened(
        paths, practice.practice_id, practice.name, engine, sessions, actor, key,
        read_only=read_only, lock=lock, on_server=True,
    )  # fmt: skip


def create_practice_on_server(
    *,
    paths: PracticePaths,
    server_url: str,
    practice_name: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str | None = None,
    information_officer_name: str | None = None,
    information_officer_email: str | None = None,
    recovery_code: str | None = None,
) -> tuple[OpenPractice, str]:
    """Create a practice in a prepared server database (``services/server.py``), with its
    key slots there, and point this PC's data folder at it. ``server_url``: the desktops'
    login, whose password the store already knows (keyring, environment or prompt).

    The practice row, the administrator, the key slots and the first audit entry are one
    transaction: a failure leaves the server as it was, and the data folder unwritten."""
    from clientmanager.store import postgres

    if paths.exists() or _on_server(paths):
        raise PracticeAlreadyExists(
            "A practice already exists in this folder.",
            hint="Use another folder with --data-dir, or open the existing practice.",
        )
    practice_name, username = _checked_founding(practice_name, admin_username, admin_password)
    practice_id = uuid.uuid4().hex
    key, slots, recovery_code = _new_keys(practice_id, username, admin_password, recovery_code)
    connection = postgres.ServerConnection(server_url, practice_id, practice_name)
    engine = postgres.practice_engine(connection)
    postgres.seal_fields(engine, key)
    try:
        sessions = session_factory(engine)
        with sessions() as session, session.begin():
            existing = session.scalar(sa.select(Practice))
            if existing is not None:
                raise PracticeAlreadyExists(
                    "The server's database already holds a practice.",
                    hint="Set this PC up for it with 'clientmanager join --server URL', or "
                    "give the new practice its own database on the server.",
                )
            session.add(
                Practice(
                    practice_id=practice_id,
                    name=practice_name,
                    information_officer_name=information_officer_name,
                    information_officer_email=information_officer_email,
                )
            )
            actor = _first_administrator(session, username, admin_full_name, admin_password)
            postgres.write_slots(session.connection(), slots)
            postgres.write_key_check(session.connection(), practice_id, key)
            audit.record(session, actor=actor, action="practice.created", summary=practice_name)
        connection.write(paths.data_dir)
        postgres.check_key_before_writing(sessions, practice_id)
    except sa.exc.OperationalError as exc:
        dispose_practice_engine(engine)
        raise _server_problem(exc) from None
    except BaseException:
        dispose_practice_engine(engine)
        raise
    logger.info("practice created on the office server")
    opened = _opened(
        paths, practice_id, practice_name, engine, sessions, actor, key, new=True, on_server=True
    )
    return opened, recovery_code


@dataclass(frozen=True)
class JoinedPractice:
    practice_id: str
    practice_name: str
    usernames: list[str]


def join_practice_on_server(paths: PracticePaths, server_url: str) -> JoinedPractice:
    """Point this PC's data folder at the practice in a server database. Nothing is
    unlocked: each user then signs in with their own password, as on the first PC."""
    from clientmanager.store import postgres

    if paths.exists() or _on_server(paths):
        raise PracticeAlreadyExists(
            "A practice already exists in this folder.",
            hint="Use another folder with --data-dir.",
        )
    probe = postgres.ServerConnection(server_url, "", "")
    engine = postgres.practice_engine(probe)
    try:
        with engine.connect() as connection:
            built = connection.exec_driver_sql("SELECT to_regclass('alembic_version')")
            revision = migrate.current_revision(engine) if built.scalar() else None
            if revision is None:
                raise PracticeNotFound(
                    "The server's database has no ClientManager practice.",
                    hint="Create one there first with 'clientmanager init --server URL'.",
                )
            if not migrate.is_known_revision(revision):
                raise _newer_database_error(revision)
            found = connection.execute(sa.select(Practice.practice_id, Practice.name)).first()
            if found is None:
                raise PracticeNotFound(
                    "The server's database has no practice yet.",
                    hint="Create it with 'clientmanager init --server URL' on the first PC.",
                )
            slots = postgres.read_slots(connection, found.practice_id)
    except sa.exc.DatabaseError as exc:
        raise (_server_problem(exc) or postgres.unreachable(exc)) from None
    finally:
        engine.dispose()
    postgres.ServerConnection(server_url, found.practice_id, found.name).write(paths.data_dir)
    logger.info("this PC now opens the practice on the office server")
    return JoinedPractice(found.practice_id, found.name, slots.usernames())


def _check_on_server(practice: OpenPractice) -> CheckReport:
    """The server's side of `clientmanager check`: the guards and the login's rights, row
    counts, the schema version and the audit chain. The page and file checks are the
    SQLCipher file's and have no counterpart here (the server checks its own storage)."""
    from clientmanager.store import postgres

    problems: list[str] = []
    counts: dict[str, int] = {}
    revision: str | None = None
    try:
        problems.extend(postgres.database_checks(practice.engine))
        with practice.engine.connect() as connection:
            for table in COUNTED_TABLES:
                counts[table] = connection.execute(
                    sa.text(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed names
                ).scalar_one()
            revision = migrate.current_revision(practice.engine)
        with practice.sessions() as session:
            chain = audit.verify_chain(session, anchors=audit.known_anchors(session))
        if not chain.ok:
            problems.append(chain.describe())
    except sa.exc.DatabaseError as exc:
        problem = _server_problem(exc)
        problems.append(problem.message if problem else f"the check could not finish: {exc.orig}")
    head = migrate.head_revision()
    if revision != head:
        problems.append(f"schema is at {revision}, expected {head}")
    return CheckReport(revision, head, counts, problems)
