"""The review assesses its candidates a few hundred at a time (issue 17: the start-up
review's memory); the answer is the same whatever the chunk size, in the same order."""

from __future__ import annotations

import pytest

from clientmanager.services import retention
from tests.services.test_retention import D, _advice, _client, _policy, _review

pytestmark = pytest.mark.both_backends


def test_the_review_is_the_same_in_chunks_of_any_size(practice, monkeypatch):
    with practice.session() as session:
        ended = [
            _client(session, relationship_end=D(2019, 6, 30), surname=f"Ended{n}") for n in range(5)
        ]
        _policy(session, ended[1], end_date=D(2040, 1, 31))  # keeps FAIS records: de-identify
        _advice(session, ended[3], D(2023, 5, 1))
        _client(session, surname="Current")  # no clock running: never a candidate
        prospect = _client(session, category="prospect", surname="Prospect")
        retention.place_hold(
            session, actor=practice.actor, client_id=ended[4].id, reason="Ombud complaint"
        )
        expected_ids = [client.id for client in ended[:4]]
        held_id, prospect_id = ended[4].id, prospect.id

    whole = _review(practice)
    assert [item.client_id for item in whole.due] == expected_ids
    assert {item.client_id: item.action for item in whole.due}[ended[1].id] == "deidentify"
    assert [item.client_id for item in whole.held] == [held_id]
    assert prospect_id not in {item.client_id for item in whole.due}

    for size in (1, 2, 3):
        monkeypatch.setattr(retention, "ASSESS_CHUNK", size)
        assert _review(practice) == whole
