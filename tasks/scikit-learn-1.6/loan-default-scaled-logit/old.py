"""Train a loan-default model: scale the applicant features, then a logistic regression."""
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def train_default_model(income_k, debt_ratio, defaulted, C=1.0):
    X = np.column_stack([income_k, debt_ratio]).astype(float)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C))
    model.fit(X, defaulted)
    return model


def default_probability(model, income_k, debt_ratio):
    proba = model.predict_proba([[income_k, debt_ratio]])[0]
    return round(float(proba[list(model.classes_).index(1)]), 3)
