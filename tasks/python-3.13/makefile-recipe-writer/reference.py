from shlex import quote


def copy_recipe(target, sources):
    """A Makefile recipe line that copies sources (paths may hold spaces) into target."""
    quoted = " ".join(quote(s) for s in sources)
    return f"\tcp {quoted} {quote(target)}/"
