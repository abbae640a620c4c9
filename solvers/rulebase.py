"""Rewrite rules learned from (old, new) code pairs by diffing their syntax trees with libcst.

Learning: statements of the old and new module are aligned (difflib over their code); each
aligned pair is compared top-down, descending only while both sides have the same "head" (a
call to the same function, an attribute of the same name). Where they stop agreeing, the
differing subtrees form a raw rewrite. Sub-expressions found verbatim on both sides (the
variables, the arguments that pass through) become placeholders, which turns the pair into a
template rule such as ``$0.append($1, ignore_index=$2)`` -> ``pd.concat([$0, $1], ignore_index=$2)``.
A keyword that changes inside a call to the same function becomes a keyword rule
(``to_csv(line_terminator=)`` -> ``to_csv(lineterminator=)``) that works whatever the other
arguments are; changed import statements become import rules. Every name a train reference
imports becomes a binding rule (``field_validator`` -> ``from pydantic import field_validator``):
when a rewrite introduces a name the module does not define, its binding rule adds the import,
so that ``@validator`` -> ``@field_validator`` does not leave an undefined name behind.

Confidence = consistency x (1 - 0.5 ** support): *support* is the number of train tasks that
produced the rule, *consistency* the share of the rule's matches in train old code that the
train references actually rewrote this way. Applying rules never touches code that no rule
matches.
"""

from __future__ import annotations

import difflib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import libcst as cst

PLACEHOLDER = "__bench_p{}__"
_PUNCT = (cst.Comma, cst.Dot, cst.AssignEqual, cst.LeftParen, cst.RightParen, cst.LeftSquareBracket,
          cst.RightSquareBracket, cst.LeftCurlyBrace, cst.RightCurlyBrace, cst.Colon, cst.Semicolon,
          cst.SimpleWhitespace, cst.ParenthesizedWhitespace, cst.TrailingWhitespace, cst.Newline, cst.EmptyLine,
          cst.Comment, cst.ImportStar)
_EMPTY = cst.Module(body=[])


def code(node: cst.CSTNode) -> str:
    # Parameters and annotations only render inside their owner, which spells their `=`/`:`.
    if isinstance(node, cst.Param):
        node = cst.Parameters(params=[node])
    elif isinstance(node, cst.Annotation):
        return ": " + code(node.annotation)
    return _EMPTY.code_for_node(node).strip()


@dataclass(frozen=True)
class Rule:
    kind: str  # template | keyword | import | binding
    before: str
    after: str
    context: str = ""  # keyword rules: the called function's last name
    support: int = 0
    consistency: float = 1.0
    examples: tuple[str, ...] = ()
    # The library whose train pairs taught the rule; it only applies to code for that library
    # ("" = anywhere). A pattern that means a migration in one library (`x.sum(...)` gaining
    # `keepdims=True` for a scipy result) means nothing in another.
    scope: str = ""

    @property
    def confidence(self) -> float:
        return round(self.consistency * (1 - 0.5 ** self.support), 4)

    @property
    def type_label(self) -> str:
        """A coarse rule type for reports (rename, keyword, call rewrite, import, attribute)."""
        if self.kind != "template":
            return self.kind
        b, a = self.before, self.after
        if "(" not in b and "(" not in a:
            return "rename/attribute"
        head_b, head_a = b.split("(", 1)[0], a.split("(", 1)[0]
        if b.split("(", 1)[1:] == a.split("(", 1)[1:] and head_b != head_a:
            return "rename/moved function"
        return "call rewrite"

    def show(self) -> str:
        import re

        ctx = f" in {self.context}(...)" if self.context else ""
        pretty = lambda t: re.sub(r"__bench_p(\d+)__", r"$\1", t) or "(nothing)"  # noqa: E731
        return f"[{self.type_label}{ctx}] {pretty(self.before)}  ->  {pretty(self.after)}"


# ----------------------------------------------------------------------------- matching
def _kids(node: cst.CSTNode) -> list[cst.CSTNode]:
    return [c for c in node.children if not isinstance(c, _PUNCT)]


def _is_placeholder(node: cst.CSTNode) -> bool:
    return isinstance(node, cst.Name) and node.value.startswith("__bench_p")


