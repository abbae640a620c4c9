"""Weight-updating solvers (lora, hier_lora, dpo): real training runs on CPU with a tiny random-weight
Llama that uses the real SmolLM2 tokenizer, on a small family of short pandas migrations; the
guards against silent failure; and one short run on the real smollm2-135m."""

from __future__ import annotations

import contextlib
import math
import time
import warnings
from pathlib import Path

import pytest

from benchmark.loading import load_tasks
from solvers.base import Problem, SolveContext
from tests.conftest import Killed, MiniTask, fit_killed_after_checkpoint, write_family

pytest.importorskip("peft", reason="the model stack is not installed: pip install -e '.[models]'")
pytest.importorskip("trl", reason="the model stack is not installed: pip install -e '.[models]'")

# Short migrations, so that a CPU training step takes a fraction of a second.
MINI_TASKS = {
    "concat-rows": (
        "import pandas as pd\n\n\ndef add_rows(df, other):\n    return df.append(other, ignore_index=True)\n",
        "import pandas as pd\n\n\ndef add_rows(df, other):\n    return pd.concat([df, other], ignore_index=True)\n",
        "add_rows", "DataFrame.append was removed; use pandas.concat([df, other]).",
    ),
    "items-loop": (
        "import pandas as pd\n\n\ndef columns(df):\n    return [name for name, _ in df.iteritems()]\n",
        "import pandas as pd\n\n\ndef columns(df):\n    return [name for name, _ in df.items()]\n",
        "columns", "DataFrame.iteritems was removed; use DataFrame.items.",
    ),
    "csv-newline": (
        "import pandas as pd\n\n\ndef dump(df, path):\n    df.to_csv(path, line_terminator='\\n')\n",
        "import pandas as pd\n\n\ndef dump(df, path):\n    df.to_csv(path, lineterminator='\\n')\n",
        "dump", "to_csv(line_terminator=) was renamed to lineterminator=.",
    ),
}


@pytest.fixture(scope="session")
def mini_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tasks")
    # pandas-2's environments: the same content-addressed images
    write_family(root, "mini-pandas", "pandas", "Short pandas 1.5 -> 2.2 migrations for training tests.",
                 {"old": ["pandas==1.5.3", "numpy==1.26.4"], "new": ["pandas==2.2.3", "numpy==1.26.4"]},
                 {name: MiniTask(old, new, entry,
                                 {"id": name, "type": "removed", "old_api": "pandas.x", "new_api": "pandas.y"},
                                 spec={"doc": doc})
                  for name, (old, new, entry, doc) in MINI_TASKS.items()},
                 preload=["pandas"])
    return root


@pytest.fixture(scope="session")
def mini_tasks(mini_root):
    return load_tasks(["mini-pandas"], root=mini_root)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> str:
    """A 4-layer random Llama with the real SmolLM2 tokenizer and chat template, saved as a local model."""
    pytest.importorskip("transformers")
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from solvers.lm.models import ModelError, provision

    try:
        source = provision("smollm2-135m", log=lambda msg: None)
    except ModelError as exc:
        pytest.skip(f"the smollm2 tokenizer is not provisioned and cannot be: {exc}")
    tok = AutoTokenizer.from_pretrained(source)
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=4,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
                         bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
                         tie_word_embeddings=False)
    model = LlamaForCausalLM(config)
    # With the default 0.02-std output head, the final RMSNorm caps every logit near 1, so no change
    # inside the layers can move the loss far from ln(vocab); a wider head lets a few LoRA steps show.
    with torch.no_grad():
        model.lm_head.weight.mul_(10)
    out = tmp_path_factory.mktemp("tiny-llama")
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return str(out)


def make(name: str, model: str, run_dir: Path | None, **options: str):  # noqa: ANN201
    from benchmark.plugins import SOLVERS

    ctx = SolveContext(model=model, run_dir=run_dir, log=lambda msg: None)
    return SOLVERS.get(name)(ctx, {"device": "cpu", **options})


# One step per epoch over the three tasks; the CPU is shared, so steps are few.
FAST = {"rank": "8", "alpha": "16", "dropout": "0", "lr": "1e-2", "epochs": "4", "batch_size": "3",
        "max_new_tokens": "16"}


def completion_nll(solver, task, adapters: bool) -> float:  # noqa: ANN001
    """Mean negative log-likelihood per token of the task's reference answer under the solver's model."""
    import torch

    lm = solver.lm
    prompt, wrap = solver.prompt_for(Problem.from_task(task), solver.strategy), solver.answer
    ids_prompt = lm.tokenizer(prompt, return_tensors="pt")["input_ids"]
    ids_all = lm.tokenizer(prompt + wrap(task.reference), return_tensors="pt")["input_ids"]
    labels = ids_all.clone()
    labels[:, : ids_prompt.shape[1]] = -100
    off = contextlib.nullcontext() if adapters else lm.model.disable_adapter()
    with torch.no_grad(), off:
        return float(lm.model(input_ids=ids_all, labels=labels).loss)


# -- layer selection and options -----------------------------------------------------------------


