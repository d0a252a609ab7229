"""The pieces of DDL the migrations repeat: tables keyed by an integer id, the foreign
keys to clients and users, indexes named as the naming convention names them, amounts in
cents, and the triggers that keep a client search index in step.

Migrations are history, so nothing here may import the live models, and a change to a
helper changes every migration that calls it: tests/store/test_schema_pinned.py shows
whether the schema they build is still the same.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

Columns = str | Sequence[str]

# Amounts in cents: SQLite's INTEGER is 64-bit already, PostgreSQL's needs BIGINT (0012).
CENTS = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def _names(columns: Columns) -> list[str]:
    return [columns] if isinstance(columns, str) else list(columns)


def create_table(
    name: str, *columns_and_constraints: sa.schema.SchemaItem, key: Columns = ()
) -> None:
    """A table whose primary key is ``key``; with no key, an integer ``id`` column is put
    first and is the key. The key constraint is rendered first wherever it is listed."""
    items = list(columns_and_constraints)
    if not key:
        key = "id"
        items.insert(0, sa.Column("id", sa.Integer(), nullable=False))
    op.create_table(name, *items, sa.PrimaryKeyConstraint(*_names(key), name=op.f(f"pk_{name}")))


def foreign_key(table: str, column: str, target: str, *, ondelete: str) -> sa.ForeignKeyConstraint:
    """``table.column`` refers to ``target.id``."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def client_fk(table: str, column: str = "client_id") -> sa.ForeignKeyConstraint:
    """A row belongs to its client: erasing the client erases it."""
    return foreign_key(table, column, "clients", ondelete="CASCADE")


def user_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    """Who did something: the row outlives the user's account."""
    return foreign_key(table, column, "users", ondelete="SET NULL")


def create_indexes(table: str, *indexes: Columns) -> None:
    """One plain index per entry: a column name, or a sequence of them."""
    for columns in indexes:
        names = _names(columns)
        op.create_index(op.f(f"ix_{table}_{'_'.join(names)}"), table, names, unique=False)


def drop_tables(*tables: str) -> None:
    """In the order given (a table before those it refers to); a table's indexes and
    triggers go with it."""
    for table in tables:
        op.drop_table(table)


def index_triggers(
    prefix: str, index: str, document: str, columns: str, *, client_update: str
) -> dict[str, tuple[str, list[str]]]:
    """The triggers that keep an FTS5 ``index`` (rowid = client id) in step with clients
    and their policies, each rebuilding a client's row from the ``document`` view: trigger
    name to its event and statements. ``client_update`` is the client UPDATE event, which
    names only the columns the index reads where it can. The names are the migrations' own
    constants, never input."""
    insert = (
        f"INSERT INTO {index}(rowid, {columns}) "  # noqa: S608
        f"SELECT rowid, {columns} FROM {document} WHERE rowid = {{client_id}};"
    )
    delete = f"DELETE FROM {index} WHERE rowid = {{client_id}};"  # noqa: S608

    def rebuild(*client_ids: str) -> list[str]:
        return [
            statement.format(client_id=client_id)
            for client_id in client_ids
            for statement in (delete, insert)
        ]

    return {
        f"{prefix}_ai": ("AFTER INSERT ON clients", [insert.format(client_id="NEW.id")]),
        f"{prefix}_au": (
            client_update,
            [delete.format(client_id="OLD.id"), insert.format(client_id="NEW.id")],
        ),
        f"{prefix}_ad": ("AFTER DELETE ON clients", [delete.format(client_id="OLD.id")]),
        f"{prefix}_policy_ai": ("AFTER INSERT ON policies", rebuild("NEW.client_id")),
        f"{prefix}_policy_au": (
            "AFTER UPDATE OF policy_number, client_id ON policies",
            rebuild("OLD.client_id", "NEW.client_id"),
        ),
        f"{prefix}_policy_ad": ("AFTER DELETE ON policies", rebuild("OLD.client_id")),
    }


def create_triggers(triggers: dict[str, tuple[str, list[str]]]) -> None:
    for name, (event, statements) in triggers.items():
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {' '.join(statements)} END")


def drop_triggers(triggers: dict[str, tuple[str, list[str]]]) -> None:
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
