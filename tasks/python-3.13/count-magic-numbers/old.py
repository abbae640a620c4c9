import ast


def magic_numbers(source, allowed=(0, 1)):
    """Numeric literals in source other than the allowed ones, in order of appearance."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Num) and node.n not in allowed:
            found.append((node.lineno, node.n))
    return sorted(found)
