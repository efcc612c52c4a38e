#!/usr/bin/env bash
# Set up storywatch's Prefect deployments against the server at PREFECT_API_URL:
# the process work pool, one global concurrency limit per story of the stories folder (a limit
# that was never created does not block in Prefect 3, it only logs a warning; a story added later
# gets its limit from its first run), and the deployments of prefect.yaml, which follow every
# story of the folder ($STORYWATCH_STORIES, else ./stories): rerun this only when prefect.yaml changes.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFECT=${PREFECT:-.venv/bin/prefect}
export STORYWATCH_HOME=${STORYWATCH_HOME:-$PWD}
STORIES=${STORYWATCH_STORIES:-stories}
$PREFECT --no-prompt work-pool inspect storywatch >/dev/null 2>&1 \
  || $PREFECT --no-prompt work-pool create storywatch --type process
for story in "$STORIES"/*.toml; do
  [ -e "$story" ] || continue
  slug=$(basename "$story" .toml)
  $PREFECT --no-prompt gcl inspect "storywatch-$slug" >/dev/null 2>&1 \
    || $PREFECT --no-prompt gcl create "storywatch-$slug" --limit 1
done
$PREFECT --no-prompt deploy --all
