from solution import env_names


def test_reads_file(tmp_path):
    ini = tmp_path / "tox.ini"
    ini.write_text("[tox]\nenvlist =\n    py311, py312\n    lint\n")
    assert env_names(str(ini)) == ["py311", "py312", "lint"]


def test_missing_key(tmp_path):
    ini = tmp_path / "tox.ini"
    ini.write_text("[tox]\n")
    assert env_names(str(ini)) == []
