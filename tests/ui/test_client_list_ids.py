"""The list keeps its ids packed (8 bytes each, issue 17): the model still shows the
same rows in the same order, and a longer id list after the first window extends it."""

from __future__ import annotations

from clientmanager.services.clients import ClientListResult, ClientRow, ListQuery
from clientmanager.ui.client_list import ClientIds, ClientListModel


def _row(client_id: int) -> ClientRow:
    return ClientRow(
        id=client_id,
        display_name=f"Pat Client{client_id}",
        surname=f"Client{client_id}",
        id_number=None,
        mobile=None,
        email=None,
        date_of_birth=None,
        last_review_on=None,
        household_id=None,
    )


def test_ids_are_packed_and_compare_as_the_list_did() -> None:
    ids = ClientIds([9, 4, 7])
    assert ids.itemsize == 8
    assert ids == [9, 4, 7] and ids != [9, 4] and [9, 4, 7] == ids
    assert ids[:2] == [9, 4] and ids[1] == 4 and ids.index(7) == 2 and 4 in ids


def test_the_model_gives_the_same_rows_and_ids(qapp) -> None:
    model = ClientListModel()
    first = [30, 10, 20]
    model.reset_with(ClientListResult(ListQuery(), first, [_row(i) for i in first], False), 1)
    assert isinstance(model.ids, ClientIds)
    assert model.rowCount() == 3
    assert [model.client_id_at(row) for row in range(3)] == first
    assert model.data(model.index(1, 0)) == "Client10, Pat"

    everyone = ClientIds([30, 10, 20, 50, 40])
    model.extend_ids(everyone, 1)
    assert model.rowCount() == 5 and model.ids == [30, 10, 20, 50, 40]
    assert model.window_ids(3) == [50, 40] and isinstance(model.window_ids(3), list)
    assert model.row_at(0).id == 30 and model.row_at(3) is None  # window 3 not loaded yet

    model.add_window(3, [_row(40), _row(50)], 1)
    assert model.row_at(3).id == 50 and model.row_at(4).id == 40


def test_ids_that_changed_meanwhile_start_the_list_again(qapp) -> None:
    model = ClientListModel()
    model.reset_with(ClientListResult(ListQuery(), [1, 2], [_row(1), _row(2)], False), 3)
    model.extend_ids([2, 1, 5], 3)  # a plain list, as the service returns it
    assert model.ids == [2, 1, 5] and model.rows == {}
    model.extend_ids([7], 2)  # an older generation: ignored
    assert model.ids == [2, 1, 5]
