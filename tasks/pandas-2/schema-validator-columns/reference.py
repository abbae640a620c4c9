import pandas as pd


class SchemaValidator:
    """Check incoming frames against declared column rules before they are loaded.

    ``rules`` maps column name to a dict with optional keys ``numeric`` (bool),
    ``required`` (no missing values allowed), ``min`` and ``max``.
    """

    def __init__(self, rules):
        self.rules = rules

    def errors(self, frame):
        problems = [f"{name}: missing column" for name in self.rules if name not in frame.columns]
        for name, column in frame.items():
            rule = self.rules.get(name)
            if rule is None:
                problems.append(f"{name}: unexpected column")
                continue
            if rule.get("required") and column.isna().any():
                problems.append(f"{name}: {int(column.isna().sum())} missing value(s)")
            if rule.get("numeric") and not pd.api.types.is_numeric_dtype(column):
                problems.append(f"{name}: expected numbers, got {column.dtype}")
                continue
            if "min" in rule and (column < rule["min"]).any():
                problems.append(f"{name}: {int((column < rule['min']).sum())} value(s) below {rule['min']}")
            if "max" in rule and (column > rule["max"]).any():
                problems.append(f"{name}: {int((column > rule['max']).sum())} value(s) above {rule['max']}")
        return problems

    def validate(self, frame):
        problems = self.errors(frame)
        if problems:
            raise ValueError("; ".join(problems))
        return frame
