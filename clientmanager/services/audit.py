"""The audit trail: who did what, when, to which client. A hash chain makes edits evident.

Each entry's hash covers the previous entry's hash and the entry's own canonical text, so
changing or removing any row breaks every hash after it. Entries hold an identifier and
a short summary, never client content or secrets.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from clientmanager.services.actor import Actor
from clientmanager.services.views import view_of
from clientmanager.store import sealed
from clientmanager.store.guards import lock_audit_chain
from clientmanager.store.models import AuditEntry, Setting, utcnow

logger = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64


def _canonical_text(at, user_id, username, action, client_id, summary) -> bytes:  # noqa: ANN001
    """The hashed form of an entry, with ``at`` already in ISO form."""
    return json.dumps(
        {
            "at": at,
            "user_id": user_id,
            "username": username,
            "action": action,
            "client_id": client_id,
            "summary": summary,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    at = entry.at.isoformat(timespec="microseconds")
    canonical = _canonical_text(
        at, entry.user_id, entry.username, entry.action, entry.client_id, entry.summary
    )
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


def chain_head(session: Session) -> str:
    head = session.scalar(sa.select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
    return head or GENESIS_HASH


def record(
    session: Session,
    *,
    actor: Actor | None,
    action: str,
    client_id: int | None = None,
    summary: str = "",
) -> AuditEntry:
    """Append an entry in the caller's transaction, so it commits or rolls back with the act."""
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else None,
        action=action,
        client_id=client_id,
        summary=summary,
    )
    if "audit_anchor_holds" not in session.info:
        session.info["audit_anchor_holds"] = _anchor_still_holds(session)
    lock_audit_chain(session)  # on the office server: one writer of the chain at a time
    entry.prev_hash = chain_head(session)
    entry.entry_hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    session.info["audit_head"] = (entry.id, entry.entry_hash)
    return entry


# --- the anchor outside the database -------------------------------------------------------
#
# Cutting entries off the end of the trail leaves a chain that is consistent in itself.
# So the head (entry number and hash) is also kept outside the database: in a file beside
# the key-slot file, rewritten after every commit that added an entry, and in every backup
# manifest. Each anchor carries a MAC under a key derived from the data key, so whoever
# edits the trail cannot write a matching anchor. An "epoch" names one line of history:
# a restore starts a new one, so a later backup's anchor is not held against the restored,
# shorter trail.

ANCHOR_NAME = "practice.anchor"


@dataclass(frozen=True)
class _AnchorTarget:
    path: Path
    practice_id: str
    signer: sealed.AnchorKey
    data_dir: Path | None = None


_TRACKED: weakref.WeakKeyDictionary[sa.Engine, _AnchorTarget] = weakref.WeakKeyDictionary()


def anchor_path(key_slots: Path) -> Path:
    return Path(key_slots).with_name(ANCHOR_NAME)


def _new_epoch() -> str:
    return uuid.uuid4().hex


def anchor_epoch(key_slots: Path) -> str:
    """The current epoch of the practice beside ``key_slots`` (a new one if none yet)."""
    existing = sealed.read_anchor(anchor_path(key_slots))
    if existing is not None and existing.get("epoch"):
        return str(existing["epoch"])
    return _new_epoch()


def write_anchor(
    key_slots: Path,
    *,
    practice_id: str,
    head: tuple[int, str],
    key: bytes | None = None,
    signer: sealed.AnchorKey | None = None,
    new_epoch: bool = False,
    force: bool = False,
) -> None:
    """Write the anchor file. Never moves an anchor of the same epoch backwards, nor
    replaces it with another entry of the same number (a trail cut short and written on
    again must not launder the cut); ``force`` re-signs the same head (after a re-key)."""
    path = anchor_path(key_slots)
    existing = sealed.read_anchor(path)
    epoch = _new_epoch() if new_epoch or existing is None else str(existing.get("epoch"))
    if (
        not new_epoch
        and existing is not None
        and existing.get("practice_id") == practice_id
        and (
            int(existing.get("entry", 0)) > head[0]
            if force
            else int(existing.get("entry", 0)) >= head[0]
        )
    ):
        return
    sealed.write_anchor(
        path,
        sealed.anchor(
            practice_id=practice_id,
            epoch=epoch,
            entry=head[0],
            entry_hash=head[1],
            key=key,
            signer=signer,
        ),
    )


