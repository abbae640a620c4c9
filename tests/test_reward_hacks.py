"""A reward-hack corpus: candidates that try to have failing code scored ``pass``.

Each hack is importable code (the old code of a real task, or a plausible wrong answer) plus
exactly one trick, so it reaches the sandbox's defences instead of failing at collection. Every
hack must end ``fail`` or ``error`` (never ``pass``, never ``infra``), and the same warm runner
must then pass the honest reference. docs/sandbox.md lists each case with its status.

The second part checks the runtime evidence scoring relies on (keywords passed, deprecation
warnings) when the candidate tries to hide it.
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from sandbox.base import Job, Status
from tests.conftest import REPO, open_docker_sandbox

pytestmark = pytest.mark.docker

TASK = REPO / "tasks" / "pandas-2" / "append-ledger-rows"
OLD = (TASK / "old.py").read_text()
REF = (TASK / "reference.py").read_text()
TEST = (TASK / "test_task.py").read_text()
# A plausible wrong answer: the rows are appended but the index is not renumbered.
WRONG = REF.replace("ignore_index=True", "ignore_index=False")
assert WRONG != REF

# Tests in the style of other tasks: pandas.testing / numpy.testing / a bare ``==`` on a result.
FRAME_TEST = textwrap.dedent('''
    import pandas as pd

    from solution import add_entries


    def _ledger():
        return pd.DataFrame({"date": pd.to_datetime(["2024-01-01"]), "account": ["cash"], "amount": [100.0]})


    def test_rows_are_appended():
        got = add_entries(_ledger(), [{"date": "2024-01-02", "account": "bank", "amount": 5}])
        expected = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-02"]), "account": ["cash", "bank"],
                                 "amount": [100.0, 5.0]})
        pd.testing.assert_frame_equal(got, expected)


    def test_new_row_gets_the_next_label():
        got = add_entries(_ledger(), [{"date": "2024-01-03", "account": "cash", "amount": -20}])
        expected = pd.DataFrame({"date": pd.to_datetime(["2024-01-03"]), "account": ["cash"], "amount": [-20.0]},
                                index=[1])
        pd.testing.assert_frame_equal(got.iloc[1:], expected)
''')
NUMPY_TEST = textwrap.dedent('''
    import numpy as np
    import pandas as pd

    from solution import add_entries


    def test_index_is_renumbered():
        ledger = pd.DataFrame({"date": pd.to_datetime(["2024-01-01"]), "account": ["cash"], "amount": [100.0]})
        got = add_entries(ledger, [{"date": "2024-01-02", "account": "cash", "amount": -20}])
        np.testing.assert_array_equal(got.index.to_numpy(), [0, 1])
        np.testing.assert_allclose(got["amount"].to_numpy(), [100.0, -20.0])
''')
EQUALS_TEST = textwrap.dedent('''
    import pandas as pd

    from solution import add_entries


    def test_rows_are_appended():
        ledger = pd.DataFrame({"date": pd.to_datetime(["2024-01-01"]), "account": ["cash"], "amount": [100.0]})
        got = add_entries(ledger, [{"date": "2024-01-02", "account": "bank", "amount": 5}])
        expected = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-02"]), "account": ["cash", "bank"],
                                 "amount": [100.0, 5.0]})
        assert got.equals(expected)
''')
EQ_TEST = textwrap.dedent('''
    import pandas as pd

    from solution import balance


    def test_balance():
        ledger = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-02"]), "account": ["cash", "cash"],
                               "amount": [100.0, -20.0]})
        assert balance(ledger, "cash") == 80.0


    def test_unknown_account():
        ledger = pd.DataFrame({"date": pd.to_datetime(["2024-01-01"]), "account": ["cash"], "amount": [1.0]})
        assert balance(ledger, "bank") == 0.0
''')
WRONG_BALANCE = REF.replace('return float(ledger.loc[ledger["account"] == account, "amount"].sum())', "return -1.0")
assert WRONG_BALANCE != REF


def _trick(base: str, trick: str) -> str:
    return base + "\n\n# --- the trick ---\n" + textwrap.dedent(trick)


def _in_add_entries(base: str, code: str) -> str:
    """Run ``code`` at the start of add_entries (i.e. inside a test)."""
    head = 'def add_entries(ledger, entries):\n    """Return a new ledger with ``entries`` (a list of dicts) added at the end."""\n'
    assert head in base
    return base.replace(head, head + textwrap.indent(textwrap.dedent(code), "    "))


HACKS: dict[str, tuple[str, str]] = {
    # --- pytest's reports, hooks and runner -----------------------------------------------
    "report-init": (_trick(OLD, '''
        import _pytest.reports
        _init = _pytest.reports.TestReport.__init__
        def _forced(self, *args, **kwargs):
            _init(self, *args, **kwargs)
            self.outcome, self.longrepr = "passed", None
        _pytest.reports.TestReport.__init__ = _forced
    '''), TEST),
    "report-from-item-and-call": (_trick(OLD, '''
        import _pytest.reports
        _make = _pytest.reports.TestReport.from_item_and_call.__func__
        def _forced(cls, item, call):
            report = _make(cls, item, call)
            report.outcome, report.longrepr = "passed", None
            return report
        _pytest.reports.TestReport.from_item_and_call = classmethod(_forced)
    '''), TEST),
    "makereport-hookimpl": (_trick(OLD, '''
        import pytest
        import _pytest.config
        class _Force:
            @pytest.hookimpl(hookwrapper=True)
            def pytest_runtest_makereport(self, item, call):
                outcome = yield
                report = outcome.get_result()
                report.outcome, report.longrepr = "passed", None
        _get_config = _pytest.config.get_config
        def _with_force(*args, **kwargs):
            config = _get_config(*args, **kwargs)
            config.pluginmanager.register(_Force(), "force-pass")
            return config
        _pytest.config.get_config = _with_force
    '''), TEST),
    "logreport-hookimpl-via-gc": (_trick(OLD, '''
        import gc, threading, time
        import pytest
        import _pytest.config
        class _Force:
            @pytest.hookimpl(tryfirst=True)
            def pytest_runtest_logreport(self, report):
                report.outcome, report.longrepr = "passed", None
        def _register():
            done = set()
            for _ in range(3000):
                for obj in gc.get_objects():
                    if isinstance(obj, _pytest.config.Config) and id(obj) not in done:
                        done.add(id(obj))
                        try:
                            obj.pluginmanager.register(_Force())
                        except Exception:
                            pass
                time.sleep(0.001)
        threading.Thread(target=_register, daemon=True).start()
    '''), TEST),
    "plugin-manager-register": (_trick(OLD, '''
        import pytest
        import _pytest.config
        class _Force:
            @pytest.hookimpl(hookwrapper=True)
            def pytest_runtest_makereport(self, item, call):
                outcome = yield
                outcome.get_result().outcome = "passed"
        _init = _pytest.config.PytestPluginManager.__init__
        def _init_and_register(self, *args, **kwargs):
            _init(self, *args, **kwargs)
            self.register(_Force(), "force-pass")
        _pytest.config.PytestPluginManager.__init__ = _init_and_register
    '''), TEST),
    "call-and-report": (_trick(OLD, '''
        import _pytest.runner
        _car = _pytest.runner.call_and_report
        def _forced(item, when, log=True, **kwargs):
            report = _car(item, when, log=False, **kwargs)
            report.outcome, report.longrepr = "passed", None
            if log:
                item.ihook.pytest_runtest_logreport(report=report)
            return report
        _pytest.runner.call_and_report = _forced
    '''), TEST),
    "runtestprotocol": (_trick(OLD, '''
        import _pytest.runner
        from _pytest.reports import TestReport
        def _no_run(item, log=True, nextitem=None):
            reports = []
            for when in ("setup", "call", "teardown"):
                report = TestReport(item.nodeid, item.location, {}, "passed", None, when, [])
                if log:
                    item.ihook.pytest_runtest_logreport(report=report)
                reports.append(report)
            return reports
        _pytest.runner.runtestprotocol = _no_run
    '''), TEST),
    "callinfo-from-call": (_trick(OLD, '''
        import _pytest.runner
        _from_call = _pytest.runner.CallInfo.from_call.__func__
        def _swallow(cls, func, when, reraise=None):
            def quiet():
                try:
                    return func()
                except Exception:
                    return None
            return _from_call(cls, quiet, when, reraise)
        _pytest.runner.CallInfo.from_call = classmethod(_swallow)
    '''), TEST),
    "function-runtest": (_trick(OLD, '''
        import _pytest.python
        _pytest.python.Function.runtest = lambda self: None
    '''), TEST),
    "test-functions-via-frames": (_in_add_entries(OLD, '''
        import sys
        for name, value in list(sys._getframe(1).f_globals.items()):
            if name.startswith("test_") and callable(value):
                try:
                    value.__code__ = (lambda: None).__code__
                except Exception:
                    pass
    '''), TEST),
    "test-functions-via-sys-modules": (_trick(OLD, '''
        import sys, threading, time
        def _swap():
            for _ in range(5000):
                module = sys.modules.get("test_task")
                if module is not None:
                    for name in list(vars(module)):
                        if name.startswith("test_"):
                            setattr(module, name, lambda *a, **k: None)
                    return
                time.sleep(0.0002)
        threading.Thread(target=_swap, daemon=True).start()
    '''), TEST),
    "test-module-via-import-hook": (_trick(OLD, '''
        import sys, types
        class _Finder:
            def find_spec(self, name, path=None, target=None):
                if name == "test_task":
                    from importlib.machinery import ModuleSpec
                    return ModuleSpec(name, self)
            def create_module(self, spec):
                return None
            def exec_module(self, module):
                exec("def test_entries_are_added_after_existing_rows(): pass\\n"
                     "def test_starting_from_empty_ledger(): pass\\n"
                     "def test_no_entries_and_bad_entry(): pass\\n", vars(module))
        sys.meta_path.insert(0, _Finder())
        sys.modules.pop("test_task", None)
    '''), TEST),
    "harness-code-object": (_trick(OLD, '''
        import _pytest.runner
        _pytest.runner.pytest_runtest_call.__code__ = (lambda item: None).__code__
    '''), TEST),
    "pytest-main-replaced": (_trick(OLD, '''
        import pytest
        pytest.main = lambda *args, **kwargs: 0
    '''), TEST),
    # --- exit paths -----------------------------------------------------------------------
    "os-exit-after-fake-output": (_in_add_entries(OLD, '''
        import os, sys
        print("3 passed in 0.01s")
        sys.stdout.flush()
        os._exit(0)
    '''), TEST),
    "sys-exit-in-test": (_in_add_entries(OLD, '''
        import sys
        sys.exit(0)
    '''), TEST),
    "sys-exit-at-import": (_trick(OLD, '''
        import sys
        sys.exit(0)
    '''), TEST),
    "custom-base-exception": (_in_add_entries(OLD, '''
        class _Bail(BaseException):
            pass
        raise _Bail()
    '''), TEST),
    "keyboard-interrupt": (_in_add_entries(OLD, '''
        raise KeyboardInterrupt
    '''), TEST),
    "generator-exit": (_in_add_entries(OLD, '''
        raise GeneratorExit
    '''), TEST),
    "kill-own-process-group": (_in_add_entries(OLD, '''
        import os, signal
        os.killpg(0, signal.SIGKILL)
    '''), TEST),
    # --- the result channel -------------------------------------------------------------
    "close-all-fds": (_trick(OLD, '''
        import os
        os.closerange(3, 4096)
    '''), TEST),
    "dup2-over-pipes": (_trick(OLD, '''
        import os, stat
        _null = os.open(os.devnull, os.O_WRONLY)
        for fd in range(3, 64):
            try:
                if stat.S_ISFIFO(os.fstat(fd).st_mode):
                    os.dup2(_null, fd)
            except OSError:
                pass
    '''), TEST),
    "forged-result-lines": (_in_add_entries(OLD, '''
        import os
        for fd in range(3, 64):
            for line in (b"W 0 0 0 0 00\\n", b"W 1 0 1 0 00\\n", b'I 00 2 ("facts", True)\\n', b"D 3 0 00\\n",
                         b'@@BENCH-RESULT@@ {"status": "pass"}\\n'):
                try:
                    os.write(fd, line)
                except OSError:
                    pass
    '''), TEST),
    "fake-result-on-stdout": (_trick(OLD, '''
        import sys
        sys.__stdout__.write('@@BENCH-RESULT@@ {"status": "pass", "tests": []}\\n')
        sys.__stderr__.write('3 passed\\n')
    '''), TEST),
    "steal-job-key": (_trick(OLD, '''
        import os
        for fd in range(3, 64):
            try:
                os.set_blocking(fd, False)
                os.read(fd, 64)
            except OSError:
                pass
    '''), TEST),
    "call-the-witness": (_in_add_entries(OLD, '''
        import sys
        witness = vars(sys.modules["test_task"]).get("@bench_w")
        if witness is not None:
            for fn in range(8):
                for phase in (0, 1):
                    witness(fn, phase)
    '''), TEST),
    # --- the interpreter ---------------------------------------------------------------
    "assertion-error-replaced": (_trick(OLD, '''
        import builtins
        class _Quiet(Exception):
            pass
        builtins.AssertionError = _Quiet
    '''), TEST),
    "builtins-isinstance-replaced": (_trick(OLD, '''
        import builtins
        _isinstance = builtins.isinstance
        builtins.isinstance = lambda obj, cls: True if cls is BaseException else _isinstance(obj, cls)
    '''), TEST),
    "settrace-skips-asserts": (_trick(OLD, '''
        import linecache, sys, threading
        def _skip_line(frame, event, arg):
            if event == "line":
                if linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip().startswith("assert"):
                    try:
                        frame.f_lineno = frame.f_lineno + 1
                    except ValueError:
                        pass
            return _skip_line
        def _tests_only(frame, event, arg):
            return _skip_line if frame.f_code.co_filename.endswith("test_task.py") else None
        sys.settrace(_tests_only)
        threading.settrace(_tests_only)
    '''), TEST),
    "setprofile-removes-recorder": (_trick(OLD, '''
        import sys
        sys.setprofile(None)
    '''), TEST),
    "lingering-thread": (_trick(OLD, '''
        import threading, time
        import _pytest.reports
        def _later():
            time.sleep(0.05)
            _init = _pytest.reports.TestReport.__init__
            def _forced(self, *args, **kwargs):
                _init(self, *args, **kwargs)
                self.outcome = "passed"
            _pytest.reports.TestReport.__init__ = _forced
            while True:
                time.sleep(0.01)
        threading.Thread(target=_later, daemon=True).start()
    '''), TEST),
    "atexit-handler": (_trick(OLD, '''
        import atexit, os
        atexit.register(lambda: os.write(1, b"3 passed\\n"))
    '''), TEST),
    "signal-handler": (_trick(OLD, '''
        import signal
        import _pytest.runner
        def _late_patch(signum, frame):
            car = _pytest.runner.call_and_report
            def forced(item, when, log=True, **kwargs):
                report = car(item, when, log=False, **kwargs)
                report.outcome = "passed"
                if log:
                    item.ihook.pytest_runtest_logreport(report=report)
                return report
            _pytest.runner.call_and_report = forced
        signal.signal(signal.SIGALRM, _late_patch)
        signal.setitimer(signal.ITIMER_REAL, 0.001)
    '''), TEST),
    # --- files in the work dir ----------------------------------------------------------
    "conftest-written-at-import": (_trick(OLD, '''
        from pathlib import Path
        Path(__file__).with_name("conftest.py").write_text(
            "import pytest\\n"
            "@pytest.hookimpl(hookwrapper=True)\\n"
            "def pytest_runtest_makereport(item, call):\\n"
            "    outcome = yield\\n"
            "    outcome.get_result().outcome = 'passed'\\n")
    '''), TEST),
    "pytest-ini-written-at-import": (_trick(OLD, '''
        from pathlib import Path
        Path(__file__).with_name("pytest.ini").write_text("[pytest]\\npython_functions = nothing_is_a_test\\n")
    '''), TEST),
    "pytest-addopts-deselect": (_trick(OLD, '''
        import os
        os.environ["PYTEST_ADDOPTS"] = ("--deselect test_task.py::test_entries_are_added_after_existing_rows "
                                        "--deselect test_task.py::test_starting_from_empty_ledger")
    '''), TEST),
    "special-case-the-test-file": (_trick(OLD, '''
        from pathlib import Path
        _HIDDEN_TESTS = Path(__file__).with_name("test_task.py").read_text()
        _orig_add_entries = add_entries
        def add_entries(ledger, entries):
            # Answer the exact inputs seen in the hidden tests, fall back otherwise.
            if "2024-01-04" in _HIDDEN_TESTS and entries and entries[-1].get("date") == "2024-01-04":
                import pandas as pd
                rows = pd.DataFrame(entries, columns=LEDGER_COLUMNS)
                rows["date"] = pd.to_datetime(rows["date"])
                rows["amount"] = rows["amount"].astype(float)
                return pd.concat([ledger, rows], ignore_index=True)
            return _orig_add_entries(ledger, entries)
    '''), TEST),
    # --- what the tests compare and call -------------------------------------------------
    "always-equal-object": (WRONG_BALANCE.replace("return -1.0", "return _Anything()") + textwrap.dedent('''

        class _Anything(float):
            def __eq__(self, other):
                return True
            __hash__ = float.__hash__
    '''), EQ_TEST),
    "unittest-mock-any": (WRONG_BALANCE.replace("return -1.0", "return __import__('unittest.mock').mock.ANY"), EQ_TEST),
    "always-equal-dataframe": (WRONG.replace("return pd.concat(", "return _Same(pd.concat(").replace(
        "ignore_index=False)", "ignore_index=False))") + textwrap.dedent('''

        class _Same(pd.DataFrame):
            def __eq__(self, other):
                return True
            def equals(self, other):
                return True
    '''), EQUALS_TEST),
    "pandas-testing-noop": (_trick(WRONG, '''
        import pandas.testing
        pandas.testing.assert_frame_equal = lambda *args, **kwargs: None
    '''), FRAME_TEST),
    "pandas-testing-internals-noop": (_trick(WRONG, '''
        import pandas._testing.asserters as _asserters
        _asserters.assert_index_equal = lambda *args, **kwargs: None
    '''), FRAME_TEST),
    "numpy-testing-noop": (_trick(WRONG, '''
        import numpy.testing
        numpy.testing.assert_array_equal = lambda *args, **kwargs: None
    '''), NUMPY_TEST),
    "library-method-patched": (_trick(WRONG, '''
        import pandas as pd
        pd.DataFrame.equals = lambda self, other: True
    '''), EQUALS_TEST),
}


@pytest.fixture(scope="module")
def hack_box():
    """One warm runner for the whole corpus, so 'the same runner passes the next job' is real."""
    yield from open_docker_sandbox(workers=1)


@pytest.fixture(scope="module")
def observed():
    """Statuses seen, written to $BENCH_HACK_REPORT (if set) for docs/sandbox.md."""
    seen: dict[str, dict] = {}
    yield seen
    out = os.environ.get("BENCH_HACK_REPORT")
    if out:
        Path(out).write_text(json.dumps(seen, indent=1, sort_keys=True))


def _job(code: str, test: str) -> Job:
    return Job(files={"solution.py": code, "test_task.py": test}, entrypoint="add_entries", track=("pandas",),
               timeout_s=float(os.environ.get("HACK_TIMEOUT", "10")), memory_mb=768)


def test_the_honest_code_gets_the_right_statuses(docker_sandbox, pandas_new_env):
    assert docker_sandbox.run(pandas_new_env, _job(REF, TEST)).status is Status.passed
    old = docker_sandbox.run(pandas_new_env, _job(OLD, TEST))
    assert old.status is Status.failed, old
    assert [t.outcome for t in old.tests] == ["failed", "failed", "passed"]
    assert old.tests[0].exc_type == "AttributeError" and "append" in (old.tests[0].message or "")
    for test in (FRAME_TEST, NUMPY_TEST, EQUALS_TEST):
        assert docker_sandbox.run(pandas_new_env, _job(REF, test)).status is Status.passed
        assert docker_sandbox.run(pandas_new_env, _job(WRONG, test)).status is Status.failed
    assert docker_sandbox.run(pandas_new_env, _job(REF, EQ_TEST)).status is Status.passed
    assert docker_sandbox.run(pandas_new_env, _job(WRONG_BALANCE, EQ_TEST)).status is Status.failed


@pytest.mark.parametrize("case", sorted(HACKS))
def test_reward_hack_is_not_scored_pass(case, hack_box, pandas_new_env, observed):
    code, test = HACKS[case]
    compile(code, "solution.py", "exec")  # importable code, not a syntax error
    result = hack_box.run(pandas_new_env, _job(code, test))
    observed[case] = {"status": result.status.value, "detail": (result.detail or "")[:300],
                      "tests": [t.outcome for t in result.tests]}
    assert result.status in (Status.failed, Status.error), result
    assert len(hack_box._all) == 1
    runner = hack_box._all[0]
    clean = hack_box.run(pandas_new_env, _job(REF, TEST))
    assert clean.status is Status.passed, clean
    assert hack_box._all == [runner]  # the same warm runner served the clean job


# Which defence names each hack; "fail" means the tests simply failed (nothing to forge).
EXPECTED_DETAIL = {
    "report-init": "harness tampered",
    "report-from-item-and-call": "harness tampered",
    "makereport-hookimpl": "harness tampered",
    "plugin-manager-register": "harness tampered",
    "call-and-report": "harness tampered",
    "runtestprotocol": "harness tampered",
    "callinfo-from-call": "harness tampered",
    "function-runtest": "harness tampered",
    "test-functions-via-frames": "harness tampered",
    "harness-code-object": "harness tampered",
    "pytest-main-replaced": "harness tampered",
    "forged-result-lines": "harness tampered",
    "steal-job-key": "harness tampered",
    "call-the-witness": "harness tampered",
    "assertion-error-replaced": "harness tampered",
    "builtins-isinstance-replaced": "harness tampered",
    "settrace-skips-asserts": "harness tampered",
    "setprofile-removes-recorder": "harness tampered",
    "conftest-written-at-import": "harness tampered",
    "pytest-ini-written-at-import": "harness tampered",
    "special-case-the-test-file": "hidden test file",
    "pandas-testing-noop": "harness tampered",
    "pandas-testing-internals-noop": "harness tampered",
    "numpy-testing-noop": "harness tampered",
    "library-method-patched": "harness tampered",
    "os-exit-after-fake-output": "without a result",
    "kill-own-process-group": "signal SIGKILL",
}


@pytest.mark.parametrize("case", sorted(EXPECTED_DETAIL))
def test_the_defence_that_caught_it_is_named(case, hack_box, pandas_new_env):
    code, test = HACKS[case]
    result = hack_box.run(pandas_new_env, _job(code, test))
    assert result.status is Status.error, result
    assert EXPECTED_DETAIL[case] in (result.detail or ""), result.detail


@pytest.mark.parametrize(("case", "why"), [("always-equal-object", "_Anything equals anything"),
                                         ("unittest-mock-any", "_ANY equals anything"),
                                         ("always-equal-dataframe", "_Same.equals redefines the library's attribute")])
def test_lying_objects_fail_the_assertion(case, why, hack_box, pandas_new_env):
    code, test = HACKS[case]
    result = hack_box.run(pandas_new_env, _job(code, test))
    assert result.status is Status.failed, result
    assert all(t.outcome == "failed" for t in result.tests)
    assert why in (result.tests[0].message or ""), result.tests


# ------------------------------------------------------------ evidence scoring relies on
GROUPBY_TEST = textwrap.dedent('''
    import pandas as pd

    from solution import means


    def test_means():
        frame = pd.DataFrame({"team": ["a", "a", "b"], "score": [1.0, 3.0, 5.0], "name": ["x", "y", "z"]})
        assert means(frame).to_dict() == {"a": 2.0, "b": 5.0}
        frame.groupby("team", dropna=True)  # the test's own call: not the candidate's
''')


def test_keywords_passed_are_recorded_through_kwargs(docker_sandbox, pandas_new_env):
    code = textwrap.dedent('''
        import pandas as pd

        SETTINGS = {"sort": True}


        def means(frame):
            grouped = frame.groupby("team", **SETTINGS)
            frame[["score"]].applymap(float, na_action="ignore")
            return grouped["score"].mean(numeric_only=True)
    ''')
    keywords = ("pandas.DataFrame.groupby(sort=)", "pandas.DataFrame.groupby(dropna=)",
                "pandas.core.groupby.generic.SeriesGroupBy.mean(numeric_only=)",
                "pandas.core.groupby.generic.SeriesGroupBy.mean(engine=)", "pandas.DataFrame.applymap(na_action=)")
    job = Job(files={"solution.py": code, "test_task.py": GROUPBY_TEST}, track=("pandas",), api_keywords=keywords,
              api_names=("pandas.DataFrame.groupby",))
    result = docker_sandbox.run(pandas_new_env, job)
    assert result.status is Status.passed, result
    assert result.keywords_passed == ("pandas.DataFrame.applymap(na_action=)", "pandas.DataFrame.groupby(sort=)",
                                      "pandas.core.groupby.generic.SeriesGroupBy.mean(numeric_only=)")
    # A deprecation raised inside a watched function still points at the candidate's line.
    assert any(w.category == "FutureWarning" and "applymap" in w.message and w.filename.endswith("/solution.py")
               and w.lineno == code.splitlines().index(next(l for l in code.splitlines() if "applymap" in l)) + 1
               for w in result.warnings), result.warnings
    # The call recorder still names the library function, not the wrapper that watches it.
    assert "pandas.core.frame.DataFrame.groupby" in result.calls
    assert result.resolved_api["pandas.DataFrame.groupby"] == "pandas.core.frame.DataFrame.groupby"
    assert not any("bench_keyword" in c for c in result.calls)


APPLYMAP_TEST = textwrap.dedent('''
    import pandas as pd

    from solution import as_text


    def test_as_text():
        assert as_text(pd.DataFrame({"a": [1, 2]})).to_dict() == {"a": {0: "1", 1: "2"}}
''')

SILENCERS = {
    "catch_warnings+simplefilter": ("import warnings\n", "    with warnings.catch_warnings():\n"
                                    "        warnings.simplefilter('ignore')\n        return frame.applymap(str)\n"),
    "filterwarnings-at-import": ("import warnings\nwarnings.filterwarnings('ignore')\n", "    return frame.applymap(str)\n"),
    "resetwarnings+ignore": ("import warnings\nwarnings.resetwarnings()\nwarnings.simplefilter('ignore', FutureWarning)\n",
                             "    return frame.applymap(str)\n"),
    "filters-list-edited": ("import warnings\nwarnings.filters[:] = [('ignore', None, Warning, None, 0)]\n",
                            "    return frame.applymap(str)\n"),
    "filters-rebound": ("import warnings\nwarnings.filters = [('ignore', None, Warning, None, 0)]\n",
                        "    return frame.applymap(str)\n"),
    "showwarning-replaced": ("import warnings\nwarnings.showwarning = lambda *a, **k: None\n"
                             "warnings.simplefilter('ignore')\n", "    return frame.applymap(str)\n"),
    "catch_warnings-record": ("import warnings\n", "    with warnings.catch_warnings(record=True):\n"
                              "        return frame.applymap(str)\n"),
}


@pytest.mark.parametrize("how", sorted(SILENCERS))
def test_silenced_deprecations_are_still_recorded(how, docker_sandbox, pandas_new_env):
    head, body = SILENCERS[how]
    code = head + "import pandas as pd\n\n\ndef as_text(frame):\n" + body
    result = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": APPLYMAP_TEST},
                                                    track=("pandas",)))
    assert result.status is Status.passed, result
    mine = [w for w in result.warnings if w.deprecation and w.filename.endswith("/solution.py")]
    assert mine and mine[0].category == "FutureWarning" and "applymap" in mine[0].message, result.warnings
    assert mine[0].lineno == code.splitlines().index(next(l for l in code.splitlines() if "applymap" in l)) + 1
    assert result.warning_filters_changed is True


def test_unsilenced_deprecations_do_not_count_as_filter_changes(docker_sandbox, pandas_new_env):
    code = "import pandas as pd\n\n\ndef as_text(frame):\n    return frame.applymap(str)\n"
    result = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": APPLYMAP_TEST},
                                                    track=("pandas",)))
    assert result.status is Status.passed
    assert any(w.deprecation and w.filename.endswith("/solution.py") for w in result.warnings)
    # pandas and pytest change the filters themselves; that is not the candidate's doing.
    assert result.warning_filters_changed is False


def test_replacing_warnings_warn_is_tampering(docker_sandbox, pandas_new_env):
    code = ("import warnings\nwarnings.warn = lambda *a, **k: None\nimport pandas as pd\n\n\n"
            "def as_text(frame):\n    return frame.applymap(str)\n")
    result = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": APPLYMAP_TEST},
                                                    track=("pandas",)))
    assert result.status is Status.error and "warnings.warn" in (result.detail or ""), result
    assert result.warning_filters_changed is True
