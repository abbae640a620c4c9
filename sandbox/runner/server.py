"""In-sandbox job runner. Standard library and pytest only: it runs inside the environment.

Warm mode (default): import pytest and the preloaded libraries once, print a ready mark, then
read one JSON job per line on stdin. Each job runs in a fresh forked child (its own session,
rlimits, clean environment, private work dir) with its own timeout; the parent only waits,
kills whatever the child left behind, and prints one result line. ``--once`` runs a single job
read from stdin in a fresh interpreter (the per-job baseline that ``bench perf`` compares).

The verdict is decided by the parent, which never imports candidate code (see docs/sandbox.md,
"How the verdict is decided"). The child, where the candidate and its tests share one
interpreter, only supplies evidence:

- the parent compiles the test file itself, with a *witness* call at the start and end of every
  test body, plus a control test that must fail; a test counts as passed only if the end of its
  body was reached, as reported by the witness from that very code object;
- witness and result records are authenticated with a per-job key that reaches the child over a
  pipe only after the candidate has been imported, and carry a sequence number;
- an audit hook (which cannot be removed) reports, as it happens, candidate code replacing a
  function's code, installing a trace/profile function, reading the hidden test file or writing
  pytest configuration; after the tests the child compares the functions and classes that tests
  and pytest depend on with a snapshot taken before the candidate ran;
- comparisons in ``assert`` statements probe operands the candidate may control with a fresh
  object, so an object that equals anything fails the assertion.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib
import importlib.util
import inspect
import itertools
import json
import linecache
import operator
import os
import random
import resource
import select
import shutil
import signal
import sys
import threading
import time
import traceback
import types
import warnings

RESULT_MARK = "@@BENCH-RESULT@@ "
READY_MARK = "@@BENCH-READY@@"
TAIL = 4000
EVIDENCE_LIMIT = 32 * 1024 * 1024  # bytes the parent accepts from one child on the result channel
LINE_LIMIT = 3500  # authenticated lines stay below PIPE_BUF, so each write is atomic
KEY_BYTES = 16
DRAIN_EVERY_S = 0.05
PIPE_BYTES = 1 << 20  # evidence pipe size: a job's evidence fits, the child never waits for the parent
RUNNER_FILE = os.path.abspath(__file__)
WITNESS, CMP = "@bench_w", "@bench_cmp"
# Witness phases and flags.
ENTER, EXIT, RAISED = 0, 1, 2
F_MEMORY, F_SKIP = 1, 2
CONFIG_FILES = frozenset({"conftest.py", "pytest.ini", "tox.ini", "setup.cfg", "pyproject.toml", "sitecustomize.py",
                          "usercustomize.py", "__init__.py"})
TRACE_EVENTS = frozenset({"sys.settrace", "sys.setprofile", "sys._settraceallthreads", "sys._setprofileallthreads",
                          "sys.monitoring.register_callback", "sys.monitoring.use_tool_id", "sys.addaudithook"})
SCALARS = (int, float, complex, str, bytes, bool, type(None))
KEYWORD_WRAPPER_FILE = "<sandbox keyword wrapper: skipped by warnings like importlib._bootstrap frames>"


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - TAIL))
            return fh.read().decode("utf-8", "replace")
    except OSError:
        return ""


# ------------------------------------------------------------------- test file plan (parent)
class Plan:
    """Everything trusted code prepares from the test file before the fork: the source written
    to disk, the compiled (instrumented) module, which functions are tests and how often each
    must at least run, the control tests, and the library objects the tests name."""

    def __init__(self) -> None:
        self.source = ""
        self.code: types.CodeType | None = None
        self.names: list[str] = []  # witness index -> "test_x" / "TestC::test_m"
        self.floors: list[int] = []
        self.controls: dict[int, str] = {}  # witness index -> "pass" | "fail"
        self.codes: tuple = ()
        self.imports: list[tuple[str, object]] = []  # test-module globals bound by imports, expected values
        self.groups: list = []  # snapshot groups of what the tests name
        self.error: str | None = None
        self.extra_code: types.CodeType | None = None  # the control test, run after the module


def _is_test_name(name: str) -> bool:
    return name.startswith("test")


def _has_yield(fn: ast.AST) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
    return False


def _param_floor(decorators: list) -> int:
    """How many cases ``@pytest.mark.parametrize`` with literal values produces (1 if unknown)."""
    floor = 1
    for dec in decorators:
        if not isinstance(dec, ast.Call):
            continue
        func = dec.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name != "parametrize":
            continue
        values = dec.args[1] if len(dec.args) > 1 else next((k.value for k in dec.keywords if k.arg == "argvalues"), None)
        if isinstance(values, (ast.List, ast.Tuple)):
            floor *= max(len(values.elts), 1)
    return floor


def _test_functions(tree: ast.Module) -> list[tuple[str, ast.FunctionDef, int]]:
    """The functions pytest collects by default (``test*`` functions, ``test*`` methods of
    ``Test*`` classes without ``__init__``); a later definition of a name replaces an earlier one."""
    found: dict[str, tuple[ast.FunctionDef, int]] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _is_test_name(node.name):
            found[node.name] = (node, _param_floor(node.decorator_list))
        elif isinstance(node, ast.ClassDef):
            found.pop(node.name, None)
            if not node.name.startswith("Test"):
                continue
            members = {m.name: m for m in node.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))}
            if "__init__" in members or any(isinstance(s, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "__test__" for t in s.targets) for s in node.body):
                continue
            cls_floor = _param_floor(node.decorator_list)
            for name, member in members.items():
                if _is_test_name(name):
                    found[f"{node.name}::{name}"] = (member, cls_floor * _param_floor(member.decorator_list))
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.Import, ast.ImportFrom)):
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [(a.asname or a.name).split(".")[0] for a in node.names]
            for name in names:
                found.pop(name, None)
    return [(name, fn, floor) for name, (fn, floor) in found.items()]


def _witness_call(index: int, phase: int, at: ast.AST) -> ast.stmt:
    return _located(ast.Expr(ast.Call(ast.Name(WITNESS, ast.Load()), [ast.Constant(index), ast.Constant(phase)], [])), at)


class _Returns(ast.NodeTransformer):
    """``return x`` in a test body -> evaluate x, record the end of the body, return it."""

    def __init__(self, index: int) -> None:
        self.index = index

    def visit_FunctionDef(self, node):  # noqa: ANN001, ANN201 - nested scopes keep their returns
        return node

    visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = visit_FunctionDef

    def visit_Return(self, node):  # noqa: ANN001, ANN201
        out = []
        if node.value is not None:
            out.append(_located(ast.Assign([ast.Name("@bench_r", ast.Store())], node.value), node))
        out.append(_witness_call(self.index, EXIT, node))
        out.append(_located(ast.Return(ast.Name("@bench_r", ast.Load()) if node.value is not None else None), node))
        return out


def _instrument(fn: ast.FunctionDef, index: int) -> None:
    """Body -> witness(enter); try: body except: witness(raised); raise; witness(exit).
    A docstring stays the first statement."""
    doc = fn.body[:1] if (isinstance(fn.body[0], ast.Expr) and isinstance(fn.body[0].value, ast.Constant)
                          and isinstance(fn.body[0].value.value, str) and len(fn.body) > 1) else []
    stmts = fn.body[len(doc):]
    first = stmts[0]
    flat: list = []
    for stmt in stmts:
        new = _Returns(index).visit(stmt)
        flat.extend(new if isinstance(new, list) else [new])
    handler = ast.ExceptHandler(None, None, [_witness_call(index, RAISED, first), _located(ast.Raise(), first)])
    fn.body = doc + [_witness_call(index, ENTER, first),
                     _located(ast.Try(flat, [_located(handler, first)], [], []), first, deep=False),
                     _witness_call(index, EXIT, stmts[-1])]


_CMP_OPS = {ast.Eq: 0, ast.NotEq: 1, ast.In: 2, ast.NotIn: 3}


def _wrap_comparisons(body: list) -> None:
    """After pytest's rewrite, ``@py_assertN = a == b`` -> ``@py_assertN = @bench_cmp(a == b, a, b, op)``.
    pytest binds the operands to names first, so evaluating them again has no side effect.
    Walks statements only (pytest emits these assignments as statements)."""
    stack = [body]
    while stack:
        stmts = stack.pop()
        for node in stmts:
            if isinstance(node, ast.Assign):
                value = node.value
                if not (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                        and node.targets[0].id.startswith("@py_assert")):
                    continue
                if (isinstance(value, ast.Compare) and len(value.ops) == 1 and type(value.ops[0]) in _CMP_OPS
                        and all(isinstance(x, (ast.Name, ast.Constant)) for x in (value.left, value.comparators[0]))):
                    operands = [ast.Name(x.id, ast.Load()) if isinstance(x, ast.Name) else ast.Constant(x.value)
                                for x in (value.left, value.comparators[0])]
                    node.value = _located(ast.Call(ast.Name(CMP, ast.Load()),
                                                   [value, *operands, ast.Constant(_CMP_OPS[type(value.ops[0])])], []), value)
                elif isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
                    # ``x.equals`` in an assert: op 4 checks the attribute is the library's own.
                    node.value = _located(ast.Call(ast.Name(CMP, ast.Load()), [
                        value, ast.Name(value.value.id, ast.Load()), ast.Constant(value.attr), ast.Constant(4)], []), value)
                continue
            for field in ("body", "orelse", "finalbody", "handlers"):
                sub = getattr(node, field, None)
                if sub:
                    stack.append(sub)


def _located(node: ast.AST, at: ast.AST, deep: bool = True) -> ast.AST:
    """Give a new subtree ``at``'s position (cheaper than fix_missing_locations on the module)."""
    for sub in ast.walk(node) if deep else (node,):
        if "lineno" in sub._attributes and not hasattr(sub, "lineno"):
            sub.lineno, sub.col_offset = at.lineno, at.col_offset
            sub.end_lineno, sub.end_col_offset = getattr(at, "end_lineno", at.lineno), getattr(at, "end_col_offset", 0)
    return node


def _code_objects(code: types.CodeType, prefix: str = "") -> dict[str, types.CodeType]:
    """Module code -> {"test_x": code, "TestC::test_m": code}; the last definition of a name wins."""
    out: dict[str, types.CodeType] = {}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_name == "<module>" or const.co_name.startswith("<"):
                continue
            key = f"{prefix}{const.co_name}"
            if not prefix and not const.co_flags & inspect.CO_NEWLOCALS:  # a class body
                for sub, value in _code_objects(const, f"{const.co_name}::").items():
                    out[sub] = value
            else:
                out[key] = const
    return out


