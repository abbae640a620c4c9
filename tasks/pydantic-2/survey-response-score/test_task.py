import pytest
from pydantic import ValidationError

from solution import score_responses


def test_skipped_questions_are_ignored():
    result = score_responses(
        [
            {"respondent": "r1", "ease_of_use": 5, "support": 2, "comment": "slow support"},
            {"respondent": "r2", "ease_of_use": 4},
            {"respondent": "r3", "ease_of_use": 4, "support": 3, "comment": ""},
        ]
    )
    assert result == {"ease_of_use": 4.33, "support": 2.5, "value_for_money": None, "comments": 1}


def test_only_respondent_given():
    assert score_responses([{"respondent": "r9"}]) == {
        "ease_of_use": None,
        "support": None,
        "value_for_money": None,
        "comments": 0,
    }


def test_out_of_range_score():
    with pytest.raises(ValidationError):
        score_responses([{"respondent": "r1", "support": 6}])
