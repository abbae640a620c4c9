from solution import remote_command


def test_plain_arguments():
    assert remote_command("db1", ["ls", "-la"]) == "ssh db1 'ls -la'"


def test_arguments_with_spaces_and_quotes():
    import shlex

    ssh, host, inner = shlex.split(remote_command("web", ["echo", "it's here", "$HOME"]))
    assert (ssh, host) == ("ssh", "web")
    assert shlex.split(inner) == ["echo", "it's here", "$HOME"]
