import shlex


def commit_script(files, message):
    """Shell script text that stages files and commits them with message."""
    lines = ["set -e"]
    for name in files:
        lines.append("git add -- " + shlex.quote(name))
    lines.append("git commit -m " + shlex.quote(message))
    return "\n".join(lines)
