"""The rule learner on hand-made pairs, one per rule type, and the rules solver's guarantees."""

from __future__ import annotations

from solvers.rulebase import RuleBase, apply_rules, raw_rules


def rewrites(base: RuleBase) -> list:
    """The rewrite rules of a base, without the binding rules every reference's imports give."""
    return [r for r in base.rules if r.kind != "binding"]


def learned(old: str, new: str) -> list[str]:
    return sorted(rule.show() for rule in rewrites(RuleBase.learn([("t", old, new)])))


def test_function_rename_keeps_arguments():
    # Only the name changed: the rule is about the name, so any call site matches it.
    rules = rewrites(RuleBase.learn([("t", "import numpy as np\nx = np.product(a, axis=0)\n",
                                      "import numpy as np\nx = np.prod(a, axis=0)\n")]))
    assert [r.show() for r in rules] == ["[rename/attribute] $0.product  ->  $0.prod"]
    out, _ = apply_rules("import numpy as xp\ny = xp.product(b * 2, dtype=float)\n", rules)
    assert out == "import numpy as xp\ny = xp.prod(b * 2, dtype=float)\n"


def test_attribute_rename_and_moved_name():
    assert learned("def f(i):\n    return i.is_monotonic\n", "def f(i):\n    return i.is_monotonic_increasing\n") == [
        "[rename/attribute] $0.is_monotonic  ->  $0.is_monotonic_increasing"]
    assert learned("import numpy as np\nE = np.AxisError\n", "import numpy as np\nE = np.exceptions.AxisError\n") == [
        "[rename/attribute] $0.AxisError  ->  $0.exceptions.AxisError"]


def test_keyword_rename_removal_and_addition():
    assert learned("df.to_csv(b, line_terminator='x')\n", "df.to_csv(b, lineterminator='x')\n") == [
        "[keyword in to_csv(...)] line_terminator  ->  lineterminator"]
    assert learned("m = Ridge(alpha=1, normalize=False)\n", "m = Ridge(alpha=1)\n") == [
        "[keyword in Ridge(...)] normalize  ->  (nothing)"]
    assert learned("km = KMeans(3)\n", "km = KMeans(3, n_init=10)\n") == ["[keyword in KMeans(...)] (nothing)  ->  n_init=10"]


def test_call_rewrite_with_argument_mapping():
    old = "import pandas as pd\ndef f(a, b):\n    return a.append(b, ignore_index=True)\n"
    new = "import pandas as pd\ndef f(a, b):\n    return pd.concat([a, b], ignore_index=True)\n"
    base = RuleBase.learn([("t", old, new)])
    out, applied = apply_rules("import pandas as pd\nx = left.append(right.head(2), ignore_index=True)\n", base.rules)
    assert "pd.concat([left, right.head(2)], ignore_index=True)" in out and applied


def test_import_rewrite_follows_code_rules():
    base = RuleBase.learn([("t", "import pipes\ndef q(s):\n    return pipes.quote(s)\n",
                            "import shlex\ndef q(s):\n    return shlex.quote(s)\n")])
    out, _ = apply_rules("import pipes\n\nCMD = 'ls ' + pipes.quote(path)\n", base.rules)
    assert out == "import shlex\n\nCMD = 'ls ' + shlex.quote(path)\n"
    untouched = "import pipes  # only mentioned\n"
    assert apply_rules(untouched, base.rules)[0] == untouched  # no code rule fired: imports stay


def test_a_rewrite_that_introduces_a_name_imports_it():
    old = "from pydantic import BaseModel, validator\n\nclass A(BaseModel):\n    @validator('x')\n    def v(cls, x):\n        return x\n"
    new = old.replace("validator", "field_validator")
    base = RuleBase.learn([("t", old, new)], scope="pydantic")
    assert "[binding] field_validator  ->  from pydantic import field_validator" in {r.show() for r in base.rules}
    # The new code imports validator on its own line: the import rule cannot match, the binding adds one.
    code = '"""Doc."""\nfrom pydantic import BaseModel\nfrom pydantic import validator\n\n\nclass B(BaseModel):\n' \
           "    @validator('n')\n    def pos(cls, v):\n        return v\n"
    out, applied = apply_rules(code, base.rules)
    assert "from pydantic import validator\nfrom pydantic import field_validator\n\n\nclass B" in out
    assert "@field_validator('n')" in out and applied[-1].kind == "binding"
    # Already bound (here by a local definition): nothing is added.
    local = "def field_validator(name):\n    return lambda f: f\n\n\n@validator('n')\ndef pos(v):\n    return v\n"
    assert "import" not in apply_rules(local, base.rules)[0]
    # A star import may bind anything: nothing is added.
    star = "from pydantic import *\n\n\n@validator('n')\ndef pos(v):\n    return v\n"
    assert apply_rules(star, base.rules)[0].count("import") == 1
    # Binding rules alone never fire: code no rewrite touched stays as it is.
    untouched = "x = field_validator\n"
    assert apply_rules(untouched, base.rules) == (untouched, [])


def test_unmatched_code_is_left_byte_for_byte():
    base = RuleBase.learn([("t", "x = df.append(y, ignore_index=True)\n", "x = pd.concat([df, y], ignore_index=True)\n")])
    code = "items = []\nitems.append(3)   # a list, keep\n\n\ndef  spaced( a ):\n    return a\n"
    assert apply_rules(code, base.rules) == (code, [])


