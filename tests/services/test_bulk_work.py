"""The import pauses the cyclic garbage collector while it works, and always resumes it."""

import gc
import threading

import pytest

from clientmanager.services import importer
from clientmanager.services.bulk_work import cyclic_gc_paused


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after():
    with cyclic_gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_and_failing_bulk_steps_resume_it_only_at_the_outermost_end():
    with pytest.raises(RuntimeError), cyclic_gc_paused():
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner end does not turn it back on
        raise RuntimeError("the import failed")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with cyclic_gc_paused():
        pass
    assert not gc.isenabled()


def test_two_threads_overlapping_leave_it_on_when_both_are_done():
    inside = threading.Barrier(2)
    leave = threading.Event()
    states = []

    def work() -> None:
        with cyclic_gc_paused():
            inside.wait()
            leave.wait()
            states.append(gc.isenabled())

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    leave.set()
    for thread in threads:
        thread.join()
    assert states == [False, False]
    assert gc.isenabled()


def test_reading_a_bad_file_resumes_the_collector(tmp_path):
    broken = tmp_path / "clients.csv"
    broken.write_bytes(b"\x00\x01\x02 not a client list")
    with pytest.raises(importer.ImportFileError):
        importer.read_source(broken)
    assert gc.isenabled()


def test_the_import_checks_rows_with_the_collector_paused(tmp_path, monkeypatch):
    listed = tmp_path / "clients.csv"
    listed.write_text("Name,Surname\nSipho,Mokoena\nAnel,Nel\n", encoding="utf-8")
    seen = []
    real = importer._validate_row

    def watched(cells, columns):
        seen.append(gc.isenabled())
        return real(cells, columns)

    monkeypatch.setattr(importer, "_validate_row", watched)
    source = importer.read_source(listed)
    rows = importer.check_rows(source, importer.guess_mapping(source.clients.headers))
    assert [row.values["surname"] for row in rows] == ["Mokoena", "Nel"]
    assert seen == [False, False]
    assert gc.isenabled()