def match(template: cst.CSTNode, node: cst.CSTNode, binds: dict[str, cst.CSTNode]) -> bool:
    if _is_placeholder(template):
        prev = binds.get(template.value)
        if prev is not None:
            return code(prev) == code(node)
        binds[template.value] = node
        return True
    if type(template) is not type(node):
        return False
    for attr in ("value", "keyword"):
        tv, nv = getattr(template, attr, None), getattr(node, attr, None)
        if isinstance(tv, str) and tv != nv:
            return False
    if isinstance(template, cst.Arg) and (template.star != node.star):
        return False
    tk, nk = _kids(template), _kids(node)
    if len(tk) != len(nk):
        return False
    return all(match(a, b, binds) for a, b in zip(tk, nk))


class _Fill(cst.CSTTransformer):
    def __init__(self, binds: dict[str, cst.CSTNode]):
        self.binds = binds

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        return self.binds.get(original.value, updated)


def instantiate(template: str, binds: dict[str, cst.CSTNode]) -> cst.BaseExpression:
    return cst.parse_expression(template).visit(_Fill(binds))


def _called_name(call: cst.Call) -> str:
    func = call.func
    if isinstance(func, cst.Attribute):
        return func.attr.value
    if isinstance(func, cst.Name):
        return func.value
    return ""


# ----------------------------------------------------------------------------- learning
def _units(module: cst.Module) -> list[cst.CSTNode]:
    """Comparable units: simple statements and the header expressions of compound ones."""
    units: list[cst.CSTNode] = []

    class V(cst.CSTVisitor):
        def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> bool:
            units.extend(node.body)
            return False

        def visit_For(self, node: cst.For) -> None:
            units.append(node.iter)

        def visit_If(self, node: cst.If) -> None:
            units.append(node.test)

        def visit_While(self, node: cst.While) -> None:
            units.append(node.test)

        def visit_WithItem(self, node: cst.WithItem) -> None:
            units.append(node.item)

        def visit_Decorator(self, node: cst.Decorator) -> None:
            units.append(node.decorator)

        def visit_Param(self, node: cst.Param) -> None:
            if node.default is not None:
                units.append(node.default)

    module.visit(V())
    return units


def _same_head(a: cst.CSTNode, b: cst.CSTNode) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, cst.Call):
        return code(a.func) == code(b.func)
    if isinstance(a, cst.Attribute):
        return a.attr.value == b.attr.value
    if isinstance(a, cst.Arg):
        return (a.keyword.value if a.keyword else None) == (b.keyword.value if b.keyword else None)
    if isinstance(a, (cst.Name, cst.Integer, cst.Float, cst.SimpleString)):
        return False  # leaves that differ are a change at this level
    return True


def _diff(a: cst.CSTNode, b: cst.CSTNode, out: list, call_ctx: str = "") -> None:
    if code(a) == code(b):
        return
    if isinstance(a, cst.Call) and isinstance(b, cst.Call) and code(a.func) == code(b.func):
        _diff_call_args(a, b, out)
        return
    if isinstance(a, cst.Call) and isinstance(b, cst.Call) and [code(x) for x in a.args] == [code(x) for x in b.args]:
        # Only what is called changed (`np.in1d(x, y)` -> `np.isin(x, y)`): a rule about the name,
        # whatever the arguments, so that every call site supports the same rule.
        _diff(a.func, b.func, out, call_ctx)
        return
    if isinstance(a, cst.Attribute) and isinstance(b, cst.Attribute) and a.attr.value == b.attr.value:
        # `np.AxisError` -> `np.exceptions.AxisError`: the name anchors the rule; descending into
        # the owner would learn the meaningless `np` -> `np.exceptions`.
        out.append(("template", a, b, call_ctx))
        return
    ka, kb = _kids(a), _kids(b)
    if _same_head(a, b) and len(ka) == len(kb):
        for x, y in zip(ka, kb):
            _diff(x, y, out, call_ctx)
        return
    out.append(("template", a, b, call_ctx))


