import pytest
from pydantic import ValidationError

from solution import AccessToken, TokenCache


def test_token_from_endpoint_response():
    cache = TokenCache()
    token = cache.store_response("billing", {"access_token": "abc123", "expires_in": 3600, "token_type": "Bearer"}, now=1000)
    assert isinstance(token, AccessToken)
    assert token.lifetime_s == 3600
    assert cache.auth_header("billing", now=1000) == "Bearer abc123"
    assert cache.auth_header("billing", now=4569) == "Bearer abc123"
    assert cache.auth_header("billing", now=4570) is None


def test_restore_from_table_row():
    cache = TokenCache()
    token = cache.restore("reports", {"token": "zzz", "lifetime_s": "600", "scheme": "MAC", "issued_at": 50})
    assert (token.token, token.lifetime_s, token.scheme, token.issued_at) == ("zzz", 600, "MAC", 50)
    assert cache.auth_header("reports", now=100) == "MAC zzz"
    assert cache.auth_header("reports", now=620) is None


def test_restore_overrides_and_defaults():
    cache = TokenCache()
    cache.store_response("a", {"access_token": "old", "expires_in": 10}, now=0)
    cache.restore("a", {"token": "new", "lifetime_s": 100})
    assert cache.auth_header("a", now=5) == "Bearer new"
    assert cache.auth_header("unknown", now=0) is None


def test_bad_row():
    with pytest.raises(ValidationError):
        TokenCache().restore("a", {"token": "x"})
