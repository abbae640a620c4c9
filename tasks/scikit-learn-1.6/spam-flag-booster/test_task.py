from solution import SpamFlagger, features

MESSAGES = [
    "FREE prize!!! click http://x.example now",
    "You are a WINNER! claim at https://y.example!!",
    "URGENT: FREE money!!!",
    "lunch tomorrow?",
    "here is the report, see you at 3",
    "Thanks for the notes on the draft",
    "CALL ME when you land",
    "Prize draw closes today http://z.example !!",
]
LABELS = [1, 1, 1, 0, 0, 0, 0, 1]


def test_features():
    assert features("FREE prize!!! click http://x.example now") == [1, 3, 1, 1]


def test_flags_training_messages():
    flagger = SpamFlagger().fit(MESSAGES, LABELS)
    assert flagger.flag(MESSAGES) == [bool(v) for v in LABELS]


def test_flags_new_messages():
    flagger = SpamFlagger().fit(MESSAGES, LABELS)
    assert flagger.flag(["WIN a FREE cruise!!! http://c.example", "meeting moved to 4pm"]) == [True, False]
