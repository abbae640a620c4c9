"""Weekly store sales explained by advertising spend and footfall."""
import numpy as np
from sklearn.linear_model import LinearRegression


def fit_sales_model(ad_spend, footfall, sales):
    X = np.column_stack([ad_spend, footfall]).astype(float)
    return LinearRegression(normalize=True).fit(X, sales)


def sales_report(ad_spend, footfall, sales, plan):
    """Coefficients of the fitted model and the forecast for ``plan`` = (ad_spend, footfall)."""
    model = fit_sales_model(ad_spend, footfall, sales)
    return {
        "per_ad_unit": round(float(model.coef_[0]), 4),
        "per_visitor": round(float(model.coef_[1]), 4),
        "base": round(float(model.intercept_), 4),
        "forecast": round(float(model.predict([plan])[0]), 2),
    }
