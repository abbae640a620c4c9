import pytest

from solution import link_header


def test_single_link():
    assert link_header([{"href": "/docs/guide", "rel": "describedby"}]) == '</docs/guide>; rel="describedby"'


def test_titles_are_quoted():
    value = link_header(
        [
            {"href": "/v2/orders?page=2", "rel": "next"},
            {"href": "/schema.json", "rel": "describedby", "title": 'Order "v2" schema', "type": "application/schema+json"},
        ]
    )
    assert value == (
        '</v2/orders?page=2>; rel="next", '
        '</schema.json>; rel="describedby"; title="Order %22v2%22 schema"; type="application/schema+json"'
    )


def test_missing_rel():
    with pytest.raises(ValueError):
        link_header([{"href": "/x"}])
    assert link_header([]) == ""
