#!/usr/bin/env bash
# Digest of `parley analyze` output over the shared corpora, one line per corpus. A refactoring that must not change
# behaviour is checked by running this before and after and comparing the lines:
#   bash scripts/output-digest.sh > before.txt; ...; bash scripts/output-digest.sh | diff before.txt -
set -u
cd "$(dirname "$0")/.."
shared=${PARLEY_SHARED:-../shared}
node=node_modules/.bin/node
digest() {
  local name=$1; shift
  local sum
  sum=$("$node" dist/bundle/parley.js analyze "$@" 2>/dev/null | sha256sum | cut -c1-16)
  echo "$name $sum"
}
digest seed "$shared/seed"
digest examples examples
digest guardian "$shared/corpora/guardian/Guardian_SDF_sample.csv"
digest bbc "$shared/corpora/bbc" --date 2005-01-01
digest polnear-dev "$shared/gold/polnear/dev/text" --date 2016-11-01
digest reuters-000 "$shared/corpora/reuters21578/reut2-000.json"
