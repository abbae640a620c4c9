from solution import slugify_first


def test_first_only():
    assert slugify_first("  Getting   Started Guide ") == "getting-started guide"
