from datetime import date

from solution import Address, Signup, check_signup

VALID = {
    "username": "kiwi",
    "birth_date": "1990-07-14",
    "newsletter": "true",
    "address": {"street": "Elm Road 5", "city": "Leeds", "postcode": "LS1 4AP"},
}


def test_valid_form():
    result = check_signup(VALID)
    signup = result["ok"]
    assert isinstance(signup, Signup)
    assert isinstance(signup.address, Address)
    assert signup.birth_date == date(1990, 7, 14)
    assert signup.newsletter is True
    assert signup.interests == []


def test_errors_reported_by_path():
    form = {
        "username": "k",
        "birth_date": "someday",
        "address": {"street": "E", "postcode": "LS1 4AP"},
    }
    assert check_signup(form) == {"errors": ["address.city", "address.street", "birth_date", "username"]}


def test_missing_section_and_list_item():
    form = dict(VALID, interests=["chess", {"name": "go"}], username="okname")
    del form["address"]
    assert check_signup(form) == {"errors": ["address", "interests.1"]}
