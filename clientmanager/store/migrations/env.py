"""Alembic environment. Migrations always run on a connection handed in by
``clientmanager.store.migrate``, because only it knows the key to the encrypted file."""

from __future__ import annotations

from alembic import context

from clientmanager.store.migrate import include_object
from clientmanager.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through clientmanager.store.migrate, which opens the encrypted "
        "database; a plain sqlalchemy.url cannot carry the key."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