def _sentinels(taken: set[str]) -> tuple[str, dict[str, str]]:
    """The control test appended to the test file: it must fail. If pytest reports it passed,
    or its body completes, the harness was tampered with. Its name is random, so a candidate
    cannot single it out before it has read the file. (One control, not a must-pass one too:
    each extra pytest item costs ~3 ms a job, and a real test that passes already shows that
    the witness and report path work.)"""
    rng = random.SystemRandom()
    while True:
        name = "test_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10))
        if name not in taken:
            break
    a, b = rng.randrange(10**6, 10**7), rng.randrange(10**7, 10**8)
    return f"\n\n\ndef {name}():\n    assert {a} == {b}\n", {name: "fail"}


def _resolve_chain(root: object, attrs: list[str], groups: list, seen: set) -> object:
    """Follow ``root.a.b`` through modules and classes only (no getattr side effects), adding a
    snapshot of every module dict entry and class passed on the way. Returns the final object."""
    obj = root
    for attr in attrs:
        if isinstance(obj, types.ModuleType):
            value = vars(obj).get(attr, _MISSING)
            if value is _MISSING:
                value = _import_library(f"{obj.__name__}.{attr}")
            if value is _MISSING:
                return _MISSING
            if _codelike(value):
                groups.append(("module", obj.__name__, vars(obj), (attr,), (value,), -1))
        elif isinstance(obj, type):
            value = _MISSING
            for klass in obj.__mro__:
                if attr in vars(klass):
                    value = vars(klass)[attr]
                    break
            if value is _MISSING:
                return _MISSING
            _class_groups(obj, groups, seen)
            if isinstance(value, (classmethod, staticmethod)):
                value = value.__func__
        else:
            return _MISSING
        obj = value
    if isinstance(obj, type):
        _class_groups(obj, groups, seen)
    elif isinstance(obj, types.FunctionType):
        # The helpers a library function calls are globals of its module: keep them all.
        mod = sys.modules.get(obj.__module__ or "")
        if mod is not None and id(mod) not in seen:
            seen.add(id(mod))
            _module_group(mod, groups, seen, classes=False)
    return obj


class _Missing:
    pass


_MISSING = _Missing()


def _import_library(name: str) -> object:
    """A library module the tests name, imported here in the trusted parent (the tests would
    import it anyway) so its functions are in the snapshot. Only submodules of packages that are
    already loaded; never the candidate or the task's own files."""
    if name in sys.modules:
        return sys.modules[name]
    root = name.split(".")[0]
    if root not in sys.modules or root in ("solution", "conftest") or "." not in name:
        return _MISSING
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module(name)
    except Exception:  # noqa: BLE001 - not a module: the name simply does not resolve
        return _MISSING


def _plan_tests(source: str, path: str, module_name: str) -> Plan:
    """The plan of one job: the test file's compiled form (cached: a task's tests run many times,
    always in this runner's same work dir) plus a fresh control test."""
    key = (source, path, module_name)
    base = _PLANS.get(key)
    if base is None:
        base = _compile_tests(source, path, module_name)
        if len(_PLANS) > 64:
            _PLANS.clear()
        _PLANS[key] = base
    plan = Plan()
    plan.source, plan.error, plan.code = source, base.error, base.code
    if base.code is None:
        return plan
    plan.names, plan.floors, plan.codes = list(base.names), list(base.floors), tuple(base.codes)
    plan.imports, plan.groups = base.imports, base.groups
    extra, controls = _sentinels(base.taken)
    plan.source = source + extra
    tree = ast.parse(extra)
    ast.increment_lineno(tree, source.count("\n") + (0 if source.endswith("\n") or not source else 1))
    (name, fn, _), = _test_functions(tree)
    index = len(plan.names)
    _instrument(fn, index)
    import _pytest.assertion.rewrite as rewrite

    rewrite.rewrite_asserts(tree, plan.source.encode(), path, None)
    _wrap_comparisons(tree.body)
    plan.extra_code = compile(tree, path, "exec", dont_inherit=True)
    plan.names.append(name)
    plan.floors.append(1)
    plan.controls[index] = controls[name]
    plan.codes += (_code_objects(plan.extra_code).get(name),)
    return plan


