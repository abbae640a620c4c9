import pytest
from pydantic import ValidationError

from solution import Catalog, load_catalog

DATA = {
    "en": {"greet": "Hello, {name}!", "bye": "Goodbye", "cart": "Cart"},
    "pt": {"greet": "Olá, {name}!", "bye": "Adeus"},
    "pt-BR": {"bye": "Tchau"},
}


def test_fallback_chain():
    catalog = load_catalog(DATA)
    assert isinstance(catalog, Catalog)
    assert catalog.locales() == ["en", "pt", "pt-BR"]
    assert catalog.text("bye", "pt-BR") == "Tchau"
    assert catalog.text("greet", "pt-BR", name="Rui") == "Olá, Rui!"
    assert catalog.text("cart", "pt-BR") == "Cart"
    assert catalog.text("greet", "de", name="Jan") == "Hello, Jan!"
    assert catalog.text("unknown.key", "pt") == "unknown.key"


def test_missing_keys_report():
    catalog = load_catalog(DATA)
    assert catalog.missing("pt") == ["cart"]
    assert catalog.missing("pt-BR") == ["cart", "greet"]
    assert catalog.missing("fr") == ["bye", "cart", "greet"]


def test_non_string_message_rejected():
    with pytest.raises(ValidationError):
        load_catalog({"en": {"count": ["one", "many"]}})