def _diff_call_args(a: cst.Call, b: cst.Call, out: list) -> None:
    """Same function on both sides: keyword changes are rules of their own; positional
    arguments are compared pairwise."""
    ctx = _called_name(a)
    kw_a = {arg.keyword.value: arg for arg in a.args if arg.keyword}
    kw_b = {arg.keyword.value: arg for arg in b.args if arg.keyword}
    pos_a = [arg for arg in a.args if not arg.keyword]
    pos_b = [arg for arg in b.args if not arg.keyword]
    if len(pos_a) != len(pos_b):
        # Arguments moved between positions and keywords (`re.sub(p, r, s, 1)` -> `count=1`):
        # only the whole call says which value went where.
        out.append(("template", a, b, ctx))
        return
    gone = [k for k in kw_a if k not in kw_b]
    new = [k for k in kw_b if k not in kw_a]
    for old_k, new_k in zip(gone, new):  # a renamed keyword keeps its value
        if code(kw_a[old_k].value) == code(kw_b[new_k].value):
            out.append(("keyword", old_k, new_k, ctx))
    for k in gone[len(new):]:
        out.append(("keyword", k, "", ctx))
    for k in new[len(gone):]:
        out.append(("keyword", "", f"{k}={code(kw_b[k].value)}", ctx))
    for k in set(kw_a) & set(kw_b):
        _diff(kw_a[k].value, kw_b[k].value, out, ctx)
    for x, y in zip(pos_a, pos_b):
        _diff(x.value, y.value, out, ctx)


def _subexpressions(node: cst.CSTNode) -> list[cst.CSTNode]:
    """Expressions inside ``node``, except names that are part of the API's spelling
    (an attribute's name, a keyword argument's name)."""
    found: list[cst.CSTNode] = []
    spelling: set[int] = set()

    class V(cst.CSTVisitor):
        def on_visit(self, n: cst.CSTNode) -> bool:
            if isinstance(n, cst.Attribute):
                spelling.add(id(n.attr))
            elif isinstance(n, cst.Call):
                spelling.add(id(n.func))  # what is called is what a rule is about
            elif isinstance(n, cst.Arg) and n.keyword is not None:
                spelling.add(id(n.keyword))
            if isinstance(n, cst.BaseExpression) and n is not node and id(n) not in spelling:
                found.append(n)
            return True

    node.visit(V())
    return found


def generalize(a: cst.CSTNode, b: cst.CSTNode) -> tuple[str, str] | None:
    """Replace sub-expressions present verbatim on both sides with placeholders."""
    if not isinstance(a, cst.BaseExpression) or not isinstance(b, cst.BaseExpression):
        return None
    b_codes = {code(n) for n in _subexpressions(b)} | {code(b)}
    shared: list[str] = []
    for n in sorted(_subexpressions(a), key=lambda n: -len(code(n))):
        c = code(n)
        if c in b_codes and not any(c in s for s in shared):
            shared.append(c)
    a_code, b_code = code(a), code(b)
    names = {c: PLACEHOLDER.format(i) for i, c in enumerate(shared)}

    class Swap(cst.CSTTransformer):
        def visit_Attribute(self, node: cst.Attribute) -> bool:
            return True

        def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
            c = code(original)
            if c in names:
                return cst.Name(names[c])
            return updated.with_changes(attr=original.attr)  # the attribute's name is spelling

        def leave_Arg(self, original: cst.Arg, updated: cst.Arg) -> cst.Arg:
            return updated.with_changes(keyword=original.keyword)

        def on_leave(self, original, updated):  # noqa: ANN001, ANN201
            if isinstance(original, cst.Attribute):
                return self.leave_Attribute(original, updated)
            if isinstance(original, cst.Arg):
                return self.leave_Arg(original, updated)
            c = code(original) if isinstance(original, cst.BaseExpression) else None
            if c in names:
                return cst.Name(names[c])
            return updated

    try:
        before = code(cst.parse_expression(a_code).visit(Swap()))
        after = code(cst.parse_expression(b_code).visit(Swap()))
    except cst.ParserSyntaxError:
        return None
    if before == after or _is_placeholder(cst.parse_expression(before)):
        return None
    # An API rule retires a name of the library (`append`, `pipes`, `float_`), or only adds
    # keywords (`count=`). A rewrite that merely wraps an unchanged call, or replaces a builtin
    # (`list(x)` -> `x.tolist()`), fixes a semantic change that depends on types and context:
    # as a blind rule it would break correct code elsewhere.
    (ids_before, _), (ids_after, kw_after) = _identifiers(before), _identifiers(after)
    removed, added = ids_before - ids_after, ids_after - ids_before
    moved = _is_chain(before) and _is_chain(after)  # `$0.AxisError` -> `$0.exceptions.AxisError`
    if not (removed - _BUILTINS) and not (added and added <= kw_after) and not (moved and added):
        return None
    return before, after


