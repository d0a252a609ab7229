"""The desktop's unlock does not wait for the whole-file page check (1-1.5 s at 100k
clients): it runs beside the first window, and damage it finds locks the practice and
says so. The command line keeps the check at the door (tests/store/test_damage_at_open.py).
"""

from __future__ import annotations

from clientmanager.errors import IntegrityProblem
from clientmanager.services import practice as practice_service
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.store.test_damage_at_open import _damage_a_quiet_page

WAIT_MS = 30_000


def test_an_intact_practice_is_checked_beside_the_window_and_stays_open(qtbot, context, practice):
    paths = practice.paths
    practice.close()
    opened = practice_service.unlock_with_password(
        paths, ADMIN, ADMIN_PASSWORD, defer_page_check=True
    )
    assert opened.pages_unchecked
    damage = []
    context.damage_found.connect(damage.append)
    context.set_unlocked(opened)
    qtbot.waitUntil(lambda: not opened.pages_unchecked, timeout=WAIT_MS)
    qtbot.wait(50)
    assert damage == [] and context.is_unlocked


def test_damage_found_after_unlock_locks_the_practice_and_says_what_to_do(qtbot, context, practice):
    paths = practice.paths
    _damage_a_quiet_page(practice)
    # The door no longer refuses it for the desktop: the window may open first...
    opened = practice_service.unlock_with_password(
        paths, ADMIN, ADMIN_PASSWORD, defer_page_check=True
    )
    with qtbot.waitSignal(context.damage_found, timeout=WAIT_MS) as found:
        context.set_unlocked(opened)
    # ...and the check beside it locks the practice and tells why.
    error = found.args[0]
    assert isinstance(error, IntegrityProblem)
    assert "1 page(s) failed their encryption check" in error.message
    assert "The practice was locked" in error.hint and "clientmanager check" in error.hint
    assert not context.is_unlocked and not opened.is_open


def test_the_sign_in_screen_defers_the_check_and_the_command_line_does_not(
    qtbot, context, practice, monkeypatch
):
    from clientmanager.ui.login import LoginDialog

    paths = practice.paths
    practice.close()
    seen = []
    real = practice_service.unlock_with_password

    def recording(*args, **kwargs):
        seen.append(kwargs.get("defer_page_check", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(practice_service, "unlock_with_password", recording)
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.set_text(ADMIN)
    dialog.password.set_text(ADMIN_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(seen) and not context.tasks.is_busy(), timeout=WAIT_MS)
    assert seen == [True]
    qtbot.waitUntil(lambda: dialog.practice is not None, timeout=WAIT_MS)
    assert dialog.practice.pages_unchecked
    dialog.practice.close()

    opened = real(paths, ADMIN, ADMIN_PASSWORD)  # the CLI's call: checked at the door
    try:
        assert not opened.pages_unchecked
    finally:
        opened.close()
