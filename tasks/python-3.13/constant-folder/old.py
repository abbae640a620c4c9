import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


def fold(expression):
    """Evaluate an arithmetic expression of number literals without eval()."""
    def visit(node):
        if isinstance(node, ast.Num):
            return node.n
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](visit(node.left), visit(node.right))
        raise ValueError(f"unsupported: {ast.dump(node)}")
    return visit(ast.parse(expression, mode="eval").body)
