from solution import count_valid, normalize_phones


def test_formats_are_normalised():
    result = normalize_phones(["(555) 123-4567", "555.987.6543", "1 555 000 1111", "5550001111"])
    assert result == ["+15551234567", "+15559876543", "+15550001111", "+15550001111"]


def test_invalid_and_missing_entries_become_none():
    phones = ["12-34", None, "+44 20 7946 0958 12", "20-7946-0958"]
    assert normalize_phones(phones, country_code="44") == [None, None, None, "+442079460958"]
    assert count_valid(phones, country_code="44") == 1
