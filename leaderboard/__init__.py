"""Aggregate finished runs from the results store into Markdown and HTML leaderboards."""