def test_layer_selection_parses_and_resolves():
    from solvers.train.layers import LayerSelection, LayerSpecError, describe

    assert describe(LayerSelection("top:1/3").resolve(30)) == "20-29"  # the default: the deepest third
    assert describe(LayerSelection("top:1/3").resolve(18)) == "12-17"
    assert describe(LayerSelection("top:0.25").resolve(30)) == "22-29"  # ceil(7.5) layers
    assert describe(LayerSelection("bottom:0.2").resolve(30)) == "0-5"
    assert describe(LayerSelection("middle:0.5").resolve(30)) == "7-21"  # 15 layers, centred
    assert describe(LayerSelection("top:4").resolve(30)) == "26-29"
    assert describe(LayerSelection("20-29").resolve(30)) == "20-29"
    assert describe(LayerSelection("0-3,10,12-13").resolve(30)) == "0-3,10,12-13"
    assert LayerSelection("all").resolve(3) == [0, 1, 2]
    for bad in ("top:0", "top:1.5", "9-3", "deep", "top:x"):
        with pytest.raises(LayerSpecError):
            LayerSelection(bad)
    with pytest.raises(LayerSpecError, match="0-29"):
        LayerSelection("25-35").resolve(30)


def test_options_are_documented_and_validated():
    from pydantic import ValidationError

    from benchmark.plugins import SOLVERS

    for name in ("lora", "hier_lora", "dpo"):
        cls = SOLVERS.get(name)
        assert cls.changes_weights and cls.uses_model
        undocumented = [k for k, f in cls.Options.model_fields.items() if not f.description]
        assert not undocumented, f"{name}: options without a description: {undocumented}"
        assert {"rank", "alpha", "dropout", "lr", "epochs", "batch_size", "max_length", "seed", "with_doc",
                "adapter", "max_new_tokens", "device"} <= set(cls.Options.model_fields)
    assert SOLVERS.get("hier_lora").Options.model_validate({}).layers == "top:1/3"
    with pytest.raises(ValidationError, match="layers"):
        SOLVERS.get("hier_lora").Options.model_validate({"layers": "deepest"})
    with pytest.raises(ValidationError):
        SOLVERS.get("lora").Options.model_validate({"max_new_tokens": "4"})  # the prompt solver's bounds hold


# -- guards ----------------------------------------------------------------------------------------


def test_all_masked_batch_is_refused_naming_the_tasks():
    import torch

    from solvers.train.guards import AllMaskedError, GuardedCollator

    def collate(examples):  # noqa: ANN001, ANN202
        return {"input_ids": torch.tensor([e["input_ids"] for e in examples]),
                "labels": torch.tensor([e["labels"] for e in examples])}

    guard = GuardedCollator(collate, max_length=4)
    masked = {"input_ids": [1, 2, 3, 4], "labels": [-100] * 4}
    # A label on the first position carries no loss in a causal LM (nothing predicts it).
    first_only = {"input_ids": [1, 2, 3, 4], "labels": [1, -100, -100, -100]}
    fine = {"input_ids": [1, 2, 3, 4], "labels": [-100, -100, 3, 4]}
    with pytest.raises(AllMaskedError, match=r"whole batch.*fam/a, fam/b"):
        guard([{"uid": "fam/a", **masked}, {"uid": "fam/b", **first_only}])
    with pytest.raises(AllMaskedError, match=r"1 of 2 examples \(fam/a\)"):
        guard([{"uid": "fam/a", **masked}, {"uid": "fam/c", **fine}])
    batch = guard([{"uid": "fam/c", **fine}])
    assert "uid" not in batch and guard.log.uids == ["fam/c"]
    # DPO batches: chosen rows then rejected rows, supervised where completion_mask is set.
    dpo = GuardedCollator(lambda ex: {"completion_mask": torch.tensor([[0, 1], [0, 0]])}, max_length=2)
    with pytest.raises(AllMaskedError, match="fam/d"):
        dpo([{"uid": "fam/d"}])


def test_non_finite_loss_guard_raises_naming_the_batch():
    from solvers.train.guards import BatchLog, FiniteLossGuard, NonFiniteLossError

    guard = FiniteLossGuard(BatchLog(["fam/a", "fam/b"]))
    guard.check({"loss": 1.5, "grad_norm": 0.3}, step=1, epoch=0.5)
    assert guard.losses == [1.5]
    with pytest.raises(NonFiniteLossError, match=r"loss is nan at step 2.*fam/a, fam/b"):
        guard.check({"loss": float("nan")}, step=2, epoch=1.0)
    with pytest.raises(NonFiniteLossError, match="grad_norm is inf"):
        guard.check({"loss": 1.0, "grad_norm": float("inf")}, step=3, epoch=1.0)


def test_max_length_cutting_every_completion_fails_before_training(tiny_model, mini_tasks, tmp_path):
    from solvers.train import AllMaskedError

    for name in ("lora", "dpo"):
        solver = make(name, tiny_model, tmp_path / name, **FAST, max_length="24")
        expected = r"3 of 3 .*max_length=24: mini-pandas/concat-rows \(prompt \d+ tokens\)"
        with pytest.raises(AllMaskedError, match=expected):
            solver.fit(mini_tasks)
        assert not (tmp_path / name / "adapter").exists()


