"""Per-sample scores: exec, pass, api (static + dynamic), fixed and upass.

Definitions (docs/metrics.md has them with examples):
- exec: the candidate imports, its entrypoint is defined, and no test failed with an
  exception other than ``AssertionError`` (the code ran; it may still compute the wrong thing).
- pass: the job status is ``pass`` (every hidden test passed, at least one ran).
- api: the candidate parses; every ``must_use`` entry is used (for an any-of group: one of its
  names), no ``must_not_use`` name is used, the literal checks hold, and the candidate triggered
  no deprecation warning. A name is "used" when it resolves to the library: statically, through
  libcst's import and scope analysis (``pd.concat``, ``from x import y as z``, builtins, members
  of a receiver whose type is known from an annotation or a constructor call), or dynamically,
  when the sandbox recorded a call into it from the candidate module. A member of unknown
  receiver type (``rows.append``) is never evidence of ``pandas.DataFrame.append``.
  ``pkg.f(kw=)`` is used when a call of ``pkg.f`` passes ``kw`` in the source, or the sandbox saw
  the keyword arrive from the candidate (``**settings`` included).
- fixed: the family's notion of success; for our own families pass and api (the headline).
- upass: passes in ``new`` and fails in ``old``; only for tasks whose new API did not exist in
  the old version (``change.introduced_in_new``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import libcst as cst
from libcst.metadata import MetadataWrapper, ParentNodeProvider, QualifiedNameProvider, QualifiedNameSource, ScopeProvider

from benchmark.specs import ApiChecks
from sandbox.base import JobResult, Status

DEPRECATION_CATEGORIES = frozenset({"DeprecationWarning", "FutureWarning", "PendingDeprecationWarning"})
_RESOLVED_SOURCES = (QualifiedNameSource.IMPORT, QualifiedNameSource.BUILTIN)


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
    def text(self) -> str:
        return f"{self.dotted}({self.keyword}=)" if self.keyword else self.dotted


@dataclass
class StaticUses:
    """What the candidate's source references, every name resolved to where it comes from."""

    names: set[str] = field(default_factory=set)  # fully qualified names referenced
    calls: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)  # (callee names, keywords)
    literals: set[str] = field(default_factory=set)  # string constants


class _Collector(cst.CSTVisitor):
    METADATA_DEPENDENCIES = (QualifiedNameProvider, ScopeProvider, ParentNodeProvider)

    def __init__(self) -> None:
        super().__init__()
        self.uses = StaticUses()

    def _qualified(self, node: cst.CSTNode) -> set[str]:
        return {q.name for q in self.get_metadata(QualifiedNameProvider, node, ()) if q.source in _RESOLVED_SOURCES}

    def _parent(self, node: cst.CSTNode | None) -> cst.CSTNode | None:
        return self.get_metadata(ParentNodeProvider, node, None) if node is not None else None

    def _receiver_types(self, node: cst.BaseExpression) -> set[str]:
        """Library types a receiver expression certainly has: ``pd.DataFrame(...)``, or a local
        name whose every binding is a constructor call or a parameter annotated with a type."""
        if isinstance(node, cst.Call):
            return {n for n in self._qualified(node) if n.rsplit(".", 1)[-1][:1].isupper()}
        if not isinstance(node, cst.Name):
            return set()
        scope = self.get_metadata(ScopeProvider, node, None)
        if scope is None:
            return set()
        types: set[str] = set()
        bindings = [a for a in scope.accesses[node] for a in a.referents] if node in scope.accesses else []
        if not bindings:
            return set()
        for binding in bindings:
            bound = getattr(binding, "node", None)
            if isinstance(bound, cst.Param) and bound.annotation is not None:
                found = self._qualified(bound.annotation.annotation)
            else:
                parent = self._parent(bound)
                parent = self._parent(parent) if isinstance(parent, cst.AssignTarget) else parent
                value = getattr(parent, "value", None) if isinstance(parent, (cst.Assign, cst.AnnAssign)) else None
                found = self._receiver_types(value) if isinstance(value, cst.Call) else set()
                if isinstance(parent, cst.AnnAssign):
                    found |= self._qualified(parent.annotation.annotation)
            if not found:
                return set()  # one binding of unknown type: the receiver's type is not certain
            types |= found
        return types

    def _names_of(self, node: cst.BaseExpression) -> set[str]:
        names = self._qualified(node)
        if isinstance(node, cst.Attribute):
            names |= {f"{t}.{node.attr.value}" for t in self._receiver_types(node.value)}
        return names

    def visit_Name(self, node: cst.Name) -> None:
        self.uses.names |= self._qualified(node)

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self.uses.names |= self._names_of(node)

    def visit_Call(self, node: cst.Call) -> None:
        keywords = frozenset(a.keyword.value for a in node.args if a.keyword is not None)
        self.uses.calls.append((frozenset(self._names_of(node.func)), keywords))

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        value = node.evaluated_value
        if isinstance(value, str):
            self.uses.literals.add(value)


