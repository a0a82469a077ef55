#!/bin/bash
# The interviewer's keys on the real window under Xvfb, pressed from outside with xdotool (as a
# keyboard does), each step checked in the database: a score on a resumed interview starts the
# clock, Alt+3 sets the recommendation, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo it, and
# Ctrl+Enter names the questions never asked before submitting.
#   tests/walkthrough/call-keys.sh BUILD/bin OUT
# Run inside the build environment: ./dev exec bash tests/walkthrough/call-keys.sh build/dev/bin OUT
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BIN=$(cd "${1:?the folder with interview-assistant, interview-cli and screen-grab}" && pwd)
OUT=$(mkdir -p "${2:?a folder for the screenshots}" && cd "$2" && pwd)
WORK=$(mktemp -d)
cleanup() { kill "${APP:-}" "${XVFB:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

DB="$WORK/call.sqlite"
demo_interview "$BIN" "$DB"
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
remember_interviewer "$XDG_CONFIG_HOME" "$UUID" "$NAME"
start_display 1366x768 "$WORK/xvfb.log"

QT_QPA_PLATFORM=xcb "$BIN/interview-assistant" --db "$DB" --interview "$ID" >"$WORK/app.log" 2>&1 &
APP=$!
xdotool search --sync --onlyvisible --name "Interview Assistant" >/dev/null
WINDOW=$(xdotool search --onlyvisible --name "Interview Assistant" | head -1)
xdotool windowfocus --sync "$WINDOW"

sql() { sqlite3 -cmd ".timeout 2000" "$DB" "$1"; }
until_sql() { # QUERY EXPECTED: waits up to 20 s
    for _ in $(seq 400); do
        [[ $(sql "$1" 2>/dev/null) == "$2" ]] && return 0
        sleep 0.05
    done
    echo "call-keys: timed out waiting for [$1] to be [$2], it is [$(sql "$1")]" >&2
    "$BIN/screen-grab" "$OUT/call-keys-timed-out.png" || true
    exit 1
}
until_title() { # PATTERN PRESENT(yes|no)
    for _ in $(seq 400); do
        local title
        title=$(xdotool getwindowname "$WINDOW")
        if [[ $2 == yes && $title == *$1* ]] || [[ $2 == no && $title != *$1* ]]; then return 0; fi
        sleep 0.05
    done
    echo "call-keys: the title is [$(xdotool getwindowname "$WINDOW")]" >&2
    exit 1
}
keys() { xdotool key --clearmodifiers --delay 60 "$@"; }

POS=$(sql "SELECT min(position) FROM scorecard_entry WHERE interview_id = $ID AND status = 'not_asked'")
until_title "clock paused" yes
"$BIN/screen-grab" "$OUT/call-keys-resumed.png"
keys 2
until_sql "SELECT status || score FROM scorecard_entry WHERE interview_id = $ID AND position = $POS" scored2
until_title "clock paused" no
echo "call-keys: a score started the paused clock"

keys alt+3
until_sql "SELECT recommendation FROM interview WHERE id = $ID" yes
keys ctrl+z
until_sql "SELECT coalesce(recommendation, 'none') FROM interview WHERE id = $ID" none
keys ctrl+shift+z
until_sql "SELECT recommendation FROM interview WHERE id = $ID" yes
keys ctrl+z
until_sql "SELECT coalesce(recommendation, 'none') FROM interview WHERE id = $ID" none
keys ctrl+y
until_sql "SELECT recommendation FROM interview WHERE id = $ID" yes
echo "call-keys: Alt+3, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y"

keys ctrl+Return
DIALOG=$(timeout 20 xdotool search --sync --onlyvisible --name "Submit scorecard" | head -1)
"$BIN/screen-grab" "$OUT/call-keys-submit.png"
xdotool windowfocus --sync "$DIALOG"
keys Escape
until_sql "SELECT state FROM interview WHERE id = $ID" in_progress
echo "call-keys: Ctrl+Enter asked first (see call-keys-submit.png); Escape kept it open"
echo "call-keys: done"
