"""Model editing (rome, memit, alphaedit): edit requests from the shipped train split; the algebra of
each update on tiny random-weight Llama, Gemma 3 and Qwen2 models whose hidden and intermediate
widths differ (64 and 96, so that mixing them up fails); the NaN guard; saved factors reapplied on
resume; and one real ROME edit on smollm2-135m."""

from __future__ import annotations

import contextlib
import json

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from solvers.base import Problem, SolveContext  # noqa: E402
from solvers.edit.algorithms import (  # noqa: E402
    EditConfig, EditGuardError, Update, alphaedit_factors, apply_update, continuation_logprob, keys_at,
    null_space_projector, request_keys, rome_factors, run_alphaedit, run_memit, run_rome)
from solvers.edit.layout import edit_layout  # noqa: E402
from solvers.edit.requests import EditRequest, Probe, build_requests, probe_from_pair, requests_for  # noqa: E402
from tests.conftest import MiniTask, write_family  # noqa: E402

HIDDEN, INTERMEDIATE = 64, 96


# -- requests ------------------------------------------------------------------------------------


def test_probe_cuts_where_old_and_reference_part():
    old = "import numpy as np\n\n\ndef f(n):\n    return np.zeros(n, dtype=np.float_)\n"
    new = "import numpy as np\n\n\ndef f(n):\n    return np.zeros(n, dtype=np.float64)\n"
    probe = probe_from_pair("fam/f", old, new)
    assert probe.prompt.endswith("    return np.zeros(n, dtype=np.")
    assert (probe.subject, probe.target, probe.old) == ("np.", "float64", "float_")
    append_old = "def g(df, other):\n    df = df.append(other, ignore_index=True)\n    return df\n"
    append_new = "def g(df, other):\n    df = pd.concat([df, other], ignore_index=True)\n    return df\n"
    probe = probe_from_pair("fam/g", append_old, append_new)
    assert probe.prompt.endswith("    df =") and probe.subject == "df"
    assert (probe.target, probe.old) == (" pd.concat(", " df.append(")


def test_shipped_requests_have_paraphrases_and_disjoint_neighbourhoods():
    requests = {r.id: r for r in requests_for(["numpy-2", "pandas-2"])}
    alias = requests["numpy-2/scalar-type-aliases"]
    assert (alias.subject, alias.target, alias.old) == ("np.", "complex128", "complex_")
    assert alias.paraphrases and all(p.task != alias.probe.task for p in alias.paraphrases)
    assert all(p.task.startswith("numpy-2/") for p in alias.paraphrases)
    append = requests["pandas-2/dataframe-append"]
    assert append.target.strip().startswith("pd.concat(") and ".append(" in append.old
    for r in requests.values():
        assert r.subject in r.prompt and r.target != r.old
        # Neighbourhood probes come from keep tasks; KL prompts never do (they would leak into specificity).
        assert all("/" in p.task for p in r.neighbourhood)
        assert not set(r.kl_prompts) & {p.prompt for p in r.neighbourhood}
        assert all(r.subject in text for text in r.kl_prompts)
        stale = r.old.strip().rstrip("(")
        assert all(not p.target.startswith(stale) for p in r.neighbourhood)


# -- tiny models ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def tokenizer():
    from transformers import AutoTokenizer

    from solvers.lm.models import ModelError, provision

    try:
        return AutoTokenizer.from_pretrained(provision("smollm2-135m", log=lambda msg: None))
    except ModelError as exc:
        pytest.skip(f"the smollm2 tokenizer is not provisioned and cannot be: {exc}")


def tiny(arch: str, vocab: int, seed: int = 0):  # noqa: ANN201
    from transformers import (Gemma3ForCausalLM, Gemma3TextConfig, LlamaConfig, LlamaForCausalLM, Qwen2Config,
                              Qwen2ForCausalLM)

    torch.manual_seed(seed)
    common = dict(vocab_size=vocab, hidden_size=HIDDEN, intermediate_size=INTERMEDIATE, num_hidden_layers=4,
                  num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                  tie_word_embeddings=False)
    config, cls = {"llama": (LlamaConfig(**common), LlamaForCausalLM),
                   "gemma3": (Gemma3TextConfig(**common, head_dim=16), Gemma3ForCausalLM),
                   "qwen2": (Qwen2Config(**common), Qwen2ForCausalLM)}[arch]
    model = cls(config).eval()
    with torch.no_grad():
        model.lm_head.weight.mul_(10)  # a wider head, so that a random model's preferences can move
    return model


