from solution import decode_temperatures


def test_below_and_above_zero():
    payload = bytes([1, 30, 55, 1, 2, 65, 40, 1, 1, 0, 10, 1, 2, 90, 40, 0, 1, 255, 0, 3])
    assert decode_temperatures(payload) == {1: [-10, -40, 215], 2: [25]}


def test_empty_payload():
    assert decode_temperatures(b"") == {}
