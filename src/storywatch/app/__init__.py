"""App: what a person runs — the `storywatch` command line, `watch`, `status` and `extract`'s
report. Prefect wiring lives apart, in the top-level ``flows/`` package."""
