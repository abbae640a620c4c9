"""Readable column labels for the churn model's encoded customer attributes."""
from sklearn.preprocessing import OneHotEncoder

ATTRIBUTES = ["city", "plan"]


def encode_customers(customers):
    """Return (labels, dense rows) for a list of customer dicts."""
    encoder = OneHotEncoder(handle_unknown="ignore")
    rows = [[c[attr] for attr in ATTRIBUTES] for c in customers]
    matrix = encoder.fit_transform(rows).toarray()
    labels = [str(label) for label in encoder.get_feature_names_out(ATTRIBUTES)]
    return labels, matrix.astype(int).tolist()


def label_for_column(customers, index):
    labels, _ = encode_customers(customers)
    return labels[index]
