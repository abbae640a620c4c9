from solution import format_log_line


def test_epoch_zero():
    assert format_log_line(0, "info", "boot") == "1970-01-01 00:00:00 UTC [INFO ] boot"


def test_later_stamp():
    assert format_log_line(1700000000, "warn", "disk") == "2023-11-14 22:13:20 UTC [WARN ] disk"
