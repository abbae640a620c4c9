import pipes


def remote_command(host, argv):
    """Build an ssh command line that runs argv on host with every argument quoted."""
    inner = " ".join(pipes.quote(arg) for arg in argv)
    return f"ssh {host} {pipes.quote(inner)}"
