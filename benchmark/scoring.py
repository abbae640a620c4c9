"""Per-sample scores: exec, pass, api (static + dynamic) and upass.

Definitions (docs/metrics.md has them with examples):
- exec: the candidate imports, its entrypoint is defined, and no test failed with an
  exception other than ``AssertionError`` (the code ran; it may still compute the wrong thing).
- pass: the job status is ``pass`` (every hidden test passed, at least one ran).
- api: every ``must_use`` name is used, no ``must_not_use`` name is used, and the candidate
  triggered no deprecation warning. A name is "used" when the AST references it through
  resolved import aliases, or the sandbox recorded a call to it from the candidate module,
  or (for ``pkg.Class.attr`` names, whose receiver type the AST cannot know) an attribute of
  that name is accessed. ``pkg.Class.method(kw=)`` is used when such a call passes ``kw``.
- upass: passes in ``new`` and fails in ``old``; only for tasks whose new API did not exist in
  the old version (``change.introduced_in_new``).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from sandbox.base import JobResult, Status

DEPRECATION_CATEGORIES = frozenset({"DeprecationWarning", "FutureWarning", "PendingDeprecationWarning"})
# Attribute names too common to pin on a library class without knowing the receiver's type.
_GENERIC_ATTRS = frozenset(dir(list) + dir(dict) + dir(str) + dir(set) + dir(tuple))


@dataclass(frozen=True)
class ApiName:
    dotted: str
    keyword: str | None

    @classmethod
    def parse(cls, text: str) -> "ApiName":
        text = text.strip()
        if "(" in text:
            dotted, rest = text.split("(", 1)
            kw = rest.rstrip(")").rstrip("=").strip() or None
            return cls(dotted.strip(), kw)
        return cls(text, None)

    @property
    def is_member(self) -> bool:
        """``pkg.Class.attr``: a component before the last starts with a capital letter."""
        parts = self.dotted.split(".")
        return len(parts) >= 3 and parts[-2][:1].isupper()

    @property
    def attr(self) -> str:
        return self.dotted.rsplit(".", 1)[-1]


class _References(ast.NodeVisitor):
    """Collect dotted references resolved through import aliases, attribute names, and calls."""

    def __init__(self) -> None:
        self.aliases: dict[str, str] = {}
        self.resolved: set[str] = set()
        self.attrs: set[str] = set()
        self.calls: list[tuple[str | None, str | None, frozenset[str]]] = []  # (resolved, attr, keywords)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                self.aliases[top] = top
            self.resolved.add(alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                self.aliases[alias.asname or alias.name] = full
                self.resolved.add(full)

    def _dotted(self, node: ast.AST) -> str | None:
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in self.aliases:
            return ".".join([self.aliases[node.id], *reversed(parts)])
        return None

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.attrs.add(node.attr)
        dotted = self._dotted(node)
        if dotted:
            self.resolved.add(dotted)
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.aliases:
            self.resolved.add(self.aliases[node.id])

    def visit_Call(self, node: ast.Call) -> None:
        keywords = frozenset(k.arg for k in node.keywords if k.arg)
        attr = node.func.attr if isinstance(node.func, ast.Attribute) else None
        self.calls.append((self._dotted(node.func), attr, keywords))
        self.generic_visit(node)


def references(code: str) -> _References | None:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    refs = _References()
    refs.visit(tree)
    return refs


def statically_used(refs: _References | None, name: ApiName, forbidding: bool) -> bool:
    if refs is None:
        return False
    if name.keyword:
        return any(
            name.keyword in kws and (resolved == name.dotted or (name.is_member and attr == name.attr))
            for resolved, attr, kws in refs.calls
        )
    if name.dotted in refs.resolved:
        return True
    # Receiver types are unknown statically; for must-not-use, skip names as common as list.append.
    return name.is_member and name.attr in refs.attrs and not (forbidding and name.attr in _GENERIC_ATTRS)


def dynamically_used(result: JobResult, name: ApiName) -> bool:
    if name.keyword:
        return False  # keyword presence is checked statically
    canonical = result.resolved_api.get(name.dotted)
    return bool(canonical) and canonical in result.calls


def is_deprecation(warning) -> bool:  # noqa: ANN001 - sandbox.base.WarningRecord
    return warning.deprecation or warning.category in DEPRECATION_CATEGORIES


@dataclass(frozen=True)
class ApiVerdict:
    ok: bool
    missing: tuple[str, ...]
    forbidden: tuple[str, ...]
    deprecations: tuple[str, ...]


def api_verdict(code: str, result: JobResult, must_use: tuple[str, ...], must_not_use: tuple[str, ...],
                module_file: str = "solution.py") -> ApiVerdict:
    refs = references(code)

    def used(text: str, forbidding: bool) -> bool:
        name = ApiName.parse(text)
        return statically_used(refs, name, forbidding) or dynamically_used(result, name)

    missing = tuple(n for n in must_use if not used(n, False))
    forbidden = tuple(n for n in must_not_use if used(n, True))
    deprecations = tuple(
        sorted({f"{w.category}: {w.message[:160]}" for w in result.warnings
                if is_deprecation(w) and w.filename.endswith("/" + module_file)})
    )
    return ApiVerdict(ok=not (missing or forbidden or deprecations), missing=missing, forbidden=forbidden,
                      deprecations=deprecations)


def executed(result: JobResult) -> bool:
    if not result.imported or not result.entrypoint_ok:
        return False
    if result.status in (Status.timeout, Status.oom, Status.infra):
        return False
    return all(t.outcome in ("passed", "skipped") or t.exc_type == "AssertionError" for t in result.tests)
