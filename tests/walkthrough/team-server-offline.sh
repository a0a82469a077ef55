#!/bin/bash
# The Wi-Fi drops mid-call and the laptop dies: the real window on a team server under Xvfb, keys
# pressed from outside with xdotool. The interviewer scores and types, the server goes away, they
# type on, the app is killed (kill -9) before the server is back; the next start saves what was
# typed. Screenshots of the window offline and after the restart.
#   tests/walkthrough/team-server-offline.sh BUILD/bin OUT
# Run inside the build environment: ./dev exec bash tests/walkthrough/team-server-offline.sh build/dev/bin OUT
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BIN=$(cd "${1:?the folder with interview-assistant, interview-cli and screen-grab}" && pwd)
OUT=$(mkdir -p "${2:?a folder for the screenshots}" && cd "$2" && pwd)
CLUSTER="$(dirname "${BASH_SOURCE[0]}")/../support/pg-cluster"
WORK=$(mktemp -d)
SERVER_DIR="$WORK/server"
cleanup() {
    kill -9 "${APP:-}" 2>/dev/null || true
    kill "${XVFB:-}" 2>/dev/null || true
    "$CLUSTER" stop "$SERVER_DIR" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
chmod 755 "$WORK"
URL=$("$CLUSTER" start "$SERVER_DIR")
PSQL=("$(dirname "$(find /usr/lib/postgresql -name psql -type f | head -1)")/psql" -h "$SERVER_DIR" -U ia_owner -d interview -qAt)
"$BIN/interview-cli" server setup --db "$URL" >/dev/null
"$BIN/interview-cli" demo --db "$URL" >/dev/null
read -r ID UUID NAME < <("${PSQL[@]}" -F ' ' -c "SELECT i.id, v.uuid, v.name FROM interview i JOIN interviewer v
    ON v.id = i.interviewer_id WHERE i.state = 'in_progress' ORDER BY i.id LIMIT 1")
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
remember_interviewer "$XDG_CONFIG_HOME" "$UUID" "$NAME"
start_display 1366x768 "$WORK/xvfb.log"
# Built with AddressSanitizer (./dev test --sanitize), every X client from here on (the app,
# screen-grab) would stop as it connects: strict_string_checks takes libxkbcommon-x11's strndup of
# a keymap name (an unterminated buffer with its length, which is allowed) for an overflow. Leaks
# are not looked for either: Qt's xcb plugin leaves its desktop-services object to the process's
# end, and the app here ends by kill -9 (the offscreen tests check it for leaks).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}strict_string_checks=0:detect_leaks=0"
# Every wait is bounded and a failure says where it stopped, with the app's output and a screenshot:
# a wait without an end would only show up as ctest's time-out.
fail() {
    echo "team-server-offline: $*" >&2
    "$BIN/screen-grab" "$OUT/team-server-offline-failed.png" >/dev/null 2>&1 || true
    echo "team-server-offline: the app's output (the last 40 lines):" >&2
    tail -n 40 "$WORK/app.log" >&2 || true
    exit 1
}
start_app() {
    QT_QPA_PLATFORM=xcb "$BIN/interview-assistant" --db "$URL" --interview "$ID" >>"$WORK/app.log" 2>&1 &
    APP=$!
    WINDOW=
    for _ in $(seq 1200); do # 60 s: a sanitizer build starts slowly
        WINDOW=$(xdotool search --onlyvisible --name "Interview Assistant" 2>/dev/null | head -1) || true
        [[ -n $WINDOW ]] && break
        kill -0 "$APP" 2>/dev/null || fail "the app ended before its window came up"
        sleep 0.05
    done
    [[ -n $WINDOW ]] || fail "the window did not come up within 60 s"
    for _ in $(seq 400); do
        xdotool windowfocus "$WINDOW" 2>/dev/null || true
        [[ $(xdotool getwindowfocus 2>/dev/null) == "$WINDOW" ]] && return 0
        sleep 0.05
    done
    fail "the window never took the keyboard focus"
}
sql() { "${PSQL[@]}" -c "$1"; }
until_sql() { # QUERY EXPECTED: waits up to 20 s
    for _ in $(seq 400); do
        [[ $(sql "$1" 2>/dev/null) == "$2" ]] && return 0
        sleep 0.05
    done
    fail "timed out waiting for [$1] to be [$2], it is [$(sql "$1" 2>&1)]"
}
keys() { xdotool key --clearmodifiers --delay 60 "$@"; }
JOURNAL="$XDG_CONFIG_HOME/InterviewAssistant/interview-assistant.offline-journal.sqlite"

start_app
POS=$(sql "SELECT min(position) FROM scorecard_entry WHERE interview_id = $ID AND status = 'not_asked'")
keys 3
until_sql "SELECT status || score FROM scorecard_entry WHERE interview_id = $ID AND position = $POS" scored3
echo "team-server-offline: a score reached the server"

"$CLUSTER" halt "$SERVER_DIR" >/dev/null
keys alt+4
keys Return
xdotool type --delay 40 "Typed with the server gone"
keys Escape
for _ in $(seq 400); do
    [[ -f $JOURNAL ]] && [[ $(sqlite3 "$JOURNAL" "SELECT count(*) FROM journal_entry WHERE change LIKE '%Typed with the server gone%'") == 1 ]] && break
    sleep 0.05
done
[[ $(sqlite3 "$JOURNAL" "SELECT count(*) FROM journal_entry WHERE change LIKE '%Typed with the server gone%'") == 1 ]] ||
    fail "the note never reached the journal"
echo "team-server-offline: the note and the verdict wait in the journal ($(sqlite3 "$JOURNAL" "SELECT count(*) FROM journal_entry") edits), mode $(stat -c %a "$JOURNAL")"
"$BIN/screen-grab" "$OUT/team-server-offline-away.png"
kill -9 "$APP"
wait "$APP" 2>/dev/null || true
APP=

"$CLUSTER" start "$SERVER_DIR" >/dev/null
start_app
until_sql "SELECT note FROM scorecard_entry WHERE interview_id = $ID AND position = $POS" "Typed with the server gone"
until_sql "SELECT recommendation FROM interview WHERE id = $ID" strong_yes
[[ $(sqlite3 "$JOURNAL" "SELECT count(*) FROM journal_entry") == 0 ]] ||
    fail "the journal still holds edits after they were saved"
sleep 0.5 # the screenshot only: the window paints its status line
"$BIN/screen-grab" "$OUT/team-server-offline-restarted.png"
echo "team-server-offline: after kill -9 and a restart, the note and the verdict are on the server"
