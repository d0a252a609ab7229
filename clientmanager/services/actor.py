"""Who is acting: every service call names its actor, for permissions and the audit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or the recovery code (no user)."""

    user_id: int | None
    username: str
    role: str

    @classmethod
    def recovery(cls) -> Actor:
        return cls(user_id=None, username="(recovery code)", role="administrator")
