from solution import fit_sales_model, sales_report

AD = [10, 20, 15, 30, 25, 5]
FOOT = [200, 260, 240, 300, 310, 150]
SALES = [1000 + 12 * a + 2.5 * f for a, f in zip(AD, FOOT)]


def test_exact_linear_relationship_is_recovered():
    report = sales_report(AD, FOOT, SALES, (18, 250))
    assert report == {"per_ad_unit": 12.0, "per_visitor": 2.5, "base": 1000.0, "forecast": 1841.0}


def test_model_predicts_training_points():
    model = fit_sales_model(AD, FOOT, SALES)
    assert round(float(model.predict([[30, 300]])[0]), 6) == 2110.0