def _is_chain(template: str) -> bool:
    node = cst.parse_expression(template)
    while isinstance(node, cst.Attribute):
        node = node.value
    return isinstance(node, cst.Name)


_BUILTINS = frozenset(dir(__import__("builtins")))


def _identifiers(template: str) -> tuple[set[str], set[str]]:
    """Concrete names in a template, and those of them that are keyword-argument names."""
    names: set[str] = set()
    keywords: set[str] = set()

    class V(cst.CSTVisitor):
        def visit_Arg(self, node: cst.Arg) -> None:
            if node.keyword is not None:
                keywords.add(node.keyword.value)

        def visit_Name(self, node: cst.Name) -> None:
            if not _is_placeholder(node):
                names.add(node.value)

    cst.parse_expression(template).visit(V())
    return names, keywords


def _import_pairs(old: cst.Module, new: cst.Module) -> list[tuple[str, str]]:
    def imports(m: cst.Module) -> list[str]:
        return [code(s) for line in m.body if isinstance(line, cst.SimpleStatementLine)
                for s in line.body if isinstance(s, (cst.Import, cst.ImportFrom))]

    ia, ib = imports(old), imports(new)
    gone, added = [i for i in ia if i not in ib], [i for i in ib if i not in ia]
    pairs = list(zip(gone, added))
    pairs += [(g, "") for g in gone[len(added):]] + [("", a) for a in added[len(gone):]]
    return pairs


def _local_names(module: cst.Module) -> set[str]:
    """Names the module's own code binds (parameters, variables, functions, classes), not imports."""
    from libcst.metadata import Assignment, MetadataWrapper, ScopeProvider

    scopes = {s for s in MetadataWrapper(module).resolve(ScopeProvider).values() if s is not None}
    return {a.name for s in scopes for a in s.assignments if type(a) is Assignment}


def raw_rules(old_src: str, new_src: str) -> set[tuple[str, str, str, str]]:
    """(kind, before, after, context) rewrites in one pair."""
    try:
        old, new = cst.parse_module(old_src), cst.parse_module(new_src)
    except cst.ParserSyntaxError:
        return set()
    rules: set[tuple[str, str, str, str]] = {("import", a, b, "") for a, b in _import_pairs(old, new)}
    local = _local_names(old)
    ua, ub = _units(old), _units(new)
    ca, cb = [code(u) for u in ua], [code(u) for u in ub]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=ca, b=cb, autojunk=False).get_opcodes():
        if tag != "replace":
            continue
        for k in range(min(i2 - i1, j2 - j1)):
            if isinstance(ua[i1 + k], (cst.Import, cst.ImportFrom)):
                continue
            diffs: list = []
            _diff(ua[i1 + k], ub[j1 + k], diffs)
            for kind, a, b, ctx in diffs:
                if kind == "keyword":
                    rules.add(("keyword", a, b, ctx))
                else:
                    gen = generalize(a, b)
                    # A renamed parameter or variable of the module's own code is not an API change.
                    if gen and not (isinstance(a, cst.Name) and a.value in local):
                        rules.add(("template", gen[0], gen[1], ""))
    return rules


def _bindings(new_src: str) -> set[tuple[str, str, str, str]]:
    """("binding", name, import statement, "") for every name a module's top-level imports bind."""
    try:
        module = cst.parse_module(new_src)
    except cst.ParserSyntaxError:
        return set()
    out: set[tuple[str, str, str, str]] = set()
    for line in module.body:
        for stmt in line.body if isinstance(line, cst.SimpleStatementLine) else ():
            if isinstance(stmt, cst.ImportFrom) and not isinstance(stmt.names, cst.ImportStar) and not stmt.relative:
                source = code(stmt.module)
                for alias in stmt.names:
                    bound = code(alias.asname.name) if alias.asname else code(alias.name)
                    if source != "__future__":
                        out.add(("binding", bound, f"from {source} import {code(alias).rstrip(', ')}", ""))
            elif isinstance(stmt, cst.Import):
                for alias in stmt.names:
                    bound = code(alias.asname.name) if alias.asname else code(alias.name).split(".")[0]
                    out.add(("binding", bound, f"import {code(alias).rstrip(', ')}", ""))
    return out


