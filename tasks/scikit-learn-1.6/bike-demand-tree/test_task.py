from solution import fit_demand_tree

TEMPS = [2, 4, 5, 7, 18, 20, 22, 25]
RENTALS = [10, 12, 11, 13, 50, 54, 52, 58]


def test_split_between_cold_and_warm():
    tree, mae = fit_demand_tree(TEMPS, RENTALS)
    assert tree.predict([[3.0], [21.0]]).tolist() == [11.5, 53.5]
    assert tree.tree_.threshold[0] == 12.5
    assert mae == 1.75


def test_deep_tree_fits_exactly():
    _, mae = fit_demand_tree(TEMPS, RENTALS, max_depth=None)
    assert mae == 0.0
