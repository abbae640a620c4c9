from solution import ports


def test_ports():
    assert ports("[web]\nport = 80\n[db]\nport = 5432\n[misc]\nx = 1\n") == {"web": 80, "db": 5432}