def resign_anchor(practice: Any, *, new_key: bytes) -> None:  # an OpenPractice, re-keyed
    """After a re-key: sign the anchor under the new key. If the anchored entry no longer
    holds (the trail was cut or rewritten), the old anchor's values are re-signed, so the
    re-key cannot launder the change."""
    path = anchor_path(practice.paths.key_slots)
    existing = sealed.read_anchor(path)
    head = head_of(practice.sessions)
    if existing is not None and int(existing.get("entry", 0)) > 0:
        with practice.sessions() as session:
            stored = session.scalar(
                sa.select(AuditEntry.entry_hash).where(AuditEntry.id == int(existing["entry"]))
            )
        if stored != existing.get("hash"):
            head = (int(existing["entry"]), str(existing.get("hash")))
    write_anchor(
        practice.paths.key_slots,
        practice_id=practice.practice_id,
        head=head,
        key=new_key,
        force=True,
    )


def head_of(sessions: Callable[[], Session]) -> tuple[int, str]:
    with sessions() as session:
        row = session.execute(
            sa.select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def _engine_of(session: Session) -> sa.Engine:
    """The practice's engine behind a session, also when the session is bound to a copy
    of it with execution options (the writers' BEGIN IMMEDIATE)."""
    bind = session.get_bind()
    return getattr(bind, "_proxied", bind)


def track_anchor(practice: Any) -> None:  # an OpenPractice
    """Keep the anchor file of this open practice current after each commit."""
    _TRACKED[practice.engine] = _AnchorTarget(
        path=practice.paths.key_slots,
        practice_id=practice.practice_id,
        signer=sealed.anchor_key(practice.key),
        data_dir=practice.paths.data_dir,
    )


def _anchor_still_holds(session: Session) -> bool:
    """Whether the anchored entry is still in the trail with its hash. When it is not
    (the trail was cut or rewritten outside the app), the anchor is left where it is, so
    new entries written on top cannot launder the change."""
    try:
        target = _TRACKED.get(_engine_of(session))
    except sa.exc.UnboundExecutionError:
        return True
    if target is None:
        return True
    anchor = sealed.read_anchor(anchor_path(target.path))
    if anchor is None or int(anchor.get("entry", 0)) == 0:
        return True
    stored = session.scalar(
        sa.select(AuditEntry.entry_hash).where(AuditEntry.id == int(anchor["entry"]))
    )
    return stored == anchor.get("hash")


@event.listens_for(Session, "after_commit")
def _anchor_after_commit(session: Session) -> None:
    head = session.info.pop("audit_head", None)
    if head is None or session.info.get("audit_anchor_holds") is False:
        return
    try:
        target = _TRACKED.get(_engine_of(session))
    except sa.exc.UnboundExecutionError:
        return
    if target is None:
        return
    try:
        write_anchor(target.path, practice_id=target.practice_id, head=head, signer=target.signer)
    except OSError as exc:  # the commit stands; the next one writes the anchor
        logger.warning("audit anchor not written: %s", exc.strerror)


@event.listens_for(Session, "after_rollback")
def _anchor_after_rollback(session: Session) -> None:
    session.info.pop("audit_head", None)


def _backup_manifests(target: _AnchorTarget, session: Session) -> list[dict[str, Any]]:
    folder = None
    setting = session.get(Setting, "backup_folder")
    if setting is not None and setting.value.strip():
        folder = Path(setting.value).expanduser()
    elif target.data_dir is not None:
        folder = target.data_dir / "backups"
    found: list[dict[str, Any]] = []
    if folder is None or not folder.is_dir():
        return found
    for entry in folder.iterdir():
        if not entry.name.startswith("backup-") or entry.name.endswith(".tmp"):
            continue
        try:
            manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(manifest, dict) and isinstance(manifest.get("audit_anchor"), dict):
            found.append(manifest["audit_anchor"])
    return found


def known_anchors(session: Session) -> list[tuple[int, str]]:
    """The genuine anchors of the current epoch: the file beside the key-slot file and
    those in the backup manifests whose MAC this practice's key confirms."""
    target = _TRACKED.get(_engine_of(session))
    if target is None:
        return []
    live = sealed.read_anchor(anchor_path(target.path))
    candidates = ([live] if live is not None else []) + _backup_manifests(target, session)
    genuine = [
        a
        for a in candidates
        if a.get("key_id") == target.signer.key_id
        and sealed.anchor_is_genuine(a, practice_id=target.practice_id, signer=target.signer)
    ]
    if not genuine:
        return []
    # Without the file (removed), the newest manifest's epoch stands for the practice's.
    epoch = (
        live.get("epoch")
        if live is not None and live in genuine
        else max(genuine, key=lambda a: int(a["entry"]))["epoch"]
    )
    return sorted({(int(a["entry"]), str(a["hash"])) for a in genuine if a["epoch"] == epoch})


# --- what the actions mean ---------------------------------------------------------------


def action_label(action: str) -> str:
    """The one table of human labels lives beside the audit PDF (reports/audit_labels.py),
    which has no fpdf import, so reading it costs nothing."""
    from clientmanager.reports.audit_labels import label

    return label(action)


def record_print(session: Session, *, actor: Actor | None, what: str, client_id: int | None = None):
    """A print is a disclosure on paper: the UI calls this when it sends something to a
    printer. ``what`` names the document type ("client summary"), never its content."""
    return record(session, actor=actor, action="print", client_id=client_id, summary=what)


# --- checking the chain --------------------------------------------------------------------


@dataclass(frozen=True)
class ChainReport:
    """The result of :func:`verify_chain`."""

    checked: int
    head: str
    broken_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_id is None and self.problem is None

    def describe(self) -> str:
        if self.ok:
            return f"The audit trail is intact: {self.checked} entries, each linked to the last."
        where = f"entry {self.broken_id}" if self.broken_id is not None else "the end of the trail"
        return f"The audit trail is broken at {where}: {self.problem}"


_VERIFY_COLUMNS = (
    "SELECT id, at, user_id, username, action, client_id, summary, prev_hash, entry_hash "
    "FROM audit_log ORDER BY id"
)


def _iso(raw: object) -> str:
    # SQLAlchemy stores DateTime as 'YYYY-MM-DD HH:MM:SS.ffffff'; the hash used isoformat().
    if isinstance(raw, str) and len(raw) == 26 and raw[10] == " ":
        return raw[:10] + "T" + raw[11:]
    if isinstance(raw, dt.datetime):
        return raw.isoformat(timespec="microseconds")
    return dt.datetime.fromisoformat(str(raw)).isoformat(timespec="microseconds")


_quote = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses for str


def _fast_canonical(at, user_id, username, action, client_id, summary) -> bytes:  # noqa: ANN001
    """Byte-for-byte what :func:`_canonical_text` gives, without building a dict per entry (this
    halves the time to verify a long trail). Anything but the expected types (a value
    tampered with in SQLite) goes the slow, general way."""
    if (
        type(action) is str
        and type(summary) is str
        and (username is None or type(username) is str)
        and (user_id is None or type(user_id) is int)
        and (client_id is None or type(client_id) is int)
    ):
        return (
            '{"action":'
            + _quote(action)
            + ',"at":'
            + _quote(at)
            + ',"client_id":'
            + ("null" if client_id is None else str(client_id))
            + ',"summary":'
            + _quote(summary)
            + ',"user_id":'
            + ("null" if user_id is None else str(user_id))
            + ',"username":'
            + ("null" if username is None else _quote(username))
            + "}"
        ).encode("utf-8")
    return _canonical_text(at, user_id, username, action, client_id, summary)


def verify_chain(
    session: Session,
    *,
    expected_head: str | None = None,
    anchors: list[tuple[int, str]] | None = None,
    progress: Callable[[int], None] | None = None,
) -> ChainReport:
    """Recompute every entry's hash in order and name the first entry that does not fit.

    A changed entry fails its own hash; a removed entry leaves a gap in the numbering and
    a broken link in the entry after it. Removing entries from the very end leaves no
    trace inside the database, so pass ``expected_head`` (the chain head a backup
    manifest recorded) to check that the trail still reaches it, or ``anchors`` (entry
    number and hash kept outside the database, :func:`known_anchors`): each anchored
    entry must still be there with that hash.
    """
    anchored = dict(anchors or [])
    previous_hash = GENESIS_HASH
    previous_id = 0
    checked = 0
    seen_expected = expected_head is None or expected_head == GENESIS_HASH
    result = session.connection().exec_driver_sql(_VERIFY_COLUMNS)
    sha256 = hashlib.sha256
    while rows := result.fetchmany(10_000):
        for row_id, at, user_id, username, action, client_id, summary, prev, stored in rows:
            if row_id != previous_id + 1:
                missing = (
                    f"entry {previous_id + 1} is missing"
                    if row_id == previous_id + 2
                    else f"entries {previous_id + 1} to {row_id - 1} are missing"
                )
                return ChainReport(checked, previous_hash, previous_id + 1, missing + " (deleted).")
            if prev != previous_hash:
                return ChainReport(
                    checked,
                    previous_hash,
                    row_id,
                    "it does not link to the entry before it (that entry was changed or removed).",
                )
            try:
                at_text = _iso(at)
            except (TypeError, ValueError):
                return ChainReport(checked, previous_hash, row_id, "its time was altered.")
            canonical = _fast_canonical(at_text, user_id, username, action, client_id, summary)
            if sha256(previous_hash.encode("ascii") + canonical).hexdigest() != stored:
                return ChainReport(
                    checked, previous_hash, row_id, "its content was changed after it was written."
                )
            if row_id in anchored and anchored[row_id] != stored:
                return ChainReport(
                    checked,
                    previous_hash,
                    row_id,
                    f"entry {row_id} is not the entry anchored outside the database (its hash "
                    "differs): the trail was rewritten and its chain recomputed.",
                )
            previous_hash = stored
            previous_id = row_id
            checked += 1
            if not seen_expected and stored == expected_head:
                seen_expected = True
        if progress is not None:
            progress(checked)
    newest_anchor = max(anchored, default=0)
    if newest_anchor > previous_id:
        first = previous_id + 1
        missing = (
            f"entry {first} is"
            if first == newest_anchor
            else (f"entries {first} to {newest_anchor} are")
        )
        return ChainReport(
            checked,
            previous_hash,
            first,
            f"{missing} missing: the trail was cut short (the anchor outside the database "
            f"records entry {newest_anchor}).",
        )
    if not seen_expected:
        return ChainReport(
            checked,
            previous_hash,
            None,
            "the chain head recorded earlier is no longer in the trail (entries were removed "
            "from the end).",
        )
    return ChainReport(checked, previous_hash)


# --- reading and exporting -------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    client_id: int | None = None
    action: str | None = None  # an exact action, or a prefix ending in "." ("user.")
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str | None
    action: str
    action_label: str
    client_id: int | None
    summary: str


def _row(e: AuditEntry) -> AuditRow:
    return view_of(AuditRow, e, action_label=action_label(e.action))


def _filtered(query: sa.Select, wanted: AuditFilter) -> sa.Select:
    if wanted.username:
        query = query.where(AuditEntry.username == wanted.username.strip().casefold())
    if wanted.client_id is not None:
        query = query.where(AuditEntry.client_id == wanted.client_id)
    if wanted.action:
        if wanted.action.endswith("."):
            query = query.where(AuditEntry.action.startswith(wanted.action, autoescape=True))
        else:
            query = query.where(AuditEntry.action == wanted.action)
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= dt.datetime.combine(wanted.since, dt.time()))
    if wanted.until is not None:
        end = dt.datetime.combine(wanted.until + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEntry.at < end)
    return query


