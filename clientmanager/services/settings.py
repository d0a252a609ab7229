"""Practice settings that change how the practice is protected; every change is audited.

Only roles with ``SETTINGS_EDIT`` (the practice manager) may change them. The audit entry
names the setting and its old and new value; settings never hold client data or secrets.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.client_records import IDLE_LOCK_SETTING, idle_lock_minutes
from clientmanager.services.permissions import PLANNERS_SEE_ALL_SETTING, Permission, require
from clientmanager.store.models import Setting

MAX_IDLE_LOCK_MINUTES = 240

__all__ = ["change_setting", "idle_lock_minutes", "set_idle_lock_minutes", "set_planners_see_all"]


def change_setting(session: Session, actor: Actor, key: str, value: str) -> None:
    """Set ``key`` to ``value`` and audit the change (nothing is recorded if unchanged)."""
    require(actor, Permission.SETTINGS_EDIT)
    row = session.get(Setting, key)
    old = row.value if row is not None else None
    if old == value:
        return
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    audit.record(
        session,
        actor=actor,
        action="settings.changed",
        summary=f"{key}: {old if old is not None else '(default)'} -> {value}",
    )


def set_idle_lock_minutes(session: Session, actor: Actor, minutes: int) -> None:
    if not 1 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValidationError("Lock after", f"choose between 1 and {MAX_IDLE_LOCK_MINUTES} minutes")
    change_setting(session, actor, IDLE_LOCK_SETTING, str(minutes))


def set_planners_see_all(session: Session, actor: Actor, allowed: bool) -> None:
    change_setting(session, actor, PLANNERS_SEE_ALL_SETTING, "1" if allowed else "0")
