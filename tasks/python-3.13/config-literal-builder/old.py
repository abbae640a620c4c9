import ast


def make_config_module(settings):
    """Generate Python source assigning each numeric setting, via the AST."""
    body = []
    for name, value in sorted(settings.items()):
        body.append(ast.Assign(targets=[ast.Name(id=name.upper(), ctx=ast.Store())], value=ast.Num(n=value)))
    module = ast.Module(body=body, type_ignores=[])
    return ast.unparse(ast.fix_missing_locations(module))
