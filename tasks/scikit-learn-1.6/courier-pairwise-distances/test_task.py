from solution import closest_courier

COURIERS = {"ada": (0, 0), "bo": (10, 0), "cy": (5, 8)}
PARCELS = {"p1": (1, 2), "p2": (9, 1), "p3": (5, 6), "p4": (4, 4)}


def test_assignment():
    assert closest_courier(COURIERS, PARCELS) == {
        "p1": ("ada", 3),
        "p2": ("bo", 2),
        "p3": ("cy", 2),
        "p4": ("cy", 5),
    }
