from solution import CronEntry


def test_render():
    entry = CronEntry("0 3 * * *", "/opt/jobs/rotate.sh", "--keep", "7 days", "$HOME")
    assert entry.render() == "0 3 * * * /opt/jobs/rotate.sh --keep '7 days' '$HOME'"
