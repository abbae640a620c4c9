import types


def load_plugin(name, source):
    """Create a module object from plugin source text and return its `register` result."""
    module = types.ModuleType(name)
    exec(compile(source, f"<plugin {name}>", "exec"), module.__dict__)
    return module.register()
