#!/bin/bash
# Screenshots for looking at, not for asserting: the interview screen, the compact strip beside a
# call-sized window and the candidates page, in the light and the dark scheme, on a 1366x768 laptop
# and a 1920x1080 screen, each from a first start (no remembered layout), on the demo data.
#   tests/walkthrough/looks.sh BUILD/bin OUT
# Run inside the build environment: ./dev exec bash tests/walkthrough/looks.sh build/dev/bin OUT
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BIN=$(cd "${1:?the folder with interview-assistant, interview-cli, screen-grab and stand-in-call}" && pwd)
OUT=$(mkdir -p "${2:?a folder for the screenshots}" && cd "$2" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

DB="$WORK/demo.sqlite"
demo_interview "$BIN" "$DB"

shot() { # SIZE SCHEME
    local size=$1 scheme=$2 home="$WORK/home-$1-$2"
    mkdir -p "$home"
    # A copy each: the strip below is killed, and its hold on the interview lasts 30 seconds.
    cp "$DB" "$home/demo.sqlite"
    remember_interviewer "$home/config" "$UUID" "$NAME"
    export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=xcb
    xvfb-run --auto-servernum --server-args="-screen 0 ${size}x24" bash -c '
        set -e
        BIN=$1 DB=$2 ID=$3 OUT=$4 size=$5 scheme=$6
        app() { "$BIN/interview-assistant" --db "$DB" --color-scheme "$scheme" "$@" >/dev/null; }
        app --interview "$ID" --screenshot "$OUT/interview-$scheme-$size.png"
        app --page candidates --screenshot "$OUT/candidates-$scheme-$size.png"
        "$BIN/stand-in-call" & call=$!
        xdotool search --sync --onlyvisible --name "Video call" >/dev/null
        "$BIN/interview-assistant" --db "$DB" --color-scheme "$scheme" --interview "$ID" --compact >/dev/null & strip=$!
        xdotool search --sync --onlyvisible --name "compact|paused" >/dev/null
        sleep 1 # let it paint: a picture to look at, not a test
        "$BIN/screen-grab" "$OUT/compact-$scheme-$size.png"
        kill "$strip" "$call"
        wait 2>/dev/null || true
    ' looks "$BIN" "$home/demo.sqlite" "$ID" "$OUT" "$size" "$scheme"
}

for size in 1366x768 1920x1080; do
    for scheme in light dark; do
        shot "$size" "$scheme"
    done
done
ls "$OUT"
