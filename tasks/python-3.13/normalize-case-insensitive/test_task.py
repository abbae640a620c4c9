from solution import normalize_units


def test_all_cases():
    assert normalize_units("5 KG of flour, 2 kg of sugar, 1 Kg salt") == "5 kilograms of flour, 2 kilograms of sugar, 1 kilograms salt"
