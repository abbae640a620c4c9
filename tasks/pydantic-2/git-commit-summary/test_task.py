from solution import Commit, summarize_commits

COMMITS = [
    {
        "sha": "a1b2c3d4e5f6",
        "author": "ana",
        "message": "Initial import\n\nlong body",
        "committed_at": "2024-01-02T09:00:00",
    },
    {
        "sha": "0f9e8d7c6b5a",
        "author": "raj",
        "message": "Merge branch 'fix'",
        "committed_at": "2024-01-05T17:45:00",
        "parent": "a1b2c3d4e5f6",
        "second_parent": "99aa88bb77cc",
        "signed_by": "raj@corp",
    },
    {
        "sha": "99aa88bb77cc",
        "author": "ana",
        "message": "Fix typo",
        "committed_at": "2024-01-03T11:20:00",
        "parent": "a1b2c3d4e5f6",
    },
]


def test_summary_lines_newest_first():
    assert summarize_commits(COMMITS) == [
        "0f9e8d7 2024-01-05 raj Merge branch 'fix' [merge, signed:raj@corp]",
        "99aa88b 2024-01-03 ana Fix typo",
        "a1b2c3d 2024-01-02 ana Initial import [root]",
    ]


def test_commit_defaults():
    commit = Commit(sha="abc", author="x", message="m", committed_at="2024-02-01T00:00:00")
    assert commit.parent is None and commit.second_parent is None and commit.signed_by is None
    assert not commit.is_merge
