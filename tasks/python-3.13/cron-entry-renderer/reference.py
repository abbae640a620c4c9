import shlex


class CronEntry:
    def __init__(self, schedule, script, *args):
        self.schedule = schedule
        self.script = script
        self.args = args

    def render(self):
        """One crontab line; arguments are shell-quoted because cron runs /bin/sh."""
        parts = [self.script, *self.args]
        return self.schedule + " " + " ".join(shlex.quote(p) for p in parts)
