#!/usr/bin/env bash
# The README's test command: installs what the tests need from Debian when it is missing, then runs every test.
#   ./test.sh                    provision, then `dotnet test` (extra arguments go to dotnet test)
#   ./test.sh --provision-only   provision and stop (CI starts its redis-server next)
# Needs: the .NET 10 SDK and Node/npm (the card checker, the playground's renderer and the Web Chat of the browser
# test install with npm on first use).
# Installs with apt-get, as root or through sudo: redis-server and redis-tools (servers the integration tests start,
# redis-benchmark for the bench), chromium and fonts-noto-color-emoji (the browser test).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v redis-cli >/dev/null && command -v redis-benchmark >/dev/null || missing+=(redis-tools)
[ -x /usr/bin/chromium ] || [ -n "${CHATPHONE_CHROMIUM:-}" ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    echo "The tests need: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "test.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "The tests need $tool on the PATH (the .NET 10 SDK, Node 20 with npm)." >&2; exit 1; }
done

if [ "${1:-}" = "--provision-only" ]; then exit 0; fi
exec dotnet test "$@"
