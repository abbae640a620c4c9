import math

from solution import clean_measurements

RECORDS = [
    {"station": "north", "temperature": 12.0, "humidity": 40, "pressure": "1012"},
    {"station": "south", "temperature": None, "humidity": 60, "pressure": "1008"},
    {"station": "east", "temperature": 18.0, "humidity": None, "pressure": "bad"},
    {"station": "north", "temperature": 16.0, "humidity": 50, "pressure": "1010"},
    {"station": "west", "temperature": None, "humidity": None, "pressure": None},
]


def test_gaps_filled_with_medians():
    result = clean_measurements(RECORDS)
    assert list(result["station"]) == ["east", "north", "north", "south"]
    assert list(result["temperature"]) == [18.0, 12.0, 16.0, 16.0]
    assert list(result["humidity"]) == [50.0, 40.0, 50.0, 60.0]
    assert list(result["pressure"]) == [1010.0, 1012.0, 1010.0, 1008.0]


def test_text_column_untouched_and_missing_station_kept_missing():
    records = RECORDS[:2] + [{"station": None, "temperature": 1.0, "humidity": 1, "pressure": "1"}]
    result = clean_measurements(records)
    assert result.shape == (3, 4)
    stations = list(result["station"])
    assert stations[:2] == ["north", "south"]
    assert stations[2] is None or (isinstance(stations[2], float) and math.isnan(stations[2]))
    assert list(result["temperature"]) == [12.0, 6.5, 1.0]
