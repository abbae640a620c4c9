import pytest
from pydantic import ValidationError

from solution import Release, latest_release


def test_numeric_not_lexicographic_order():
    assert latest_release(["v1.9.0", "v1.10.0", "v1.2.11"]) == "v1.10.0"


def test_malformed_tags_are_skipped():
    tags = ["v2.0.0-rc1", "main", "v1.4.2", "v01.9.9", "2.5.0", "v3.0", "v1.4.10 "]
    assert latest_release(tags) == "v1.4.2"


def test_nothing_valid():
    assert latest_release(["nightly", "v1"]) is None
    assert latest_release([]) is None


def test_release_model():
    assert Release(tag="v0.10.3").version == (0, 10, 3)
    with pytest.raises(ValidationError):
        Release(tag="release-1.0.0")