REQUESTS = [
    EditRequest(id="mini/alias", family="mini", change="alias",
                probe=Probe(task="mini/a", prompt="import numpy as np\n\nx = np.zeros(3, dtype=np.", subject="np.",
                            target="float64", old="float_"),
                kl_prompts=("import numpy as np\n\ny = np.",)),
    EditRequest(id="mini/append", family="mini", change="append",
                # Each subject is its prompt's last token and these targets are single tokens: in a random
                # model attention spreads what is written at one token too thinly to steer later ones.
                probe=Probe(task="mini/b", prompt="import pandas as pd\n\n\ndef add(df, other):\n    return pd.",
                            subject="pd.", target="concat", old="append")),
    EditRequest(id="mini/items", family="mini", change="items",
                probe=Probe(task="mini/c", prompt="for name, column in frame.", subject="frame.",
                            target="items", old="iteritems")),
]
FAST = EditConfig(v_steps=20, v_lr=0.5, kl_weight=0.05, weight_decay=0.01, clamp_norm=20.0)


def model_moments(model, tokenizer, layout, layers):  # noqa: ANN001, ANN201
    """E[k kᵀ] of the model's own keys over a little code (not cached: the model is made per test)."""
    from solvers.edit.stats import Corpus, second_moments

    code = Corpus(name="test-code", texts=tuple(r.prompt + r.target for r in REQUESTS) + (
        "def mean(values):\n    total = 0\n    for v in values:\n        total += v\n    return total / len(values)\n",))
    return second_moments(model, tokenizer, layout, list(layers), code, 4000, digest="test", cache=False)


def random_moment(n: int = 400) -> "torch.Tensor":
    keys = torch.randn(n, INTERMEDIATE, dtype=torch.float64)
    return keys.T @ keys / n


def test_rome_update_maps_the_key_to_its_value_and_spares_c_inverse_orthogonal_keys():
    torch.manual_seed(1)
    weight = torch.randn(HIDDEN, INTERMEDIATE, dtype=torch.float64)
    moment = random_moment()
    key, value = torch.randn(INTERMEDIATE, dtype=torch.float64), torch.randn(HIDDEN, dtype=torch.float64)
    update = rome_factors(weight, moment, key, value, "r", 0)
    assert update.u.shape == (HIDDEN, 1) and update.v.shape == (INTERMEDIATE, 1)
    edited = weight + update.u @ update.v.T
    assert torch.allclose(edited @ key, value, atol=1e-9)
    direction = torch.linalg.solve(moment, key)
    others = torch.randn(INTERMEDIATE, 5, dtype=torch.float64)
    others -= direction.unsqueeze(1) * (direction @ others) / (direction @ direction)  # (C⁻¹k*)ᵀ k = 0
    assert torch.allclose(edited @ others, weight @ others, atol=1e-9)
    # A key not orthogonal in that sense does move: the check above could fail.
    assert not torch.allclose(edited @ torch.randn(INTERMEDIATE, dtype=torch.float64),
                              weight @ torch.randn(INTERMEDIATE, dtype=torch.float64))


def test_alphaedit_update_vanishes_on_preserved_keys():
    torch.manual_seed(2)
    preserved = torch.randn(40, INTERMEDIATE, dtype=torch.float64)  # rank 40 of 96: a null space of 56
    projector, dims = null_space_projector(preserved.T @ preserved / 40, 1e-8)
    assert dims == INTERMEDIATE - 40
    keys, residuals = torch.randn(3, INTERMEDIATE, dtype=torch.float64), torch.randn(3, HIDDEN, dtype=torch.float64)
    earlier = torch.zeros(INTERMEDIATE, INTERMEDIATE, dtype=torch.float64)
    update = alphaedit_factors(keys, residuals, projector, earlier, 1.0, ("a", "b", "c"), 0)
    delta = update.u @ update.v.T
    assert delta.shape == (HIDDEN, INTERMEDIATE)
    assert float(delta.norm()) > 1e-3  # it does edit
    assert float((delta @ preserved.T).norm()) < 1e-8 * float(delta.norm()) * float(preserved.norm())
    # Without the projection (P = I) the same solve moves preserved keys: the check above could fail.
    plain = alphaedit_factors(keys, residuals, torch.eye(INTERMEDIATE, dtype=torch.float64), earlier, 1.0,
                              ("a",), 0)
    assert float(((plain.u @ plain.v.T) @ preserved.T).norm()) > 1e-3


