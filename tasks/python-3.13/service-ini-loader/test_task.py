from solution import load_service


def test_load():
    text = "[service]\nname = api\nport = 8080\nplugins = auth, metrics\n"
    assert load_service(text) == {"name": "api", "port": 8080, "plugins": ["auth", "metrics"]}


def test_no_plugins():
    assert load_service("[service]\nname = w\nport = 1\n")["plugins"] == []
