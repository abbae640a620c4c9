"""Build the HTTP ``Link`` header that advertises related documents of an API resource."""
import urllib3.fields


def link_header(links):
    """``links`` is a list of dicts with "href", "rel" and optional "title" / "type"."""
    entries = []
    for link in links:
        if not link.get("href") or not link.get("rel"):
            raise ValueError("every link needs href and rel")
        parts = [f"<{link['href']}>", urllib3.fields.format_multipart_header_param("rel", link["rel"])]
        for key in ("title", "type"):
            if link.get(key):
                parts.append(urllib3.fields.format_multipart_header_param(key, link[key]))
        entries.append("; ".join(parts))
    return ", ".join(entries)