@functools.lru_cache(maxsize=4096)
def static_uses(code: str) -> StaticUses | None:
    """None when the code does not parse (such a candidate is API-false)."""
    try:
        wrapper = MetadataWrapper(cst.parse_module(code))
        collector = _Collector()
        wrapper.visit(collector)
    except (cst.ParserSyntaxError, RecursionError, ValueError):
        return None
    return collector.uses


def statically_used(uses: StaticUses | None, name: ApiName) -> bool:
    if uses is None:
        return False
    if name.keyword:
        return any(name.dotted in callee and name.keyword in kws for callee, kws in uses.calls)
    return name.dotted in uses.names


def dynamically_used(result: JobResult, name: ApiName) -> bool:
    if name.keyword:
        return name.text in result.keywords_passed
    if name.dotted in result.api_wrapped:
        # The sandbox wrapped the public name itself: its record is exact, where implementation
        # names can be shared by several public ones (decorators, generic wrappers).
        return name.dotted in result.api_called
    canonical = result.resolved_api.get(name.dotted)
    return bool(canonical) and canonical in result.calls


def is_deprecation(warning) -> bool:  # noqa: ANN001 - sandbox.base.WarningRecord
    return warning.deprecation or warning.category in DEPRECATION_CATEGORIES


@dataclass(frozen=True)
class ApiVerdict:
    ok: bool
    missing: tuple[str, ...]  # must_use entries not used; an any-of group shows as "a | b"
    forbidden: tuple[str, ...]  # must_not_use names (and forbidden literals, quoted) that were used
    deprecations: tuple[str, ...]  # deprecation warnings raised from the candidate module
    unparseable: bool = False


def _entries(group: str | tuple[str, ...]) -> tuple[str, ...]:
    return group if isinstance(group, tuple) else (group,)


def _label(group: str | tuple[str, ...], quote: bool = False) -> str:
    return " | ".join(repr(n) if quote else n for n in _entries(group))


def api_verdict(code: str, result: JobResult, checks: ApiChecks, module_file: str = "solution.py") -> ApiVerdict:
    """The API check of one candidate: static uses of its source plus what its run recorded."""
    uses = static_uses(code)

    def used(text: str) -> bool:
        name = ApiName.parse(text)
        return statically_used(uses, name) or dynamically_used(result, name)

    literals = uses.literals if uses is not None else set()
    missing = tuple(_label(g) for g in checks.must_use if not any(used(n) for n in _entries(g)))
    missing += tuple(_label(g, quote=True) for g in checks.must_use_literals if not set(_entries(g)) & literals)
    forbidden = tuple(n for n in checks.must_not_use if used(n))
    forbidden += tuple(repr(v) for v in checks.must_not_use_literals if v in literals)
    deprecations = tuple(
        sorted({f"{w.category}: {w.message[:160]}" for w in result.warnings
                if is_deprecation(w) and w.filename.endswith("/" + module_file)})
    )
    return ApiVerdict(ok=uses is not None and not (missing or forbidden or deprecations), missing=missing,
                      forbidden=forbidden, deprecations=deprecations, unparseable=uses is None)


def executed(result: JobResult) -> bool:
    if not result.imported or not result.entrypoint_ok:
        return False
    if result.status in (Status.timeout, Status.oom, Status.infra):
        return False
    return all(t.outcome in ("passed", "skipped") or t.exc_type == "AssertionError" for t in result.tests)