def search_entries(
    session: Session, actor: Actor, wanted: AuditFilter = AuditFilter(), *, limit: int = 5000
) -> list[AuditRow]:
    """Entries matching ``wanted``, newest first (at most ``limit``)."""
    from clientmanager.services.permissions import Permission, require

    require(actor, Permission.AUDIT_VIEW)
    query = _filtered(sa.select(AuditEntry), wanted).order_by(AuditEntry.id.desc()).limit(limit)
    return [_row(e) for e in session.scalars(query)]


def audit_filter_choices(session: Session, actor: Actor) -> tuple[list[str], list[str]]:
    """The user names and actions that occur in the trail, for the viewer's drop-downs."""
    from clientmanager.services.permissions import Permission, require

    require(actor, Permission.AUDIT_VIEW)
    names = session.scalars(
        sa.select(AuditEntry.username).where(AuditEntry.username.is_not(None)).distinct()
    ).all()
    actions = session.scalars(sa.select(AuditEntry.action).distinct()).all()
    return sorted(names), sorted(actions)


def record_viewed(session: Session, actor: Actor) -> None:
    """Opening the audit viewer is itself audited."""
    from clientmanager.services.permissions import Permission, require

    require(actor, Permission.AUDIT_VIEW)
    record(session, actor=actor, action="audit.viewed")


