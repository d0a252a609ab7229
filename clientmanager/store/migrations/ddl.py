"""The pieces of DDL the migrations repeat: tables keyed by an integer id, the foreign
keys to clients and users, and indexes named as the naming convention names them.

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


def _index_name(table: str, columns: Columns) -> str:
    return op.f(f"ix_{table}_{'_'.join(_names(columns))}")


def create_indexes(table: str, *indexes: Columns) -> None:
    """One plain index per entry: a column name, or a sequence of them."""
    for columns in indexes:
        op.create_index(_index_name(table, columns), table, _names(columns), unique=False)


def drop_indexes(table: str, *indexes: Columns) -> None:
    for columns in indexes:
        op.drop_index(_index_name(table, columns), table_name=table)


def drop_tables(*tables: str) -> None:
    """In the order given (a table before those it refers to); a table's indexes and
    triggers go with it."""
    for table in tables:
        op.drop_table(table)
