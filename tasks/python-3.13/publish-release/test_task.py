import os

from solution import Publisher


def test_publish(tmp_path):
    (tmp_path / "app.tar.gz").write_bytes(b"payload")
    name = Publisher(tmp_path).publish("app.tar.gz", "1.4.0")
    assert name == "app-1.4.0.tar.gz"
    assert os.path.samefile(tmp_path / name, tmp_path / "app.tar.gz")
