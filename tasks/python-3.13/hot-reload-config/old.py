import imp
import importlib
import sys


def reload_config(path, module_name="hot_config"):
    """Import (or re-import after an edit) a config module living at path."""
    directory = str(path.parent)
    if directory not in sys.path:
        sys.path.insert(0, directory)
    if module_name in sys.modules:
        return imp.reload(sys.modules[module_name])
    return importlib.import_module(module_name)