def test_nan_guard_refuses_a_bad_request_and_leaves_the_weights(tokenizer):
    model = tiny("llama", len(tokenizer))
    layout = edit_layout(model)
    before = layout.weight(model, 1).detach().clone()
    moment = random_moment()
    # A request whose key is all zeros: (C⁻¹k)ᵀk = 0, the ROME update is 0/0.
    with pytest.raises(EditGuardError, match="zero-key"):
        rome_factors(layout.weight(model, 1), moment, torch.zeros(INTERMEDIATE), torch.ones(HIDDEN), "zero-key", 1)
    bad = Update(layer=1, requests=("inf-value",), u=torch.full((HIDDEN, 1), float("inf")),
                 v=torch.ones(INTERMEDIATE, 1))
    with pytest.raises(EditGuardError, match="inf-value"):
        apply_update(model, layout, bad)
    assert torch.equal(layout.weight(model, 1), before)


@pytest.mark.parametrize("arch", ["llama", "gemma3", "qwen2"])
def test_every_method_runs_with_the_right_shapes(arch, tokenizer):
    model = tiny(arch, len(tokenizer))
    layout = edit_layout(model)
    assert (layout.hidden, layout.intermediate, layout.num_layers) == (HIDDEN, INTERMEDIATE, 4)
    assert tuple(layout.weight(model, 0).shape) == (HIDDEN, INTERMEDIATE)
    keys = keys_at(model, tokenizer, layout, 1, [REQUESTS[0].prompt], ["np."])
    assert keys.shape == (1, INTERMEDIATE)
    moments = {layer: random_moment() for layer in range(4)}
    config = EditConfig(v_steps=2, batch_size=2)
    rome, _ = run_rome(model, tokenizer, layout, 1, REQUESTS[:1], moments[1], config)
    memit, _ = run_memit(model, tokenizer, layout, [1, 2], REQUESTS, moments, config)
    projectors = {layer: torch.eye(INTERMEDIATE, dtype=torch.float64) for layer in (1, 2)}
    alpha, _ = run_alphaedit(model, tokenizer, layout, [1, 2], REQUESTS, projectors, config)
    for update in rome + memit + alpha:
        assert update.u.shape[0] == HIDDEN and update.v.shape[0] == INTERMEDIATE
        assert update.u.shape[1] == update.v.shape[1] == len(update.requests)
    assert len(memit) == 2 * 2  # two batches of at most 2 requests, two layers each
    for layer in range(4):
        assert tuple(layout.weight(model, layer).shape) == (HIDDEN, INTERMEDIATE)


@pytest.mark.parametrize("arch", ["llama", "gemma3", "qwen2"])
def test_split_batch_runs_only_the_suffix_and_matches_the_full_forward(arch, tokenizer):
    """The v* objective caches each prompt up to the subject: logits and the projection output at the
    subject (where δ is added) must equal those of a plain forward over the whole row, for rows of
    different lengths and cuts, including a row cut at its first token."""
    from solvers.edit.algorithms import SplitBatch
    from solvers.edit.layout import hooked

    model = tiny(arch, len(tokenizer))
    layout = edit_layout(model)
    texts = [REQUESTS[0].prompt + "float64", REQUESTS[1].prompt + "concat", "np.zeros(3)", "x = 1\ny = np."]
    rows = [tokenizer(t)["input_ids"] for t in texts]
    cuts = [len(rows[0]) - 3, len(rows[1]) - 2, 0, len(rows[3]) - 1]
    seen: list = []
    with torch.no_grad(), hooked(model, layout.down[2], record=lambda _, o: seen.append(o)):
        batch = SplitBatch(model, rows, cuts, pad=0)
        seen.clear()  # the cached prefix's own pass
        span = max(len(r) - c for r, c in zip(rows, cuts))
        assert tuple(batch.ids.shape) == (len(rows), span)
        logits = batch.forward(torch.arange(span))
    split_values = seen[0][:, 0]
    for i, (row, cut) in enumerate(zip(rows, cuts)):
        seen.clear()
        with torch.no_grad(), hooked(model, layout.down[2], record=lambda _, o: seen.append(o)):
            full = model(input_ids=torch.tensor([row])).logits.float()[0]
        suffix = len(row) - cut
        torch.testing.assert_close(logits[i, :suffix], full[cut:], atol=1e-4, rtol=1e-4)
        torch.testing.assert_close(split_values[i], seen[0][0, cut], atol=1e-5, rtol=1e-4)