def test_nan_loss_stops_a_real_training_run(tiny_model, mini_tasks, tmp_path):
    import torch

    from solvers.train import NonFiniteLossError

    solver = make("lora", tiny_model, tmp_path, **FAST)
    with torch.no_grad():
        solver.lm.model.model.norm.weight.fill_(float("nan"))  # every logit becomes NaN
    with pytest.raises(NonFiniteLossError, match=r"training loss is nan at step 1 .*mini-pandas/"):
        solver.fit(mini_tasks)


# -- real training runs ------------------------------------------------------------------------------


def test_lora_learns_the_train_tasks_and_its_adapter_reloads(tiny_model, mini_tasks, tmp_path, monkeypatch):
    from solvers.lm.backends.hf import TransformersBackend

    solver = make("lora", tiny_model, tmp_path, **FAST)
    base_answers = [c.code for c in solver.generate_for([Problem.from_task(t) for t in mini_tasks], "basic", {})]
    base_nll = [completion_nll(solver, t, adapters=True) for t in mini_tasks]  # no adapters exist yet
    info = solver.fit(mini_tasks)

    losses = info["loss_history"]
    assert info["steps"] == 4 and len(losses) == 4 and all(math.isfinite(v) for v in losses)
    assert losses[-1] < losses[0] - 1.0, losses
    assert info["layers"] == "0-3" and info["num_layers"] == 4
    assert info["target_modules"] == "down_proj,gate_proj,k_proj,o_proj,q_proj,up_proj,v_proj"
    # r * (in + out) per adapted projection: attention 64->64 (q, o), 64->32 (k, v); MLP 64<->128.
    per_layer = 8 * ((64 + 64) * 2 + (64 + 32) * 2 + (64 + 128) * 3)
    assert info["trainable_params"] == 4 * per_layer and info["total_params"] > info["trainable_params"]
    cost = solver.cost()
    assert cost["trainable_params"] == 4 * per_layer and cost["device"] == "cpu" and cost["peak_mem_mb"] > 0
    assert cost["fit_wall_s"] > 0 and cost["layers"] == "0-3"

    # Better on what it was trained on: the reference is likelier, with adapters on than off.
    trained_nll = [completion_nll(solver, t, adapters=True) for t in mini_tasks]
    disabled_nll = [completion_nll(solver, t, adapters=False) for t in mini_tasks]
    assert disabled_nll == pytest.approx(base_nll, rel=1e-5)  # disabling the adapters gives back the base model
    assert all(t < b - 1.0 for t, b in zip(trained_nll, base_nll)), (trained_nll, base_nll)

    # Solving sends exactly the training prompts, and the greedy answers are no longer the base model's.
    seen: list[str] = []
    real_generate = TransformersBackend.generate
    monkeypatch.setattr(TransformersBackend, "generate", lambda self, prompts, **kw: seen.extend(p.text for p in prompts)
                        or real_generate(self, prompts, **kw))
    candidates = solver.solve([Problem.from_task(t) for t in mini_tasks])
    assert seen == [solver.prompt_for(Problem.from_task(t), solver.strategy) for t in mini_tasks]
    answers = [c.code for c in candidates]
    assert all(a != b for a, b in zip(answers, base_answers))

    # The saved adapter reloads without training and answers identically.
    folder = tmp_path / "adapter"
    assert (folder / "adapter_config.json").is_file() and (folder / "training.json").is_file()
    reloaded = make("lora", tiny_model, None, **FAST, adapter=str(folder))
    again = reloaded.fit([])
    assert again["steps"] == 0 and again["trainable_params"] == info["trainable_params"]
    assert [c.code for c in reloaded.solve([Problem.from_task(t) for t in mini_tasks])] == answers

    # Solving folded the adapter into the weights; the model is still the trained one, and turning
    # the adapters off still gives the base model back.
    assert [completion_nll(solver, t, adapters=True) for t in mini_tasks] == pytest.approx(trained_nll, rel=1e-4)
    assert [completion_nll(solver, t, adapters=False) for t in mini_tasks] == pytest.approx(base_nll, rel=1e-4)

    # A resumed run (same run folder, same options) reuses the adapter instead of training again,
    # and reports the training the first session did.
    resumed = make("lora", tiny_model, tmp_path, **FAST)
    facts = resumed.fit([])
    assert facts["reused_adapter"] and facts["steps"] == 4 and facts["loss_last"] == round(losses[-1], 5)
    # Its cost is the training session's, not that of loading a model in this one.
    assert facts["peak_mem_mb"] == info["peak_mem_mb"] and facts["peak_mem_source"] == info["peak_mem_source"]
    assert [c.code for c in resumed.solve([Problem.from_task(t) for t in mini_tasks])] == answers
    # Other training options in the same folder: the saved adapter is not theirs, so they train.
    retrained = make("lora", tiny_model, tmp_path, **{**FAST, "lr": "5e-3"})
    assert "reused_adapter" not in retrained.fit(mini_tasks)


