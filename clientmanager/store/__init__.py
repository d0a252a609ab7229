"""Persistence: the encrypted database, its schema and migrations, and the key vault."""