class _Base:
    """The part of a plan that depends on the test file only."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.code: types.CodeType | None = None
        self.names: list[str] = []
        self.floors: list[int] = []
        self.codes: tuple = ()
        self.taken: set[str] = set()
        self.imports: list = []
        self.groups: list = []


def _compile_tests(source: str, path: str, module_name: str) -> _Base:
    base = _Base()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as exc:
        base.error = f"SyntaxError: {exc}"
        return base  # pytest reports it as a collection error
    base.taken = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    base.taken |= {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    for index, (name, fn, floor) in enumerate(_test_functions(tree)):
        base.names.append(name)
        base.floors.append(floor)
        if not isinstance(fn, ast.AsyncFunctionDef) and not _has_yield(fn):
            # pytest does not run async (no plugin) or yield tests: they count as not run.
            _instrument(fn, index)
    import _pytest.assertion.rewrite as rewrite

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rewrite.rewrite_asserts(tree, source.encode(), path, None)
    _wrap_comparisons(tree.body)
    base.code = compile(tree, path, "exec", dont_inherit=True)
    codes = _code_objects(base.code)
    base.codes = tuple(codes.get(name) for name in base.names)
    base.imports, base.groups = _test_references(tree, module_name)
    return base


_PLANS: dict = {}  # (test source, path, module name) -> _Base


def _test_references(tree: ast.Module, module_name: str) -> tuple[list, list]:
    """Library objects the tests name (``pd.testing.assert_frame_equal``, ``from x import f``):
    resolved here, in the trusted parent, through modules it has already imported only."""
    aliases: dict[str, object] = {}
    imports: list[tuple[str, object]] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                root = alias.name.split(".")[0]
                if alias.name not in sys.modules:
                    _import_library(alias.name)
                mod = sys.modules.get(alias.name if alias.asname else root)
                if mod is not None and root not in ("solution", "conftest", module_name):
                    aliases[alias.asname or root] = mod
                    imports.append((alias.asname or root, mod))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            mod = sys.modules.get(node.module)
            if mod is None:
                found = _import_library(node.module)
                mod = found if isinstance(found, types.ModuleType) else None
            if mod is None or node.module.split(".")[0] in ("solution", "conftest"):
                continue
            for alias in node.names:
                if alias.name == "*":
                    continue
                value = vars(mod).get(alias.name, _MISSING)
                if value is _MISSING:
                    value = sys.modules.get(f"{node.module}.{alias.name}", _MISSING)
                if value is not _MISSING:
                    aliases[alias.asname or alias.name] = value
                    imports.append((alias.asname or alias.name, value))
    groups: list = []
    seen: set = set(_STATE.get("seen", ()))
    chains: set[tuple[str, ...]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            parts: list[str] = []
            cur: ast.AST = node
            while isinstance(cur, ast.Attribute):
                parts.append(cur.attr)
                cur = cur.value
            if isinstance(cur, ast.Name) and cur.id in aliases:
                chains.add((cur.id, *reversed(parts)))
    for name, value in imports:
        _resolve_chain(value, [], groups, seen)
    for chain in sorted(chains):
        _resolve_chain(aliases[chain[0]], list(chain[1:]), groups, seen)
    return imports, groups


# ------------------------------------------------------------ snapshot of trusted objects
def _codelike(value: object) -> bool:
    return callable(value) or isinstance(value, types.ModuleType)


def _mutable_class(klass: type) -> bool:
    flags = klass.__flags__
    return bool(flags & (1 << 9)) and not flags & (1 << 8)  # heap type, not immutable


def _class_groups(klass: type, groups: list, seen: set) -> None:
    for k in klass.__mro__:
        if id(k) in seen or not _mutable_class(k):
            continue
        seen.add(id(k))
        d = vars(k)
        keys = tuple(n for n, v in d.items() if _codelike(v) or hasattr(type(v), "__get__"))
        groups.append(("class", f"{k.__module__}.{k.__qualname__}", k, keys, tuple(d[n] for n in keys), len(d)))


def _module_group(mod: types.ModuleType, groups: list, seen: set, classes: bool = True) -> None:
    d = vars(mod)
    keys = tuple(n for n, v in list(d.items()) if _codelike(v))
    groups.append(("module", mod.__name__, d, keys, tuple(d[n] for n in keys), -1))
    if classes:
        for n in keys:
            v = d[n]
            if isinstance(v, type) and getattr(v, "__module__", None) == mod.__name__:
                _class_groups(v, groups, seen)


def _static_snapshot(roots: list[str]) -> list:
    """What a test verdict rests on, whatever the test: builtins, pytest and pluggy (modules and
    the classes they define), ``warnings``, this runner, and each preloaded library's ``testing``
    modules. Taken once in the parent; each child compares against it after its tests."""
    groups: list = []
    seen: set = set()
    wanted = []
    for name, mod in list(sys.modules.items()):
        if not isinstance(mod, types.ModuleType):
            continue
        top = name.split(".")[0]
        if (name in ("builtins", "warnings", "__main__", "pytest")
                or top in ("_pytest", "pluggy")
                or (top in roots and any("testing" in part for part in name.split(".")))):
            wanted.append((name, mod))
    for name, mod in sorted(wanted):
        seen.add(id(mod))
        _module_group(mod, groups, seen, classes=name != "builtins")
    keys = tuple(n for n, _ in sorted(wanted))
    groups.append(("sys.modules", "sys.modules", sys.modules, keys, tuple(sys.modules[n] for n in keys), -1))
    _STATE["seen"] = frozenset(seen)
    _STATE["harness_globals"] = frozenset(id(vars(mod)) for _, mod in wanted)
    return groups


def _trusted_types() -> frozenset:
    """Ids of every class that exists before any candidate runs (kept alive by _TRUSTED_KEEP)."""
    out, stack = set(), [object]
    keep = []
    while stack:
        klass = stack.pop()
        try:
            subs = type.__subclasses__(klass)
        except TypeError:
            continue
        for sub in subs:
            if id(sub) not in out:
                out.add(id(sub))
                keep.append(sub)
                stack.append(sub)
    out.add(id(object))
    _TRUSTED_KEEP.extend(keep)
    return frozenset(out)


_TRUSTED_KEEP: list = []
_STATE: dict = {"groups": [], "trusted": frozenset(), "roots": [], "harness_globals": frozenset()}


# ------------------------------------------------------------------- child-side machinery
# Everything below that runs after the candidate is imported takes what it uses as default
# arguments bound before the import: candidate code can rebind module globals and builtins,
# but not a function's defaults or code (the audit hook reports and blocks that).

def _make_emitter(fd: int):  # noqa: ANN202
    def emit_raw(line: bytes, _write=os.write, _fd=fd, _len=len) -> None:
        try:
            while line:
                line = line[_write(_fd, line):]
        except OSError:
            pass

    return emit_raw


def _make_audit_hook(emit_raw, cand_files: set, test_ident: tuple, workdir: str, runner_codes: frozenset,  # noqa: ANN001, ANN202
                     thread_boot: object, old_globals: set):
    """An audit hook cannot be removed once added. It reports (``A`` lines, at once) candidate
    code replacing a function's code or defaults, installing trace/profile/audit hooks,
    opening the hidden test file, or writing pytest configuration into the work dir."""
    seen: set = set()

    def report(kind, text, _seen=seen, _emit=emit_raw, _ascii=ascii, _len=len, _str=str):  # noqa: ANN001, ANN202
        try:
            text = _str.__str__(text) if _isinstance_str(text) else "?"
            key = (kind, text)
            if key in _seen or _len(_seen) > 200:
                return
            _seen.add(key)
            _emit(b"A " + kind.encode() + b" " + _ascii(text)[1:-1][:500].encode() + b"\n")
        except Exception:  # noqa: BLE001 - reporting must not break the audited operation
            pass

    def hook(event, args, _report=report, _files=cand_files, _ident=test_ident, _getframe=sys._getframe,  # noqa: ANN001, ANN202
             _stat=os.stat, _fspath=os.fspath, _basename=os.path.basename, _dirname=os.path.dirname,
             _abspath=os.path.abspath, _type=type, _FunctionType=types.FunctionType, _str=str, _bytes=bytes,
             _isinstance=isinstance, _runner=runner_codes, _boot=thread_boot, _workdir=workdir, _RUNNER=RUNNER_FILE,
             _config=CONFIG_FILES, _trace=TRACE_EVENTS, _writes=os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND,
             _Error=RuntimeError, _OSError=OSError, _ValueError=ValueError, _Exception=Exception, _int=int,
             _id=id, _old=old_globals):
        if event == "sys._getframe" or event == "object.__getattr__":
            return
        if event == "builtins.id":
            return
        if event == "object.__setattr__" or event == "object.__delattr__":
            obj = args[0]
            if _type(obj) is _FunctionType and args[1] in ("__code__", "__defaults__", "__kwdefaults__"):
                where = obj.__code__.co_filename
                g = obj.__globals__
                if where in _files or g.get("__file__") in _files:
                    return  # the candidate's own functions
                # A function of pytest, pluggy, builtins, this runner or the tests (modules that
                # never do this themselves), or any function changed by the candidate's own
                # code. Libraries do it to their own functions (networkx compiles its argmap
                # decorators lazily, types.coroutine sets a flag): that is not tampering.
                caller = _getframe(1)
                if _id(g) in _old or caller.f_globals.get("__file__") in _files or caller.f_code.co_filename in _files:
                    _report("code", f"{obj.__code__.co_name} ({where}) had its {args[1]} replaced")
                    if where == _RUNNER:
                        raise _Error("the sandbox runner's functions cannot be changed")
            return
        if event in _trace:
            caller = _getframe(1).f_code
            if caller in _runner or caller is _boot:
                return
            _report("trace", f"{event} called from {caller.co_filename}:{caller.co_name}")
            # Refused: a trace function can jump over a test's assert lines (frame.f_lineno).
            raise _Error(f"{event} is not allowed in the sandbox")
        if event == "open":
            path, mode, flags = args[0], args[1], args[2]
            if _type(path) is not _str and _type(path) is not _bytes:
                return
            try:
                if _type(path) is _bytes:
                    path = path.decode("utf-8", "replace")
                writing = (_type(mode) is _str and ("w" in mode or "a" in mode or "x" in mode or "+" in mode)) or (
                    mode is None and _type(flags) is _int and flags & _writes)
                if writing and _basename(path) in _config and _dirname(_abspath(path)) == _workdir:
                    _report("wrote", f"candidate wrote {_basename(path)} in the work dir")
                st = _stat(path)
                if (st.st_ino, st.st_dev) == _ident:
                    _report("read-tests", f"the hidden test file was opened ({path})")
            except (_OSError, _ValueError):
                pass
            return
        if event == "compile" or event == "code.__new__":
            # Code the candidate compiles itself (exec of a string, compile(..., "other.py")) is
            # the candidate's: calls from it are recorded like those from solution.py.
            caller = _getframe(1).f_code
            if caller.co_filename in _files and _len_ok(args):
                name = args[1]
                if _type(name) is _bytes:
                    name = name.decode("utf-8", "replace")
                if _type(name) is _str:
                    _files.add(name)

    return hook, report


def _isinstance_str(x: object, _type=type, _issubclass=issubclass, _str=str) -> bool:
    return _issubclass(_type(x), _str)


def _len_ok(args: tuple, _len=len) -> bool:
    return _len(args) > 1


def _clean(x: object, _type=type, _str=str, _int=int, _float=float, _bool=bool, _issubclass=issubclass,  # noqa: ANN401
           _exact=str.__str__) -> object:
    """Only exact built-in scalars go into a record: a str subclass could rewrite its repr."""
    t = _type(x)
    if x is None or t is _str or t is _int or t is _bool or t is _float:
        return x
    if _issubclass(t, _str):
        return _exact(x)
    if _issubclass(t, _bool):
        return _bool(x)
    return None


def _make_witness(key: bytes, blake2b, emit_raw, codes: tuple, globs: dict, seq, state: list, report, skip_types: tuple):  # noqa: ANN001, ANN202
    """The witness the instrumented test bodies call, and the writers of authenticated lines.

    ``W seq fn phase flags mac``: test ``fn`` entered (0), completed (1) or raised (2). Only the
    test's own code object, running in the test module, is believed."""
    mac = blake2b(key=key, digest_size=16)

    def witness(fn, phase, _getframe=sys._getframe, _codes=codes, _globs=globs, _mac=mac, _next=seq.__next__,  # noqa: ANN001, ANN202
                _exc_info=sys.exc_info, _type=type, _emit=emit_raw, _state=state, _report=report, _len=len,
                _skips=skip_types, _int=int, _Memory=MemoryError, _ENTER=ENTER, _EXIT=EXIT, _RAISED=RAISED,
                _F_MEMORY=F_MEMORY, _F_SKIP=F_SKIP):
        frame = _getframe(1)
        if (_type(fn) is not _int or _type(phase) is not _int or not 0 <= fn < _len(_codes)
                or frame.f_code is not _codes[fn] or frame.f_globals is not _globs):
            _report("witness", f"the test witness was called from {frame.f_code.co_filename}:{frame.f_code.co_name}")
            return
        flags = 0
        if phase == _ENTER:
            _state[0] = fn
        elif phase == _RAISED:
            mro = _type(_exc_info()[1]).__mro__
            if _Memory in mro:
                flags |= _F_MEMORY
            if _skips[0] in mro or _skips[1] in mro:
                flags |= _F_SKIP
        elif phase != _EXIT:
            return
        body = b"W %d %d %d %d" % (_next(), fn, phase, flags)
        m = _mac.copy()
        m.update(body)
        _emit(body + b" " + m.hexdigest().encode() + b"\n")

    def info(payload, _next=seq.__next__, _mac=mac, _emit=emit_raw, _repr=repr, _len=len, _tuple=tuple,  # noqa: ANN001, ANN202
             _clean=_clean, _str=str, _type=type, _limit=LINE_LIMIT):
        items = _tuple(_clean(x) for x in payload)
        text = _repr(items).encode("utf-8", "backslashreplace")
        if _len(text) > _limit:
            items = _tuple(x[:40] if _type(x) is _str else x for x in items)
            text = _repr(items).encode("utf-8", "backslashreplace")
        body = b"I %d " % _next() + text
        m = _mac.copy()
        m.update(body)
        _emit(b"I " + m.hexdigest().encode() + body[1:] + b"\n")

    def done(count, _next=seq.__next__, _mac=mac, _emit=emit_raw):  # noqa: ANN001, ANN202
        body = b"D %d %d" % (_next(), count)
        m = _mac.copy()
        m.update(body)
        _emit(body + b" " + m.hexdigest().encode() + b"\n")

    return witness, info, done


