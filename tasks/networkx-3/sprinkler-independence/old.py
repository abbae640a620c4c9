"""Independence queries on a small garden Bayesian network."""
import networkx as nx

GARDEN = nx.DiGraph(
    [
        ("season", "sprinkler"),
        ("season", "rain"),
        ("sprinkler", "wet_grass"),
        ("rain", "wet_grass"),
        ("wet_grass", "slippery"),
    ]
)


def independent(a, b, given=(), network=GARDEN):
    """True when variables ``a`` and ``b`` are d-separated by the ``given`` variables."""
    return nx.d_separated(network, {a}, {b}, set(given))


def explain(a, b, given=()):
    verdict = "independent" if independent(a, b, given) else "dependent"
    condition = f" given {', '.join(sorted(given))}" if given else ""
    return f"{a} and {b} are {verdict}{condition}"
