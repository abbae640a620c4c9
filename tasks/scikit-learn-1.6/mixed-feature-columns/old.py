"""Feature matrix for the apartment-rent model: numeric columns plus encoded districts."""
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = [0, 1]        # area_m2, rooms
CATEGORICAL = [2]       # district


def build_preprocessor():
    return ColumnTransformer(
        [
            ("num", StandardScaler(), NUMERIC),
            ("district", OneHotEncoder(sparse=False, handle_unknown="ignore"), CATEGORICAL),
        ]
    )


def rent_features(train_rows, new_rows):
    """Fit on ``train_rows`` and return the dense features of ``new_rows``."""
    pre = build_preprocessor()
    pre.fit(np.array(train_rows, dtype=object))
    return pre.transform(np.array(new_rows, dtype=object))