def test_cached_prefix_and_whole_prompts_optimise_the_same_delta(tokenizer):
    import dataclasses

    from solvers.edit.algorithms import optimise_delta

    model = tiny("llama", len(tokenizer))
    layout = edit_layout(model)
    request = REQUESTS[0]  # has a KL prompt and three prefix variants
    cached = optimise_delta(model, tokenizer, layout, 1, request, FAST)
    whole = optimise_delta(model, tokenizer, layout, 1, request, dataclasses.replace(FAST, cache_prefix=False))
    assert cached.steps == whole.steps > 1 and cached.delta.norm() > 0
    torch.testing.assert_close(cached.delta, whole.delta, atol=1e-4, rtol=1e-3)
    assert cached.history == pytest.approx(whole.history, abs=1e-4)


def _prefers_target(model, tokenizer, requests) -> list[bool]:  # noqa: ANN001
    pairs = [(r.prompt, c) for r in requests for c in (r.target, r.old)]
    scores = continuation_logprob(model, tokenizer, pairs)
    return [scores[2 * i] > scores[2 * i + 1] for i in range(len(requests))]


def against(model, tokenizer, requests):  # noqa: ANN001, ANN201
    """The requests, each turned round where the random model already prefers its target: every
    returned request asks for a continuation the model does not prefer yet."""
    out = []
    for r, wins in zip(requests, _prefers_target(model, tokenizer, requests)):
        probe = r.probe.model_copy(update={"target": r.old, "old": r.target}) if wins else r.probe
        out.append(r.model_copy(update={"probe": probe}))
    return out


def test_rome_maps_the_edited_key_to_v_star_and_flips_the_preference(tokenizer):
    model = tiny("llama", len(tokenizer))
    layout = edit_layout(model)
    request = against(model, tokenizer, REQUESTS[:1])[0]
    assert _prefers_target(model, tokenizer, [request]) == [False]
    (update,), (target,) = run_rome(model, tokenizer, layout, 1, [request], random_moment(), FAST)
    key = request_keys(model, tokenizer, layout, 1, [request])[0]  # layer 1's input is unchanged by its edit
    original = layout.weight(model, 1).detach().double() - update.u @ update.v.T
    v_star = original @ key.double() + target.delta.double()
    assert torch.allclose(layout.weight(model, 1).double() @ key.double(), v_star, atol=1e-4)
    assert target.nll_after < target.nll_before
    assert _prefers_target(model, tokenizer, [request]) == [True]


def test_memit_raises_every_target_above_the_old_continuation(tokenizer):
    model = tiny("llama", len(tokenizer))
    layout = edit_layout(model)
    requests = against(model, tokenizer, REQUESTS)
    assert not any(_prefers_target(model, tokenizer, requests))
    moments = {layer: m.matrix for layer, m in model_moments(model, tokenizer, layout, (0, 1, 2)).items()}
    updates, _ = run_memit(model, tokenizer, layout, [0, 1, 2], requests, moments, FAST)
    assert len(updates) == 3 and all(len(u.requests) == len(requests) for u in updates)
    assert _prefers_target(model, tokenizer, requests) == [True] * len(requests)


