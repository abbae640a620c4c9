import pandas as pd
import pytest

from solution import export_by_region, read_partition


def _sales():
    return pd.DataFrame(
        {
            "region": ["North East", "south", "North East", "south", "west"],
            "store": ["n1", "s1", "n2", "s2", "w1"],
            "revenue": [120.5, 80.0, 99.0, 10.25, 7.0],
        }
    )


def test_one_file_per_region_with_unix_newlines(tmp_path):
    out = tmp_path / "exports" / "2024-06-01"
    written = export_by_region(_sales(), out)
    assert written == {"North East": 2, "south": 2, "west": 1}
    assert sorted(p.name for p in out.iterdir()) == ["north_east.csv", "south.csv", "west.csv"]
    assert (out / "north_east.csv").read_bytes() == b"store,revenue\nn1,120.5\nn2,99.0\n"
    assert (out / "west.csv").read_bytes() == b"store,revenue\nw1,7.0\n"


def test_round_trip_and_rerun_overwrites(tmp_path):
    export_by_region(_sales(), tmp_path)
    export_by_region(_sales().iloc[1:2], tmp_path)
    south = read_partition(tmp_path, "south")
    assert list(south["store"]) == ["s1"]
    assert list(read_partition(tmp_path, "North East")["revenue"]) == [120.5, 99.0]


def test_other_column_and_missing_column(tmp_path):
    written = export_by_region(_sales(), tmp_path, column="store")
    assert len(written) == 5
    assert (tmp_path / "s2.csv").read_text() == "region,revenue\nsouth,10.25\n"
    with pytest.raises(KeyError):
        export_by_region(_sales(), tmp_path, column="country")
