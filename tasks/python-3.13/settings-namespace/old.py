import imp


def settings_module(values):
    """Expose a dict of settings as attributes of a fresh `settings` module."""
    mod = imp.new_module("settings")
    for key, value in values.items():
        setattr(mod, key.upper(), value)
    return mod