def _make_compare(trusted: frozenset, state: list, emit_raw, track: tuple):  # noqa: ANN001, ANN202
    """The probe behind every ``==``, ``!=``, ``in`` and ``not in`` in an ``assert`` of the tests.

    When ``a == b`` (or ``in``) claims equality, an operand the candidate may control must not
    also equal a fresh ``object()``; when ``a != b`` claims inequality, it must equal itself.
    Built-in scalars and classes from before the candidate ran are not probed, unless their
    ``__eq__`` is plain Python outside the tracked libraries (``unittest.mock.ANY`` equals
    anything). Containers are searched (bounded) for such operands."""

    def suspect(x, negated, depth=0, _type=type, _trusted=trusted, _id=id, _scalars=SCALARS, _seqs=(list, tuple),  # noqa: ANN001, ANN202
                _dict=dict, _sets=(set, frozenset), _FunctionType=types.FunctionType, _getattr=getattr,
                _track=track, _object=object, _listf=list, _Exception=Exception, _str=str):
        t = _type(x)
        if t in _scalars:
            return None
        if depth < 3 and (t in _seqs or t is _dict or t in _sets):
            items = _listf(x.items() if t is _dict else x)[:1000]
            for item in items:
                for part in (item if t is _dict else (item,)):
                    bad = suspect(part, negated, depth + 1)
                    if bad is not None:
                        return bad
            return None
        if _id(t) in _trusted:
            eq = _getattr(t, "__eq__", None)
            if _type(eq) is not _FunctionType or _str(_getattr(t, "__module__", "")).split(".")[0] in _track:
                return None
        try:
            if negated:
                if (x != x) is True or (x == x) is False:
                    return t
            else:
                fresh = _object()
                if (x == fresh) is True or (x != fresh) is False:
                    return t
        except _Exception:
            return None
        return None

    def contains_everything(x, _type=type, _trusted=trusted, _id=id, _object=object, _Exception=Exception,  # noqa: ANN001, ANN202
                            _builtin=SCALARS + (list, tuple, dict, set, frozenset)):
        t = _type(x)
        if t in _builtin or _id(t) in _trusted:
            return None
        try:
            return t if (_object() in x) is True else None
        except _Exception:
            return None

    def overridden(obj, name, _type=type, _trusted=trusted, _id=id, _vars=vars, _Exception=Exception):  # noqa: ANN001, ANN202
        """The class the candidate could have written redefines an attribute that a library base
        class of it defines (``class _Same(pd.DataFrame): def equals(...)``)."""
        t = _type(obj)
        if _id(t) in _trusted:
            return None
        try:
            mro = t.__mro__
            for i, klass in enumerate(mro):
                if name in _vars(klass):
                    if _id(klass) in _trusted:
                        return None  # resolved to the library's (or object's) own attribute
                    for base in mro[i + 1:-1]:  # object's attributes are everyone's to redefine
                        if _id(base) in _trusted and name in _vars(base):
                            return t
                    return None
        except _Exception:
            return None
        return None

    refused = _make_refused()

    def compare(res, left, right, op, _suspect=suspect, _contains_everything=contains_everything, _overridden=overridden,
                _refused=refused, _bool=bool, _state=state, _emit=emit_raw, _ascii=ascii,  # noqa: ANN001, ANN202
                _type=type, _Exception=Exception, _getattr=getattr, _str=str):
        if op == 4:
            bad = _overridden(left, right)
            if bad is None:
                return res
            name = _getattr(bad, "__qualname__", "?")
            text = f"{_str.__str__(name) if _isinstance_str(name) else '?'}.{right} redefines the library's attribute"
            _emit(b"L %d " % _state[0] + _ascii(text)[1:-1][:300].encode() + b"\n")
            return _refused
        try:
            truth = _bool(res)
        except _Exception:
            return res  # e.g. an elementwise comparison: pytest reports what it does with it
        if not truth:
            return res  # the assertion fails anyway
        negated = op in (1, 3)
        bad = _suspect(left, negated)
        if bad is None:
            bad = _suspect(right, negated)
        if bad is None and op == 2:
            bad = _contains_everything(right)
        if bad is None:
            return res
        name = _getattr(bad, "__qualname__", "?")
        text = f"{_str.__str__(name) if _isinstance_str(name) else '?'} " + (
            "is unequal to itself" if negated else "equals anything")
        _emit(b"L %d " % _state[0] + _ascii(text)[1:-1][:300].encode() + b"\n")
        return False  # the claimed (in)equality is refused: the assertion fails

    return compare


