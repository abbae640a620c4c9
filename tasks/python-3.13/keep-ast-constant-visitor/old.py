import ast


class _Strings(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Constant(self, node):
        if isinstance(node.value, str):
            self.found.append(node.value)


def string_constants(source):
    visitor = _Strings()
    visitor.visit(ast.parse(source))
    return visitor.found
