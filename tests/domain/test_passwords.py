"""New passwords: long enough is not enough; common or guessable ones are refused, and
the message says why."""

from __future__ import annotations

import pytest

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.passwords import check_new_password


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("password12", "one of the most common passwords"),
        ("1234567890", "one of the most common passwords"),
        ("Password1!", "one of the most common passwords"),
        ("Springbok2026!", "one of the most common passwords"),
        ("0825551234", "not only digits"),
        ("qwertyuiop[]", "too easy to guess"),
        ("abcdabcdabcd", "too easy to guess"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password, why):
    with pytest.raises(ValidationError) as refused:
        check_new_password(password, username="thandi")
    assert why in refused.value.problem
    assert password not in str(refused.value)  # the message never repeats the password


@pytest.mark.parametrize(
    "password",
    ["Correct horse battery 42", "Table mountain at dawn 1", "Lions head by moonlight 2"],
)
def test_a_short_sentence_is_accepted(password):
    assert check_new_password(password, username="thandi") == password


def test_the_user_name_is_weighed_in():
    with pytest.raises(ValidationError, match="user name"):
        check_new_password("thandi loves rooibos", username="thandi")
