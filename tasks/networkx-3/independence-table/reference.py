"""List the conditional independencies implied by a DAG for a given conditioning set."""
from itertools import combinations

import networkx as nx


def independence_table(edges, given=()):
    """Sorted pairs (a, b), a < b, outside ``given`` that the DAG says are independent given it."""
    dag = nx.DiGraph(edges)
    conditioning = set(given)
    free = sorted(set(dag) - conditioning)
    return [
        (a, b)
        for a, b in combinations(free, 2)
        if nx.is_d_separator(dag, {a}, {b}, conditioning)
    ]


def format_table(edges, given=()):
    bar = f" | {','.join(sorted(given))}" if given else ""
    return [f"{a} _||_ {b}{bar}" for a, b in independence_table(edges, given)]
