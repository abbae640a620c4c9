from solution import most_similar_respondents

ANSWERS = {
    "ana": [True, True, False, False, True, False, True, True],
    "ben": [True, True, False, False, True, False, True, False],
    "cho": [False, False, True, True, False, True, False, False],
    "dev": [True, False, False, True, True, False, True, True],
}


def test_best_pair():
    assert most_similar_respondents(ANSWERS) == [(("ana", "ben"), 0.875)]


def test_top_three():
    assert most_similar_respondents(ANSWERS, top=3) == [
        (("ana", "ben"), 0.875),
        (("ana", "dev"), 0.75),
        (("ben", "dev"), 0.625),
    ]
