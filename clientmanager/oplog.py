"""The operational log: what the program did and what went wrong, for support.

A size-capped rotating file in the practice's ``logs/`` folder, written by the CLI and
the desktop. It must never hold personal information, a key, a password or a recovery
code. Our own log calls keep to ids and types; as a second line of defence every record
is scrubbed of anything shaped like an ID number, e-mail address or phone number, and
uncaught exceptions are logged by type and stack frames only: an exception's text can
carry a client's data (SQLAlchemy puts statement parameters in its messages).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_FILE_NAME = "clientmanager.log"
MAX_LOG_BYTES = 1_000_000
KEPT_LOG_FILES = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Digits of ID, phone and account numbers (7 or more, spaces and dashes allowed), and
# e-mail addresses. Short numbers (counts, client ids, durations) stay readable.
_SENSITIVE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\+?\d(?:[\d \-]{5,}\d)"
)


def scrub(text: str) -> str:
    return _SENSITIVE.sub("[removed]", text)


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # A copy, so other handlers (pytest's, a console) see the record unchanged.
        copy = logging.makeLogRecord(record.__dict__)
        copy.msg, copy.args = scrub(record.getMessage()), None
        copy.exc_text = None  # another handler's rendering may include the message
        return super().format(copy)

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return describe_exception(ei[0], ei[2])


def describe_exception(kind: type[BaseException] | None, tb: TracebackType | None) -> str:
    """The exception's type and where it happened, never its message."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    lines = [f"{kind.__module__}.{kind.__qualname__}" if kind else "(no exception)"]
    lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines)


def log_file(logs_dir: Path) -> Path:
    return logs_dir / LOG_FILE_NAME


def configure(logs_dir: Path | None, *, console_level: int | None = logging.WARNING) -> Path | None:
    """Log to the practice's rotating file (when its folder can be made) and, if asked, to
    stderr. Returns the log file's path, or None when only the console is used."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_clientmanager", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.INFO)
    # Alembic announces its context on every open; only its warnings are worth keeping.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    formatter = _ScrubbingFormatter(_FORMAT)
    if console_level is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(console_level)
        console.setFormatter(_ScrubbingFormatter("%(levelname)s %(name)s: %(message)s"))
        console._clientmanager = True  # type: ignore[attr-defined]
        root.addHandler(console)
    if logs_dir is None:
        return None
    path = log_file(logs_dir)
    try:
        logs_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=KEPT_LOG_FILES, encoding="utf-8"
        )
        if os.name == "posix":
            os.chmod(path, 0o600)
    except OSError:
        # No log file (read-only or full disk) must not stop the program itself.
        logging.getLogger(__name__).warning("the operational log cannot be written")
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(formatter)
    handler._clientmanager = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Log uncaught exceptions (type and frames only); ``show`` tells the person where the
    log is (the desktop passes a dialog)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        logging.getLogger("clientmanager.crash").error(
            "uncaught exception\n%s", describe_exception(kind, tb)
        )
        if show is not None:
            try:
                show(where_is_the_log())
            except Exception:  # the dialog itself failing must not loop
                pass
        else:
            print(
                f"Something went wrong inside ClientManager. Details for support are in "
                f"{where_is_the_log()}.",
                file=sys.stderr,
            )

    sys.excepthook = hook


def where_is_the_log() -> str:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return handler.baseFilename
    return "the terminal output (no log file could be written)"
