"""API checks (static, dynamic, deprecations) and the exec definition, on hand-made results."""

from __future__ import annotations

from benchmark.scoring import ApiName, api_verdict, executed, references, statically_used
from sandbox.base import JobResult, Status, TestOutcome, WarningRecord


def used(code: str, name: str, forbidding: bool = False) -> bool:
    return statically_used(references(code), ApiName.parse(name), forbidding)


def test_alias_resolution():
    assert used("import pandas as pd\nx = pd.concat([a, b])", "pandas.concat")
    assert used("from pandas import concat as cat\nx = cat([a])", "pandas.concat")
    assert used("import pandas\npandas.concat([a])", "pandas.concat")
    assert used("import pandas.api.types as t\nt.is_numeric_dtype(x)", "pandas.api.types.is_numeric_dtype")
    assert not used("import numpy as pd\npd.concat([a])", "pandas.concat")
    assert not used("def concat(x): pass\nconcat([a])", "pandas.concat")


def test_member_names_match_by_attribute_except_common_ones():
    # The receiver's type is unknown statically; distinctive names still count.
    assert used("df.applymap(f)", "pandas.DataFrame.applymap", forbidding=True)
    assert used("idx.is_monotonic", "pandas.Index.is_monotonic", forbidding=True)
    # list.append is everywhere: not evidence of DataFrame.append.
    assert not used("rows.append(x)", "pandas.DataFrame.append", forbidding=True)
    assert used("rows.append(x)", "pandas.DataFrame.append", forbidding=False)


def test_keyword_form():
    name = "pandas.DataFrame.to_csv(lineterminator=)"
    assert ApiName.parse(name) == ApiName("pandas.DataFrame.to_csv", "lineterminator")
    assert used("df.to_csv(buf, lineterminator='\\n')", name)
    assert not used("df.to_csv(buf, line_terminator='\\n')", name)
    assert not used("df.to_json(buf, lineterminator='\\n')", name)


def test_syntax_error_uses_nothing():
    assert not used("def broken(:\n", "pandas.concat")


def _result(**kw) -> JobResult:
    base = dict(status=Status.passed, imported=True, entrypoint_ok=True,
                tests=(TestOutcome(nodeid="t::a", outcome="passed"),))
    base.update(kw)
    return JobResult(**base)


def test_dynamic_calls_count_as_use():
    code = "def f(df, other):\n    return getattr(df, 'app' + 'end')(other)\n"  # invisible to the AST
    result = _result(calls=("pandas.core.frame.DataFrame.append",),
                     resolved_api={"pandas.DataFrame.append": "pandas.core.frame.DataFrame.append"})
    verdict = api_verdict(code, result, (), ("pandas.DataFrame.append",))
    assert not verdict.ok and verdict.forbidden == ("pandas.DataFrame.append",)


def test_missing_must_use_and_deprecations_fail_api():
    result = _result(warnings=(WarningRecord(category="FutureWarning", message="applymap is deprecated",
                                             filename="/work/job-1/solution.py", lineno=3),
                               WarningRecord(category="DeprecationWarning", message="inside numpy",
                                             filename="/opt/venv/lib/numpy/core.py", lineno=1)))
    verdict = api_verdict("import pandas as pd\n", result, ("pandas.concat",), ())
    assert verdict.missing == ("pandas.concat",)
    assert verdict.deprecations == ("FutureWarning: applymap is deprecated",)  # only the candidate's own
    clean = api_verdict("import pandas as pd\npd.concat([])", _result(), ("pandas.concat",), ())
    assert clean.ok


def test_exec_distinguishes_wrong_answers_from_crashes():
    assert executed(_result(status=Status.failed, tests=(TestOutcome(nodeid="a", outcome="failed",
                                                                     exc_type="AssertionError"),)))
    assert not executed(_result(status=Status.failed, tests=(TestOutcome(nodeid="a", outcome="failed",
                                                                         exc_type="AttributeError"),)))
    assert not executed(_result(imported=False))
    assert not executed(_result(entrypoint_ok=False))
    assert not executed(_result(status=Status.timeout, tests=()))
