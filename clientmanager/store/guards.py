"""Rules the database itself enforces, whatever the code above it does, on either backend.

A guard refuses an INSERT, UPDATE or DELETE of a row (optionally only when a condition
holds) with a message. On SQLite it is a BEFORE trigger that RAISEs; on PostgreSQL a
plpgsql trigger function. Migrations call these instead of writing either dialect's DDL,
so one Alembic history builds the schema on both.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Guard:
    name: str
    table: str
    event: str  # "INSERT", "UPDATE" or "DELETE"
    message: str
    when: str | None = None  # a condition on OLD (NEW for INSERT), SQL valid in both dialects
    columns: tuple[str, ...] = ()  # UPDATE OF these columns only

    def __post_init__(self) -> None:
        if self.event not in ("INSERT", "UPDATE", "DELETE"):
            raise ValueError("a guard refuses an INSERT, an UPDATE or a DELETE")
        if self.columns and self.event != "UPDATE":
            raise ValueError("only an UPDATE guard names columns")
        if "'" in self.message:
            raise ValueError("guard messages are plain text without quotes")


def final_record(name: str, table: str, *, when: str) -> tuple[Guard, Guard]:
    """A finalised record of advice is evidence (FAIS General Code s9): while ``when`` holds,
    the row of ``table`` can be neither changed (``{name}_no_update``) nor deleted
    (``{name}_no_delete``). Migrations 0001, 0003 and 0009 build their guards with it, so
    a change here changes what they created (tests/store/test_schema_pinned.py)."""
    return (
        Guard(
            name=f"{name}_no_update",
            table=table,
            event="UPDATE",
            when=when,
            message="record of advice is final and cannot be changed",
        ),
        Guard(
            name=f"{name}_no_delete",
            table=table,
            event="DELETE",
            when=when,
            message="record of advice is final and cannot be deleted",
        ),
    )


def _event(guard: Guard) -> str:
    return f"{guard.event} OF {', '.join(guard.columns)}" if guard.columns else guard.event


def create_statements(guard: Guard, dialect: str) -> list[str]:
    if dialect == "sqlite":
        when = f"WHEN {guard.when} " if guard.when else ""
        return [
            f"CREATE TRIGGER {guard.name} BEFORE {_event(guard)} ON {guard.table} {when}"
            f"BEGIN SELECT RAISE(ABORT, '{guard.message}'); END"
        ]
    if dialect == "postgresql":
        condition = guard.when or "TRUE"
        passes = "OLD" if guard.event == "DELETE" else "NEW"
        return [
            f"CREATE OR REPLACE FUNCTION {guard.name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF {condition} THEN RAISE EXCEPTION '{guard.message}' "
            f"USING ERRCODE = 'restrict_violation'; END IF; RETURN {passes}; END $$",
            f"CREATE TRIGGER {guard.name} BEFORE {_event(guard)} ON {guard.table} "
            f"FOR EACH ROW EXECUTE FUNCTION {guard.name}()",
        ]
    raise ValueError(f"no guards for the {dialect} dialect")


def drop_statements(guard: Guard, dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {guard.name}"]
    if dialect == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS {guard.name} ON {guard.table}",
            f"DROP FUNCTION IF EXISTS {guard.name}()",
        ]
    raise ValueError(f"no guards for the {dialect} dialect")


def create(op, *several: Guard) -> None:  # noqa: ANN001 (alembic.op)
    """In the order given."""
    for guard in several:
        for statement in create_statements(guard, op.get_bind().dialect.name):
            op.execute(statement)


def drop(op, *several: Guard) -> None:  # noqa: ANN001
    """Last given first, so that a migration's downgrade drops what its upgrade created
    with the same list, in the reverse order."""
    for guard in reversed(several):
        for statement in drop_statements(guard, op.get_bind().dialect.name):
            op.execute(statement)


# Serialises writers of the audit chain across PCs (SQLite's BEGIN IMMEDIATE does it on one
# PC): any fixed number that no other application on the server uses for its own locks.
AUDIT_CHAIN_LOCK = 0x434D_4155


def lock_audit_chain(session) -> None:  # noqa: ANN001 (a Session)
    """On the server, one writer of the audit chain at a time (until its commit), so two
    PCs never link two entries to the same head. SQLCipher's writers already take the
    write lock first (BEGIN IMMEDIATE): nothing to do there. Here, not in store/postgres.py,
    so an audit entry on SQLCipher does not load the server's store (its first one is in
    the sign-in, on the way to the first window)."""
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        import sqlalchemy as sa

        session.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_CHAIN_LOCK})
