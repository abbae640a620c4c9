import numpy as np
import pytest

from solution import PaletteQuantizer

def make_points(seed, k, dim, lo, hi, sd):
    rs = np.random.RandomState(seed)
    centers = rs.uniform(lo, hi, size=(k + 1, dim))
    return np.vstack([c + rs.normal(0, sd, size=(rs.randint(3, 8), dim)) for c in centers]).round(1)


IMAGE = np.clip(make_points(25, 4, 3, 0, 255, 20), 0, 255).astype(np.uint8).reshape(-1, 1, 3)


def test_quantized_image_uses_palette():
    q = PaletteQuantizer(4).fit(IMAGE)
    out = q.quantize(IMAGE)
    assert out.shape == IMAGE.shape and out.dtype == np.uint8
    assert {tuple(p) for p in out.reshape(-1, 3)} <= {tuple(p) for p in q.palette_}


def test_palette_and_distortion():
    q = PaletteQuantizer(4).fit(IMAGE)
    assert sorted([int(v) for v in p] for p in q.palette_) == [[69, 102, 34], [119, 168, 37], [186, 108, 136], [238, 161, 50]]
    assert q.distortion(IMAGE) == pytest.approx(523.0, abs=0.15)
