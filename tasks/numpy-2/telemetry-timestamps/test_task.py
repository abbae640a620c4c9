import struct

from solution import absolute_times


def _payload(packets):
    return b"".join(struct.pack("<Iff", *p) for p in packets)


def test_offsets_keep_sub_second_precision():
    payload = _payload([(2, 1.25, 20.5), (1, 0.5, 19.0), (3, 3600.75, -1.5)])
    result = absolute_times(payload, 1_700_000_000.0)
    assert result == [
        (1, 1_700_000_000.5, 19.0),
        (2, 1_700_000_001.25, 20.5),
        (3, 1_700_003_600.75, -1.5),
    ]


def test_small_start_time():
    assert absolute_times(_payload([(7, 2.5, 1.0)]), 10.0) == [(7, 12.5, 1.0)]
