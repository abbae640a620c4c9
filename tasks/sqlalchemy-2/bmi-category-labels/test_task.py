from sqlalchemy import create_engine

from solution import bmi_categories, checkups, metadata


def test_categories():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            checkups.insert(),
            [
                {"member": "dina", "weight_kg": 50.0, "height_m": 1.70},
                {"member": "amir", "weight_kg": 70.0, "height_m": 1.75},
                {"member": "cole", "weight_kg": 88.0, "height_m": 1.80},
                {"member": "beth", "weight_kg": 101.0, "height_m": 1.65},
            ],
        )
        assert bmi_categories(conn) == [
            ("amir", 22.9, "normal"),
            ("beth", 37.1, "obese"),
            ("cole", 27.2, "overweight"),
            ("dina", 17.3, "underweight"),
        ]


def test_boundaries_and_empty():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        assert bmi_categories(conn) == []
        conn.execute(checkups.insert(), [{"member": "edge", "weight_kg": 25.0, "height_m": 1.0}])
        assert bmi_categories(conn) == [("edge", 25.0, "overweight")]
