"""Plain dataclass views of ORM rows, for the screens and reports that must not hold a
session's objects (``reports/`` takes dataclasses only)."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, TypeVar

View = TypeVar("View")


@functools.cache
def _field_names(view: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(view))


def view_of(view: type[View], row: object, **computed: Any) -> View:
    """``view`` (a dataclass) of ``row``: each field the row's attribute of the same name,
    except those given in ``computed`` (labels, counts, reshaped values)."""
    values = {
        name: computed[name] if name in computed else getattr(row, name)
        for name in _field_names(view)
    }
    return view(**values)
