from solution import commit_script


def test_script():
    text = commit_script(["README.md", "docs/new page.md"], "Add docs; fix typo")
    assert text.splitlines() == [
        "set -e",
        "git add -- README.md",
        "git add -- 'docs/new page.md'",
        "git commit -m 'Add docs; fix typo'",
    ]
