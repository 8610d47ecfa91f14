#!/bin/sh
# Portcullis as a plain shell step (Jenkins, Buildkite, a cron job, a Makefile, …), with the
# CLI installed in the project (`npm install -D portcullis`). It tells the exit codes apart
# under `set -e` and passes the scan's own code on, so the caller fails exactly when
# Portcullis does:
#   0 every open port is allowed           1 policy violations (the JUnit report says which)
#   2 bad usage or a bad policy            3 runtime failure (no verdict: the scan did not run)
#   4 the time budget ran out (a partial report, never a pass)
#
# Settings, with their defaults:
#   PORTCULLIS_TARGETS=127.0.0.1  PORTCULLIS_PORTS=top-1000  PORTCULLIS_POLICY=.github/portcullis.yml
#   PORTCULLIS_REPORTS=portcullis-reports (where the JSON report and JUnit XML are written)
set -eu

targets="${PORTCULLIS_TARGETS:-127.0.0.1}"
ports="${PORTCULLIS_PORTS:-top-1000}"
policy="${PORTCULLIS_POLICY:-.github/portcullis.yml}"
reports="${PORTCULLIS_REPORTS:-portcullis-reports}"
mkdir -p "$reports"

# A bad policy exits 2 with every error at file:line:column; set -e stops the step there.
npx --no-install portcullis validate "$policy"

# set -e would end the script at a non-zero exit before it could say which one it was:
# catch the code, explain it, and exit with it.
status=0
npx --no-install portcullis scan \
  --targets "$targets" --ports "$ports" --policy "$policy" \
  --json "$reports/portcullis.json" --junit "$reports/portcullis.junit.xml" \
  --no-progress || status=$?

case "$status" in
  0) echo "portcullis: pass: every open port is allowed by $policy" ;;
  1) echo "portcullis: FAIL: policy violations, listed above and in $reports/portcullis.junit.xml" >&2 ;;
  2) echo "portcullis: bad usage or bad policy: fix the flag or the file:line:column named above" >&2 ;;
  3) echo "portcullis: runtime failure: the scan did not run, so there is no verdict" >&2 ;;
  4) echo "portcullis: the time budget (--max-duration) ran out: a partial report, not a pass" >&2 ;;
  *) echo "portcullis: interrupted (exit $status)" >&2 ;;
esac
exit "$status"
