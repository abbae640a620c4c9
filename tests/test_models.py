"""The model layer on the real embedded default model, plus code extraction on fixed answers."""

from __future__ import annotations

import pytest

from solvers.lm.generate import extract_code, final_code


def test_extract_prefers_python_fence():
    answer = "Here you go:\n```text\nnot code\n```\n```python\nimport pandas as pd\nx = pd.concat([a, b])\n```\nDone."
    assert extract_code(answer) == "import pandas as pd\nx = pd.concat([a, b])\n"


def test_extract_unfenced_and_unterminated():
    assert extract_code("Sure! The fix:\nimport numpy as np\ny = np.float64(1)\n") == "import numpy as np\ny = np.float64(1)\n"
    assert extract_code("```python\ndef f():\n    return 1\n") == "def f():\n    return 1\n"
    assert extract_code("```\nprint(1)\n```") == "print(1)\n"


@pytest.fixture(scope="module")
def smollm():
    pytest.importorskip("transformers", reason="the model stack is not installed: pip install -e '.[models]'")
    from solvers.lm import load

    return load("smollm2-135m", device="cpu", log=lambda msg: None)


@pytest.mark.model
def test_reasoning_answer_ends_with_its_last_closed_block():
    first, second = "x = old()\n", "import new\nx = new.call()\n"
    cut = f"Step 1...\n```python\n{first}```\nThen:\n```python\n{second}```\nAgain:\n```python\nx = new.ca"
    assert final_code(cut) == second  # the block cut by the token cap is not the answer
    assert final_code("Reasoning.\n```python\nx = 1\ny = 2") == "x = 1\ny = 2\n"  # nothing closed: the cut one
    assert final_code("Only prose, then\nimport os\n") == "import os\n"


def test_default_model_is_real_and_generates(smollm):
    from solvers.lm import GenerationStats, generate, render_prompt
    from solvers.lm.models import is_provisioned

    assert is_provisioned("smollm2-135m")
    assert smollm.num_layers == 30 and smollm.chat and smollm.dtype == "float32"
    assert smollm.revision == "b179c9523d0e"  # the verified GGUF checksum
    stats = GenerationStats()
    prompts = [render_prompt(smollm, "Write a Python function add(a, b) that returns a + b. Reply with code only."),
               render_prompt(smollm, "Say hello.")]
    first, second = generate(smollm, prompts, max_new_tokens=40, stats=stats)
    assert "def add" in first.text  # a real pretrained instruct model, not random weights
    assert first.new_tokens > 0 and second.new_tokens > 0 and stats.tokens_per_s > 0
    # Greedy decoding is deterministic, also in a batch of a different size (left padding).
    (again,) = generate(smollm, prompts[:1], max_new_tokens=40)
    assert again.text == first.text
    # The repetition penalty reaches the model: the same greedy prompt takes another path.
    (penalized,) = generate(smollm, prompts[:1], max_new_tokens=40, repetition_penalty=1.5)
    assert penalized.text != first.text
