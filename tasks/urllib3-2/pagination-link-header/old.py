"""Follow RFC 8288 ``Link: <...>; rel="next"`` pagination of a REST API."""
import re

_LINK = re.compile(r'<([^>]*)>\s*;\s*rel="?([^";]+)"?')


def parse_links(value):
    """Map rel -> url for a Link header value ('' or None gives {})."""
    links = {}
    for url, rels in _LINK.findall(value or ""):
        for rel in rels.split():
            links[rel] = url
    return links


def next_page(response):
    """URL of the next page, or None on the last page."""
    return parse_links(response.getheader("Link")).get("next")


def collect_pages(fetch, first_url, limit=50):
    """Call ``fetch(url) -> HTTPResponse`` until there is no next page; return the urls fetched."""
    seen, url = [], first_url
    while url and len(seen) < limit:
        seen.append(url)
        url = next_page(fetch(url))
    return seen
