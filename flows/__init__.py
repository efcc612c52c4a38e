"""Prefect wiring for storywatch: flows and tasks only; the work lives in the storywatch library."""
