from solution import BasketSegmenter

BASKETS = [
    {"bread": 2, "milk": 2},
    {"beer": 6, "chips": 2},
    {"bread": 1, "milk": 3, "diapers": 1},
    {"beer": 4, "chips": 3},
    {"bread": 2, "milk": 1},
    {"beer": 5, "chips": 1, "diapers": 1},
]


def test_two_segments():
    seg = BasketSegmenter(2).fit(BASKETS)
    assert seg.labels_ == [0, 1, 0, 1, 0, 1]
    home, party = seg.profiles()
    assert home == {"bread": 1.67, "milk": 2.0, "beer": 0.0, "chips": 0.0, "diapers": 0.33}
    assert party["beer"] == 5.0 and party["chips"] == 2.0


def test_three_segments_split_something():
    seg = BasketSegmenter(3).fit(BASKETS)
    assert sorted(set(seg.labels_)) == [0, 1, 2]
    assert seg.labels_[0] == 0 and seg.labels_[1] == 1