def test_unlearn_pushes_the_old_continuation_further_down(tokenizer):
    from solvers.edit.algorithms import optimise_delta

    model = tiny("llama", len(tokenizer))
    layout = edit_layout(model)
    request = REQUESTS[1]
    plain = optimise_delta(model, tokenizer, layout, 1, request, FAST)
    forget = optimise_delta(model, tokenizer, layout, 1, request, EditConfig(**{**FAST.__dict__, "unlearn": 1.0}))

    def old_logprob(delta):  # noqa: ANN001, ANN202
        from solvers.edit.algorithms import subject_position
        from solvers.edit.layout import hooked

        pos = subject_position(tokenizer, request.prompt, request.subject)

        def add(output):  # noqa: ANN001, ANN202
            bump = torch.zeros_like(output)
            bump[:, pos] = delta
            return output + bump

        with hooked(model, layout.down[1], edit=add):
            return continuation_logprob(model, tokenizer, [(request.prompt, request.old)])[0]

    assert old_logprob(forget.delta) < old_logprob(plain.delta) - 0.5


# -- statistics, solver, resume ------------------------------------------------------------------------


def test_second_moment_is_cached_with_its_corpus(tokenizer, tmp_path, monkeypatch):
    from solvers.edit.stats import Corpus, second_moments

    monkeypatch.setenv("BENCH_CACHE", str(tmp_path))
    model = tiny("qwen2", len(tokenizer))
    layout = edit_layout(model)
    corpus = Corpus(name="two-lines", texts=("def f(x):\n    return x + 1\n", "import os\nprint(os.getcwd())\n"))
    first = second_moments(model, tokenizer, layout, [2], corpus, 1000)[2]
    ids = [tokenizer(t, add_special_tokens=False)["input_ids"] for t in corpus.texts]
    assert first.tokens == sum(len(i) for i in ids) and first.corpus == "two-lines"
    collected = []
    from solvers.edit.layout import hooked

    with torch.no_grad(), hooked(model, layout.down[2], record=lambda k, _: collected.append(k[0].double())):
        for piece in ids:
            model(input_ids=torch.tensor([piece]))
    stacked = torch.cat(collected)
    assert torch.allclose(first.matrix, stacked.T @ stacked / len(stacked), atol=1e-8)
    saved = list((tmp_path).rglob("layer2-*.json"))
    assert len(saved) == 1 and json.loads(saved[0].read_text())["tokens"] == first.tokens
    with torch.no_grad():  # change the model: a cached entry would now be stale, and the key says so
        layout.weight(model, 0).mul_(2)
    again = second_moments(model, tokenizer, layout, [2], corpus, 1000)[2]
    assert len(list(tmp_path.rglob("layer2-*.json"))) == 2 and not torch.allclose(again.matrix, first.matrix)


@pytest.fixture(scope="session")
def tiny_model_dir(tokenizer, tmp_path_factory) -> str:
    model = tiny("llama", len(tokenizer))
    out = tmp_path_factory.mktemp("tiny-edit-llama")
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return str(out)


@pytest.fixture(scope="session")
def mini_family(tmp_path_factory) -> list:
    from benchmark.loading import load_train_tasks

    root = tmp_path_factory.mktemp("edit-tasks")
    pairs = {"alias-a": ("dtype=np.float_", "dtype=np.float64", "alias"),
             "alias-b": ("np.ones(3, dtype=np.float_)", "np.ones(3, dtype=np.float64)", "alias"),
             "trapz-a": ("np.trapz(y)", "np.trapezoid(y)", "trapz")}
    module = "import numpy as np\n\n\ndef f(y):\n    return {}\n"
    write_family(root, "mini-numpy", "numpy", "Short numpy migrations for editing tests.",
                 {"old": ["numpy==1.26.4"], "new": ["numpy==2.1.3"]},
                 {name: MiniTask(module.format(old), module.format(new), "f",
                                 {"id": change, "type": "rename", "old_api": "numpy.x", "new_api": "numpy.y"})
                  for name, (old, new, change) in pairs.items()})
    return load_train_tasks(["mini-numpy"], root=root)


