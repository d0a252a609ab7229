"""The client search index of a practice on the office server: pg_trgm (issue 18).

The embedded store searches through two FTS5 indexes (0002 prefixes of words, 0008
substrings), which PostgreSQL does not have; until now the server scanned every client.
Here the same two documents are written by IMMUTABLE functions and indexed with GIN
trigram indexes on expressions, so no table is added (nothing for ``server migrate``,
backups or the ORM to know about) and nothing needs a trigger: PostgreSQL keeps an
expression index in step with its rows itself.

- Words (0002): :func:`cm_search_fold` writes a text the way FTS5's tokenizer reads it
  (``unicode61 remove_diacritics 2 tokenchars '@.'``): diacritics removed (NFD, then the
  combining marks dropped, which is what FTS5 does: "é" is "e", while "ø", "ß" and "æ"
  stay themselves; unaccent would fold those too and find what one PC does not), lower
  case, and every run of characters that are neither letters, digits, '@' nor '.' one
  space. The client's document is FTS5's five columns, each folded and set between " | "
  (so a phrase such as "o'brien", read as the words "o brien", cannot run from one
  column into the next, as in FTS5), with a space before every word: "the start of a word"
  is then ``LIKE '% word%'``, which pg_trgm answers from the index.
- Substrings (0008): the ID, passport and registration numbers, phones as local digits and
  the e-mail, in lower case as FTS5's trigram tokenizer folds them (not accent-blind,
  like it); ``LIKE '%text%'``.
- Policy numbers live in another table, so each has its own two indexes, and a client's
  match is the union of its own row's and its policies'.

PostgreSQL only; on SQLite there is nothing to do. pg_trgm is in Debian's postgresql
package and a trusted extension: ``server init`` (the owner) creates it here, and the
desktops' login only calls the functions.

Revision ID: 0011
Revises: 0010s
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010s"
branch_labels = None
depends_on = None

# SQL-standard bodies (RETURN ...) are bound when created, so they do not depend on the
# caller's search_path; IMMUTABLE is true of them (normalize, lower and regexp_replace
# are), which an index on an expression requires.
FOLD = r"""
CREATE FUNCTION cm_search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN regexp_replace(
    lower(regexp_replace(normalize(value, NFD), '[\u0300-\u036f]', '', 'g')),
    '[^[:alnum:]@.]+', ' ', 'g')
"""


def _local_form(column: str) -> str:
    return f"CASE WHEN {column} LIKE '+27%' THEN '0' || substr({column}, 4) END"


def _digits(column: str) -> str:
    return (
        f"CASE WHEN {column} LIKE '+27%' THEN '0' || substr({column}, 4) "
        f"ELSE replace({column}, '+', '') END"
    )


def _joined(*values: str) -> str:
    return " || ' ' || ".join(f"coalesce({value}, '')" for value in values)


_CLIENT_ARGUMENTS = (
    "first_names text, preferred_name text, surname text, entity_name text, "
    "id_number text, passport_number text, registration_number text, "
    "mobile text, home_phone text, work_phone text, email text"
)
_COLUMNS = (
    _joined("first_names", "preferred_name", "surname", "entity_name"),
    _joined("id_number", "passport_number", "registration_number"),
    _joined(
        "mobile",
        _local_form("mobile"),
        "home_phone",
        _local_form("home_phone"),
        "work_phone",
        _local_form("work_phone"),
    ),
    _joined("email"),
)
_FOLDED_COLUMNS = " || ' | ' || ".join(f"cm_search_fold({column})" for column in _COLUMNS)
WORDS = f"""
CREATE FUNCTION cm_search_words({_CLIENT_ARGUMENTS}) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ' ' || {_FOLDED_COLUMNS} || ' '
"""
_SUBSTRING_VALUES = _joined(
    "id_number",
    "passport_number",
    "registration_number",
    _digits("mobile"),
    _digits("home_phone"),
    _digits("work_phone"),
    "email",
)
SUBSTRINGS = f"""
CREATE FUNCTION cm_search_substrings({_CLIENT_ARGUMENTS}) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN lower({_SUBSTRING_VALUES})
"""
POLICY_WORDS = """
CREATE FUNCTION cm_search_policy_words(policy_number text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ' ' || coalesce(cm_search_fold(policy_number), '') || ' '
"""

# The columns in the functions' order; services never write these, store/postgres.py does.
CLIENT_COLUMNS = (
    "first_names, preferred_name, surname, entity_name, id_number, passport_number, "
    "registration_number, mobile, home_phone, work_phone, email"
)
INDEXES = {
    "ix_clients_search_words": f"clients USING gin (cm_search_words({CLIENT_COLUMNS}) gin_trgm_ops)",
    "ix_clients_search_substrings": (
        f"clients USING gin (cm_search_substrings({CLIENT_COLUMNS}) gin_trgm_ops)"
    ),
    "ix_policies_search_words": (
        "policies USING gin (cm_search_policy_words(policy_number) gin_trgm_ops)"
    ),
    "ix_policies_search_substrings": "policies USING gin (lower(policy_number) gin_trgm_ops)",
}
FUNCTIONS = (
    "cm_search_words(text, text, text, text, text, text, text, text, text, text, text)",
    "cm_search_substrings(text, text, text, text, text, text, text, text, text, text, text)",
    "cm_search_policy_words(text)",
    "cm_search_fold(text)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for statement in (FOLD, WORDS, SUBSTRINGS, POLICY_WORDS):
        op.execute(statement)
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {definition}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    # pg_trgm stays: another database object of the server's may use it by now.
