import pytest
from pydantic import ValidationError

from solution import register


def test_successful_registrations():
    users = {}
    register(users, "kai_99", "Kai")
    register(users, "abc", "Three Letters")
    assert users == {"kai_99": "Kai", "abc": "Three Letters"}


@pytest.mark.parametrize("username", ["9lives", "Kai", "kai-99", "ka", "k" * 17, "_kai", "kai 99"])
def test_policy_violations(username):
    users = {}
    with pytest.raises(ValidationError):
        register(users, username, "x")
    assert users == {}


def test_taken_and_reserved():
    users = {"lena": "Lena"}
    with pytest.raises(LookupError, match="'lena' is taken"):
        register(users, "lena", "Other Lena")
    with pytest.raises(LookupError):
        register(users, "admin", "Sneaky")
