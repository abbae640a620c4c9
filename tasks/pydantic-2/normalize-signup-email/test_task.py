import pytest
from pydantic import ValidationError

from solution import Signup, register_user


def test_address_is_normalized_and_recorded():
    registry = {}
    signup = register_user(registry, {"email": "  Ada.L@Post.Example.ORG ", "name": "Ada"})
    assert isinstance(signup, Signup)
    assert signup.email == "ada.l@post.example.org"
    assert registry == {"ada.l@post.example.org": "Ada"}


def test_duplicate_after_normalization():
    registry = {"kim@mail.net": "Kim"}
    with pytest.raises(KeyError):
        register_user(registry, {"email": "KIM@mail.net", "name": "Kim again"})
    assert registry == {"kim@mail.net": "Kim"}


@pytest.mark.parametrize("email", ["no-at-sign.org", "@mail.net", "joe@localhost"])
def test_malformed_addresses(email):
    with pytest.raises(ValidationError, match="not an e-mail address"):
        register_user({}, {"email": email, "name": "x"})


def test_blocked_domain():
    registry = {}
    with pytest.raises(ValidationError, match="mailinator.com is not accepted"):
        register_user(registry, {"email": "spam@Mailinator.com", "name": "x"})
    assert registry == {}
