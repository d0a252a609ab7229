"""Appointments as iCalendar: an export parses with icalendar and round-trips."""

from __future__ import annotations

import datetime as dt

import icalendar

from clientmanager.cli import main
from clientmanager.services import appointments, ical
from clientmanager.store.models import Appointment
from tests.planner.conftest import seed_household

COLUMNS = ("uid", "client_id", "kind", "title", "starts_at", "ends_at", "location", "status")


def _rows(practice) -> list[tuple]:  # noqa: ANN001
    with practice.session() as session:
        return sorted(
            tuple(getattr(a, c) for c in COLUMNS) for a in session.query(Appointment).all()
        )


def test_export_parses_and_round_trips(cli_env, tmp_path, capsys) -> None:
    seeded = seed_household(cli_env)
    soon = dt.date.today() + dt.timedelta(days=3)
    with cli_env.session() as session:
        appointments.add_appointment(
            session,
            seeded.admin,
            title="Review: Pieter van der Merwe",
            kind="review",
            starts_at=dt.datetime.combine(soon, dt.time(9, 30)),
            client_id=seeded.client_id,
            location="Boardroom, 12 Kloof Street",
        )
        appointments.add_appointment(
            session,
            seeded.admin,
            title="FSCA CPD webinar",
            starts_at=dt.datetime.combine(soon, dt.time(14, 0)),
            ends_at=dt.datetime.combine(soon, dt.time(15, 45)),
        )
        cancelled = appointments.add_appointment(
            session,
            seeded.admin,
            title="Call Annelie",
            kind="call",
            client_id=seeded.spouse_id,
            starts_at=dt.datetime.combine(soon + dt.timedelta(days=1), dt.time(11, 0)),
        )
        appointments.cancel_appointment(session, seeded.admin, cancelled.id)
    before = _rows(cli_env)
    out = tmp_path / "practice.ics"
    assert main(["calendar", "export", "--out", str(out)]) == 0
    assert "Wrote 3 appointment(s)" in capsys.readouterr().out

    parsed = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    assert set(events) == {row[0] for row in before}
    for uid, client_id, kind, title, starts, ends, location, status in before:
        event = events[uid]
        assert [str(c) for c in event["categories"].cats] == [kind]
        assert event.get(ical.CLIENT_PROPERTY) == (str(client_id) if client_id else None)
        assert str(event["summary"]) == title
        # Stored as SAST wall-clock time, written in UTC.
        assert event["dtstart"].dt == starts.replace(tzinfo=ical.SAST)
        assert event["dtstart"].dt.utcoffset() == dt.timedelta(0)
        assert event["dtend"].dt == ends.replace(tzinfo=ical.SAST)
        assert str(event["status"]) == ("CANCELLED" if status == "cancelled" else "CONFIRMED")
        assert str(event.get("location") or "") == (location or "")

    # Round trip: the same appointments come back from the file.
    with cli_env.session() as session:
        session.query(Appointment).delete()
    assert main(["calendar", "import", str(out)]) == 0
    assert "3 added, 0 updated" in capsys.readouterr().out
    assert _rows(cli_env) == before
    assert main(["calendar", "import", str(out)]) == 0  # again: updates, no duplicates
    assert "0 added, 3 updated" in capsys.readouterr().out
    assert _rows(cli_env) == before

    assert main(["calendar", "list", "--day", soon.isoformat(), "--week"]) == 0
    assert "09:30-10:30  Review: Pieter van der Merwe" in capsys.readouterr().out


def test_private_export_and_bad_files(cli_env, tmp_path, capsys) -> None:
    seeded = seed_household(cli_env)
    with cli_env.session() as session:
        appointments.add_appointment(
            session,
            seeded.admin,
            title="Review: Pieter van der Merwe",
            kind="review",
            starts_at=dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1),
            client_id=seeded.client_id,
        )
    out = tmp_path / "private.ics"
    assert main(["calendar", "export", "--out", str(out), "--without-names"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "van der Merwe" not in text and f"Review (client {seeded.client_id})" in text
    bad = tmp_path / "notes.ics"
    bad.write_text("this is not a calendar", encoding="utf-8")
    assert main(["calendar", "import", str(bad)]) == 1
    assert "not an iCalendar file" in capsys.readouterr().err
    assert main(["calendar", "export", "--out", str(tmp_path / "x.txt")]) == 1
    assert ".ics" in capsys.readouterr().err


def test_calendar_cancel_marks_the_appointment_cancelled(cli_env, capsys) -> None:
    seeded = seed_household(cli_env)
    soon = dt.date.today() + dt.timedelta(days=3)
    with cli_env.session() as session:
        number = appointments.add_appointment(
            session,
            seeded.admin,
            title="Call Annelie",
            kind="call",
            client_id=seeded.spouse_id,
            starts_at=dt.datetime.combine(soon, dt.time(11, 0)),
        ).id
    assert main(["calendar", "list", "--day", soon.isoformat()]) == 0
    assert f"Call Annelie  [no. {number}]" in capsys.readouterr().out
    assert main(["calendar", "cancel", str(number)]) == 0
    assert f"Cancelled appointment {number}: Call Annelie" in capsys.readouterr().out
    with cli_env.session() as session:
        assert session.get(Appointment, number).status == "cancelled"
    assert main(["calendar", "list", "--day", soon.isoformat()]) == 0
    assert "No appointments" in capsys.readouterr().out
    assert main(["calendar", "cancel", "999"]) == 1
    assert "no appointment 999" in capsys.readouterr().err
