"""API checks (static scope analysis, run-time evidence, literals, deprecations), exec, and
every branch of fixed/upass, on hand-made results."""

from __future__ import annotations

import pytest

from benchmark.runner import fixed
from benchmark.scoring import ApiName, api_verdict, executed, static_uses, statically_used
from benchmark.specs import ApiChecks, Family, Task, TaskSpec
from sandbox.base import JobResult, Status, TestOutcome, WarningRecord


def used(code: str, name: str) -> bool:
    return statically_used(static_uses(code), ApiName.parse(name))


def _result(**kw) -> JobResult:
    base = dict(status=Status.passed, imported=True, entrypoint_ok=True,
                tests=(TestOutcome(nodeid="t::a", outcome="passed"),))
    base.update(kw)
    return JobResult(**base)


def verdict(code: str, result: JobResult | None = None, **checks):  # noqa: ANN201
    return api_verdict(code, result or _result(), ApiChecks(**checks))


def test_alias_resolution():
    assert used("import pandas as pd\nx = pd.concat([a, b])", "pandas.concat")
    assert used("from pandas import concat as cat\nx = cat([a])", "pandas.concat")
    assert used("import pandas\npandas.concat([a])", "pandas.concat")
    assert used("import pandas.api.types as t\nt.is_numeric_dtype(x)", "pandas.api.types.is_numeric_dtype")
    assert used("x = float(y)", "builtins.float")
    assert not used("import numpy as pd\npd.concat([a])", "pandas.concat")
    assert not used("def concat(x): pass\nconcat([a])", "pandas.concat")
    assert not used("def float(x): pass\nfloat(1)", "builtins.float")


def test_list_append_is_not_dataframe_append():
    # The receiver's type is unknown: a member name alone is never evidence of the library's member.
    assert not used("rows = []\nrows.append(x)", "pandas.DataFrame.append")
    assert not used("def f(df, x):\n    return df.append(x)\n", "pandas.DataFrame.append")
    assert not verdict("rows = []\nrows.append(1)\n", must_use=("pandas.DataFrame.append",)).ok
    # ... but a receiver whose type scope analysis can see counts.
    assert used("import pandas as pd\ndef f(df: pd.DataFrame, x):\n    return df.append(x)\n", "pandas.DataFrame.append")
    assert used("import pandas as pd\ndf = pd.DataFrame({})\ndf.append(x)\n", "pandas.DataFrame.append")
    assert used("import pandas as pd\npd.DataFrame({}).append(x)\n", "pandas.DataFrame.append")
    # A name bound once to a DataFrame and once to something unknown has no certain type.
    assert not used("import pandas as pd\ndf = pd.DataFrame({})\ndf = g()\ndf.append(x)\n", "pandas.DataFrame.append")


def test_member_counts_when_the_run_recorded_a_call_into_the_library():
    code = "def f(df, other):\n    return getattr(df, 'app' + 'end')(other)\n"  # invisible to the source
    result = _result(calls=("pandas.core.frame.DataFrame.append",),
                     resolved_api={"pandas.DataFrame.append": "pandas.core.frame.DataFrame.append"})
    v = verdict(code, result, must_not_use=("pandas.DataFrame.append",))
    assert not v.ok and v.forbidden == ("pandas.DataFrame.append",)
    # The same call recorded for a different implementation is not a use.
    other = _result(calls=("builtins.list.append",),
                    resolved_api={"pandas.DataFrame.append": "pandas.core.frame.DataFrame.append"})
    assert verdict(code, other, must_not_use=("pandas.DataFrame.append",)).ok


def test_keyword_form_static_and_through_kwargs_at_run_time():
    name = "pandas.DataFrame.to_csv(lineterminator=)"
    assert ApiName.parse(name) == ApiName("pandas.DataFrame.to_csv", "lineterminator")
    assert ApiName.parse(name).text == name
    typed = "import pandas as pd\ndef f(df: pd.DataFrame, buf):\n    df.to_csv(buf, {}='\\n')\n"
    assert used(typed.format("lineterminator"), name)
    assert not used(typed.format("line_terminator"), name)
    assert not used(typed.format("lineterminator").replace("to_csv", "to_json"), name)
    # The keyword travels through **settings: invisible statically, seen by the sandbox.
    code = "def f(df, buf):\n    settings = {'lineterminator': '\\n'}\n    df.to_csv(buf, **settings)\n"
    assert not used(code, name)
    assert verdict(code, _result(keywords_passed=(name,)), must_use=(name,)).ok
    assert not verdict(code, _result(), must_use=(name,)).ok
    forbidding = "sqlalchemy.create_engine(future=)"
    assert not verdict(code, _result(keywords_passed=(forbidding,)), must_not_use=(forbidding,)).ok


def test_unparseable_candidate_is_api_false_even_with_no_name_to_find():
    v = verdict("def broken(:\n", must_not_use=("pandas.DataFrame.append",))
    assert not v.ok and v.unparseable
    assert static_uses("def broken(:\n") is None
    assert verdict("x = 1\n", must_not_use=("pandas.DataFrame.append",)).ok


def test_any_of_group_accepts_either_alternative_and_names_the_group_when_missing():
    group = (("pandas.concat", "pandas.DataFrame._append"),)
    assert verdict("import pandas as pd\npd.concat([a, b])\n", must_use=group).ok
    assert verdict("import pandas as pd\ndef f(df: pd.DataFrame):\n    return df._append(x)\n", must_use=group).ok
    v = verdict("import pandas as pd\npd.merge(a, b)\n", must_use=group)
    assert not v.ok and v.missing == ("pandas.concat | pandas.DataFrame._append",)


