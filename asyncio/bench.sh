#!/bin/sh
# asyncio/bench.sh [bench.py's options]: runs asyncio/bench.py with python3 (or $ASYNCIO_PYTHON) when it is
# Python 3.11 or newer. Without one, a build must still complete: it says why on stderr, writes that reason
# into <--out-dir>/asyncio-environment.json, copies --jmh-results to --combined-out when both are given (the
# report then has the Java rows alone), and exits 0. bench.py's own exit status passes through otherwise.
set -eu

python="${ASYNCIO_PYTHON:-python3}"
here="$(cd "$(dirname "$0")" && pwd)"

if version="$("$python" -c 'import sys; print(sys.version.split()[0]); sys.exit(sys.version_info < (3, 11))' 2>/dev/null)"; then
  exec "$python" "$here/bench.py" "$@"
fi

if [ -n "$version" ]; then
  reason="$python is Python $version; the asyncio scripts need 3.11 or newer"
else
  reason="no Python found: $python cannot be run (install Python 3.11+ or set ASYNCIO_PYTHON)"
fi
echo "asyncio/bench.sh: skipped every asyncio row: $reason" >&2

out_dir="" jmh_results="" combined_out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out-dir) out_dir="${2:-}"; shift ;;
    --jmh-results) jmh_results="${2:-}"; shift ;;
    --combined-out) combined_out="${2:-}"; shift ;;
  esac
  shift
done

if [ -n "$out_dir" ]; then
  mkdir -p "$out_dir"
  printf '{\n  "python": null,\n  "files": {},\n  "skipped": [{"what": "every asyncio row", "reason": "%s"}],\n  "failures": []\n}\n' \
    "$reason" > "$out_dir/asyncio-environment.json"
fi
if [ -n "$jmh_results" ] && [ -n "$combined_out" ]; then
  cp "$jmh_results" "$combined_out"
fi
