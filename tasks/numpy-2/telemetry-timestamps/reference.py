"""Turn telemetry packets with relative float32 time offsets into absolute Unix times."""
import numpy as np

PACKET = np.dtype([("seq", "<u4"), ("offset_s", "<f4"), ("value", "<f4")])


def absolute_times(payload, session_start):
    """Return [(seq, unix_time, value)] for every packet, sorted by sequence number.

    ``session_start`` is a Python float (Unix seconds); each packet stores its time as a
    float32 offset from the session start.
    """
    packets = np.sort(np.frombuffer(payload, dtype=PACKET), order="seq")
    result = []
    for packet in packets:
        t = float(packet["offset_s"]) + session_start
        result.append((int(packet["seq"]), float(t), float(packet["value"])))
    return result
