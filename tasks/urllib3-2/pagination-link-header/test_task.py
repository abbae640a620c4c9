import io

from urllib3.response import HTTPResponse

from solution import collect_pages, next_page, parse_links


def _page(link=None):
    headers = {"Content-Type": "application/json"}
    if link is not None:
        headers["link"] = link
    return HTTPResponse(body=io.BytesIO(b"[]"), headers=headers, status=200, preload_content=False)


def test_parse_links():
    value = '<https://api.example.com/items?page=3>; rel="next", <https://api.example.com/items?page=9>; rel="last"'
    assert parse_links(value) == {
        "next": "https://api.example.com/items?page=3",
        "last": "https://api.example.com/items?page=9",
    }
    assert parse_links(None) == {}


def test_next_page_is_case_insensitive():
    assert next_page(_page('</items?page=2>; rel="next"')) == "/items?page=2"
    assert next_page(_page('</items?page=1>; rel="prev first"')) is None
    assert next_page(_page()) is None


def test_collect_pages():
    site = {
        "/a": _page('</b>; rel="next"'),
        "/b": _page('</c>; rel="next", </a>; rel="prev"'),
        "/c": _page('</b>; rel="prev"'),
    }
    assert collect_pages(site.__getitem__, "/a") == ["/a", "/b", "/c"]
    loop = {"/x": _page('</x>; rel="next"')}
    assert collect_pages(loop.__getitem__, "/x", limit=3) == ["/x", "/x", "/x"]
