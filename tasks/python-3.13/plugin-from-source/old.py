import imp


def load_plugin(name, source):
    """Create a module object from plugin source text and return its `register` result."""
    module = imp.new_module(name)
    exec(compile(source, f"<plugin {name}>", "exec"), module.__dict__)
    return module.register()
