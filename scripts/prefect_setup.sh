#!/usr/bin/env bash
# Set up storywatch's Prefect deployments against the server at PREFECT_API_URL:
# the process work pool, one global concurrency limit per story (a limit that was never created
# does not block in Prefect 3, it only logs a warning), and the deployments of prefect.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFECT=${PREFECT:-.venv/bin/prefect}
export STORYWATCH_HOME=${STORYWATCH_HOME:-$PWD}
$PREFECT --no-prompt work-pool inspect storywatch >/dev/null 2>&1 \
  || $PREFECT --no-prompt work-pool create storywatch --type process
for story in stories/*.toml; do
  slug=$(basename "$story" .toml)
  $PREFECT --no-prompt gcl inspect "storywatch-$slug" >/dev/null 2>&1 \
    || $PREFECT --no-prompt gcl create "storywatch-$slug" --limit 1
done
$PREFECT --no-prompt deploy --all