def test_a_committed_run_without_adapter_weights_trains_again(tiny_model, mini_tasks, tmp_path):
    """Results are committed with the adapter's config and training record but not its weights:
    resuming such a run (e.g. to re-measure forgetting) trains again instead of failing inside PEFT,
    and evaluating that folder as ``-S adapter=`` says what is missing."""
    from benchmark.plugins import SOLVERS

    options = {**FAST, "max_steps": "2"}
    first = make("lora", tiny_model, tmp_path, **options).fit(mini_tasks)
    (tmp_path / "adapter" / "adapter_model.safetensors").unlink()
    logs: list[str] = []
    ctx = SolveContext(model=tiny_model, run_dir=tmp_path, log=logs.append)
    with pytest.raises(FileNotFoundError, match="no adapter weights .*committed without them"):
        SOLVERS.get("lora")(SolveContext(model=tiny_model), {"device": "cpu", "adapter": str(tmp_path / "adapter")}).fit([])
    again = SOLVERS.get("lora")(ctx, {"device": "cpu", **options}).fit(mini_tasks)
    assert any("has the training record but not the adapter weights" in line for line in logs), logs
    assert "reused_adapter" not in again and again["loss_history"] == first["loss_history"]
    assert (tmp_path / "adapter" / "adapter_model.safetensors").is_file()


