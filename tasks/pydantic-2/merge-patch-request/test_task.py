import pytest
from pydantic import ValidationError

from solution import apply_patch

RECORD = {"title": "Fix login", "assignee": "mo", "done": False, "labels": ["auth"], "revision": 4}


def test_only_sent_fields_change():
    updated = apply_patch(RECORD, {"done": True})
    assert updated == {"title": "Fix login", "assignee": "mo", "done": True, "labels": ["auth"], "revision": 5}
    assert RECORD["done"] is False


def test_explicit_null_clears_field():
    updated = apply_patch(RECORD, {"assignee": None, "labels": ["auth", "urgent"]})
    assert updated["assignee"] is None
    assert updated["labels"] == ["auth", "urgent"]
    assert updated["title"] == "Fix login"


def test_empty_body_only_bumps_revision():
    assert apply_patch({"title": "x"}, {}) == {"title": "x", "revision": 1}


def test_invalid_value_rejected():
    with pytest.raises(ValidationError):
        apply_patch(RECORD, {"done": "maybe"})
