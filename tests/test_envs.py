"""Environment resolution: the same requirements give the same wheels on any machine, any day."""

from __future__ import annotations

import io
from datetime import date

import pytest

from benchmark.specs import Environment
from sandbox.base import EnvRequest, InfraError
from sandbox.envs import SNAPSHOT, _request_key, _resolve_for_target, resolved_as_of

PANDAS_OLD = ("numpy==1.26.4", "pandas==1.5.3")


def test_unpinned_dependencies_resolve_as_of_the_snapshot_day():
    # Everything below was on PyPI by 2024-06-01, and only pytest 8.3.4 (pinned, December 2024) is
    # newer: a pinned release after the day still resolves, the rest is what that day offered.
    pins = _resolve_for_target(EnvRequest(python="3.11", requirements=PANDAS_OLD, resolved_as_of=date(2024, 6, 1)),
                               io.StringIO())
    assert pins == ["iniconfig==2.0.0", "numpy==1.26.4", "packaging==24.0", "pandas==1.5.3", "pluggy==1.5.0",
                    "pytest==8.3.4", "python-dateutil==2.9.0.post0", "pytz==2024.1", "six==1.16.0"]


def test_a_day_before_the_dependencies_existed_names_the_field():
    env = EnvRequest(python="3.11", requirements=PANDAS_OLD, resolved_as_of=date(2020, 1, 1))
    with pytest.raises(InfraError, match=r"as of 2020-01-01: an environment needing newer ones sets a later "
                                         r"`resolved_as_of`"):
        _resolve_for_target(env, io.StringIO())


def test_the_day_is_part_of_the_wheelhouse_key():
    default = EnvRequest(python="3.11", requirements=PANDAS_OLD)
    assert resolved_as_of(default) == SNAPSHOT
    assert _request_key(default) == _request_key(default.model_copy(update={"resolved_as_of": SNAPSHOT}))
    assert _request_key(default) != _request_key(default.model_copy(update={"resolved_as_of": date(2025, 1, 1)}))


def test_task_format_takes_a_day_and_leaves_older_hashes_alone():
    env = Environment.model_validate({"python": "3.11", "requirements": list(PANDAS_OLD), "resolved_as_of": "2025-02-01"})
    assert env.resolved_as_of == date(2025, 2, 1)
    # Unset, the field is left out of the dump that task content hashes are made of.
    assert "resolved_as_of" not in Environment(python="3.11", requirements=PANDAS_OLD).model_dump(mode="json")
    with pytest.raises(ValueError, match="resolved_as_of"):
        Environment.model_validate({"python": "3.11", "resolved_as_of": "last spring"})