@pytest.mark.parametrize("name", ["lora", "dpo"])
def test_training_killed_after_a_checkpoint_resumes_and_ends_as_if_never_stopped(name, tiny_model, mini_tasks,
                                                                                 tmp_path, monkeypatch):
    import torch
    from transformers import Trainer

    options = {**FAST, "save_every": "2", "epochs": "2"}  # batch 2 over 3 tasks: 2 steps an epoch, 4 in all
    options["batch_size"] = "2"
    whole = make(name, tiny_model, tmp_path / "whole", **options)
    uninterrupted = whole.fit(mini_tasks)
    assert uninterrupted["steps"] == 4 and not (tmp_path / "whole" / "checkpoints").exists()

    fit_killed_after_checkpoint(monkeypatch, lambda: make(name, tiny_model, tmp_path / "torn", **options).fit(mini_tasks), 2)
    assert (tmp_path / "torn" / "checkpoints" / "checkpoint-2").is_dir()
    assert not (tmp_path / "torn" / "adapter").exists()
    # Killed again during step 4, after step 3 but before the next checkpoint: checkpoint-2 is still
    # the one to resume from.
    step = Trainer.training_step

    def die_in_step_4(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self.state.global_step == 3:
            raise Killed
        return step(self, *args, **kwargs)

    monkeypatch.setattr(Trainer, "training_step", die_in_step_4)
    with pytest.raises(Killed):
        make(name, tiny_model, tmp_path / "torn", **options).fit(mini_tasks)
    monkeypatch.setattr(Trainer, "training_step", step)

    logs: list[str] = []
    steps: list[tuple[str, int, int]] = []
    ctx = SolveContext(model=tiny_model, run_dir=tmp_path / "torn", log=logs.append,
                       progress=lambda *p: steps.append(p))
    from benchmark.plugins import SOLVERS

    resumed_solver = SOLVERS.get(name)(ctx, {"device": "cpu", **options})
    resumed = resumed_solver.fit(mini_tasks)
    assert any("resuming training from checkpoint-2" in line for line in logs), logs
    # The progress bar starts where training resumes.
    assert steps == [(f"{name} training steps", s, 4) for s in (2, 3, 4)]
    assert resumed["resumed_from_step"] == 2 and resumed["steps"] == 4
    # Steps 3 and 4 ran again in this session, yet the record has every step, as an unbroken run does.
    assert [line for line in logs if ": step " in line] == [f"{name}: step {s} loss {v:.4f}" for s, v in
                                                         zip((3, 4), resumed["loss_history"][2:], strict=True)]
    assert resumed["loss_history"] == pytest.approx(uninterrupted["loss_history"], abs=1e-4)
    assert resumed["train_loss"] == pytest.approx(uninterrupted["train_loss"], abs=1e-4)
    assert resumed["train_s"] > 0 and not (tmp_path / "torn" / "checkpoints").exists()
    mine = {n: p for n, p in resumed_solver.lm.model.named_parameters() if "lora_" in n and ".default." in n}
    theirs = dict(whole.lm.model.named_parameters())
    assert mine and all(torch.allclose(p, theirs[n], atol=1e-5) for n, p in mine.items())


def test_checkpoints_of_a_different_training_are_discarded(tiny_model, mini_tasks, tmp_path, monkeypatch):
    options = {**FAST, "save_every": "1"}
    fit_killed_after_checkpoint(monkeypatch, lambda: make("lora", tiny_model, tmp_path, **options).fit(mini_tasks), 1)
    from benchmark.plugins import SOLVERS

    logs: list[str] = []
    ctx = SolveContext(model=tiny_model, run_dir=tmp_path, log=logs.append)
    info = SOLVERS.get("lora")(ctx, {"device": "cpu", **options, "lr": "5e-3"}).fit(mini_tasks)
    assert any("discarding training checkpoints of a different training" in line for line in logs), logs
    assert "resumed_from_step" not in info and info["steps"] == 4


@contextlib.contextmanager
def no_renamed_checkpointing_warnings():
    """PEFT and TRL use gradient-checkpointing names transformers 5 deprecated; a user can do nothing
    about those warnings, so training must not show them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    shown = [str(w.message) for w in caught if "checkpointing" in str(w.message)]
    assert not shown, shown


def test_hier_lora_adapts_only_the_deepest_layers(tiny_model, mini_tasks, tmp_path):
    solver = make("hier_lora", tiny_model, tmp_path, **FAST)
    with no_renamed_checkpointing_warnings():
        info = solver.fit(mini_tasks)
        make("hier_lora", tiny_model, None, **FAST, adapter=str(tmp_path / "adapter")).fit([])
    assert info["layers"] == "2-3" and info["num_layers"] == 4  # the top third of 4 layers, rounded up
    adapted = {n.split(".layers.")[1].split(".")[0] for n, _ in solver.lm.model.named_parameters() if "lora_" in n}
    assert adapted == {"2", "3"}
    per_layer = 8 * ((64 + 64) * 2 + (64 + 32) * 2 + (64 + 128) * 3)
    assert info["trainable_params"] == 2 * per_layer and solver.cost()["layers"] == "2-3"
    losses = info["loss_history"]
    assert all(math.isfinite(v) for v in losses) and losses[-1] < losses[0]

    explicit = make("hier_lora", tiny_model, None, **{**FAST, "layers": "1", "max_steps": "1"})
    assert explicit.fit(mini_tasks)["layers"] == "1"


def test_dpo_prefers_the_reference_over_the_old_code(tiny_model, mini_tasks, tmp_path):
    import torch

    solver = make("dpo", tiny_model, tmp_path, **{**FAST, "beta": "0.5", "epochs": "2"})
    with no_renamed_checkpointing_warnings():
        info = solver.fit(mini_tasks)
    losses = info["loss_history"]
    print(f"dpo losses {losses}")
    assert losses[0] == pytest.approx(math.log(2), abs=1e-3)  # policy == reference at the start
    assert all(math.isfinite(v) for v in losses) and losses[-1] < losses[0] - 0.05, losses
    assert info["objective"] == "dpo" and info["layers"] == "0-3"

    def margin(task, adapters: bool) -> float:  # noqa: ANN001
        """log p(reference answer) - log p(old answer), summed over answer tokens."""
        lm = solver.lm
        prompt, wrap = solver.prompt_for(Problem.from_task(task), solver.strategy), solver.answer
        n_prompt = len(lm.tokenizer(prompt)["input_ids"])
        total = 0.0
        for code, sign in ((task.reference, 1.0), (task.old_code, -1.0)):
            ids = lm.tokenizer(prompt + wrap(code), return_tensors="pt")["input_ids"]
            off = contextlib.nullcontext() if adapters else lm.model.disable_adapter()
            with off, torch.no_grad():
                logps = lm.model(input_ids=ids).logits[0, :-1].log_softmax(-1)
            picked = logps.gather(1, ids[0, 1:, None])[n_prompt - 1:, 0]
            total += sign * float(picked.sum())
        return total

    assert all(margin(t, True) > margin(t, False) for t in mini_tasks)
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()
    # TRL keeps a frozen copy of the adapter as the reference ("ref"): it is neither counted nor saved.
    assert "ref" in solver.lm.model.peft_config and not (tmp_path / "adapter" / "ref").exists()
    assert info["trainable_params"] == sum(p.numel() for p in solver.lm.model.parameters() if p.requires_grad)


# -- the real model ------------------------------------------------------------------------------------


@pytest.mark.model
def test_hier_lora_trains_the_real_model_for_a_few_steps(tmp_path):
    start = time.monotonic()
    train = [t for t in load_tasks(["pandas-2"], splits=["train"]) if t.spec.split.value == "train"]
    # The two shortest, to keep the CPU steps short.
    train = sorted(train, key=lambda t: len(t.old_code or "") + len(t.reference))[:2]
    solver = make("hier_lora", "smollm2-135m", tmp_path, max_steps="2", batch_size="1", lr="1e-4",
                  max_new_tokens="16")
    info = solver.fit(train)
    assert info["layers"] == "20-29" and info["num_layers"] == 30 and info["steps"] == 2
    # rank 16 on 10 layers: q,o 576->576; k,v 576->192; gate,up 576->1536; down 1536->576.
    per_layer = 16 * ((576 + 576) * 2 + (576 + 192) * 2 + (576 + 1536) * 3)
    assert info["trainable_params"] == 10 * per_layer
    assert all(math.isfinite(v) for v in info["loss_history"]) and len(info["loss_history"]) == 2
    assert info["model_revision"] == "b179c9523d0e"
    (candidate,) = solver.solve([Problem.from_task(train[0])])
    assert candidate.meta["new_tokens"] > 0
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()
    print(f"real-model hier_lora: {time.monotonic() - start:.1f} s, losses {info['loss_history']}")


# -- forgetting ----------------------------------------------------------------------------------------


def test_humaneval_subset_and_solution_modules():
    from solvers.train.forgetting import HUMANEVAL_IDS, humaneval_job, humaneval_module, humaneval_problems

    problems = humaneval_problems()
    assert len(problems) == 164 and len(HUMANEVAL_IDS) == 20 and HUMANEVAL_IDS[-1] == "HumanEval/152"
    p = problems["HumanEval/0"]  # needs `from typing import List` from its prompt

    class Chat:
        chat = True

    whole = "Sure:\n```python\ndef has_close_elements(numbers, threshold):\n    return False\n```"
    module = humaneval_module(Chat(), p, whole)
    assert module.startswith("from typing import List") and module.count("def has_close_elements") == 1
    body = "```python\n    return False\n```"
    assert humaneval_module(Chat(), p, body).startswith(p["prompt"])
    job = humaneval_job(p, p["prompt"] + p["canonical_solution"])
    assert "check(has_close_elements)" in job.files["test_task.py"] and job.entrypoint == "has_close_elements"


def test_bits_per_byte_scores_each_document_without_library_noise(tiny_model, capfd, caplog):
    """lm-eval warns on every call that it was handed a model object, which is how forgetting uses
    it; the console keeps only what a user can act on. Any other lm-eval warning still shows."""
    import logging

    from solvers.train.forgetting import bits_per_byte

    lm = make("lora", tiny_model, None, **FAST).lm
    docs = [{"id": "a", "text": "def f(x):\n    return x + 1\n", "source": "humaneval"},
            {"id": "b", "text": "import os\nprint(os.getcwd())\n", "source": "keep"}]
    capfd.readouterr()  # only what the measurement itself prints counts
    with caplog.at_level(logging.INFO):
        scores = bits_per_byte(lm, docs, batch_size=2)
    assert set(scores) == {"a", "b"} and all(0 < v < 40 for v in scores.values())
    shown = capfd.readouterr().err + caplog.text
    # the last two are any tqdm bar: "100%|████| 2/2 [00:00<00:00, 9.1it/s]"
    for noise in ("is not of type `str`", "already-initialized model", "Generating test split", "%|", "it/s]"):
        assert noise not in shown, noise
    # lm-eval's bars are silenced only during the call
    import lm_eval.models.huggingface
    from tqdm import tqdm
    assert lm_eval.models.huggingface.tqdm is tqdm
    # The filter is scoped to the call, and drops only those two messages.
    logging.getLogger("lm_eval.models.huggingface").warning("something else went wrong")
    assert "something else went wrong" in caplog.text


@pytest.mark.docker
def test_forgetting_compares_base_and_updated_in_the_sandbox(tiny_model, mini_tasks, tmp_path, monkeypatch):
    from tests.conftest import require_docker

    require_docker()
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    from sandbox.docker_backend import DockerSandbox
    from solvers.train.forgetting import humaneval_problems

    solver = make("lora", tiny_model, tmp_path, **{**FAST, "max_steps": "2"}, humaneval_n="2",
                  humaneval_max_new_tokens="16", bpb_docs="3")
    solver.fit(mini_tasks)
    keep = Problem.from_task(mini_tasks[0])
    held_out = [Problem(**{**keep.__dict__, "kind": "keep", "uid": "mini-pandas/keep"})]
    solver.solve(held_out)  # folds the adapter into the weights; forgetting must unfold it
    with DockerSandbox() as box:
        report = solver.forgetting(box, held_out)
    assert report["humaneval_ids"] == ["HumanEval/0", "HumanEval/8"] and report["humaneval_infra"] == 0
    # A random model passes nothing, before or after.
    assert report["humaneval_base"]["mean"] == 0 and report["humaneval_delta"]["mean"] == 0
    assert report["bpb_docs"] == 4  # three HumanEval solutions and the keep task's code
    assert report["bpb_base"] > 0 and report["bpb_updated"] > 0 and report["bpb_updated"] != report["bpb_base"]
    assert set(report["bpb_delta"]) == {"mean", "ci_low", "ci_high", "n"} and report["bpb_delta"]["n"] == 4
    # The corpus split by source: general code (forgetting proper) and the benchmark's own code.
    parts = report["bpb_by_source"]
    assert {k: v["docs"] for k, v in parts.items()} == {"humaneval": 3, "keep": 1}
    per_doc = report["bpb_per_doc"]
    assert set(per_doc) == {"HumanEval/0", "HumanEval/1", "HumanEval/2", "keep/0"}
    assert parts["keep"]["base"] == pytest.approx(per_doc["keep/0"][0], abs=1e-5)
    assert parts["keep"]["delta"]["mean"] == pytest.approx(per_doc["keep/0"][1] - per_doc["keep/0"][0], abs=1e-4)
    he_deltas = [per_doc[f"HumanEval/{i}"][1] - per_doc[f"HumanEval/{i}"][0] for i in range(3)]
    assert parts["humaneval"]["delta"]["mean"] == pytest.approx(sum(he_deltas) / 3, abs=1e-4)
    # The whole corpus lies between its parts, weighted by size.
    low, high = sorted(parts[k]["updated"] for k in parts)
    assert low - 1e-5 <= report["bpb_updated"] <= high + 1e-5
    assert report["humaneval_per_problem"] == {"HumanEval/0": [0.0, 0.0], "HumanEval/8": [0.0, 0.0]}
    # Unfolded, the base weights are the pretrained ones bit for bit (not (W + ΔW) − ΔW), so a second
    # measurement takes the base half from the cache and gets the same numbers.
    import torch
    from peft.tuners.tuners_utils import BaseTunerLayer
    from transformers import AutoModelForCausalLM

    fresh = AutoModelForCausalLM.from_pretrained(tiny_model)
    layers = [(n, m) for n, m in solver.lm.model.get_base_model().named_modules() if isinstance(m, BaseTunerLayer)]
    assert layers and all(torch.equal(m.get_base_layer().weight, fresh.get_submodule(n).weight) for n, m in layers)
    assert report["base_cached"] == []
    solver.solve(held_out)  # folded again
    with DockerSandbox() as box:
        again = solver.forgetting(box, held_out)
    assert again["base_cached"] == ["humaneval", "bpb"]
    assert again["bpb_per_doc"] == report["bpb_per_doc"] and again["humaneval_per_problem"] == report["humaneval_per_problem"]
    # The canonical solutions do pass in the same sandbox path, so a zero is the model's, not the harness's.
    from solvers.train.forgetting import HUMANEVAL_ENV, humaneval_job

    p = humaneval_problems()["HumanEval/8"]
    with DockerSandbox() as box:
        box.prepare(HUMANEVAL_ENV)
        assert box.run(HUMANEVAL_ENV, humaneval_job(p, p["prompt"] + p["canonical_solution"])).status.value == "pass"


@pytest.mark.docker
def test_a_killed_training_run_resumes_on_its_adapter(tiny_model, mini_root, tmp_path, docker_sandbox):
    """Killed while solving, then while measuring forgetting: each resume reuses the saved adapter,
    regenerates only what is missing (identically) and still measures forgetting."""
    import json

    from benchmark.results import RunStore
    from benchmark.runner import RunConfig, run

    options = {**FAST, "device": "cpu", "humaneval_n": "1", "humaneval_max_new_tokens": "16", "bpb_docs": "2"}
    config = RunConfig(solver="lora", options=options, model=tiny_model, families=("mini-pandas",),
                       splits=("train",), tasks_root=str(mini_root))
    logs: list[str] = []
    phases: list[tuple[str, int, int]] = []
    folder, first = run(config, docker_sandbox, tmp_path, run_id="r", log=logs.append,
                        on_phase=lambda *p: phases.append(p))
    assert phases[0] == ("lora training steps", 0, first["cost"]["steps"])
    assert phases[-3:] == [("forgetting (base, then updated)", n, 4) for n in (2, 3, 4)]  # HumanEval, then bpb
    store = RunStore(folder)
    rows = {r.key: r.candidate for r in store.rows()}
    assert len(rows) == 3 and first["forgetting"]["bpb_docs"] == 2
    steps = json.loads((folder / "adapter" / "training.json").read_text())["steps"]

    # Killed after two rows: the third is solved again by the same adapter, not a retrained one.
    lines = (folder / "samples.jsonl").read_text().splitlines(keepends=True)
    (folder / "samples.jsonl").write_text("".join(lines[:2]))
    (folder / "metrics.json").unlink()
    logs.clear()
    _, second = run(config, docker_sandbox, tmp_path, run_id="r", resume=True, log=logs.append)
    assert any("reusing the adapter" in line for line in logs) and not any("training adapters" in line for line in logs)
    again = {r.key: r.candidate for r in store.rows()}
    assert again == rows and len(store.rows()) == 3
    assert second["cost"]["steps"] == steps and second["cost"]["reused_adapter"] is True
    # The training session's cost, not that of loading the adapter: fit time, and the peak over sessions.
    assert second["cost"]["fit_wall_s"] == first["cost"]["fit_wall_s"] and second["cost"]["load_s"] > 0
    assert second["cost"]["peak_host_mem_mb"] >= first["cost"]["peak_host_mem_mb"]

    # Killed while measuring forgetting: every row is there, the metrics lack forgetting.
    metrics = json.loads((folder / "metrics.json").read_text())
    del metrics["forgetting"]
    (folder / "metrics.json").write_text(json.dumps(metrics))
    _, third = run(config, docker_sandbox, tmp_path, run_id="r", resume=True, log=logs.append)
    # The same adapter from disk, never folded: equal to float rounding (folding adds and subtracts it).
    assert third["forgetting"]["bpb_delta"]["mean"] == pytest.approx(first["forgetting"]["bpb_delta"]["mean"], abs=1e-3)
    assert third["forgetting"]["humaneval_ids"] == ["HumanEval/0"] and len(store.rows()) == 3

    # Asked to, a finished run measures forgetting again from its saved adapter: no training, no new rows.
    logs.clear()
    _, fourth = run(config, docker_sandbox, tmp_path, run_id="r", resume=True, log=logs.append,
                    remeasure_forgetting=True)
    assert any("reusing the adapter" in line for line in logs) and not any("training adapters" in line for line in logs)
    assert any("forgetting: bits per byte" in line for line in logs) and len(store.rows()) == 3
    assert fourth["forgetting"]["bpb_base"] == third["forgetting"]["bpb_base"]
    assert {k: v["docs"] for k, v in fourth["forgetting"]["bpb_by_source"].items()} == {"humaneval": 2}  # no keep tasks
    assert json.loads((folder / "metrics.json").read_text())["forgetting"] == fourth["forgetting"]
    for key in ("fit_wall_s", "train_s", "steps", "peak_mem_mb", "trainable_params"):
        assert fourth["cost"][key] == first["cost"][key], key


@pytest.mark.docker
def test_fit_time_of_a_run_killed_while_training_counts_both_sessions(tiny_model, mini_root, tmp_path,
                                                                       docker_sandbox, monkeypatch):
    """A session killed inside fit() records no fit time; the session that resumes its training from
    the checkpoint must count it, or the run's fit time is only the last part of the training."""
    import json

    from transformers import Trainer

    from benchmark.runner import RunConfig, run

    options = {**FAST, "device": "cpu", "save_every": "1", "humaneval_n": "1", "humaneval_max_new_tokens": "16",
               "bpb_docs": "1"}
    config = RunConfig(solver="lora", options=options, model=tiny_model, families=("mini-pandas",),
                       splits=("train",), tasks_root=str(mini_root))
    step, save = Trainer.training_step, Trainer._save_checkpoint

    def slow_step(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        time.sleep(2)  # the killed session's training time, large against any overhead
        return step(self, *args, **kwargs)

    def save_then_die(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        save(self, *args, **kwargs)
        raise Killed

    monkeypatch.setattr(Trainer, "training_step", slow_step)
    monkeypatch.setattr(Trainer, "_save_checkpoint", save_then_die)
    with pytest.raises(Killed):
        run(config, docker_sandbox, tmp_path, run_id="r", log=lambda msg: None)
    monkeypatch.setattr(Trainer, "training_step", step)
    monkeypatch.setattr(Trainer, "_save_checkpoint", save)
    assert "fit_s" not in json.loads((tmp_path / "r" / "run.json").read_text()).get("timings", {})

    _, metrics = run(config, docker_sandbox, tmp_path, run_id="r", resume=True, log=lambda msg: None)
    cost = metrics["cost"]
    assert cost["resumed_from_step"] == 1 and cost["earlier_train_s"] >= 2
    assert cost["fit_s"] >= cost["fit_wall_s"] >= cost["train_s"] > cost["earlier_train_s"]
    assert json.loads((tmp_path / "r" / "run.json").read_text())["timings"]["fit_s"] == pytest.approx(cost["fit_s"], abs=0.01)


def test_perf_adapters_folds_without_changing_the_answers(tiny_model):
    """``bench perf adapters`` runs every mode and checks that folding keeps the answers (the timings
    are for docs/benchmarks.md, never asserted)."""
    from benchmark.perf_adapters import adapter_throughput

    with no_renamed_checkpointing_warnings():
        table = adapter_throughput("pandas-2", 2, [1, 2], 6, model=tiny_model, device="cpu", log=lambda msg: None)
    lines = {line.split("|")[1].strip(): line for line in table.splitlines()[2:]}
    assert list(lines) == ["unfolded b1", "unfolded b2", "folded b1", "folded b2", "base b1", "base b2"]
    assert lines["unfolded b1"].count("1.00x") == 1
    assert all(lines[f"folded b{b}"].rstrip(" |").endswith("2/2") for b in (1, 2))


def test_perf_training_trains_the_same_model_with_and_without_checkpointing(tiny_model):
    """``bench perf training`` trains each mode in its own process; checkpointing only trades memory
    for time, so the losses must agree (the timings are for docs/benchmarks.md, never asserted)."""
    from benchmark.perf_training import training_speed

    table = training_speed(2, 2, "lora", model=tiny_model, device="cpu", families=["pandas-2"], log=lambda msg: None)
    lines = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]] for line in table.splitlines()[2:]}
    assert list(lines) == ["checkpointing", "no checkpointing"]
    assert [cells[0] for cells in lines.values()] == ["2", "2"] and lines["checkpointing"][3] == "1.00x"
    assert lines["no checkpointing"][5] == lines["checkpointing"][5]  # the same loss at every step
    assert float(lines["no checkpointing"][6]) < 1e-4
    with pytest.raises(ValueError, match="trains nothing"):
        training_speed(1, 1, "rules")
