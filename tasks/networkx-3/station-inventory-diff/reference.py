"""Compare the station inventory of two versions of a rail network model."""
import networkx.utils as nxu


def same_stations(model_a, model_b, with_attributes=True):
    """True when both models contain the same stations (and station attributes, if asked)."""
    if with_attributes:
        return nxu.nodes_equal(model_a.nodes(data=True), model_b.nodes(data=True))
    return nxu.nodes_equal(model_a.nodes(), model_b.nodes())


def inventory_report(model_a, model_b):
    return {
        "same_stations": same_stations(model_a, model_b, with_attributes=False),
        "same_details": same_stations(model_a, model_b),
        "only_in_a": sorted(set(model_a) - set(model_b)),
        "only_in_b": sorted(set(model_b) - set(model_a)),
    }
