"""One progress protocol for long work: report a fraction and a step, and stop when asked.

Backup, restore, import, export, the subject package, the retention review and the scrub
all take a ``Progress``. The desktop passes one wired to a progress dialog with Cancel,
the CLI one that prints; tests and callers that do not care pass nothing (``SILENT``).
A service calls ``progress(fraction, step)`` at safe points; when the person asked to
stop, that call raises ``Cancelled``, and the service's own transaction or temporary
file handling makes sure nothing half-done remains.
"""

from __future__ import annotations

from collections.abc import Callable

from clientmanager.errors import ClientManagerError


class Cancelled(ClientManagerError):
    def __init__(self) -> None:
        super().__init__("Stopped before it finished.", hint="Nothing was changed or written.")


class Progress:
    def __init__(
        self,
        report: Callable[[float, str], None] | None = None,
        *,
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self._report = report
        self._should_stop = should_stop

    def __call__(self, fraction: float, step: str = "") -> None:
        """Say how far the work is (0.0 to 1.0); raises Cancelled if asked to stop."""
        self.check()
        if self._report is not None:
            self._report(max(0.0, min(1.0, fraction)), step)

    def check(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise Cancelled()

    def done(self, step: str = "") -> None:
        """Report the end without asking to stop: the work is in place and recorded, so a
        late Cancel must not tell the caller it was stopped."""
        if self._report is not None:
            self._report(1.0, step)

    def counted(self, done: int, total: int, step: str = "") -> None:
        self(done / total if total else 1.0, step)

    def part(self, start: float, end: float) -> Progress:
        """A progress for one phase that fills the range start..end of this one."""

        def report(fraction: float, step: str) -> None:
            self(start + (end - start) * fraction, step)

        return Progress(report, should_stop=self._should_stop)


SILENT = Progress()
