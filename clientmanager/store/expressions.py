"""SQL expressions whose spelling differs between SQLite and PostgreSQL.

Services use these instead of a dialect's own functions, so the same query runs on the
embedded store and on an office server. Each renders its constants inline: SQLite uses an
index on an expression only when the query spells the expression exactly as the index
does, and a bound parameter (``strftime(?, ...)``) never matches.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


def _spelled(element: type[FunctionElement], **templates: str) -> None:
    """Compile ``element`` on each named dialect from its template, where ``{}`` stands for
    each argument in turn."""
    for dialect, template in templates.items():

        def render(node: FunctionElement, compiler, _template: str = template, **kw) -> str:  # noqa: ANN001
            return _template.format(*(compiler.process(clause, **kw) for clause in node.clauses))

        compiles(element, dialect)(render)


class month_day(FunctionElement):  # noqa: N801 - reads as the SQL function it stands for
    """'MM-DD' of a date: birthdays and anniversaries, whatever the year."""

    type = sa.String()
    name = "month_day"
    inherit_cache = True


_spelled(month_day, sqlite="strftime('%m-%d', {})", postgresql="to_char({}, 'MM-DD')")


class not_by_index(FunctionElement):  # noqa: N801 - reads as the SQL it stands for
    """The same value, written so that SQLite does not drive the query from an index on it
    (a unary +): where sorting a known third of the practice is cheaper than walking the
    index. PostgreSQL plans on statistics and has no unary + for text, so it is the plain
    expression there."""

    inherit_cache = True
    name = "not_by_index"

    @property
    def type(self):  # noqa: ANN201
        return self.clauses.clauses[0].type


@compiles(not_by_index, "sqlite")
def _not_by_index_sqlite(element: not_by_index, compiler, **kw) -> str:  # noqa: ANN001
    return f"+{compiler.process(element.clauses, **kw)}"


@compiles(not_by_index, "postgresql")
def _not_by_index_postgresql(element: not_by_index, compiler, **kw) -> str:  # noqa: ANN001
    # No unary + for text there; an expression no index holds keeps the plan off the index
    # all the same (the order is that of the value: || '' changes no text, NULL stays NULL).
    value = compiler.process(element.clauses, **kw)
    return f"({value} || '')" if isinstance(element.type, sa.String) else value


@compiles(not_by_index)
def _not_by_index_default(element: not_by_index, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.process(element.clauses, **kw)


class in_json_list(FunctionElement):  # noqa: N801 - reads as the SQL it stands for
    """``expression IN (the strings of a JSON array bound as one parameter)``: thousands of
    keys without thousands of bound variables (the importer's duplicate check)."""

    type = sa.Boolean()
    name = "in_json_list"
    inherit_cache = True
    # A truth value already: without this SQLite's rendering appends "= 1", which keeps
    # SQLite from answering the IN from an index.
    _is_implicitly_boolean = True


_spelled(
    in_json_list,
    sqlite="{} IN (SELECT value FROM json_each({}))",
    postgresql="{} IN (SELECT jsonb_array_elements_text(CAST({} AS jsonb)))",
)


class has_non_ascii(FunctionElement):  # noqa: N801
    """True where the text holds a character outside printable ASCII (which the database's
    lower() may not fold as Python's casefold() does)."""

    type = sa.Boolean()
    name = "has_non_ascii"
    inherit_cache = True
    # As in_json_list: "= 1" would also keep SQLite from using a partial index on it.
    _is_implicitly_boolean = True


_spelled(has_non_ascii, sqlite="{} GLOB '*[^ -~]*'", postgresql="{} ~ '[^ -~]'")


class iso_date_text(FunctionElement):  # noqa: N801
    """A date column as its 'YYYY-MM-DD' text (how SQLite stores it already)."""

    type = sa.String()
    name = "iso_date_text"
    inherit_cache = True


_spelled(iso_date_text, sqlite="{}", postgresql="to_char({}, 'YYYY-MM-DD')")


class json_rows(FunctionElement):  # noqa: N801
    """``json_rows(tuple_(values...), tuple_(order...))``: an aggregate, one JSON array
    holding for each row the array of its values in that order, as the database stores
    them (dates as ISO text, booleans as SQLite's 0/1 or JSON's true/false). Many kinds of
    row come back in one statement this way (the client card). No rows: '[]' on SQLite,
    NULL on PostgreSQL (:func:`json_rows_value` reads both)."""

    type = sa.String()
    name = "json_rows"
    inherit_cache = True


def _json_rows_parts(element: json_rows, compiler, **kw) -> tuple[str, str]:  # noqa: ANN001
    values, order = element.clauses.clauses
    return (
        ", ".join(compiler.process(value, **kw) for value in values.clauses),
        ", ".join(compiler.process(key, **kw) for key in order.clauses),
    )


@compiles(json_rows, "sqlite")
def _json_rows_sqlite(element: json_rows, compiler, **kw) -> str:  # noqa: ANN001
    values, order = _json_rows_parts(element, compiler, **kw)
    return f"json_group_array(json_array({values}) ORDER BY {order})"


@compiles(json_rows, "postgresql")
def _json_rows_postgresql(element: json_rows, compiler, **kw) -> str:  # noqa: ANN001
    values, order = _json_rows_parts(element, compiler, **kw)
    return f"json_agg(json_build_array({values}) ORDER BY {order})"


def json_rows_value(raw: object) -> list[list]:
    """The rows of a :class:`json_rows` value as lists (psycopg hands JSON over parsed;
    SQLite as text)."""
    if raw is None:
        return []
    if isinstance(raw, str):
        import json

        return json.loads(raw)
    return list(raw)