def _make_refused():  # noqa: ANN202
    """What an assertion gets instead of an attribute the candidate's class redefined: false,
    equal to nothing, and the same again when called or indexed."""

    class Refused:
        __slots__ = ()

        def __bool__(self):  # noqa: D105
            return False

        def __eq__(self, other):  # noqa: ANN001, D105
            return False

        def __ne__(self, other):  # noqa: ANN001, D105
            return True

        __hash__ = object.__hash__

        def __call__(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN204, D102
            return self

        def __getattr__(self, name):  # noqa: ANN001, ANN204, D105
            return self

        def __getitem__(self, key):  # noqa: ANN001, ANN204, D105
            return self

        def __iter__(self):  # noqa: ANN204, D105
            return iter(())

        def __len__(self):  # noqa: D105
            return 0

        def __repr__(self):  # noqa: D105
            return "<refused: redefined by the candidate>"

    return Refused()


class _WatchedFilters(list):
    """``warnings.filters``: the spy filter stays first whatever is done to the list, and changes
    coming straight from the candidate's file set ``changed``. Python code sees and mutates this
    very list (``warnings.filters[:] = ...`` keeps working); C's warn reads it the same way."""

    __slots__ = ()

    def _after(self, _list=list, _len=len) -> None:
        spy = _WARN_STATE["spy"]
        if not (_len(self) and self[0] is spy) or _list.count(self, spy) != 1:
            _list.__setitem__(self, slice(None), [spy] + [f for f in _list.__iter__(self) if f is not spy])
        _WARN_STATE["touch"]()

    def insert(self, *a):  # noqa: ANN002, ANN201, D102
        list.insert(self, *a)
        self._after()

    def append(self, *a):  # noqa: ANN002, ANN201, D102
        list.append(self, *a)
        self._after()

    def extend(self, *a):  # noqa: ANN002, ANN201, D102
        list.extend(self, *a)
        self._after()

    def remove(self, *a):  # noqa: ANN002, ANN201, D102
        list.remove(self, *a)
        self._after()

    def pop(self, *a):  # noqa: ANN002, ANN201, D102
        value = list.pop(self, *a)
        self._after()
        return value

    def clear(self):  # noqa: ANN201, D102
        list.clear(self)
        self._after()

    def __setitem__(self, *a):  # noqa: ANN002, ANN204, D105
        list.__setitem__(self, *a)
        self._after()

    def __delitem__(self, *a):  # noqa: ANN002, ANN204, D105
        list.__delitem__(self, *a)
        self._after()

    def __iadd__(self, other):  # noqa: ANN001, ANN204, D105
        list.extend(self, other)
        self._after()
        return self

    def sort(self, *a, **k):  # noqa: ANN002, ANN003, ANN201, D102
        list.sort(self, *a, **k)
        self._after()

    def reverse(self):  # noqa: ANN201, D102
        list.reverse(self)
        self._after()


_WARN_STATE: dict = {}


def _install_warning_spy(record, cand_files: set, flags: dict):  # noqa: ANN001, ANN202
    """See every warning issued, whatever filters the candidate sets.

    CPython's C ``warn`` looks ``warnings.filters`` up on the module for every warning, and for
    each filter calls ``match()`` on its message and module patterns and ``issubclass()``
    against its category, until one matches. A filter that never matches, kept first in the
    list, sees text, module and category of every warning before any filter decides: "ignore"
    filters, ``catch_warnings`` or a new ``showwarning`` change what is shown, not what is
    recorded. The module's class keeps whatever list is assigned to ``filters`` watched."""
    wmod = sys.modules["warnings"]
    pending: list = [None, None]

    def caller_is_candidate(_getframe=sys._getframe, _files=cand_files, _RUNNER=RUNNER_FILE):  # noqa: ANN202
        # The frame that asked for the change: past this runner's and the warnings module's own.
        f = _getframe(2)
        while f is not None and (f.f_code.co_filename == _RUNNER or f.f_globals.get("__name__") == "warnings"):
            f = f.f_back
        return f is not None and f.f_code.co_filename in _files

    def touch(_flags=flags, _cand=caller_is_candidate, _Exception=Exception):  # noqa: ANN202
        try:
            if _cand():
                _flags["changed"] = True
        except _Exception:
            pass

    class _Text:
        def match(self, text, _p=pending):  # noqa: ANN001, ANN201
            _p[0] = text
            return None

    class _Mod:
        def match(self, module, _p=pending):  # noqa: ANN001, ANN201
            _p[1] = module
            return None

    class _CatMeta(type):
        def __subclasscheck__(cls, category, _p=pending, _record=record, _Exception=Exception):  # noqa: ANN001, ANN204, N805
            try:
                _record(category, _p[0], _p[1])
            except _Exception:
                pass
            return False

    class _Cat(Warning, metaclass=_CatMeta):
        pass

    spy = ("default", _Text(), _Cat, _Mod(), 0)
    _WARN_STATE.update(spy=spy, touch=touch)

    def watched(value, _W=_WatchedFilters, _type=type, _list=list, _spy=spy):  # noqa: ANN001, ANN202
        if _type(value) is _W and value and value[0] is _spy:
            return value
        out = _W()
        _list.extend(out, [_spy] + [f for f in value if f is not _spy])
        return out

    class _SpyModule(types.ModuleType):
        @property
        def filters(self, _vars=vars, _watched=watched):  # noqa: ANN001, ANN202
            d = _vars(self)
            current = d["filters"]
            fixed = _watched(current)
            if fixed is not current:  # someone wrote the module's __dict__ directly
                d["filters"] = fixed
            return fixed

        @filters.setter
        def filters(self, value, _touch=touch, _vars=vars, _watched=watched):  # noqa: ANN001, ANN202
            _touch()
            _vars(self)["filters"] = _watched(value)

        def __setattr__(self, name, value, _touch=touch, _set=types.ModuleType.__setattr__):  # noqa: ANN001, ANN204
            if name in ("showwarning", "_showwarnmsg_impl", "_showwarnmsg", "warn", "warn_explicit", "formatwarning"):
                _touch()
            _set(self, name, value)

    vars(wmod)["filters"] = watched(vars(wmod)["filters"])
    wmod.__class__ = _SpyModule
    return wmod, _SpyModule


class _Recorder:
    """pytest plugin: per-test reports (display only: the verdict comes from the witnesses)."""

    def __init__(self, info, controls: set) -> None:  # noqa: ANN001
        self.info = info
        self.controls = controls

    def pytest_collection_modifyitems(self, items):  # noqa: ANN001
        for item in items:
            if item.name in self.controls:
                # A control test fails every time: skip pytest's costly traceback rendering.
                item.repr_failure = lambda excinfo: "control test"

    def pytest_internalerror(self, excrepr, excinfo):  # noqa: ANN001
        # Out of memory while pytest itself reports (a thread bomb can leave none): still oom.
        self.info(("internal_error", isinstance(excinfo.value, MemoryError)))

    def pytest_collectreport(self, report):  # noqa: ANN001
        if report.failed:
            self.info(("collect_error", report.nodeid or "<collection>", _exc_type(report), _short(report)))

    def pytest_runtest_logreport(self, report):  # noqa: ANN001
        if report.when == "call" or (report.when in ("setup", "teardown") and not report.passed):
            self.info(("report", report.nodeid, report.when, report.outcome,
                       _exc_type(report) if report.failed else None, _short(report) if report.failed else None))


def _exc_type(report) -> str | None:  # noqa: ANN001
    info = getattr(report, "longrepr", None)
    crash = getattr(info, "reprcrash", None)
    if crash is not None and crash.message:
        head = crash.message.split(":", 1)[0].strip()
        return head.rsplit(".", 1)[-1] if head and " " not in head else "AssertionError" if head.startswith("assert") else head.split()[0]
    return None


def _short(report) -> str:  # noqa: ANN001
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    text = crash.message if crash is not None else str(getattr(report, "longrepr", ""))
    return str(text)[:500]


def _canonical(obj) -> str | None:  # noqa: ANN001
    """``module.qualname`` of the function that actually runs when ``obj`` is called."""
    if isinstance(obj, property):
        obj = obj.fget
    obj = getattr(obj, "__func__", obj)
    try:
        obj = inspect.unwrap(obj)
    except ValueError:
        pass
    code = getattr(obj, "__code__", None)
    if code is not None and isinstance(getattr(obj, "__globals__", None), dict):
        # The same name the profiler records for a call: defining module + code qualname.
        return f"{obj.__globals__.get('__name__')}.{getattr(code, 'co_qualname', code.co_name)}"
    module = getattr(obj, "__module__", None)
    qual = getattr(obj, "__qualname__", None)
    if module is None and getattr(obj, "__self__", None) is not None:
        owner = obj.__self__ if isinstance(obj.__self__, type) else type(obj.__self__)
        module = owner.__module__
    if not module or not qual:
        return None
    return f"{module}.{qual}"


def _lookup(name: str) -> tuple[object, str, object] | None:
    """``pandas.DataFrame.groupby`` -> (owner, "groupby", raw attribute), importing the module
    part (trusted: before any candidate runs). Follows pandas-style accessors
    (``pandas.Series.str.replace`` -> ``StringMethods.replace``) and modules that provide names
    lazily (``pydantic.Field``)."""
    parts = name.split("(", 1)[0].split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except Exception:
            continue
        try:
            for attr in parts[cut:-1]:
                obj = inspect.getattr_static(obj, attr) if isinstance(obj, type) else getattr(obj, attr)
                accessor = getattr(obj, "_accessor", None) if not isinstance(obj, (type, types.ModuleType)) else None
                if isinstance(accessor, type):
                    obj = accessor
            last = parts[-1]
            if isinstance(obj, type):
                raw = inspect.getattr_static(obj, last)
            elif isinstance(obj, types.ModuleType):
                raw = vars(obj)[last] if last in vars(obj) else getattr(obj, last)
            else:
                return None
        except (AttributeError, KeyError, TypeError):
            return None
        return obj, last, raw
    return None


def _resolve(name: str) -> str | None:
    """Map a public dotted name (``pandas.DataFrame.append``) to its canonical implementation."""
    name = name.split("(", 1)[0]
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except Exception:
            continue
        try:
            for attr in parts[cut:]:
                holder = obj
                obj = inspect.getattr_static(holder, attr) if isinstance(holder, type) else getattr(holder, attr)
                if isinstance(obj, (staticmethod, classmethod)):
                    obj = obj.__func__
        except AttributeError:
            return None
        return _canonical(obj) or name
    return None


def _wrap_keywords(entries: list[str], cand_files: set, hits: set, wrapped: dict, names: set) -> list:
    """Record calls from the candidate's file that pass a given keyword, ``**kwargs`` included.

    ``"pandas.DataFrame.groupby(numeric_only=)"`` -> ``DataFrame.groupby`` is replaced (where
    ``setattr`` works) by a transparent wrapper. Returns (owner, attr) pairs changed, so the
    snapshot expects the wrappers."""
    by_target: dict[str, list[tuple[str, str]]] = {}
    for entry in entries:
        head, _, tail = entry.partition("(")
        kw = tail.rstrip(")").rstrip("=").strip()
        if head:
            # A plain name (no keyword) is recorded whenever the candidate calls it: evidence by
            # the checked public name itself, where the profiler's implementation names can
            # collide (shared wrappers) or miss (functions behind contextmanager and the like).
            by_target.setdefault(head, []).append((entry, kw))
    changed = []
    for target, wanted in by_target.items():
        found = _lookup(target)
        if found is None:
            continue
        owner, attr, raw = found
        if isinstance(raw, type):
            # A class: the keyword goes to its constructor. Watch __init__, keep the class itself.
            owner, attr, raw = raw, "__init__", inspect.getattr_static(raw, "__init__")
            if not isinstance(raw, types.FunctionType):
                continue  # object.__init__ or a C type's: nothing to wrap
        kind = type(raw) if isinstance(raw, (staticmethod, classmethod)) else None
        orig = raw.__func__ if kind else raw
        if not callable(orig):
            continue
        if not any(kw for _, kw in wanted) and not isinstance(orig, types.FunctionType):
            # Only plain Python functions are wrapped for call evidence: a ufunc or a C function
            # has attributes (np.add.reduce) that a wrapper would hide. The profiler covers those.
            continue
        wrapper = _keyword_wrapper(orig, tuple(wanted), cand_files, hits, len(wrapped))
        wrapped[wrapper.__code__] = _canonical(orig) or target
        new = kind(wrapper) if kind else wrapper
        try:
            setattr(owner, attr, new)
        except (TypeError, AttributeError):
            continue
        changed.append((owner, attr, new, orig, wrapper))
        names.add(target)
        # ``from pandas.core.frame import DataFrame`` style imports see the same class; for
        # module functions, also replace the name in the module that defines it.
        home = sys.modules.get(getattr(orig, "__module__", "") or "")
        if isinstance(owner, types.ModuleType) and home is not None and home is not owner and vars(home).get(attr) is orig:
            setattr(home, attr, new)
            changed.append((home, attr, new, orig, wrapper))
    return changed


def _keyword_wrapper(orig, wanted: tuple, cand_files: set, hits: set, n: int):  # noqa: ANN001, ANN202
    import functools

    plain = any(not kw for _, kw in wanted)

    def wrapper(*args, _orig=orig, _wanted=wanted, _files=cand_files, _hits=hits, _getframe=sys._getframe,
                _plain=plain, **kwargs):
        if kwargs or _plain:
            try:
                if _getframe(1).f_code.co_filename in _files:
                    for entry, kw in _wanted:
                        if not kw or kw in kwargs:
                            _hits.add(entry)
            except Exception:
                pass
        return _orig(*args, **kwargs)

    # A code object of its own, so the call recorder can name the wrapped function instead; and a
    # file name CPython's warnings treat like importlib's bootstrap frames, which ``stacklevel``
    # skips: a deprecation raised by the wrapped function (``stacklevel=2``, or pandas'
    # find_stack_level) still points at the candidate's line, not at this wrapper.
    wrapper.__code__ = wrapper.__code__.replace(co_name=f"bench_keyword_{n}", co_filename=KEYWORD_WRAPPER_FILE)
    return functools.wraps(orig)(wrapper)


def _make_profiler(cand_files: set, track: tuple, calls: set, wrapped: dict):  # noqa: ANN202
    """Library calls whose caller frame is the candidate's code (``calls``)."""
    prefixes = tuple(p + "." for p in track)

    def tracked(module, _track=track, _prefixes=prefixes):  # noqa: ANN001, ANN202
        return bool(module) and (module in _track or module.startswith(_prefixes))

    def profile(frame, event, arg, _files=cand_files, _calls=calls, _wrapped=wrapped, _tracked=tracked,  # noqa: ANN001, ANN202
                _canonical=_canonical, _getattr=getattr, _Exception=Exception):
        # Whose code is running is told by the frame's module globals (``__file__``): reading
        # ``f_code`` raises an audit event, too costly on every call. Namespaces without a file
        # (code the candidate exec'd) fall back to the code's file name.
        try:
            if event == "call":
                caller = frame.f_back
                if caller is None:
                    return
                where = caller.f_globals.get("__file__")
                if where in _files or (where is None and caller.f_code.co_filename in _files):
                    code = frame.f_code
                    name = _wrapped.get(code)
                    if name is not None:
                        _calls.add(name)
                        return
                    module = frame.f_globals.get("__name__")
                    if _tracked(module):
                        _calls.add(f"{module}.{_getattr(code, 'co_qualname', code.co_name)}")
            elif event == "c_call":
                where = frame.f_globals.get("__file__")
                if where in _files or (where is None and frame.f_code.co_filename in _files):
                    name = _canonical(arg)
                    if name and _tracked(name.split(".")[0]):
                        _calls.add(name)
        except _Exception:  # a failing profiler is removed by CPython: never let that happen
            pass

    return profile


def _child(job: dict, plan: Plan | None, workdir: str, evid_fd: int, key_fd: int) -> None:
    """Runs in the forked child: never returns."""
    _exit = os._exit
    emit_raw = _make_emitter(evid_fd)
    try:
        os.setsid()
        out = os.open(os.path.join(workdir, ".stdout"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(os.path.join(workdir, ".stderr"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        nul = os.open(os.devnull, os.O_RDONLY)
        os.dup2(nul, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        for fd in (out, err, nul):
            os.close(fd)
        sys.stdout = open(1, "w", buffering=1, closefd=False)
        sys.stderr = open(2, "w", buffering=1, closefd=False)
        # A candidate that floods output gets EFBIG instead of filling the disk or pipe.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit_bytes = int(job.get("output_limit_kb", 8192)) * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        cpu = int(float(job.get("timeout_s", 20))) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        try:  # ineffective for root (local backend as root), effective for the sandbox user
            resource.setrlimit(resource.RLIMIT_NPROC, (256, 256))
        except (ValueError, OSError):
            pass
        mem = int(job.get("memory_mb", 1024)) * 1024 * 1024
        if mem > 0:
            with open("/proc/self/statm") as fh:
                base = int(fh.read().split()[0]) * resource.getpagesize()
            resource.setrlimit(resource.RLIMIT_AS, (base + mem, base + mem))
        try:  # be the first victim of the OOM killer, never the runner
            with open("/proc/self/oom_score_adj", "w") as fh:
                fh.write("1000")
        except OSError:
            pass
        os.chdir(workdir)
        os.environ.clear()
        os.environ.update(
            {"PATH": os.path.dirname(sys.executable) + ":/usr/local/bin:/usr/bin:/bin", "HOME": workdir, "TMPDIR": workdir,
             "LANG": "C.UTF-8", "PYTHONHASHSEED": "0", "MPLBACKEND": "Agg", "OMP_NUM_THREADS": "1",
             "OPENBLAS_NUM_THREADS": "1", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONDONTWRITEBYTECODE": "1",
             "BENCH_ENV": str(job.get("env_name", "new"))}
        )
        sys.path.insert(0, workdir)
        import tempfile

        tempfile.tempdir = workdir
        _run_tests(job, plan, workdir, emit_raw, key_fd)
    except BaseException as exc:  # report our own failure rather than dying silently
        memory = isinstance(exc, MemoryError)
        try:
            text = traceback.format_exc()[-1500:]
        except BaseException:  # noqa: BLE001 - even formatting may fail without memory
            text = type(exc).__name__
        emit_raw(b"X %d " % memory + ascii(text).encode() + b"\n")
    finally:
        _exit(0)


def _run_tests(job: dict, plan: Plan | None, workdir: str, emit_raw, key_fd: int) -> None:  # noqa: ANN001
    import _pytest.outcomes
    import pytest

    module = job.get("module", "solution")
    test_file = job.get("test_file", "test_task.py")
    test_path = os.path.join(workdir, test_file)
    module_name = test_file[:-3] if test_file.endswith(".py") else test_file
    cand_files = {os.path.join(workdir, module + ".py")}
    track = tuple(job.get("track", []))
    entry = job.get("entrypoint")
    resolved = {name: _resolve(name) for name in job.get("api_names", [])}

    # Trusted set-up, before any task or candidate code runs.
    calls: set = set()
    wrapped: dict = {}
    hits: set = set()
    wrapped_names: set = set()
    changed_attrs = _wrap_keywords(list(job.get("api_keywords", [])) + list(job.get("api_names", [])), cand_files,
                                   hits, wrapped, wrapped_names)
    warn_records: list = []
    warn_flags = {"changed": False}
    record_warning = _make_warning_recorder(warn_records)
    wmod, spy_module_type = _install_warning_spy(record_warning, cand_files, warn_flags)
    profile = _make_profiler(cand_files, track, calls, wrapped)
    test_ident = (-1, -1)  # without a compiled plan pytest reads the file itself (and reports the error)
    try:
        st = os.stat(test_path)
        if plan is not None and plan.code is not None:
            test_ident = (st.st_ino, st.st_dev)
            # pytest renders tracebacks from linecache: prime it so pytest never reopens the file
            # (then any opening of it is the candidate's).
            linecache.cache[test_path] = (st.st_size, st.st_mtime, plan.source.splitlines(True), test_path)
    except OSError:
        pass
    if os.path.isfile(os.path.join(workdir, "conftest.py")):
        # A task's conftest (e.g. a synthetic API update) acts before the candidate loads.
        importlib.import_module("conftest")

    # Everything used after the import is bound here, as locals of this running frame.
    groups = list(_STATE["groups"]) + (list(plan.groups) if plan is not None else [])
    if changed_attrs:
        groups = _expect_changes(groups, changed_attrs)
    # A test that imports a function we wrapped gets the wrapper.
    rewrapped = {id(orig): wrapper for _, _, _, orig, wrapper in changed_attrs}
    seq = itertools.count()
    lie_state = [-1]
    old_globals = set(_STATE["harness_globals"])
    hook, report = _make_audit_hook(emit_raw, cand_files, test_ident, workdir, _RUNNER_CODES,
                                    threading.Thread._bootstrap_inner.__code__, old_globals)
    compare = _make_compare(_STATE["trusted"], lie_state, emit_raw, track)
    finish, check, read_key, exec_module, make_witness = _finish, _check_groups, _read_key, _exec_test_module, _make_witness
    blake2b, skip_types = hashlib.blake2b, (_pytest.outcomes.Skipped, _pytest.outcomes.XFailed)
    getprofile, sys_modules, environ, pytest_main, recorder = sys.getprofile, sys.modules, os.environ, pytest.main, _Recorder
    import_module, getattr_, callable_, type_, vars_, str_, id_ = importlib.import_module, getattr, callable, type, vars, str, id
    exc_base, memory_error, witness_name, cmp_name, devnull = BaseException, MemoryError, WITNESS, CMP, os.devnull
    controls = {n for i, n in enumerate(plan.names) if i in plan.controls} if plan is not None else set()
    plan_imports = tuple(plan.imports) if plan is not None else ()
    args = [test_file, "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "--rootdir", workdir, "-c", devnull,
            "-W", "always::DeprecationWarning", "-W", "always::FutureWarning"]

    sys.setprofile(profile)
    threading.setprofile(profile)
    sys.addaudithook(hook)

    # ---- the candidate's code runs from here on ----
    imported, import_error, entry_ok, memory = False, None, False, False
    try:
        mod = import_module(module)
        imported = True
        after = getattr_(sys_modules.get("conftest"), "bench_after_import", None)
        if after is not None:  # e.g. a synthetic update that must not stay live for pytest itself
            after()
        entry_ok = entry is None or callable_(getattr_(mod, entry.split(".")[0], None))
    except exc_base as exc:  # noqa: BLE001 - candidate code may raise anything
        memory = memory_error in type_(exc).__mro__
        try:
            import_error = str_.__str__(f"{type_(exc).__name__}: {exc}")[:1000]
        except exc_base:  # noqa: BLE001 - a hostile __str__
            import_error = "exception"

    test_mod, module_error = (None, plan.error if plan is not None else None)
    if plan is not None and plan.code is not None:
        test_mod, module_error = exec_module(plan, module_name, test_path, compare)
    key = read_key(key_fd)
    if key is None:
        report("key", "the job key was read by someone else before the tests")
        return
    test_globals = vars_(test_mod) if test_mod is not None else {}
    witness, info, done = make_witness(key, blake2b, emit_raw, plan.codes if plan is not None else (), test_globals,
                                       seq, lie_state, report, skip_types)
    del key
    if test_mod is not None:
        old_globals.add(id_(test_globals))  # the tests' functions are as protected as pytest's
        test_globals[witness_name] = witness
        groups.append(("test module", module_name, test_globals, (witness_name, cmp_name) + tuple(n for n, _ in plan_imports),
                       (witness, compare) + tuple(rewrapped.get(id_(v), v) for _, v in plan_imports), -1))
    for name in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS"):
        environ.pop(name, None)
    code = None
    try:
        code = pytest_main(args, plugins=[recorder(info, controls)])
    finally:
        finish(info, done, check, groups, report, (imported, import_error, entry_ok, memory, module_error, code),
               resolved, calls, hits, warn_records, warn_flags, getprofile, profile, sys_modules, wmod, spy_module_type,
               wrapped_names)


def _make_warning_recorder(records: list):  # noqa: ANN202
    """Called by the warnings spy for every warning issued: where it points (the nearest frame of
    the module the warning is attributed to), its category and text."""

    def record(category, text, module, _records=records, _getframe=sys._getframe, _type=type, _issubclass=issubclass,  # noqa: ANN001, ANN202
               _len=len, _clean=_clean, _deprecations=(DeprecationWarning, PendingDeprecationWarning, FutureWarning)):
        if _len(_records) >= 400 or not _issubclass(_type(category), _type):
            return
        filename, lineno = _clean(module), 0
        f = _getframe(1)
        while f is not None:
            if f.f_globals.get("__name__") == module:
                filename, lineno = f.f_code.co_filename, f.f_lineno
                break
            f = f.f_back
        text = _clean(text)
        _records.append((_clean(category.__name__), _issubclass(category, _deprecations),
                         text[:500] if text is not None else "", filename, lineno))

    return record


def _expect_changes(groups: list, changed: list) -> list:
    """Our own keyword wrappers replaced some entries the snapshot holds: expect them."""
    out = []
    for kind, label, obj, keys, values, size in groups:
        for owner, attr, new, _, _ in changed:
            target = owner if kind == "class" else vars(owner)
            if obj is target:
                if attr in keys:
                    values = tuple(new if k == attr else v for k, v in zip(keys, values))
                elif kind == "class":
                    keys, values, size = keys + (attr,), values + (new,), size + 1
        out.append((kind, label, obj, keys, values, size))
    return out


def _exec_test_module(plan: Plan, name: str, path: str, compare, _module=types.ModuleType, _modules=sys.modules,  # noqa: ANN001
                      _exec=exec, _vars=vars, _type=type, _str=str, _BaseException=BaseException, _cmp=CMP,
                      _spec=importlib.util.spec_from_file_location):
    """Run the instrumented test module under its own name, so pytest's import finds it.

    If it fails (typically: the candidate does not import), an empty module stays in its place:
    pytest collects nothing instead of importing the file again (which would run the candidate's
    import a second time and read the hidden test file), and the error is reported from here."""
    mod = _module(name)
    mod.__file__ = path
    try:
        spec = _spec(name, path)
        mod.__spec__, mod.__loader__ = spec, spec.loader
    except _BaseException:  # noqa: BLE001
        pass
    _vars(mod)[_cmp] = compare
    _modules[name] = mod
    try:
        _exec(plan.code, _vars(mod))
        if plan.extra_code is not None:
            _exec(plan.extra_code, _vars(mod))
    except _BaseException as exc:  # noqa: BLE001 - candidate code may raise anything
        empty = _module(name)
        empty.__file__ = path
        _modules[name] = empty
        try:
            return None, _str.__str__(f"{_type(exc).__name__}: {exc}")[:1000]
        except _BaseException:  # noqa: BLE001 - a hostile __str__
            return None, _type(exc).__name__
    return mod, None


def _read_key(fd: int, _read=os.read, _close=os.close, _len=len) -> bytes | None:
    """The job key arrives only now, after the import: code that ran at import time cannot
    have used it, and whoever reads it first takes it (the pipe has no other writer)."""
    try:
        key = b""
        while _len(key) < KEY_BYTES:
            chunk = _read(fd, KEY_BYTES - _len(key))
            if not chunk:
                return None
            key += chunk
        return key
    except OSError:
        return None
    finally:
        try:
            _close(fd)
        except OSError:
            pass


def _check_groups(groups: list, _map=map, _is=operator.is_, _all=all, _vars=vars, _len=len, _zip=zip,
                  _MISSING=_MISSING, _codelike=_codelike, _set=set, _list=list, _any=any) -> list:
    """Entries of the snapshot that are no longer the same objects; for classes, also names
    added to the class that shadow what a base class defines (``DataFrame.equals = ...``)."""
    bad = []
    for kind, label, obj, keys, values, size in groups:
        d = _vars(obj) if kind == "class" else obj
        get = d.get
        if _all(_map(_is, _map(get, keys), values)) and (size < 0 or _len(d) == size):
            continue
        for k, v in _zip(keys, values):
            if get(k, _MISSING) is not v:
                bad.append(f"{label}.{k}" if kind != "sys.modules" else f"sys.modules[{k!r}]")
        if size >= 0 and _len(d) != size:
            known = _set(keys)
            for name in _list(d):
                if name not in known and _codelike(d[name]) and _any(name in _vars(base) for base in obj.__mro__[1:]):
                    bad.append(f"{label}.{name}")
    return bad


def _finish(info, done, check, groups, report, facts, resolved, calls, hits, warn_records, warn_flags, getprofile,  # noqa: ANN001
            profile, sys_modules, wmod, spy_type, wrapped_names, _sorted=sorted, _len=len, _type=type, _str=str,
            _bool=bool, _int=int, _set=set, _Exception=Exception) -> None:
    """After the tests: compare the snapshot, then send every fact as an authenticated line."""
    count = 0
    try:
        findings = check(groups)
    except _Exception as exc:  # noqa: BLE001
        findings = [f"snapshot check failed: {_type(exc).__name__}"]
    if getprofile() is not profile:
        findings.append("the call recorder was removed (sys.setprofile)")
    if sys_modules.get("warnings") is not wmod or _type(wmod) is not spy_type:
        findings.append("the warnings module was replaced")
        warn_flags["changed"] = True
    for text in findings[:50]:
        if text.startswith("warnings."):
            warn_flags["changed"] = True
            if text not in ("warnings.warn", "warnings.warn_explicit"):
                continue  # e.g. showwarning replaced: a filter change, not tampering
        info(("tampered", text))
        count += 1
    imported, import_error, entry_ok, memory, module_error, code = facts
    info(("facts", _bool(imported), import_error, _bool(entry_ok), _bool(memory), module_error,
          None if code is None else _int(code), _bool(warn_flags["changed"])))
    count += 1
    for name, canon in resolved.items():
        info(("resolved", name, canon))
        count += 1
    for name in _sorted(calls):
        info(("call", name))
        count += 1
    for entry in _sorted(hits):
        info(("keyword", entry))
        count += 1
    for name in _sorted(wrapped_names):
        info(("wrapped", name))
        count += 1
    seen = _set()
    for rec in warn_records[:200]:
        if rec in seen:
            continue
        seen.add(rec)
        info(("warning",) + rec)
        count += 1
    done(count)


# -------------------------------------------------------------------------- parent side
def _kill_leftovers(pgid: int) -> None:
    """Kill everything the job left behind (daemonised children, fork-bomb survivors)."""
    for _ in range(50):
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if os.getpid() == 1:
            # Inside the container we are init: every other process is the job's.
            try:
                os.kill(-1, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        else:
            for pid in _children():
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
        _reap()
        if not _others_alive():
            return
        time.sleep(0.01)


def _others_alive() -> bool:
    if os.getpid() != 1:
        return bool(_children())
    me = str(os.getpid())
    return any(p.isdigit() and p != me for p in os.listdir("/proc"))


def _children() -> list[int]:
    """Our direct children; as a subreaper, orphaned descendants of a job become ours."""
    me, kids = os.getpid(), []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == me:
            kids.append(int(entry))
    return kids


def _become_subreaper() -> None:
    """Outside a container (local backend), adopt a job's orphans so they can be killed."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _wait(pid: int, timeout: float, result_fd: int, chunks: list[bytes]) -> tuple[int | None, float]:
    """Wait for ``pid`` up to ``timeout`` while draining its result pipe.

    Returns (wait status, or None on timeout; peak RSS in MiB).
    """
    deadline = time.monotonic() + timeout
    fd = os.pidfd_open(pid)
    try:
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                _drain(result_fd, chunks)
                return status, usage.ru_maxrss / 1024.0
            left = deadline - time.monotonic()
            if left <= 0:
                return None, 0.0
            # Wake for the child's exit, and to drain the (enlarged) pipe now and then; not for
            # every evidence line, which would cost a context switch per line.
            select.select([fd], [], [], min(left, DRAIN_EVERY_S))
            _drain(result_fd, chunks)
    finally:
        os.close(fd)


def _drain(fd: int, chunks: list[bytes]) -> None:
    while True:
        ready, _, _ = select.select([fd], [], [], 0)
        if not ready:
            return
        data = os.read(fd, 65536)
        if not data:
            return
        if sum(map(len, chunks)) < EVIDENCE_LIMIT:
            chunks.append(data)
        else:
            chunks.append(b"\nOVERFLOW\n")
            return


def _oom_kills() -> int | None:
    """The memory cgroup's OOM-kill counter (v2 or v1), if this process can read one."""
    try:
        with open("/proc/self/cgroup") as fh:
            lines = fh.read().splitlines()
    except OSError:
        lines = []
    candidates = ["/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"]
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) == 3 and parts[2] not in ("/", ""):
            if parts[0] == "0":
                candidates.insert(0, f"/sys/fs/cgroup{parts[2]}/memory.events")
            elif "memory" in parts[1].split(","):
                candidates.insert(0, f"/sys/fs/cgroup/memory{parts[2]}/memory.oom_control")
    for path in candidates:
        try:
            with open(path) as fh:
                for line in fh:
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        except (OSError, ValueError):
            continue
    return None


class Evidence:
    """What the parent read from one child, checked line by line."""

    def __init__(self, data: bytes, key: bytes, n_tests: int) -> None:
        self.tampered: list[str] = []
        self.entries = [0] * n_tests
        self.exits = [0] * n_tests
        self.flags = [0] * n_tests
        self.lies: dict[int, str] = {}
        self.infos: list[tuple] = []
        self.done = False
        self.child_error: tuple[bool, str] | None = None
        mac = hashlib.blake2b(key=key, digest_size=16)
        expect = 0
        for raw in data.split(b"\n"):
            if not raw:
                continue
            if self.done:
                break  # anything after the final line is not ours
            tag = raw[:2]
            try:
                # A, L and X lines are not authenticated: they can only count against the candidate.
                if tag == b"A ":
                    kind, _, text = raw[2:].partition(b" ")
                    self.tampered.append(text.decode("ascii", "replace")[:500])
                elif tag == b"L ":
                    fn, _, name = raw[2:].partition(b" ")
                    self.lies.setdefault(int(fn), name.decode("ascii", "replace")[:300])
                elif tag == b"X ":
                    memory, _, text = raw[2:].partition(b" ")
                    self.child_error = (memory == b"1", text.decode("ascii", "replace")[:1500])
                elif tag in (b"W ", b"D "):
                    body, _, digest = raw.rpartition(b" ")
                    if not _verify(mac, body, digest):
                        raise ValueError("bad authentication")
                    fields = body.split()
                    if int(fields[1]) != expect:
                        raise ValueError("records missing or replayed")
                    expect += 1
                    if tag == b"D ":
                        self.done = True  # the sequence numbers before it were contiguous: nothing is missing
                        continue
                    fn, phase, flags = int(fields[2]), int(fields[3]), int(fields[4])
                    if not 0 <= fn < n_tests:
                        raise ValueError("unknown test")
                    if phase == ENTER:
                        self.entries[fn] += 1
                    elif phase == EXIT:
                        self.exits[fn] += 1
                    else:
                        self.flags[fn] |= flags
                elif tag == b"I ":
                    digest, _, payload = raw[2:].partition(b" ")
                    seq_text, _, text = payload.partition(b" ")
                    if not _verify(mac, b"I " + payload, digest):
                        raise ValueError("bad authentication")
                    if int(seq_text) != expect:
                        raise ValueError("records missing or replayed")
                    expect += 1
                    value = _literal(text.decode("utf-8", "replace"))
                    if not isinstance(value, tuple) or not value:
                        raise ValueError("malformed record")
                    self.infos.append(value)
                elif raw == b"OVERFLOW":
                    self.tampered.append("more than 32 MiB written to the result channel")
                    break
                else:
                    raise ValueError("unknown record")
            except (ValueError, SyntaxError, IndexError, UnicodeDecodeError, MemoryError, RecursionError) as exc:
                self.tampered.append(f"forged or garbled record on the result channel ({exc})")
                break


def _verify(mac, body: bytes, digest: bytes) -> bool:  # noqa: ANN001
    import hmac

    m = mac.copy()
    m.update(body)
    return hmac.compare_digest(m.hexdigest().encode(), digest)


def _literal(text: str):  # noqa: ANN202
    if len(text) > 8 * LINE_LIMIT:
        raise ValueError("record too long")
    return ast.literal_eval(text)


def _status_from_evidence(ev: Evidence, plan: Plan | None, test_file: str) -> dict:
    """The verdict, from what the witnesses saw. pytest's reports only name tests, explain
    failures, and expose tampering when they contradict the witnesses."""
    infos = ev.infos
    facts = next((i for i in infos if i[0] == "facts"), None)
    reports = [i for i in infos if i[0] == "report"]
    result: dict = {"tests": [], "imported": False, "import_error": None, "entrypoint_ok": False}
    import_memory, module_error, pytest_exit = False, None, None
    if facts is not None:
        _, imported, import_error, entry_ok, import_memory, module_error, pytest_exit, filters_changed = facts[:8]
        result.update(imported=bool(imported), import_error=import_error, entrypoint_ok=bool(entry_ok),
                      warning_filters_changed=bool(filters_changed))
    result["warnings"] = [dict(zip(("category", "deprecation", "message", "filename", "lineno"), i[1:6]))
                          for i in infos if i[0] == "warning"]
    result["calls"] = sorted({i[1] for i in infos if i[0] == "call"})
    result["keywords_passed"] = sorted({i[1] for i in infos if i[0] == "keyword" and "(" in i[1]})
    result["api_called"] = sorted({i[1] for i in infos if i[0] == "keyword" and "(" not in i[1]})
    result["api_wrapped"] = sorted({i[1] for i in infos if i[0] == "wrapped"})
    result["resolved_api"] = {i[1]: i[2] for i in infos if i[0] == "resolved"}
    tampered = list(ev.tampered) + [str(i[1]) for i in infos if i[0] == "tampered"]

    names = plan.names if plan is not None else []
    index = {name: i for i, name in enumerate(names)}
    controls = plan.controls if plan is not None else {}

    def fn_of(nodeid: str) -> int | None:
        parts = str(nodeid).split("::")[1:]
        if not parts:
            return None
        parts[-1] = parts[-1].split("[", 1)[0]
        return index.get("::".join(parts))

    by_fn: dict[int, list[tuple]] = {}
    for r in reports:
        fn = fn_of(r[1])
        if fn is not None:
            by_fn.setdefault(fn, []).append(r)

    def reported_passed(i: int) -> int:
        return sum(1 for r in by_fn.get(i, []) if r[2] == "call" and r[3] == "passed")

    for i in controls:  # must fail: its body never completes, pytest never calls it passed
        if ev.exits[i]:
            tampered.append("the control test that must fail completed")
        elif reported_passed(i):
            tampered.append("the control test that must fail was reported passed")
    tests, outcomes = [], []
    for i, name in enumerate(names):
        if i in controls:
            continue
        entries, exits, floor = ev.entries[i], ev.exits[i], plan.floors[i]
        message = None
        if entries == 0:
            outcome, message = "error", "test did not run"
        elif exits < entries:
            outcome = "skipped" if ev.flags[i] & F_SKIP and not ev.flags[i] & F_MEMORY else "failed"
        elif entries < floor:
            outcome, message = "failed", f"ran {entries} of {floor} parametrized cases"
        else:
            outcome = "passed"
        if i in ev.lies:
            outcome, message = "failed", f"assertion refused: {ev.lies[i]}"
        outcomes.append(outcome)
        mine = [r for r in by_fn.get(i, []) if r[2] == "call" or r[3] != "passed"]
        if reported_passed(i) > exits:
            tampered.append(f"pytest reported {name} passed but its body did not complete")
        elif entries and ev.done and not mine and pytest_exit in (0, 1):
            tampered.append(f"pytest's report for {name} is missing")
        for r in mine:
            o = r[3] if r[2] == "call" else ("error" if r[3] == "failed" else r[3])
            if o == "passed" and outcome != "passed":
                o = "failed"
            tests.append({"nodeid": r[1], "outcome": o, "exc_type": r[4],
                          "message": message if i in ev.lies else (r[5] or message)})
        if not mine and not module_error:
            tests.append({"nodeid": f"{test_file}::{name}", "outcome": outcome, "exc_type": None, "message": message})
    collect_errors = [i for i in infos if i[0] == "collect_error"]
    for c in collect_errors:
        tests.append({"nodeid": c[1], "outcome": "error", "exc_type": c[2], "message": c[3]})
    if module_error and not collect_errors:
        # The test module did not import (reported by the child, pytest did not retry it).
        exc_type, _, message = str(module_error).partition(": ")
        tests.append({"nodeid": test_file, "outcome": "error", "exc_type": exc_type, "message": message[:500] or None})
    result["tests"] = tests

    memory = (import_memory or any(ev.flags[i] & F_MEMORY for i in range(len(names)) if i not in controls)
              or any(i[0] == "internal_error" and i[1] for i in infos))
    if tampered:
        result.update(status="error", detail="harness tampered: " + "; ".join(dict.fromkeys(tampered))[:1500])
    elif memory:
        result.update(status="oom", detail="MemoryError")
    elif not ev.done:
        result.update(status="error", detail="child ended before reporting all results")
    elif pytest_exit not in (0, 1):
        result.update(status="error", detail=module_error or f"pytest exit code {pytest_exit}")
    elif outcomes and all(o == "passed" for o in outcomes):
        result.update(status="pass", detail=None)
    elif any(o in ("failed", "skipped") for o in outcomes):
        result.update(status="fail", detail=None)
    else:
        result.update(status="error", detail=module_error or (plan.error if plan is not None else None) or "no test ran")
    return result


def run_job(job: dict, root: str, seq: int) -> dict:
    # The same directory for every job of this runner: compiled test files stay valid (their code
    # objects name the file), and the runner empties it between jobs anyway.
    workdir = os.path.join(root, f"job-{os.getpid()}")
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir, mode=0o700)
    test_file = job.get("test_file", "test_task.py")
    files = dict(job["files"])
    for name in files:
        if "/" in name or name.startswith("."):
            return {"status": "error", "detail": f"bad file name {name!r}"}
    plan = None
    if test_file in files:
        module_name = test_file[:-3] if test_file.endswith(".py") else test_file
        plan = _plan_tests(files[test_file], os.path.join(workdir, test_file), module_name)
        files[test_file] = plan.source
    for name, text in files.items():
        with open(os.path.join(workdir, name), "w") as fh:
            fh.write(text)
    start = time.monotonic()
    sys.stdout.flush()
    read_fd, write_fd = os.pipe()
    try:
        import fcntl

        fcntl.fcntl(read_fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except OSError:  # above /proc/sys/fs/pipe-max-size: the default size works, with more wake-ups
        pass
    key_read, key_write = os.pipe()
    key = os.urandom(KEY_BYTES)
    oom_before = _oom_kills()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        os.close(key_write)
        _child(job, plan, workdir, write_fd, key_read)
    os.close(write_fd)
    os.close(key_read)
    try:
        os.write(key_write, key)
    except OSError:
        pass
    os.close(key_write)
    chunks: list[bytes] = []
    try:
        status, peak = _wait(pid, float(job.get("timeout_s", 20)), read_fd, chunks)
    finally:
        os.close(read_fd)
    duration = time.monotonic() - start
    timed_out = status is None
    _kill_leftovers(pid)
    if timed_out:
        try:
            _, status, usage = os.wait4(pid, 0)
            peak = usage.ru_maxrss / 1024.0
        except ChildProcessError:
            status = 0
    ev = Evidence(b"".join(chunks), key, len(plan.names) if plan is not None else 0)
    sig = os.WTERMSIG(status) if status is not None and os.WIFSIGNALED(status) else None
    if timed_out:
        result = {"status": "timeout", "detail": f"job exceeded {job.get('timeout_s')} s"}
    elif ev.done or ev.tampered:
        result = _status_from_evidence(ev, plan, test_file)
    elif sig == signal.SIGXCPU:
        result = {"status": "timeout", "detail": "CPU time limit"}
    elif sig is not None:
        oom_after = _oom_kills()
        if sig == signal.SIGKILL and oom_before is not None and oom_after is not None and oom_after > oom_before:
            result = {"status": "oom", "detail": "child killed by the memory cgroup's OOM killer"}
        else:
            result = {"status": "error", "detail": f"child killed by signal {signal.Signals(sig).name}"}
    elif ev.child_error is not None:
        memory, text = ev.child_error
        result = {"status": "oom" if memory else "error", "detail": "runner child failed: " + text}
    else:
        code = os.WEXITSTATUS(status) if status is not None and os.WIFEXITED(status) else status
        result = {"status": "error", "detail": f"child ended without a result (exit status {code})"}
    if not timed_out and not ev.done and not ev.tampered and result["status"] == "error":
        partial = _status_from_evidence(ev, plan, test_file)
        result.setdefault("tests", partial["tests"])
    result["stdout_tail"] = _tail(os.path.join(workdir, ".stdout"))
    result["stderr_tail"] = _tail(os.path.join(workdir, ".stderr"))
    result["duration_s"] = round(duration, 4)
    result["peak_mem_mb"] = round(peak, 1)
    shutil.rmtree(workdir, ignore_errors=True)
    # Anything a candidate dropped elsewhere in the work area goes too.
    for name in os.listdir(root):
        shutil.rmtree(os.path.join(root, name), ignore_errors=True) if os.path.isdir(os.path.join(root, name)) else _unlink(os.path.join(root, name))
    return result


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _emit(result: dict) -> None:
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def _warm_up_pytest(root: str) -> None:
    """Run pytest once in the parent so every forked child inherits its lazily imported
    machinery (config, assertion rewriting, reporting): about a third of a job's cost."""
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    warm = os.path.join(root, "warm-up")
    os.makedirs(warm, exist_ok=True)
    with open(os.path.join(warm, "test_bench_warm_up.py"), "w") as fh:
        fh.write("def test_warm_up():\n    assert [1] == [1]\n\n\ndef test_warm_up_fails():\n    assert 1 == 2\n")
    saved_out, saved_err = os.dup(1), os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    path = list(sys.path)
    try:
        import pytest

        pytest.main([os.path.join(warm, "test_bench_warm_up.py"), "-q", "-p", "no:cacheprovider", "-c", os.devnull,
                     "--rootdir", warm])
    except BaseException:  # noqa: BLE001 - a failed warm-up only costs speed
        pass
    finally:
        sys.stdout.flush()
        os.dup2(saved_out, 1)
        os.dup2(saved_err, 2)
        for fd in (null, saved_out, saved_err):
            os.close(fd)
        sys.path[:] = path
        sys.modules.pop("test_bench_warm_up", None)
        shutil.rmtree(warm, ignore_errors=True)


def _runner_codes() -> frozenset:
    """Code objects of this file: the only callers allowed to set trace/profile functions."""
    out = set()
    stack = []
    for value in list(globals().values()):
        if isinstance(value, types.FunctionType) and value.__code__.co_filename == RUNNER_FILE:
            stack.append(value.__code__)
        elif isinstance(value, type) and value.__module__ == __name__:
            for member in vars(value).values():
                member = getattr(member, "__func__", member)
                if isinstance(member, types.FunctionType):
                    stack.append(member.__code__)
    while stack:
        code = stack.pop()
        if code in out:
            continue
        out.add(code)
        stack.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    return frozenset(out)


_RUNNER_CODES: frozenset = frozenset()


def main() -> None:
    global _RUNNER_CODES
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=os.environ.get("BENCH_WORK", "/work"))
    parser.add_argument("--preload", default="")
    parser.add_argument("--once", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.root, exist_ok=True)
    if os.getpid() != 1:
        _become_subreaper()
    if os.getpid() == 1:
        # As init, ignore the signals a candidate might aim at its parent.
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
            signal.signal(sig, signal.SIG_IGN)
    import _pytest.assertion.rewrite  # noqa: F401 - the parent compiles test files with it
    import pytest  # noqa: F401 - warm import shared by every forked child

    roots = []
    for name in filter(None, args.preload.split(",")):
        try:
            importlib.import_module(name)
            roots.append(name.split(".")[0])
        except Exception as exc:  # noqa: BLE001 - report, the job will fail visibly
            print(f"preload of {name} failed: {exc}", file=sys.stderr)
    if not args.once:
        _warm_up_pytest(args.root)
    _RUNNER_CODES = _runner_codes()
    _STATE["roots"] = roots
    _STATE["groups"] = _static_snapshot(roots)
    _STATE["trusted"] = _trusted_types()
    if args.once:
        _emit(run_job(json.loads(sys.stdin.readline()), args.root, 0))
        return
    print(READY_MARK, flush=True)
    seq = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        seq += 1
        try:
            job = json.loads(line)
            _emit(run_job(job, args.root, seq))
        except Exception:  # noqa: BLE001 - keep serving; this job is reported as an error
            _emit({"status": "error", "detail": "runner: " + traceback.format_exc()[-1500:]})


if __name__ == "__main__":
    main()
