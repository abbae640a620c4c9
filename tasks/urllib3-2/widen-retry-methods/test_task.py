from urllib3 import Retry

from solution import allow_methods, bulk_import_retry


def test_bulk_import_policy():
    retry = bulk_import_retry()
    assert set(retry.allowed_methods) == {"GET", "HEAD", "PUT", "DELETE"}
    assert retry.total == 3
    assert retry.backoff_factor == 0.1
    assert retry.is_retry("DELETE", 503) is True
    assert retry.is_retry("POST", 503) is False


def test_counters_are_kept():
    base = Retry(total=5, connect=2, allowed_methods=["GET"], status_forcelist=[500])
    used = base.new(total=4)
    widened = allow_methods(used, "post")
    assert widened is not used
    assert widened.total == 4
    assert widened.connect == 2
    assert set(widened.allowed_methods) == {"GET", "POST"}
    assert set(used.allowed_methods) == {"GET"}


def test_every_verb_stays_every_verb():
    base = Retry(total=2, allowed_methods=False, status_forcelist=[503])
    widened = allow_methods(base, "PATCH")
    assert widened.allowed_methods is False
    assert widened.is_retry("PATCH", 503) is True
