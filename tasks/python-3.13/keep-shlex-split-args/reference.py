import shlex


def parse_command(line):
    """Split a shell-like command line into program and arguments."""
    program, *args = shlex.split(line)
    return program, args