def test_train_code_that_was_not_rewritten_lowers_consistency():
    # In train, list.append calls stay as they are: the bare `$0.append($1)` rule is inconsistent.
    pairs = [("a", "x = df.append(y)\n", "x = pd.concat([df, y])\n"),
             ("b", "rows = []\nrows.append(1)\n", "rows = []\nrows.append(1)\n")]
    (rule,) = [r for r in RuleBase.learn(pairs).rules if "append" in r.before]
    assert rule.consistency == 0.5 and rule.confidence < 0.5


def test_positional_to_keyword_is_one_call_rule_not_a_keyword_addition():
    base = RuleBase.learn([("t", "import re\ndef f(s):\n    return re.sub('a', 'b', s, 1)\n",
                            "import re\ndef f(s):\n    return re.sub('a', 'b', s, count=1)\n")])
    assert [r.show() for r in rewrites(base)] == ["[call rewrite] $2.sub($0, $1, $3, $4)  ->  $2.sub($0, $1, $3, count=$4)"]
    out, _ = apply_rules("import re\nx = re.sub(P, R, text, 2)\ny = re.sub(P, R, text, count=3)\n", base.rules)
    assert out == "import re\nx = re.sub(P, R, text, count=2)\ny = re.sub(P, R, text, count=3)\n"


def test_renamed_parameters_and_variables_are_not_rules():
    old = "def check(cls, values):\n    total = values['a']\n    return total\n"
    new = "def check(self):\n    amount = self['a']\n    return amount\n"
    assert not [r for r in raw_rules(old, new) if r[1] in ("values", "total")]


def test_semantic_rewrites_of_builtins_are_not_rules():
    # Learned from a scalar-repr fix; as a blind rule it would break every list(...) call.
    assert raw_rules("def f(a):\n    return list(a)\n", "def f(a):\n    return a.tolist()\n") == set()
    assert raw_rules("def f(n):\n    return isinstance(n, ast.Num)\n",
                     "def f(n):\n    return isinstance(n, ast.Constant) and isinstance(n.value, int)\n")


def test_confidence_grows_with_support_and_falls_with_inconsistency():
    pair = ("import numpy as np\nv = np.float_(1)\n", "import numpy as np\nv = np.float64(1)\n")
    one = rewrites(RuleBase.learn([("a", *pair)]))[0]
    three = rewrites(RuleBase.learn([(t, *pair) for t in "abc"]))[0]
    assert one.support == 1 and three.support == 3 and three.confidence > one.confidence >= 0.5
    # A train pair where the rule's pattern appears but the reference keeps it lowers consistency.
    mixed = RuleBase.learn([("a", *pair), ("b", "import numpy as np\nv = np.float_(2)\n", "import numpy as np\nv = np.float_(2)\n")])
    assert rewrites(mixed)[0].consistency == 0.5


def test_round_trip(tmp_path):
    base = RuleBase.learn([("t", "x = s.iteritems()\n", "x = s.items()\n")])
    base.save(tmp_path / "rules.json")
    assert RuleBase.load(tmp_path / "rules.json").rules == base.rules


def test_changed_parameter_defaults_do_not_break_learning():
    # Class fields and signatures: diffing reaches bare `Annotation` and `Param` nodes, which
    # only render inside their owners.
    old = "class Theme(BaseModel):\n    text: str = Field('#111', regex=HEX)\n\n\ndef f(a: int = 1):\n    pass\n"
    new = "class Theme(BaseModel):\n    text: str = Field('#111', pattern=HEX)\n\n\ndef f(a: int = 2):\n    pass\n"
    assert [r.show() for r in rewrites(RuleBase.learn([("t", old, new)]))] == [
        "[keyword in Field(...)] regex  ->  pattern"]


def test_rules_apply_only_to_code_of_the_library_they_were_learned_for():
    from solvers.rules import learn_rules
    from benchmark.loading import load_tasks

    base = learn_rules(load_tasks(["numpy-2", "pandas-2"], splits=("train",)))
    assert {r.scope for r in base.rules} == {"numpy", "pandas"}
    code = "import numpy as np\nx = np.in1d(a, b)\n"
    assert base.matching(code, "numpy") and not base.matching(code, "pandas")
    assert all(r.scope == "numpy" for r in base.usable("numpy"))


def test_hybrid_can_leave_code_that_no_rule_matches_untouched():
    from solvers.base import Problem, SolveContext
    from solvers.rules import HybridSolver

    def problem(uid: str, code: str) -> Problem:
        return Problem(uid=uid, family="numpy-2", library="numpy", kind="migrate", split="test_seen",
                       entrypoint="f", code=code, problem=None, doc=None, visible_test=None,
                       environment="python 3.11: numpy==2.1.3")

    pair = ("import numpy as np\nv = np.float_(1)\n", "import numpy as np\nv = np.float64(1)\n")
    solver = HybridSolver(SolveContext(model=None, samples=2), {"unmatched": "keep"})
    solver.base = RuleBase.learn([(t, *pair) for t in "abc"], scope="numpy")
    keep = "import numpy as np\n\ndef f(a):\n    return np.asarray(a).sum()  # nothing to migrate\n"
    out = solver.solve([problem("f/stale", "import numpy as np\nx = np.float_(3)\n"), problem("f/keep", keep)])
    by_uid = {(c.uid, c.sample): c for c in out}
    assert len(out) == 4
    assert by_uid["f/stale", 0].meta["tier"] == "rules" and "np.float64(3)" in by_uid["f/stale", 0].code
    assert by_uid["f/keep", 1].meta == {"tier": "untouched"} and by_uid["f/keep", 1].code == keep
    assert solver._lm is None  # neither problem needed the model
    assert HybridSolver(SolveContext(model=None), {}).options.unmatched == "prompt"  # the three tiers
