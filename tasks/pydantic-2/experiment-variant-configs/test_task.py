from solution import Experiment, Layout, build_variants


def test_variants_override_layout_only_locally():
    base = Experiment(key="landing")
    variants = build_variants(base, {"green": {"button_color": "green"}, "short": {"sections": ["pricing"]}})
    assert list(variants) == ["control", "green", "short"]
    assert variants["control"] is base
    green, short = variants["green"], variants["short"]
    assert isinstance(green, Experiment)
    assert (green.key, green.traffic_share) == ("landing/green", 0.3333)
    assert green.layout.button_color == "green"
    assert green.layout.sections == ["features", "pricing", "faq"]
    assert short.layout.sections == ["pricing"]
    assert short.layout.button_color == "blue"
    assert base.layout == Layout()
    assert base.traffic_share == 0.5


def test_nested_lists_are_not_shared():
    base = Experiment(key="signup", layout=Layout(sections=["form"]))
    variants = build_variants(base, {"b": {}})
    variants["b"].layout.sections.append("testimonials")
    assert base.layout.sections == ["form"]
    assert variants["b"].traffic_share == 0.5


def test_no_variants():
    base = Experiment(key="x")
    assert build_variants(base, {}) == {"control": base}