def test_solver_saves_factors_and_a_resumed_run_reapplies_them(tiny_model_dir, mini_family, tmp_path):
    from benchmark.plugins import SOLVERS

    assert len(build_requests(mini_family, [])) == 2  # two changes; alias-b is alias-a's paraphrase
    options = {"device": "cpu", "layers": "1-2", "v_steps": "8", "cov_tokens": "2000", "max_new_tokens": "16"}
    ctx = SolveContext(model=tiny_model_dir, run_dir=tmp_path, log=lambda msg: None)
    first = SOLVERS.get("memit")(ctx, options)
    facts = first.fit(mini_family)
    record = json.loads((tmp_path / "edits" / "edits.json").read_text())
    assert (tmp_path / "edits" / "factors.safetensors").is_file() and len(record["updates"]) == 2
    assert facts["edits"] == 2 and facts["cov_tokens"] > 0 and facts["cov_corpus"].endswith("-stdlib")
    editing = first.run_metrics(facts)["editing"]
    assert {"efficacy", "generalisation", "specificity", "per_edit"} <= set(editing)
    assert editing["generalisation"]["n"] == 1  # only the alias change has a paraphrase
    edited = {n: p.detach().clone() for n, p in first.lm.model.named_parameters()}
    with first.original_weights():
        assert not torch.equal(first.lm.model.get_submodule("model.layers.1.mlp.down_proj").weight,
                               edited["model.layers.1.mlp.down_proj.weight"])
    assert torch.equal(first.lm.model.get_submodule("model.layers.1.mlp.down_proj").weight,
                       edited["model.layers.1.mlp.down_proj.weight"])

    resumed = SOLVERS.get("memit")(SolveContext(model=tiny_model_dir, run_dir=tmp_path, log=lambda msg: None), options)
    again = resumed.fit(mini_family)
    assert again["reused_edits"] and again["edit_metrics"] == facts["edit_metrics"]
    for name, param in resumed.lm.model.named_parameters():
        assert torch.allclose(param, edited[name], atol=1e-6), name
    other = SOLVERS.get("memit")(SolveContext(model=tiny_model_dir, run_dir=tmp_path, log=lambda msg: None),
                                 {**options, "v_steps": "3"})
    assert "reused_edits" not in other.fit(mini_family)  # other options: edited again, not reused


@pytest.mark.docker
def test_base_half_of_forgetting_is_measured_once_per_unedited_weights(tiny_model_dir, mini_family, tmp_path,
                                                                        monkeypatch):
    """Two editing runs of the same model: the second takes the base HumanEval and bits-per-byte numbers
    from the cache (never entering the unedited model) and measures only its own edited model; other
    measurement settings are another cache entry."""
    from tests.conftest import require_docker

    require_docker()
    from benchmark.plugins import SOLVERS
    from sandbox.docker_backend import DockerSandbox

    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    options = {"device": "cpu", "layers": "1", "v_steps": "4", "cov_tokens": "2000", "max_new_tokens": "16",
               "humaneval_n": "2", "humaneval_max_new_tokens": "16", "bpb_docs": "3"}
    keep = Problem.from_task(mini_family[0])

    def forgetting(solver: str, run: str, entered: list, **extra: str) -> dict:
        edit = SOLVERS.get(solver)(SolveContext(model=tiny_model_dir, run_dir=tmp_path / run, log=lambda m: None),
                                   {**options, **extra})
        edit.fit(mini_family)
        original = edit.original_weights

        @contextlib.contextmanager
        def counted():  # noqa: ANN202
            entered.append(run)
            with original():
                yield

        edit.original_weights = counted
        with DockerSandbox() as box:
            return edit.forgetting(box, [keep])

    entered: list = []
    first = forgetting("rome", "a", entered)
    assert first["base_cached"] == [] and entered == ["a", "a"]  # HumanEval, then bits per byte
    second = forgetting("memit", "b", entered)
    assert second["base_cached"] == ["humaneval", "bpb"] and entered == ["a", "a"]
    assert second["humaneval_per_problem"].keys() == first["humaneval_per_problem"].keys()
    assert [v[0] for v in second["humaneval_per_problem"].values()] == \
        [v[0] for v in first["humaneval_per_problem"].values()]
    assert {d: v[0] for d, v in second["bpb_per_doc"].items()} == {d: v[0] for d, v in first["bpb_per_doc"].items()}
    assert second["bpb_updated"] != first["bpb_updated"]  # the edited half is its own
    third = forgetting("rome", "c", entered, humaneval_max_new_tokens="24")
    assert third["base_cached"] == ["bpb"] and entered == ["a", "a", "c"]  # other HumanEval settings


