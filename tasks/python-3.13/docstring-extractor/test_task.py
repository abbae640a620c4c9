from solution import module_strings


def test_strings_only():
    src = "__version__ = '1.2'\nAUTHOR = \"Ana\"\nCOUNT = 3\nFLAG = True\n"
    assert module_strings(src) == {"__version__": "1.2", "AUTHOR": "Ana"}
