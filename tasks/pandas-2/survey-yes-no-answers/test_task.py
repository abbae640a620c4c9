import pandas as pd

from solution import normalize_answers, yes_share

RESPONSES = [
    {"respondent": "r1", "newsletter": "Yes", "recommend": " no ", "age": 31},
    {"respondent": "r2", "newsletter": "nein", "recommend": "OUI", "age": 45},
    {"respondent": "r3", "newsletter": "maybe", "recommend": "y", "age": 27},
    {"respondent": "r4", "newsletter": None, "recommend": 1, "age": 52},
]


def test_answers_become_nullable_booleans():
    frame = normalize_answers(RESPONSES, ["newsletter", "recommend"])
    assert str(frame["newsletter"].dtype) == "boolean"
    assert frame["newsletter"].tolist()[:2] == [True, False]
    assert frame["newsletter"].isna().tolist() == [False, False, True, True]
    assert frame["recommend"].tolist() == [False, True, True, True]
    assert frame["respondent"].tolist() == ["r1", "r2", "r3", "r4"]
    assert frame["age"].tolist() == [31, 45, 27, 52]


def test_share_ignores_unreadable_answers():
    assert yes_share(RESPONSES, ["newsletter", "recommend"]) == {"newsletter": 0.5, "recommend": 0.75}


def test_single_question():
    frame = normalize_answers([{"q": "TRUE"}, {"q": "0"}], ["q"])
    assert frame["q"].tolist() == [True, False]