def verify_and_record(session: Session, actor: Actor) -> ChainReport:
    from clientmanager.services.permissions import Permission, require

    require(actor, Permission.AUDIT_VIEW)
    report = verify_chain(session, anchors=known_anchors(session))
    record(
        session,
        actor=actor,
        action="audit.verified",
        summary="intact" if report.ok else f"broken at entry {report.broken_id}",
    )
    return report


CSV_COLUMNS = (
    "entry",
    "time_utc",
    "user",
    "action",
    "description",
    "client_id",
    "summary",
    "prev_hash",
    "entry_hash",
)


def _describe_filter(wanted: AuditFilter) -> str:
    parts = []
    if wanted.username:
        parts.append(f"user {wanted.username}")
    if wanted.client_id is not None:
        parts.append(f"client {wanted.client_id}")
    if wanted.action:
        parts.append(f"action {wanted.action}")
    if wanted.since:
        parts.append(f"from {wanted.since.isoformat()}")
    if wanted.until:
        parts.append(f"to {wanted.until.isoformat()}")
    return ", ".join(parts) or "all entries"


def export_csv(
    session: Session, actor: Actor, target: Path, wanted: AuditFilter = AuditFilter()
) -> int:
    """Write the matching entries (oldest first, with their hashes, so an inspector can
    re-check the chain) to ``target`` atomically. The export is itself audited. Returns the
    number of entries written."""
    from clientmanager.services.permissions import Permission, require
    from clientmanager.store.files import atomic_output

    require(actor, Permission.AUDIT_VIEW)
    query = _filtered(sa.select(AuditEntry), wanted).order_by(AuditEntry.id)
    count = 0
    with atomic_output(target) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        for entry in session.scalars(query).yield_per(5000):
            writer.writerow(
                [
                    entry.id,
                    entry.at.isoformat(sep=" ", timespec="seconds"),
                    entry.username or "",
                    entry.action,
                    action_label(entry.action),
                    "" if entry.client_id is None else entry.client_id,
                    _csv_safe(entry.summary),
                    entry.prev_hash,
                    entry.entry_hash,
                ]
            )
            count += 1
        text.flush()
        text.detach()
    record(
        session,
        actor=actor,
        action="audit.exported",
        summary=f"CSV, {count} entries ({_describe_filter(wanted)})",
    )
    return count


