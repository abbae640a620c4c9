"""Execution backends: run a candidate and its tests against an exact library environment."""

from sandbox.base import EnvRequest, Job, JobResult, Sandbox, SandboxUnavailable, Status, TestOutcome

__all__ = ["EnvRequest", "Job", "JobResult", "Sandbox", "SandboxUnavailable", "Status", "TestOutcome"]
