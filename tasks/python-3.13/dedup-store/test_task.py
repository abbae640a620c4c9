import os

from solution import store


def test_same_content_shares_an_inode(tmp_path):
    a = store(tmp_path, "a.txt", b"hello")
    b = store(tmp_path, "b.txt", b"hello")
    assert a.read_bytes() == b"hello"
    assert os.stat(a).st_ino == os.stat(b).st_ino
    assert os.stat(a).st_nlink == 3
