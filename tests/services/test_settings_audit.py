"""Settings changes are restricted to the practice manager and audited."""

from __future__ import annotations

import pytest

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import PermissionDenied
from clientmanager.services import audit, settings
from clientmanager.services.audit import Actor, AuditFilter


def test_idle_lock_setting_is_audited_and_restricted(practice):
    with practice.session() as session:
        assert settings.idle_lock_minutes(session) == 10
        settings.set_value(session, practice.actor, "idle_lock_minutes", "5")
        settings.set_value(session, practice.actor, "idle_lock_minutes", "5")  # unchanged: no entry
        settings.set_value(session, practice.actor, "planners_see_all", "yes")
        with pytest.raises(ValidationError):
            settings.set_value(session, practice.actor, "idle_lock_minutes", "0")
        with pytest.raises(PermissionDenied):
            settings.set_value(session, Actor(2, "pieter", "planner"), "idle_lock_minutes", "30")
    with practice.session() as session:
        assert settings.idle_lock_minutes(session) == 5
        changes = audit.search_entries(
            session, practice.actor, AuditFilter(action="settings.changed")
        )
    assert [c.summary for c in reversed(changes)] == [
        "idle_lock_minutes: (default) -> 5",
        "planners_see_all_clients: (default) -> 1",
    ]
