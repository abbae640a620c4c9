import shlex


def remote_command(host, argv):
    """Build an ssh command line that runs argv on host with every argument quoted."""
    inner = " ".join(shlex.quote(arg) for arg in argv)
    return f"ssh {host} {shlex.quote(inner)}"
