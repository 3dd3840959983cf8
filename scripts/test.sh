#!/usr/bin/env bash
# npm test: build, lint, then the in-process tier (unit and corpus tests, tables loaded once) and the CLI tier
# (separate processes). Ends with one line counting both tiers, since each runner prints only its own summary.
set -uo pipefail
cd "$(dirname "$0")/.."
npm run -s build || exit 1
npm run -s lint || exit 1
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
node --import tsx --test --test-reporter=spec --test-isolation=none \
  test/corpus/*.test.ts $(find test -name '*.test.ts' -not -path 'test/e2e/*' -not -path 'test/corpus/*' | sort) \
  | tee "$log/inprocess.txt"
first=${PIPESTATUS[0]}
node --import tsx --test --test-reporter=spec --test-concurrency=2 test/e2e/*.test.ts | tee "$log/e2e.txt"
second=${PIPESTATUS[0]}
count() { grep -h "^ℹ $1 " "$log"/*.txt | awk '{ n += $3 } END { print n + 0 }'; }
echo "tests: $(count pass) passed, $(count fail) failed, $(count skipped) skipped"
[ "$first" -eq 0 ] && [ "$second" -eq 0 ]
