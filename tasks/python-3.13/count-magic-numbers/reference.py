import ast


def magic_numbers(source, allowed=(0, 1)):
    """Numeric literals in source other than the allowed ones, in order of appearance."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float, complex) and node.value not in allowed:
            found.append((node.lineno, node.value))
    return sorted(found)
