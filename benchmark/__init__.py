"""api-update-bench core: task specs, loading, runner, scoring, results store and CLI."""
