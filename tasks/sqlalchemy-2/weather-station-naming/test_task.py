from sqlalchemy import create_engine

from solution import Base, Observation, Station, create_schema


def test_constraint_names_follow_convention():
    assert create_schema(create_engine("sqlite://")) == {
        "observation": ["ck_observation_humidity_range", "fk_observation_station_id_station", "pk_observation"],
        "station": ["pk_station", "uq_station_wmo_code"],
    }


def test_metadata_is_shared():
    assert Station.metadata is Base.metadata is Observation.metadata
    assert Base.metadata.naming_convention["pk"] == "pk_%(table_name)s"
