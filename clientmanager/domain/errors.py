"""The one error type the domain layer raises for bad input.

A :class:`ValidationError` names the field a person typed into and says what is wrong
with it in words they can act on. Callers show ``str(err)`` to the user and may log it,
so the message never repeats the rejected value: an ID number, phone number or e-mail
address is personal information and must not end up in logs, screenshots or bug reports.
"""

from __future__ import annotations


class ValidationError(ValueError):
    """Input that cannot be accepted: ``field`` is what the user calls it, ``problem`` what to fix.

    Subclasses :class:`ValueError` so code that only cares "was this value acceptable?"
    can catch the built-in type.
    """

    field: str
    problem: str

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.field}: {self.problem}"

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str]]:
        # Default exception pickling replays ``args`` (one formatted string) into
        # __init__, which needs two; without this the error cannot cross a process
        # boundary (multiprocessing, concurrent.futures).
        return (type(self), (self.field, self.problem))
