"""The client search index of a practice on the office server: pg_trgm (issue 18).

The embedded store searches through two FTS5 indexes (0002 prefixes of words, 0008
substrings), which PostgreSQL does not have; until now the server scanned every client.
Here each client row carries the same two documents, written by a trigger the way FTS5
reads the same fields, in two columns with GIN trigram indexes:

- ``search_words`` (0002): :func:`cm_search_fold` writes a text the way FTS5's tokenizer
  reads it (``unicode61 remove_diacritics 2 tokenchars '@.'``): diacritics removed (NFD,
  then the combining marks dropped, which is what FTS5 does: "é" is "e", while "ø", "ß"
  and "æ" stay themselves; unaccent would fold those too and find what one PC does not),
  lower case, and every run of characters that are neither letters, digits, '@' nor '.'
  one space. FTS5's five columns (name, identity, phones, e-mail, policy numbers) are each
  folded and set between " | ", so a phrase such as "o'brien", read as the words
  "o brien", cannot run from one column into the next, as in FTS5; a space stands before
  every word, so "a word starts with" is ``LIKE '% word%'``, which pg_trgm answers from
  the index.
- ``search_substrings`` (0008): the ID, passport and registration numbers, phones as local
  digits, the e-mail and the policy numbers, in lower case as FTS5's trigram tokenizer
  folds them (not accent-blind, like it); ``LIKE '%text%'``.

Stored, not an index on an expression: a trigram index can only say which rows may match,
and PostgreSQL then tests each of them; on a stored text that test is a plain LIKE, where
an expression would be folded again for every row (about 100 µs a client on the loaded
test machine, so a digit typed at 3,000 clients took 300 ms). The columns are the server's own: the ORM does not
map them and SQLite has none. A policy's number is part of its client's documents, so
statement-level triggers on policies recompute the clients whose policies a statement
added, changed or removed (one UPDATE per statement, so a bulk insert is not a row-by-row
one); the clients' trigger recomputes on every insert and update.

PostgreSQL only; on SQLite there is nothing to do. pg_trgm is in Debian's postgresql
package and a trusted extension: ``server init`` (the owner) creates it here; the
desktops' login only runs the triggers.

Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010s"

# A SQL-standard body (RETURN ...) is bound when created, so it does not depend on the
# caller's search_path; IMMUTABLE is true of it (normalize, lower and regexp_replace are).
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


_NEW = "NEW.{}".format
# FTS5's columns, as the views of 0002 and 0008 write them.
_WORD_COLUMNS = (
    _joined(*map(_NEW, ("first_names", "preferred_name", "surname", "entity_name"))),
    _joined(*map(_NEW, ("id_number", "passport_number", "registration_number"))),
    _joined(
        *(
            form
            for column in ("mobile", "home_phone", "work_phone")
            for form in (_NEW(column), _local_form(_NEW(column)))
        )
    ),
    _joined(_NEW("email")),
    "policy_numbers",
)
_WORDS = " || ' | ' || ".join(f"cm_search_fold({column})" for column in _WORD_COLUMNS)
_SUBSTRINGS = _joined(
    *map(_NEW, ("id_number", "passport_number", "registration_number")),
    *(_digits(_NEW(column)) for column in ("mobile", "home_phone", "work_phone")),
    _NEW("email"),
    "policy_numbers",
)

# SET search_path FROM CURRENT: the tables and functions the triggers name are those of
# the schema being built, whoever's session fires them.
CLIENT_TRIGGER_FUNCTION = f"""
CREATE FUNCTION cm_search_documents() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    policy_numbers text := coalesce(
        (SELECT string_agg(p.policy_number, ' ' ORDER BY p.id) FROM policies p
         WHERE p.client_id = NEW.id), '');
BEGIN
    NEW.search_words := ' ' || {_WORDS} || ' ';
    NEW.search_substrings := lower({_SUBSTRINGS});
    RETURN NEW;
END
$$
"""
# Setting search_words to NULL has the clients' trigger write both documents afresh.
POLICY_TRIGGER_FUNCTION = """
CREATE FUNCTION cm_search_policies_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE clients SET search_words = NULL
        WHERE id IN (SELECT client_id FROM added);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE clients SET search_words = NULL
        WHERE id IN (SELECT client_id FROM removed);
    ELSE
        UPDATE clients SET search_words = NULL
        WHERE id IN (SELECT client_id FROM added UNION SELECT client_id FROM removed);
    END IF;
    RETURN NULL;
END
$$
"""
TRIGGERS = (
    "CREATE TRIGGER cm_search_documents BEFORE INSERT OR UPDATE ON clients "
    "FOR EACH ROW EXECUTE FUNCTION cm_search_documents()",
    "CREATE TRIGGER cm_search_policies_added AFTER INSERT ON policies "
    "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
    "EXECUTE FUNCTION cm_search_policies_changed()",
    "CREATE TRIGGER cm_search_policies_changed AFTER UPDATE ON policies "
    "REFERENCING NEW TABLE AS added OLD TABLE AS removed FOR EACH STATEMENT "
    "EXECUTE FUNCTION cm_search_policies_changed()",
    "CREATE TRIGGER cm_search_policies_removed AFTER DELETE ON policies "
    "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
    "EXECUTE FUNCTION cm_search_policies_changed()",
)
INDEXES = {
    "ix_clients_search_words": "clients USING gin (search_words gin_trgm_ops)",
    "ix_clients_search_substrings": "clients USING gin (search_substrings gin_trgm_ops)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "ALTER TABLE clients ADD COLUMN search_words text, ADD COLUMN search_substrings text"
    )
    for statement in (FOLD, CLIENT_TRIGGER_FUNCTION, POLICY_TRIGGER_FUNCTION, *TRIGGERS):
        op.execute(statement)
    op.execute("UPDATE clients SET search_words = NULL")  # the trigger fills both
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {definition}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS cm_search_documents ON clients")
    for name in ("added", "changed", "removed"):
        op.execute(f"DROP TRIGGER IF EXISTS cm_search_policies_{name} ON policies")
    op.execute("DROP FUNCTION IF EXISTS cm_search_policies_changed()")
    op.execute("DROP FUNCTION IF EXISTS cm_search_documents()")
    op.execute("DROP FUNCTION IF EXISTS cm_search_fold(text)")
    op.execute("ALTER TABLE clients DROP COLUMN search_words, DROP COLUMN search_substrings")
    # pg_trgm stays: another object of the server's may use it by now.
