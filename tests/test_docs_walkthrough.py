"""Every command of docs/adding-a-task-family.md, executed in order as a new user would."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, require_docker

pytestmark = pytest.mark.docker
DOC = REPO / "docs" / "adding-a-task-family.md"


def test_walkthrough_commands_work(tmp_path: Path):
    require_docker()
    blocks = re.findall(r"```bash\n(.*?)```", DOC.read_text(), flags=re.S)
    assert len(blocks) >= 8
    script = "set -euo pipefail\n" + "\n".join(blocks)
    bench_dir = Path(sys.executable).parent  # the `bench` installed with this interpreter
    env = {**os.environ, "PATH": f"{bench_dir}:{os.environ['PATH']}", "COLUMNS": "200"}
    proc = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    validation = json.loads((tmp_path / "my-tasks" / "packaging-22" / "validation.json").read_text())
    assert [r["ok"] for r in validation["tasks"]] == [True, True]
    ref = json.loads((tmp_path / "my-results" / "ref" / "metrics.json").read_text())
    noop = json.loads((tmp_path / "my-results" / "noop" / "metrics.json").read_text())
    assert ref["overall"]["pass@1"]["mean"] == 1.0 and ref["overall"]["api"]["mean"] == 1.0
    assert noop["overall"]["pass@1"]["mean"] == 0.0 and noop["locality"]["mean"] == 1.0
    board = (tmp_path / "my-results" / "LEADERBOARD.md").read_text()
    assert "## packaging-22@1" in board and "| reference" in board and "| noop" in board