def test_perf_edit_times_both_modes_on_the_same_requests(tiny_model_dir):
    from benchmark.perf_edit import edit_speed

    table = edit_speed("numpy-2", 1, 1, model=tiny_model_dir, log=lambda msg: None)
    rows = [line for line in table.splitlines() if line.startswith("| whole") or line.startswith("| cached")]
    assert len(rows) == 2 and "1.00x" in rows[0]
    assert "first 1 edit requests of numpy-2" in table
    from benchmark.loading import SpecError

    with pytest.raises(SpecError, match="unknown task family no-such-family"):
        edit_speed("no-such-family", 1, 1, model=tiny_model_dir, log=lambda msg: None)


# -- the real model --------------------------------------------------------------------------------


@pytest.mark.model
def test_rome_edit_on_smollm2_makes_the_new_api_win():
    from solvers.edit.stats import second_moments, stdlib_corpus
    from solvers.lm.models import ModelError, load

    try:
        lm = load("smollm2-135m", device="cpu", log=lambda msg: None)
    except ModelError as exc:
        pytest.skip(str(exc))
    request = {r.id: r for r in requests_for(["numpy-2"])}["numpy-2/trapz-to-trapezoid"]
    layout = edit_layout(lm.model)
    assert (layout.hidden, layout.intermediate, layout.num_layers) == (576, 1536, 30)
    assert _prefers_target(lm.model, lm.tokenizer, [request]) == [False]  # the stale np.trapz wins at first
    moment = second_moments(lm.model, lm.tokenizer, layout, [4], stdlib_corpus(), 40000)[4].matrix  # the default
    from solvers.edit.algorithms import regularised

    run_rome(lm.model, lm.tokenizer, layout, 4, [request], regularised(moment, 1e-3), EditConfig())
    assert _prefers_target(lm.model, lm.tokenizer, [request]) == [True]


@pytest.mark.model
def test_memit_and_alphaedit_on_smollm2_move_every_request_towards_its_target():
    """The spread methods on the real model (layers 2-6, C from 8,000 standard-library tokens): each
    request's margin (target minus old, mean log-probability per token) rises, every weight stays
    finite, and AlphaEdit's update leaves the preserved keys' span alone."""
    import torch

    from solvers.edit.algorithms import null_space_projector, run_alphaedit, run_memit
    from solvers.edit.stats import second_moments, stdlib_corpus
    from solvers.lm.models import load

    lm = load("smollm2-135m", device="cpu", log=lambda msg: None)
    by_id = {r.id: r for r in requests_for(["numpy-2"])}
    requests = [by_id["numpy-2/trapz-to-trapezoid"], by_id["numpy-2/in1d-to-isin"]]
    layout, layers = edit_layout(lm.model), [2, 3, 4, 5, 6]
    moments = {l: m.matrix for l, m in second_moments(lm.model, lm.tokenizer, layout, layers, stdlib_corpus(),
                                                      8000).items()}
    original = {l: layout.weight(lm.model, l).detach().clone() for l in layers}

    def margins() -> list[float]:
        scores = continuation_logprob(lm.model, lm.tokenizer, [(r.prompt, c) for r in requests for c in (r.target, r.old)])
        return [scores[2 * i] - scores[2 * i + 1] for i in range(len(requests))]

    before = margins()
    projectors = {l: null_space_projector(moments[l], 1e-2)[0] for l in layers}
    for method in ("memit", "alphaedit"):
        with torch.no_grad():
            for l in layers:
                layout.weight(lm.model, l).copy_(original[l])
        if method == "memit":
            updates, _ = run_memit(lm.model, lm.tokenizer, layout, layers, requests, moments, EditConfig())
        else:
            updates, _ = run_alphaedit(lm.model, lm.tokenizer, layout, layers, requests, projectors, EditConfig())
            for u in updates:  # ΔW P⊥ = 0: nothing reaches the preserved keys' principal directions
                change = (u.u.double() @ u.v.double().T)
                kept = torch.eye(layout.intermediate, dtype=torch.float64) - projectors[u.layer]
                assert float((change @ kept).norm()) <= 1e-6 * float(change.norm())
        assert [u.layer for u in updates] == layers
        assert all(bool(torch.isfinite(layout.weight(lm.model, l)).all()) for l in layers)
        after = margins()
        assert all(a > b for a, b in zip(after, before)), (method, before, after)
