from solution import as_namespace


def test_namespace():
    ns = as_namespace({"verbose": True, "level": 3})
    assert ns.verbose is True and ns.level == 3
