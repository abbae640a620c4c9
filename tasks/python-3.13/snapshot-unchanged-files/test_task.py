import os

from solution import snapshot


def test_snapshot(tmp_path):
    prev = tmp_path / "day1"
    prev.mkdir()
    for n in ("a", "b"):
        (prev / n).write_text(n)
    assert snapshot(prev, tmp_path / "day2", ["a", "b"]) == ["a", "b"]
    assert os.path.samefile(prev / "a", tmp_path / "day2" / "a")