def test_literal_checks():
    checks = dict(must_use_literals=(("squared_error", "absolute_error"),), must_not_use_literals=("mse",))
    assert verdict("m = Tree(criterion='squared_error')\n", **checks).ok
    v = verdict("m = Tree(criterion='mse')\n", **checks)
    assert not v.ok and v.forbidden == ("'mse'",) and v.missing == ("'squared_error' | 'absolute_error'",)


def test_deprecation_warnings_from_the_candidate_fail_api_also_when_silenced():
    result = _result(warnings=(WarningRecord(category="FutureWarning", message="applymap is deprecated",
                                             filename="/work/job-1/solution.py", lineno=3),
                               WarningRecord(category="DeprecationWarning", message="inside numpy",
                                             filename="/opt/venv/lib/numpy/core.py", lineno=1)))
    v = verdict("import pandas as pd\n", result, must_use=("pandas.concat",))
    assert v.missing == ("pandas.concat",)
    assert v.deprecations == ("FutureWarning: applymap is deprecated",)  # only the candidate's own
    # A candidate that wraps the deprecated call in catch_warnings()/simplefilter("ignore") still
    # leaves the record: the sandbox records warnings before filters apply (docs/sandbox.md), so
    # the verdict on the same evidence is the same.
    silenced = "import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    df.applymap(f)\n"
    assert not verdict(silenced, result).ok
    assert verdict("import pandas as pd\npd.concat([])", _result(), must_use=("pandas.concat",)).ok


def test_exec_distinguishes_wrong_answers_from_crashes():
    assert executed(_result(status=Status.failed, tests=(TestOutcome(nodeid="a", outcome="failed",
                                                                     exc_type="AssertionError"),)))
    assert not executed(_result(status=Status.failed, tests=(TestOutcome(nodeid="a", outcome="failed",
                                                                         exc_type="AttributeError"),)))
    assert not executed(_result(imported=False))
    assert not executed(_result(entrypoint_ok=False))
    assert not executed(_result(status=Status.timeout, tests=()))


def _task(kind: str = "migrate", success: str = "fix") -> Task:
    family = Family(id="f", version=1, library="lib", description="d", source="s", license="MIT", success=success)
    spec = TaskSpec.model_validate({"id": "t", "kind": kind, "split": "test_seen", "entrypoint": "f",
                                    "change": {"id": "c", "type": "removed", "introduced_in_new": True}})
    return Task(family=family, spec=spec, files={"reference.py": "", "test_task.py": "", "old.py": ""})


@pytest.mark.parametrize(("passed", "api", "upass", "expected"), [
    (True, True, None, True), (True, False, None, False), (False, True, None, False), (True, None, None, None)])
def test_fixed_needs_tests_and_api(passed, api, upass, expected):
    assert fixed(_task(), passed, api, upass) is expected


def test_fixed_keeps_upstream_notions_for_imported_families():
    assert fixed(_task(success="pass"), True, False, None) is True  # GitChameleon: the tests pass
    assert fixed(_task(success="upass"), True, True, False) is False  # passes without the update too
    assert fixed(_task(success="upass"), True, False, True) is True
    assert fixed(_task(success="upass"), True, True, None) is True  # upass undefined: falls back to pass
    assert fixed(_task(kind="keep"), True, True, None) is None  # keep tasks are not fixed, they are kept


def test_a_wrapped_public_name_is_judged_by_its_own_record_only():
    # Two public names can share one implementation name (a decorator's inner function); where
    # the sandbox wrapped the public name itself, only its own record counts.
    code = "def f(ax):\n    return getattr(ax, 'set_' + 'yscale')('log')\n"
    shared = dict(calls=("matplotlib.axis._wrapper.__call__",),
                  resolved_api={"matplotlib.axes.Axes.set_xticklabels": "matplotlib.axis._wrapper.__call__"})
    name = ("matplotlib.axes.Axes.set_xticklabels",)
    assert verdict(code, _result(**shared), must_use=name).ok  # the collision, where nothing is wrapped
    wrapped = dict(shared, api_wrapped=name)
    assert not verdict(code, _result(**wrapped), must_use=name).ok
    assert verdict(code, _result(**wrapped, api_called=name), must_use=name).ok


@pytest.mark.docker
def test_the_sandbox_records_checked_names_and_keywords_the_source_hides(docker_sandbox, pandas_new_env):
    from sandbox.base import Job

    code = ("import pandas as pd\n\n"
            "def f():\n"
            "    combine = getattr(pd, 'con' + 'cat')\n"
            "    rows = []\n"
            "    rows.append(1)\n"
            "    settings = {'ignore_index': True}\n"
            "    return combine([pd.DataFrame({'a': [1]}), pd.DataFrame({'a': [2]})], **settings)\n")
    test = "from solution import f\n\ndef test_f():\n    assert list(f()['a']) == [1, 2]\n"
    job = Job(files={"solution.py": code, "test_task.py": test}, entrypoint="f", track=("pandas",),
              api_names=("pandas.concat", "pandas.DataFrame.append"), api_keywords=("pandas.concat(ignore_index=)",))
    result = docker_sandbox.run(pandas_new_env, job)
    assert result.status is Status.passed, result
    assert "pandas.concat" in result.api_wrapped and result.api_called == ("pandas.concat",)
    assert result.keywords_passed == ("pandas.concat(ignore_index=)",)
    checks = dict(must_use=("pandas.concat(ignore_index=)",), must_not_use=("pandas.DataFrame.append",))
    assert verdict(code, result, **checks).ok
