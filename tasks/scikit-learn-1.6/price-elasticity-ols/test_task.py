import math

from solution import ElasticityModel

OWN = [2.0, 2.5, 3.0, 2.2, 2.8, 3.5, 4.0]
RIVAL = [3.0, 2.8, 3.2, 2.5, 3.6, 3.0, 3.3]
UNITS = [500 * o ** -1.8 * r ** 0.6 for o, r in zip(OWN, RIVAL)]


def test_elasticities():
    model = ElasticityModel().fit(OWN, RIVAL, UNITS)
    assert model.own_elasticity == -1.8
    assert model.cross_elasticity == 0.6


def test_expected_units():
    model = ElasticityModel().fit(OWN, RIVAL, UNITS)
    assert model.expected_units(2.0, 3.0) == round(500 * 2.0 ** -1.8 * 3.0 ** 0.6, 1)
    assert math.isclose(model.expected_units(1.0, 1.0), 500.0, abs_tol=0.05)
