import pytest
from pydantic import ValidationError

from solution import NewAccount, create_account


def test_account_created_with_digest():
    result = create_account({"username": "lena", "password": "correct horse", "password_repeat": "correct horse"})
    assert result == {
        "username": "lena",
        "password_sha256": "4104d36f8da2c254349f85836793ebe029e0c957063a34c91c2e9203187b5631",
    }


def test_mismatched_repeat():
    with pytest.raises(ValidationError, match="passwords do not match"):
        create_account({"username": "lena", "password": "correct horse", "password_repeat": "correct hrose"})


def test_password_contains_username():
    with pytest.raises(ValidationError, match="must not contain the username"):
        NewAccount(username="Lena", password="xxlenaxx99", password_repeat="xxlenaxx99")


def test_short_password_reports_only_password_error():
    with pytest.raises(ValidationError) as info:
        NewAccount(username="omar", password="short", password_repeat="other")
    errors = info.value.errors()
    assert [error["loc"] for error in errors] == [("password",)]
    assert "at least 8 characters" in errors[0]["msg"]
