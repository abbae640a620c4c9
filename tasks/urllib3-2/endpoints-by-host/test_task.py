from solution import group_endpoints


def test_grouping():
    registry = {
        "billing": ["https://app-1.internal:8443/billing", "app-2.internal:9000"],
        "search": ["http://App-1.internal:9200", "https://app-1.internal:8443/search"],
        "docs": ["docs.internal"],
    }
    assert group_endpoints(registry) == {
        "app-1.internal": {"services": ["billing", "search"], "ports": [8443, 9200], "tls": True},
        "app-2.internal": {"services": ["billing"], "ports": [9000], "tls": False},
        "docs.internal": {"services": ["docs"], "ports": [80], "tls": False},
    }


def test_empty():
    assert group_endpoints({}) == {}
    assert group_endpoints({"x": []}) == {}
