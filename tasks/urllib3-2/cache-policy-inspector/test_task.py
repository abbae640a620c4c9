import io

from urllib3.response import HTTPResponse

from solution import cache_policy


def _resp(headers, status=200):
    return HTTPResponse(body=io.BytesIO(b"<html></html>"), headers=headers, status=status, preload_content=False)


def test_shared_max_age_wins():
    resp = _resp({"Cache-Control": "public, max-age=60, s-maxage=600", "Vary": "Accept-Encoding, Accept-Language"})
    assert cache_policy(resp) == {"store": True, "ttl": 600, "vary": ["accept-encoding", "accept-language"]}


def test_not_stored():
    assert cache_policy(_resp({"cache-control": "no-store"}))["store"] is False
    assert cache_policy(_resp({"Cache-Control": "private, max-age=30"}))["ttl"] == 0
    assert cache_policy(_resp({"Cache-Control": "max-age=30", "Set-Cookie": "sid=1"}))["store"] is False
    assert cache_policy(_resp({"Cache-Control": "max-age=30", "VARY": "*"})) == {"store": False, "ttl": 0, "vary": ["*"]}
    assert cache_policy(_resp({"Cache-Control": "max-age=30"}, status=500))["store"] is False


def test_ttl_from_max_age_and_missing_header():
    assert cache_policy(_resp({"CACHE-CONTROL": 'max-age="120"'}, status=404)) == {"store": True, "ttl": 120, "vary": []}
    assert cache_policy(_resp({})) == {"store": False, "ttl": 0, "vary": []}