def _unbound(module: cst.Module) -> set[str] | None:
    """Names the module reads but never binds (builtins count as bound); None when unknowable."""
    from libcst.metadata import MetadataWrapper, ScopeProvider

    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    if any(isinstance(n.names, cst.ImportStar) for n in _nodes(wrapper.module, cst.ImportFrom)):
        return None  # a star import may bind anything
    scopes = {s for s in wrapper.resolve(ScopeProvider).values() if s is not None}
    return {a.node.value for s in scopes for a in s.accesses if isinstance(a.node, cst.Name) and not a.referents}


def _nodes(module: cst.Module, kind: type) -> list[cst.CSTNode]:
    found: list[cst.CSTNode] = []

    class V(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            if isinstance(node, kind):
                found.append(node)
            return True

    module.visit(V())
    return found


def _bind_introduced(module: cst.Module, applied: list["Rule"], rules: list["Rule"]) -> cst.Module:
    """Add the import for each name an applied rewrite introduced and the module leaves unbound."""
    introduced: set[str] = set()
    for rule in applied:
        if rule.kind == "template":
            after, _ = _identifiers(rule.after)
            introduced |= after - _identifiers(rule.before)[0]
        elif rule.kind == "keyword" and "=" in rule.after:
            introduced |= _identifiers(rule.after.split("=", 1)[1])[0]
    bindings = {r.before: r for r in rules if r.kind == "binding"}  # rules arrive best first
    wanted = sorted(introduced & set(bindings))
    if not wanted:
        return module
    unbound = _unbound(module)
    added = [bindings[name] for name in wanted if unbound is not None and name in unbound]
    if not added:
        return module
    applied.extend(added)
    body = list(module.body)
    last_import = max((i for i, line in enumerate(body) if isinstance(line, cst.SimpleStatementLine)
                       and any(isinstance(s, (cst.Import, cst.ImportFrom)) for s in line.body)), default=None)
    docstring = bool(body) and isinstance(body[0], cst.SimpleStatementLine) and \
        isinstance(body[0].body[0], cst.Expr) and isinstance(body[0].body[0].value, cst.SimpleString)
    at = last_import + 1 if last_import is not None else int(docstring)
    new_lines = [cst.parse_statement(r.after + "\n") for r in added]
    return module.with_changes(body=body[:at] + new_lines + body[at:])


# ----------------------------------------------------------------------------- applying
class _Apply(cst.CSTTransformer):
    def __init__(self, rules: list[Rule]):
        self.templates = [(r, cst.parse_expression(r.before)) for r in rules if r.kind == "template"]
        self.keywords = [r for r in rules if r.kind == "keyword"]
        self.applied: list[Rule] = []

    def visit_Import(self, node: cst.Import) -> bool:
        return False  # import statements are rewritten by import rules only

    def visit_ImportFrom(self, node: cst.ImportFrom) -> bool:
        return False

    def on_leave(self, original, updated):  # noqa: ANN001, ANN201
        if isinstance(original, (cst.Import, cst.ImportFrom, cst.ImportAlias, cst.AsName)):
            return updated
        if isinstance(updated, cst.Call):
            updated = self._keywords(updated)
        if isinstance(updated, cst.BaseExpression):
            for rule, tmpl in self.templates:
                binds: dict[str, cst.CSTNode] = {}
                if match(tmpl, updated, binds):
                    self.applied.append(rule)
                    return instantiate(rule.after, binds)
        return updated

    def _keywords(self, call: cst.Call) -> cst.Call:
        name = _called_name(call)
        args = list(call.args)
        for rule in self.keywords:
            if rule.context != name:
                continue
            if rule.before:
                for i, arg in enumerate(args):
                    if arg.keyword and arg.keyword.value == rule.before:
                        self.applied.append(rule)
                        args[i] = arg.with_changes(keyword=cst.Name(rule.after)) if rule.after else None
                args = [a for a in args if a is not None]
            elif rule.after and rule.after.split("=")[0] not in {a.keyword.value for a in args if a.keyword}:
                key, value = rule.after.split("=", 1)
                args.append(cst.Arg(keyword=cst.Name(key), value=cst.parse_expression(value),
                                    equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""),
                                                          whitespace_after=cst.SimpleWhitespace(""))))
                self.applied.append(rule)
        if args and len(args) != len(call.args) or any(a is not b for a, b in zip(args, call.args)):
            args = [a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in args]
        return call.with_changes(args=args)


