"""Resumable link crawler: the frontier and the link graph survive restarts."""
import networkx as nx


class Crawler:
    def __init__(self, fetch_links, checkpoint="crawl.gpickle"):
        """``fetch_links(url)`` returns the list of URLs linked from ``url``."""
        self.fetch_links = fetch_links
        self.checkpoint = checkpoint
        self.graph = nx.DiGraph()

    def crawl(self, seeds, budget):
        """Visit up to ``budget`` new pages breadth-first, then save a checkpoint."""
        frontier = list(self.graph.graph.get("frontier", [])) or list(seeds)
        visited = 0
        while frontier and visited < budget:
            url = frontier.pop(0)
            if self.graph.nodes.get(url, {}).get("visited"):
                continue
            self.graph.add_node(url, visited=True)
            for link in self.fetch_links(url):
                self.graph.add_edge(url, link)
                if not self.graph.nodes[link].get("visited") and link not in frontier:
                    frontier.append(link)
            visited += 1
        self.graph.graph["frontier"] = frontier
        nx.write_gpickle(self.graph, self.checkpoint)
        return visited

    def resume(self):
        self.graph = nx.read_gpickle(self.checkpoint)
        return sorted(n for n, done in self.graph.nodes(data="visited") if done)
