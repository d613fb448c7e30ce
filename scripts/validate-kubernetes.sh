#!/usr/bin/env bash
# Validates deploy/kubernetes/*.yaml offline against the Kubernetes API schemas of the npm package
# kubernetes-models (kubectl --dry-run=client cannot: it asks a server for its schema). Installs
# kubernetes-models and js-yaml into a temporary folder (npm), then runs deploy/kubernetes/validate.mjs.
# Also checks that the validator does reject: a Job with completions "fifty" and completionMode "Indexd".
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund kubernetes-models@5.1.0 js-yaml@4.1.0 >/dev/null 2>&1
cp "$here/deploy/kubernetes/validate.mjs" .
sed -e 's/completions: 50 /completions: "fifty" /' -e 's/completionMode: Indexed/completionMode: Indexd/' \
  "$here/deploy/kubernetes/indexed-job.yaml" > broken.yaml
if node validate.mjs broken.yaml >broken.log 2>&1; then
  echo "FAIL the validator accepted a broken Job:"; cat broken.log; exit 1
fi
echo "ok   a broken Job is rejected: $(grep -c FAIL broken.log) document(s)"
node validate.mjs "$here"/deploy/kubernetes/*.yaml
