from solution import top_terms

TICKETS = [
    "The printer is jammed and the printer light blinks",
    "My password reset email never arrived",
    "Password reset link expired",
    "Printer offline after update",
]


def test_top_three_terms():
    assert top_terms(TICKETS) == [("printer", 3), ("password", 2), ("reset", 2)]


def test_ties_are_alphabetical_and_k_is_respected():
    result = top_terms(["zeta alpha", "alpha beta", "zeta beta"], k=2)
    assert result == [("alpha", 2), ("beta", 2)]
    assert all(isinstance(term, str) for term, _ in result)


def test_custom_stop_words():
    assert top_terms(["red red blue"], k=5, stop_words=["red"]) == [("blue", 1)]
