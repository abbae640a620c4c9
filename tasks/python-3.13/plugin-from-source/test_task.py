from solution import load_plugin


def test_plugin():
    assert load_plugin("greeter", "def register():\n    return {'hello': __name__}\n") == {"hello": "greeter"}
