"""``grpo``: reinforcement learning with the executed reward, on CPU, with real parts.

The learning test uses a toy family that a tiny random model can learn within a minute: pure
Python (an environment with no requirements, so sandbox jobs take milliseconds), and a word-level
tokenizer whose tokens are whole lines of code, so every sampled completion is a module the
sandbox can run and judge. A target task asks to update ``def rate(): return 1`` to return 2; a
keep task's ``def rate(): return 3`` is already right and must stay. The policy starts uniform over
the lines; only the executed reward tells it which to write.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmark.loading import load_tasks
from benchmark.reward import ExecutedReward
from solvers.base import Problem, SolveContext
from tests.conftest import MiniTask, fit_killed_after_checkpoint, write_family

pytest.importorskip("peft", reason="the model stack is not installed: pip install -e '.[models]'")
pytest.importorskip("trl", reason="the model stack is not installed: pip install -e '.[models]'")

LINES = ["def rate(): return 1\n", "def rate(): return 2\n", "def rate(): return 3\n", "pass\n"]
SPECIALS = ["<unk>", "<pad>", "<|im_start|>", "<|im_end|>"]
TOY_TASKS = {
    # name: (kind, old code, reference, expected rate())
    "rate-one": ("migrate", "def rate(): return 1\n", "def rate(): return 2\n", 2),
    "keep-three": ("keep", "def rate(): return 3\n", "def rate(): return 3\n", 3),
    "rate-one-again": ("migrate", "def rate(): return 1\n", "def rate(): return 2\n", 2),  # test_seen
}


@pytest.fixture(scope="session")
def toy_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("toy-tasks")
    change = {"id": "rate-bump", "type": "semantics", "old_api": "toy.rate", "new_api": "toy.rate"}
    write_family(root, "toy-rate", "python",
                 "A toy migration for reinforcement-learning tests (rate 1 becomes rate 2).",
                 {"old": [], "new": []},
                 {name: MiniTask(old, new, "rate", change, kind=kind,
                                 split="test_seen" if name.endswith("-again") else "train",
                                 test=f"from solution import rate\n\n\ndef test_rate():\n    assert rate() == {expected}\n",
                                 spec={"timeout_s": 10})
                  for name, (kind, old, new, expected) in TOY_TASKS.items()},
                 preload=["json"], track=["json"])
    return root


@pytest.fixture(scope="session")
def toy_tasks(toy_root):
    return load_tasks(["toy-rate"], root=toy_root, splits=["train"])  # the train task and the keep task


@pytest.fixture(scope="session")
def toy_model(tmp_path_factory) -> str:
    """A 2-layer random Llama whose word-level tokenizer knows four lines of code, with a chat template."""
    import torch
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    vocab = {t: i for i, t in enumerate(SPECIALS + LINES)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    # Each line (with its newline) is one piece; lines outside the vocabulary (the prompt's prose) are <unk>.
    tok.pre_tokenizer = pre_tokenizers.Split(Regex(r"[^\n]*\n|[^\n]+"), behavior="isolated")
    tok.decoder = decoders.Fuse()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>",
                                   bos_token="<|im_start|>", eos_token="<|im_end|>")
    fast.chat_template = ("{% for m in messages %}<|im_start|>{{ m['content'] }}<|im_end|>{% endfor %}"
                          "{% if add_generation_prompt %}<|im_start|>{% endif %}")
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(vocab), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                         bos_token_id=fast.bos_token_id, eos_token_id=fast.eos_token_id,
                         pad_token_id=fast.pad_token_id, tie_word_embeddings=False)
    model = LlamaForCausalLM(config)
    # With the default 0.02-std output head every logit stays near 0 whatever the layers do, so a few
    # LoRA steps could not move the policy; a wider head lets them (as in tests/test_training.py).
    with torch.no_grad():
        model.lm_head.weight.mul_(10)
    out = tmp_path_factory.mktemp("toy-llama")
    model.save_pretrained(out)
    fast.save_pretrained(out)
    return str(out)


def make(name: str, model: str, run_dir: Path | None, sandbox=None, samples: int = 1,  # noqa: ANN001, ANN201
         temperature: float = 0.0, seed: int = 0, **options: str):
    from benchmark.plugins import SOLVERS

    ctx = SolveContext(model=model, run_dir=run_dir, log=lambda msg: None, sandbox=sandbox, samples=samples,
                       temperature=temperature, seed=seed)
    return SOLVERS.get(name)(ctx, {"device": "cpu", **options})


def pass_rates(reward: ExecutedReward, tasks, candidates) -> dict[str, float]:  # noqa: ANN001
    by_uid = {t.uid: t for t in tasks}
    results = reward.batch([(by_uid[c.uid], c.code) for c in candidates])
    rates = {}
    for uid in by_uid:
        mine = [r.verdict.passes for c, r in zip(candidates, results) if c.uid == uid]
        rates[uid] = sum(mine) / len(mine)
    return rates


TOY_GRPO = {"rank": "8", "alpha": "16", "dropout": "0", "lr": "5e-3", "batch_size": "2", "num_generations": "8",
            "max_completion_length": "8", "max_new_tokens": "16", "checkpointing": "false", "save_every": "0",
            "humaneval_n": "0", "bpb_docs": "0", "keep_from_references": "0"}


def test_options_are_documented_and_validated():
    from pydantic import ValidationError

    from benchmark.plugins import SOLVERS

    cls = SOLVERS.get("grpo")
    assert cls.changes_weights and cls.uses_model
    undocumented = [k for k, f in cls.Options.model_fields.items() if not f.description]
    assert not undocumented, undocumented
    opts = cls.Options.model_validate({})
    assert (opts.layers, opts.num_generations, opts.beta, opts.reward_gate) == ("all", 4, 0.0, "pass")
    assert cls.Options.model_validate({"layers": "top:1/3"}).layers == "top:1/3"  # a layer range, as hier_lora
    for bad in ({"num_generations": "1"}, {"layers": "deepest"}, {"reward_pass": "-1"}, {"reward_gate": "tests"},
                {"reward_keep_changed": "2"}):
        with pytest.raises(ValidationError):
            cls.Options.model_validate(bad)


def test_training_without_a_sandbox_fails_before_it_starts(toy_model, toy_tasks, tmp_path):
    from solvers.train import NoSandboxError

    solver = make("grpo", toy_model, tmp_path, **TOY_GRPO)
    with pytest.raises(NoSandboxError, match="sandbox"):
        solver.fit(toy_tasks)
    assert not (tmp_path / "adapter").exists() and not (tmp_path / "checkpoints").exists()


@pytest.mark.docker
@pytest.mark.slow
def test_executed_reward_raises_the_pass_rate(toy_model, toy_tasks, docker_sandbox, tmp_path):
    """Sampled answers of the toy model pass rarely; after 60 GRPO steps they pass, for the target task
    (rewrite 1 as 2) and the keep task (keep 3) alike, and the reward curve shows the climb."""
    start = time.monotonic()
    problems = [Problem.from_task(t) for t in toy_tasks]
    reward = ExecutedReward(docker_sandbox)
    sampling = {"samples": 24, "temperature": 1.0, "seed": 1}  # solving samples as training does
    base = make("prompt", toy_model, None, sandbox=docker_sandbox, **sampling, max_new_tokens="16")
    before = pass_rates(reward, toy_tasks, base.solve(problems))
    phases: list[str] = []
    solver = make("grpo", toy_model, tmp_path, sandbox=docker_sandbox, **sampling, **TOY_GRPO, max_steps="60")
    solver.ctx.progress = lambda phase, done, total: phases.append(phase)
    info = solver.fit(toy_tasks)
    candidates = solver.solve(problems)
    after = pass_rates(reward, toy_tasks, candidates)
    curve = info["reward_history"]
    print(f"toy grpo: {time.monotonic() - start:.1f} s; pass before {before}, after {after}; "
          f"reward {[p['mean'] for p in curve]}")
    assert all(rate < 0.3 for rate in before.values()), before
    assert all(rate >= 0.8 for rate in after.values()), after
    # The reward curve: one point per step, with its spread and pass share, rising.
    assert info["steps"] == 60 and [p["step"] for p in curve] == list(range(1, 61))
    assert all({"mean", "std", "pass_rate", "fix_rate"} <= set(p) for p in curve)
    first, last = (sum(p["mean"] for p in part) / len(part) for part in (curve[:10], curve[-10:]))
    assert last > first + 0.3, (first, last)
    assert info["reward_first"] == curve[0]["mean"] and info["reward_last"] == curve[-1]["mean"]
    assert info["reward_weights"]["passes"] == 0.5 and info["generation"] == "transformers"
    # The policy repeats itself: most of the 960 completions were judged from the cache.
    assert info["reward_cache_hits"] > info["reward_jobs_executed"] > 0
    # The progress bar showed the mean reward of the latest step.
    assert phases[0] == "grpo training steps" and phases[-1].startswith("grpo training steps · mean reward ")
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()


@pytest.mark.docker
@pytest.mark.slow
def test_training_killed_after_a_checkpoint_resumes_and_ends_as_if_never_stopped(toy_model, toy_tasks,
                                                                                 docker_sandbox, tmp_path,
                                                                                 monkeypatch):
    import torch

    options = {**TOY_GRPO, "save_every": "2", "max_steps": "4"}
    whole = make("grpo", toy_model, tmp_path / "whole", sandbox=docker_sandbox, **options)
    uninterrupted = whole.fit(toy_tasks)
    assert uninterrupted["steps"] == 4 and not (tmp_path / "whole" / "checkpoints").exists()

    fit_killed_after_checkpoint(
        monkeypatch, lambda: make("grpo", toy_model, tmp_path / "torn", sandbox=docker_sandbox, **options).fit(toy_tasks), 2)
    checkpoints = tmp_path / "torn" / "checkpoints"
    assert (checkpoints / "checkpoint-2").is_dir() and (checkpoints / "reward_cache.jsonl").is_file()

    logs: list[str] = []
    resumed_solver = make("grpo", toy_model, tmp_path / "torn", sandbox=docker_sandbox, **options)
    resumed_solver.ctx.log = logs.append
    resumed = resumed_solver.fit(toy_tasks)
    assert any("resuming training from checkpoint-2" in line for line in logs), logs
    assert resumed["resumed_from_step"] == 2 and resumed["steps"] == 4
    # The whole reward curve, the steps before the kill included, as the unbroken run has it.
    assert resumed["reward_history"] == uninterrupted["reward_history"]
    assert resumed["loss_history"] == pytest.approx(uninterrupted["loss_history"], abs=1e-4)
    assert not checkpoints.exists()
    mine = {n: p for n, p in resumed_solver.lm.model.named_parameters() if "lora_" in n and ".default." in n}
    theirs = dict(whole.lm.model.named_parameters())
    assert mine and all(torch.allclose(p, theirs[n], atol=1e-5) for n, p in mine.items())


@pytest.mark.docker
def test_keep_prompts_from_references_pay_for_leaving_code_alone(docker_sandbox):
    """bench run trains on target tasks only, so grpo makes keep prompts from them: the reference as
    the input code. Leaving it alone earns the full reward, a passing rewrite half, the old code 0."""
    from benchmark.loading import load_train_tasks
    from benchmark.plugins import SOLVERS

    train = load_train_tasks(["pandas-2"])
    grpo = SOLVERS.get("grpo")
    assert grpo(SolveContext(model=None), {"keep_from_references": "0"}).keep_variants(train) == []
    assert len(grpo(SolveContext(model=None), {"keep_from_references": "1"}).keep_variants(train)) == len(train)
    variants = grpo(SolveContext(model=None), {}).keep_variants(train)
    assert len(variants) == round(0.25 * len(train))
    assert variants == grpo(SolveContext(model=None), {}).keep_variants(train)  # the same choice every time
    assert all(not v.is_target and v.old_code == v.reference and v.uid.endswith(".as-keep") for v in variants)
    problem = Problem.from_task(variants[0])
    assert problem.kind == "keep" and problem.code == variants[0].reference
    v = variants[0]
    original = next(t for t in train if t.uid == v.uid.removesuffix(".as-keep"))
    got = ExecutedReward(docker_sandbox).batch([(v, v.reference), (v, v.reference + "\n\nUNUSED = 1\n"),
                                               (v, original.old_code)])
    assert [r.total for r in got] == [pytest.approx(1.0), pytest.approx(0.5), 0.0], got


@pytest.mark.docker
@pytest.mark.slow
def test_bench_run_trains_scores_and_records_the_reward_curve(toy_model, toy_root, tmp_path):
    """`bench run --solver grpo` end to end: trains with the run's sandbox, solves, measures forgetting,
    records the reward curve in run.json, and the HTML leaderboard plots it."""
    from tests.conftest import require_docker

    require_docker()
    options = ["max_steps=2", "num_generations=2", "batch_size=1", "max_completion_length=8", "max_new_tokens=16",
               "checkpointing=false", "humaneval_n=0", "bpb_docs=0", "lr=5e-3"]
    args = [sys.executable, "-m", "benchmark.cli.main", "run", "--solver", "grpo", "--model", toy_model,
            "--root", str(toy_root), "--tasks", "toy-rate", "--backend", "transformers", "--out", str(tmp_path),
            "--run-id", "toy-grpo", *[a for o in options for a in ("-S", o)]]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-2000:]
    info = json.loads((tmp_path / "toy-grpo" / "run.json").read_text())
    fit = info["fit"]
    assert fit["objective"] == "grpo" and fit["steps"] == 2 and fit["train_tasks"] == 1  # targets only
    assert [p["step"] for p in fit["reward_history"]] == [1, 2] and fit["reward_jobs_executed"] >= 1
    rows = [json.loads(line) for line in (tmp_path / "toy-grpo" / "samples.jsonl").read_text().splitlines()]
    assert sorted(r["task"] for r in rows) == ["toy-rate/keep-three", "toy-rate/rate-one-again"]
    assert "grpo training steps" in proc.stderr + proc.stdout
    page = tmp_path / "lb.html"
    lb = subprocess.run([sys.executable, "-m", "benchmark.cli.main", "leaderboard", str(tmp_path), "-o",
                         str(tmp_path / "lb.md"), "--html", str(page)], capture_output=True, text=True, timeout=120)
    assert lb.returncode == 0, lb.stderr
    assert '<polyline class="curve" data-run="toy-grpo"' in page.read_text()
