from solution import link_farm


def test_farm(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text("1")
    (tmp_path / "two.txt").write_text("2")
    counts = link_farm([tmp_path / "x" / "one.txt", tmp_path / "two.txt"], tmp_path / "farm")
    assert counts == {"one.txt": 2, "two.txt": 2}
    assert (tmp_path / "farm" / "one.txt").read_text() == "1"
