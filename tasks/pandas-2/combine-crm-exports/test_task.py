import math

import pandas as pd
import pytest

from solution import churned, merge_exports


def _exports():
    january = pd.DataFrame({"customer_id": [3, 1, 2], "plan": ["basic", "pro", "basic"], "seats": [1, 5, 2]})
    february = pd.DataFrame({"customer_id": [2, 4], "plan": ["pro", "basic"], "seats": [3, 1]})
    march = pd.DataFrame(
        {"customer_id": [1, 2, 4], "plan": ["pro", "pro", "team"], "seats": [6, 3, 4], "region": ["eu", "us", "eu"]}
    )
    return [january, february, march]


def test_latest_record_per_customer_wins():
    result = merge_exports(_exports())
    assert list(result["customer_id"]) == [1, 2, 3, 4]
    assert list(result["plan"]) == ["pro", "pro", "basic", "team"]
    assert list(result["seats"]) == [6, 3, 1, 4]
    assert list(result.index) == [0, 1, 2, 3]
    assert result["seats"].dtype == "int64"


def test_new_columns_are_filled_with_missing_values():
    result = merge_exports(_exports())
    assert list(result.columns) == ["customer_id", "plan", "seats", "region"]
    regions = list(result["region"])
    assert regions[0] == "eu" and regions[1] == "us" and regions[3] == "eu"
    assert isinstance(regions[2], float) and math.isnan(regions[2])


def test_inputs_untouched_single_export_and_errors():
    exports = _exports()
    merge_exports(exports)
    assert len(exports[0]) == 3 and "region" not in exports[0].columns
    only = merge_exports(exports[:1])
    assert list(only["customer_id"]) == [1, 2, 3]
    assert churned(exports) == [3]
    with pytest.raises(ValueError):
        merge_exports([])
    with pytest.raises(KeyError):
        merge_exports([exports[0], pd.DataFrame({"id": [1]})])