def _csv_safe(value: str) -> str:
    # A summary starting with =, +, - or @ would run as a formula in a spreadsheet.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_pdf(
    session: Session,
    actor: Actor,
    target: Path,
    wanted: AuditFilter = AuditFilter(),
    *,
    limit: int = 20_000,
) -> int:
    """An inspector's PDF of the matching entries, with the chain check result on page one.
    Written atomically; the export is itself audited. Returns the number of entries."""
    from clientmanager.reports.audit_report import build_audit_report
    from clientmanager.services.permissions import Permission, require
    from clientmanager.store.files import write_atomically

    require(actor, Permission.AUDIT_VIEW)
    report = verify_chain(session)
    query = _filtered(sa.select(AuditEntry), wanted).order_by(AuditEntry.id).limit(limit)
    rows = [_row(e) for e in session.scalars(query)]
    from clientmanager.services.letterhead import practice_letterhead

    letterhead = practice_letterhead(session)
    data = build_audit_report(
        letterhead,
        rows=rows,
        chain=report,
        filter_text=_describe_filter(wanted),
        exported_by=actor.username,
    )
    write_atomically(target, data)
    record(
        session,
        actor=actor,
        action="audit.exported",
        summary=f"PDF, {len(rows)} entries ({_describe_filter(wanted)})",
    )
    return len(rows)
