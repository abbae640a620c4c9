"""Save tuned model settings as a Python-literal file that can be read back safely."""
import ast

import numpy as np


def dump_settings(settings):
    """Render ``settings`` (name -> value) as ``name = value`` lines, sorted by name."""
    lines = []
    for name in sorted(settings):
        value = settings[name]
        if isinstance(value, np.ndarray):
            value = list(value)
        lines.append(f"{name} = {value!r}")
    return "\n".join(lines) + "\n"


def load_settings(text):
    result = {}
    for line in text.splitlines():
        if line.strip():
            name, _, literal = line.partition(" = ")
            result[name] = ast.literal_eval(literal)
    return result
