"""Decode temperatures from a compact binary sensor log.

Each record is 4 bytes: sensor id, temperature byte, humidity byte, status flags. The
temperature byte stores degrees Celsius + 40 so that -40..215 fits in an unsigned byte.
"""
import numpy as np

RECORD = np.dtype([("sensor", "u1"), ("temp", "u1"), ("humidity", "u1"), ("flags", "u1")])
TEMP_OFFSET = -40


def decode_temperatures(payload):
    """Return {sensor_id: [temperatures in C]} for records whose 'valid' flag (bit 0) is set."""
    records = np.frombuffer(payload, dtype=RECORD)
    valid = records[(records["flags"] & 1) == 1]
    celsius = valid["temp"] + TEMP_OFFSET
    result = {}
    for sensor, value in zip(valid["sensor"].tolist(), celsius.tolist()):
        result.setdefault(sensor, []).append(value)
    return result
