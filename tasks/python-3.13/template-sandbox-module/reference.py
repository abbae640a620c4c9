import types


class TemplateModule:
    """Compile template helper functions into an isolated module."""

    def __init__(self, name):
        self.module = types.ModuleType(name)

    def define(self, source):
        exec(source, self.module.__dict__)
        return self

    def call(self, func, *args):
        return getattr(self.module, func)(*args)