def apply_rules(source: str, rules: list[Rule]) -> tuple[str, list[Rule]]:
    """Rewrite ``source`` with the rules that match it; unmatched code is left byte-for-byte."""
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError:
        return source, []
    transformer = _Apply(rules)
    module = module.visit(transformer)
    out, applied = module.code, list(transformer.applied)
    for rule in rules:
        if rule.kind == "import" and rule.before and rule.before in out and (applied or not rule.after):
            # Imports follow the code: swap them only when a code rule fired, or drop dead ones.
            out = out.replace(rule.before, rule.after, 1)
            applied.append(rule)
    if transformer.applied:  # after the import swaps, so that an import is never added twice
        out = _bind_introduced(cst.parse_module(out), applied, rules).code
    return out, applied


# ----------------------------------------------------------------------------- the rule base
@dataclass
class RuleBase:
    rules: list[Rule]

    @classmethod
    def learn(cls, pairs: list[tuple[str, str, str]], scope: str = "") -> "RuleBase":
        """``pairs``: (task id, old code, new code), all for the library ``scope``."""
        seen: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
        for task_id, old, new in pairs:
            for raw in raw_rules(old, new) | _bindings(new):
                seen[raw].add(task_id)
        rules = []
        for (kind, before, after, ctx), tasks in seen.items():
            rule = Rule(kind=kind, before=before, after=after, context=ctx, support=len(tasks),
                        examples=tuple(sorted(tasks))[:5], scope=scope)
            rules.append(Rule(**{**asdict(rule), "consistency": _consistency(rule, pairs)}))
        rules.sort(key=lambda r: (-r.confidence, r.kind, r.before))
        return cls(rules)

    def __add__(self, other: "RuleBase") -> "RuleBase":
        return RuleBase(sorted(self.rules + other.rules, key=lambda r: (-r.confidence, r.scope, r.kind, r.before)))

    def usable(self, library: str | None, min_confidence: float = 0.0) -> list[Rule]:
        """The rules for code of ``library`` (unscoped rules apply everywhere) at a confidence."""
        return [r for r in self.rules if r.scope in ("", library) and r.confidence >= min_confidence]

    def matching(self, source: str, library: str | None, min_confidence: float = 0.0) -> list[Rule]:
        """The rules that would fire on ``source``, code for ``library``."""
        _, applied = apply_rules(source, self.usable(library, min_confidence))
        return list(dict.fromkeys(applied))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps([asdict(r) for r in self.rules], indent=2) + "\n")

    @classmethod
    def load(cls, path: Path) -> "RuleBase":
        return cls([Rule(**{**r, "examples": tuple(r.get("examples", ()))}) for r in json.loads(path.read_text())])

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for r in self.rules:
            out[r.type_label] += 1
        return dict(sorted(out.items()))


def _consistency(rule: Rule, pairs: list[tuple[str, str, str]]) -> float:
    """Of the train old modules this rule matches, the share whose reference it explains."""
    if rule.kind in ("import", "binding"):
        return 1.0
    fired = consistent = 0
    for _, old, new in pairs:
        rewritten, applied = apply_rules(old, [rule])
        if not applied:
            continue
        fired += 1
        try:
            target = cst.parse_module(new).code
        except cst.ParserSyntaxError:
            continue
        if _normalized(rewritten) != _normalized(old) and _closer(old, rewritten, target):
            consistent += 1
    return round(consistent / fired, 4) if fired else 1.0


def _normalized(src: str) -> str:
    return "\n".join(line.rstrip() for line in src.strip().splitlines())


def _closer(old: str, rewritten: str, target: str) -> bool:
    """The rewrite moved the module towards the reference."""
    def ratio(x: str) -> float:
        return difflib.SequenceMatcher(a=_normalized(x), b=_normalized(target), autojunk=False).ratio()
    return ratio(rewritten) > ratio(old)
