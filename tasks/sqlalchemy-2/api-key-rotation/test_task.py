import pytest

from solution import KeyStore


@pytest.fixture
def url(tmp_path):
    return "sqlite:///" + str(tmp_path / "keys.db")


def test_rotation_within_one_store(url):
    store = KeyStore(url)
    store.register("billing", "k-111")
    store.register("search", "k-222")
    assert store.owner_of("k-111") == "billing"
    assert store.rotate("billing", "k-333") == 1
    assert store.owner_of("k-111") is None
    assert store.owner_of("k-333") == "billing"
    assert store.rotate("reports", "k-444") == 0
    store.close()


def test_keys_survive_restart(url):
    store = KeyStore(url)
    store.register("billing", "k-111")
    store.rotate("billing", "k-999")
    store.close()
    restarted = KeyStore(url)
    assert restarted.owner_of("k-999") == "billing"
    assert restarted.owner_of("k-111") is None
    restarted.close()
