import types


def as_namespace(mapping):
    """Attribute access over a dict of options."""
    return types.SimpleNamespace(**mapping)
