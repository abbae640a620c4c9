"""Markov blankets of a Bayesian network and a check that they really shield the node."""
import networkx as nx


def markov_blanket(dag, node):
    parents = set(dag.predecessors(node))
    children = set(dag.successors(node))
    co_parents = {p for child in children for p in dag.predecessors(child)} - {node}
    return parents | children | co_parents


def unshielded_nodes(dag, node, blanket=None):
    """Nodes outside ``blanket`` (default: the Markov blanket) not d-separated from ``node``."""
    blanket = markov_blanket(dag, node) if blanket is None else set(blanket)
    others = set(dag) - blanket - {node}
    return sorted(o for o in others if not nx.is_d_separator(dag, {node}, {o}, blanket))
