"""The practice's staff accounts: add, disable, enable, reset, change role, own password.

Each user has an Argon2id password hash (for the record) and a key slot (which is what
actually opens the encrypted database). Every change here is done by someone allowed to
manage users, except changing one's own password, and every change goes into the audit
trail with the user name and what changed, never a password.

The key-slot file is written inside the database transaction, just before it commits, so
a failure before that point leaves both untouched; a slot written for a change whose
commit then fails is harmless (the user row still says what is allowed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.passwords import check_new_password, check_username
from clientmanager.errors import ClientManagerError, NotFound, WrongPassword
from clientmanager.services import audit
from clientmanager.services.auth import hash_password
from clientmanager.services.permissions import ROLE_LABELS, Permission, require
from clientmanager.services.practice import ROLES, OpenPractice, rekey_database
from clientmanager.services.views import view_of
from clientmanager.store import keyring_cache
from clientmanager.store.keyslots import KeySlotFile
from clientmanager.store.models import User, utcnow

logger = logging.getLogger(__name__)


class UserChangeRefused(ClientManagerError):
    """A change that would leave the practice without a way in, or an active administrator."""


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    full_name: str
    email: str | None
    role: str
    role_label: str
    is_active: bool
    last_login_at: dt.datetime | None
    last_failed_login_at: dt.datetime | None
    created_at: dt.datetime


def _summary(user: User) -> UserSummary:
    return view_of(UserSummary, user, role_label=ROLE_LABELS.get(user.role, user.role))


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("Role", "choose one of " + ", ".join(ROLES))
    return role


def _get(session: Session, username: str) -> User:
    name = username.strip().casefold()
    user = session.scalar(sa.select(User).where(User.username == name))
    if user is None:
        raise NotFound(
            "There is no user called {name!r} in this practice.",
            hint="Check the spelling; 'clientmanager users list' shows every account.",
            name=name,
        )
    return user


def _active_admins(session: Session) -> int:
    return session.scalar(
        sa.select(sa.func.count())
        .select_from(User)
        .where(User.role == "administrator", User.is_active.is_(True))
    )


def list_users(practice: OpenPractice) -> list[UserSummary]:
    require(practice.actor, Permission.USERS_MANAGE)
    with practice.session() as session:
        users = session.scalars(sa.select(User).order_by(User.is_active.desc(), User.username))
        return [_summary(user) for user in users]


def add_user(
    practice: OpenPractice,
    *,
    username: str,
    full_name: str,
    role: str,
    password: str,
    email: str | None = None,
) -> UserSummary:
    """Add an active user with their own password (hash and key slot)."""
    require(practice.actor, Permission.USERS_MANAGE)
    name = check_username(username)
    full_name = full_name.strip()
    if not full_name:
        raise ValidationError("Full name", "enter the person's name")
    _check_role(role)
    check_new_password(password, username=name)
    slots = KeySlotFile.load(practice.paths.key_slots)
    with practice.session() as session:
        if session.scalar(sa.select(User.id).where(User.username == name)) is not None:
            raise UserChangeRefused(
                "There is already a user called {name!r}.",
                hint="Choose another user name, or enable the existing account.",
                name=name,
            )
        user = User(
            username=name,
            full_name=full_name,
            email=(email or "").strip() or None,
            role=role,
            password_hash=hash_password(password),
        )
        session.add(user)
        session.flush()
        audit.record(
            session, actor=practice.actor, action="user.added", summary=f"{name} as {role}"
        )
        slots.set_user_slot(name, password, practice.key)
        slots.save(practice.paths.key_slots)
        return _summary(user)


def disable_user(practice: OpenPractice, *, username: str, rekey: bool = False) -> None:
    """Disable an account and remove its key slot: that password no longer opens the
    database. With ``rekey`` the database also gets a new key, so that nothing the person
    might have kept (a key remembered in a keyring, an old key-slot file) opens it."""
    require(practice.actor, Permission.USERS_MANAGE)
    slots = KeySlotFile.load(practice.paths.key_slots)
    with practice.session() as session:
        user = _get(session, username)
        if user.username == practice.actor.username:
            raise UserChangeRefused(
                "You cannot disable your own account.",
                hint="Another practice manager can do it.",
            )
        if not user.is_active:
            raise UserChangeRefused("The account {user!r} is already disabled.", user=user.username)
        if user.role == "administrator" and _active_admins(session) <= 1:
            raise UserChangeRefused(
                "This is the only active practice manager.",
                hint="Make someone else a practice manager first.",
            )
        user.is_active = False
        user.disabled_at = utcnow()
        audit.record(session, actor=practice.actor, action="user.disabled", summary=user.username)
        if slots.has_user(user.username):
            slots.remove_user_slot(user.username)
            slots.save(practice.paths.key_slots)
        name = user.username
    _forget_remembered_sign_in(practice, name)
    if rekey:
        rekey_database(practice)


def enable_user(practice: OpenPractice, *, username: str, new_password: str) -> None:
    """Enable a disabled account. Its key slot was removed, so it needs a new password."""
    require(practice.actor, Permission.USERS_MANAGE)
    slots = KeySlotFile.load(practice.paths.key_slots)
    with practice.session() as session:
        user = _get(session, username)
        if user.is_active:
            raise UserChangeRefused("The account {user!r} is already active.", user=user.username)
        user.is_active = True
        user.disabled_at = None
        _store_password(practice, slots, session, user, new_password, action="user.enabled")


def reset_password(practice: OpenPractice, *, username: str, new_password: str) -> None:
    """A practice manager sets a new password for someone who lost theirs."""
    require(practice.actor, Permission.USERS_MANAGE)
    _set_password(practice, username=username, new_password=new_password, action="user.reset")


def change_own_password(practice: OpenPractice, *, old_password: str, new_password: str) -> None:
    """Any signed-in user may change their own password, given the current one."""
    name = practice.actor.username
    slots = KeySlotFile.load(practice.paths.key_slots)
    if practice.actor.user_id is None or not slots.has_user(name):
        raise UserChangeRefused(
            "Only a signed-in user can change their own password.",
            hint="Sign in with your user name and password first.",
        )
    try:
        slots.unwrap_with_password(name, old_password)
    except WrongPassword:
        raise WrongPassword(
            "The current password is not right.",
            hint="Type your current password exactly, then the new one.",
        ) from None
    _set_password(
        practice, username=name, new_password=new_password, action="user.password_changed"
    )


def _set_password(practice: OpenPractice, *, username: str, new_password: str, action: str) -> None:
    slots = KeySlotFile.load(practice.paths.key_slots)
    with practice.session() as session:
        user = _get(session, username)
        if not user.is_active:
            raise UserChangeRefused(
                "The account {user!r} is disabled.",
                hint="Enable it, which sets a new password.",
                user=user.username,
            )
        _store_password(practice, slots, session, user, new_password, action=action)
        name = user.username
    _forget_remembered_sign_in(practice, name)


def _store_password(
    practice: OpenPractice,
    slots: KeySlotFile,
    session: Session,
    user: User,
    new_password: str,
    *,
    action: str,
) -> None:
    """A new password opens the database (its key slot) and signs in (its hash); a
    refused one changes nothing, as the session is rolled back."""
    check_new_password(new_password, username=user.username)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    audit.record(session, actor=practice.actor, action=action, summary=user.username)
    slots.set_user_slot(user.username, new_password, practice.key)
    slots.save(practice.paths.key_slots)


def _forget_remembered_sign_in(practice: OpenPractice, username: str) -> None:
    """The keyring's remembered sign-in stops working for a disabled account or an old
    password; best effort, as a keyring may be missing or locked."""
    with contextlib.suppress(Exception):
        marker = practice.paths.keyring_marker
        cached = keyring_cache.recall(practice.practice_id, marker=marker)
        if cached is not None and cached.username == username:
            keyring_cache.forget(practice.practice_id, marker=marker)


def set_role(practice: OpenPractice, *, username: str, role: str) -> None:
    require(practice.actor, Permission.USERS_MANAGE)
    _check_role(role)
    with practice.session() as session:
        user = _get(session, username)
        if user.role == role:
            return
        if user.role == "administrator" and user.is_active and _active_admins(session) <= 1:
            raise UserChangeRefused(
                "This is the only active practice manager.",
                hint="Make someone else a practice manager first.",
            )
        audit.record(
            session,
            actor=practice.actor,
            action="user.role_changed",
            summary=f"{user.username}: {user.role} -> {role}",
        )
        user.role = role


def rekey(practice: OpenPractice) -> None:
    """A new database key, sealed to every remaining user and the recovery code."""
    rekey_database(practice)
