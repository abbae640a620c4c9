from solution import Reading, readings_to_csv


def test_columns_without_any_value_are_dropped():
    readings = [
        Reading(station="north", minute=0, temperature=11.5),
        Reading(station="north", minute=10, temperature=11.25, humidity=80.0),
        Reading(station="pier", minute=0, humidity=91.5),
    ]
    assert readings_to_csv(readings) == (
        "station,minute,temperature,humidity\n"
        "north,0,11.5,\n"
        "north,10,11.25,80.0\n"
        "pier,0,,91.5\n"
    )


def test_all_sensors_present():
    text = readings_to_csv([Reading(station="x", minute=5, temperature=-2.0, humidity=40.0, wind_speed=3.5)])
    assert text.splitlines() == [
        "station,minute,temperature,humidity,wind_speed",
        "x,5,-2.0,40.0,3.5",
    ]


def test_no_readings():
    assert readings_to_csv([]) == "\n"
