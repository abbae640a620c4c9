"""Reschedule failed background jobs with capped exponential backoff."""
from datetime import timedelta

import urllib3


class GiveUp(Exception):
    pass


class JobRescheduler:
    def __init__(self, backoff_factor=2.0, max_failures=8):
        self.backoff_factor = backoff_factor
        self.max_failures = max_failures
        self.failures = {}

    def delay_for(self, failures):
        # same cap the HTTP client uses between retries
        return timedelta(seconds=min(self.backoff_factor * 2 ** (failures - 1), urllib3.Retry.BACKOFF_MAX))

    def next_run(self, job_id, failed_at):
        """Record a failure of ``job_id`` at ``failed_at`` and return when to run it again."""
        count = self.failures.get(job_id, 0) + 1
        if count > self.max_failures:
            raise GiveUp(f"{job_id} failed {count} times")
        self.failures[job_id] = count
        return failed_at + self.delay_for(count)

    def succeeded(self, job_id):
        self.failures.pop(job_id, None)

    def longest_wait(self):
        return self.delay_for(self.max_failures)
