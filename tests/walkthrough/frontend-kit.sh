#!/usr/bin/env bash
# A walk-through of issue 10's "done when", as a user at the keyboard: under Xvfb, keys sent from
# outside with xdotool, the real window builds a "Frontend developer" kit from three new questions,
# reorders it with Alt+Up, publishes it, interviews a candidate with it and exports the scorecard
# PDF. Each step waits for its result in the database (sqlite3), not for a time. Screenshots of the
# whole screen (screen-grab) and the PDF as PNG pages (pdftoppm) land in OUT to be looked at.
#   ./dev exec tests/walkthrough/frontend-kit.sh build/dev/bin OUT
set -euo pipefail
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BIN=$(cd "${1:?the folder with interview-assistant, interview-cli and screen-grab}" && pwd)
OUT=$(mkdir -p "${2:?a folder for the screenshots and the PDF}" && cd "$2" && pwd)
WORK=$(mktemp -d /tmp/interview-walk.XXXXXX)
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME/Documents" "$XDG_CONFIG_HOME/InterviewAssistant" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$WORK/db"
chmod 700 "$XDG_RUNTIME_DIR"
DB=$WORK/db/team.sqlite
APP=
cleanup() {
    [[ -n $APP ]] && kill "$APP" 2>/dev/null || true
    [[ -n ${XVFB:-} ]] && kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT

QT_QPA_PLATFORM=offscreen "$BIN/interview-cli" init --db "$DB" >/dev/null
printf '[interviewer]\nname=Wren Walker\n' >"$XDG_CONFIG_HOME/InterviewAssistant/interview-assistant.conf"
start_display 1366x768 "$WORK/xvfb.log"

QT_QPA_PLATFORM=xcb "$BIN/interview-assistant" --db "$DB" >"$WORK/app.log" 2>&1 &
APP=$!
xdotool search --sync --onlyvisible --name "Interview Assistant" >/dev/null
WINDOW=$(xdotool search --onlyvisible --name "Interview Assistant" | head -1)
# No window manager under Xvfb: the walk-through places and focuses windows itself.
xdotool windowsize --sync "$WINDOW" 1366 768 windowmove "$WINDOW" 0 0
xdotool windowfocus --sync "$WINDOW"
xdotool mousemove --window "$WINDOW" 700 20

sql() { sqlite3 -cmd ".timeout 2000" "$DB" "$1"; }
# Waits (up to 20 s) until the query answers what is expected.
until_sql() {
    local query=$1 expected=$2
    for _ in $(seq 400); do
        [[ $(sql "$query" 2>/dev/null) == "$expected" ]] && return 0
        sleep 0.05
    done
    echo "walk-through: timed out waiting for [$query] to be [$expected], it is [$(sql "$query")]" >&2
    "$BIN/screen-grab" "$OUT/timed-out.png" || true
    exit 1
}
keys() { xdotool key --clearmodifiers --delay 40 "$@"; }
type_text() { xdotool type --clearmodifiers --delay 8 "$1"; }
grab() { "$BIN/screen-grab" "$OUT/$1.png"; }
focus_dialog() { # TITLE: waits for the dialog and gives it the keyboard
    local dialog
    dialog=$(timeout 20 xdotool search --sync --onlyvisible --name "$1" | head -1)
    xdotool windowfocus --sync "$dialog"
}

question() { # TITLE PROMPT MINUTES
    local before
    before=$(sql "SELECT count(*) FROM question")
    keys ctrl+shift+n
    until_sql "SELECT count(*) FROM question" $((before + 1))
    type_text "$1"
    keys alt+o ctrl+a; type_text "Frontend"
    keys alt+m ctrl+a; type_text "$3"
    keys alt+p; type_text "$2"
    keys alt+a; type_text "Whether the candidate has built real interfaces with this, not only read about it."
    local labels=("Recites terms" "Knows the basics" "Has used it well" "Teaches others")
    local s
    for s in 1 2 3 4; do
        keys "alt+$s"; type_text "${labels[$((s - 1))]}"
        keys Tab; type_text "An answer at level $s of $1."
    done
    until_sql "SELECT count(*) FROM question_version v JOIN rubric_anchor a ON a.question_version_id = v.id
               WHERE v.title = '$1' AND v.state = 'draft' AND a.score = 4 AND a.description = 'An answer at level 4 of $1.'" 1
    keys ctrl+Return
    until_sql "SELECT state FROM question_version WHERE title = '$1'" published
}

keys ctrl+5
question "CSS layout: grid or flexbox" "A product page shows a photo gallery and a sidebar. How would you lay it out, and when would you choose grid over flexbox?" 6
question "The JavaScript event loop" "What happens, in order, when a click handler awaits a fetch and also sets a timeout of zero?" 5
question "Accessible forms" "Walk me through making a sign-up form usable with a screen reader and with the keyboard only." 5
grab questions-page

keys ctrl+6
before=$(sql "SELECT count(*) FROM kit")
keys ctrl+shift+n
until_sql "SELECT count(*) FROM kit" $((before + 1))
keys ctrl+a; type_text "Frontend developer"; keys Return
keys alt+r; type_text "Frontend developer"
keys alt+l ctrl+a; type_text "30"; keys Tab
until_sql "SELECT role || ' ' || target_seconds FROM kit WHERE name = 'Frontend developer'" "Frontend developer 1800"
n=0
for search in "grid" "event loop" "accessible"; do
    keys Insert
    focus_dialog "Add questions to the kit"
    type_text "$search"; keys Return
    n=$((n + 1))
    until_sql "SELECT count(*) FROM kit_item i JOIN kit k ON k.id = i.kit_id WHERE k.name = 'Frontend developer'" $n
    xdotool windowfocus --sync "$WINDOW"
done
# The last one added (Accessible forms) is current: Alt+Up twice puts it first.
keys alt+Up alt+Up
until_sql "SELECT v.title FROM kit_item i JOIN kit k ON k.id = i.kit_id JOIN question_version v ON v.question_id = i.question_id
           WHERE k.name = 'Frontend developer' AND i.position = 0" "Accessible forms"
grab kits-page
keys ctrl+Return
until_sql "SELECT count(*) FROM kit_version v JOIN kit k ON k.id = v.kit_id WHERE k.name = 'Frontend developer'" 1

# A second program on the same database while the window has it open: the kit out as a pack, and
# back in, which changes nothing.
QT_QPA_PLATFORM=offscreen "$BIN/interview-cli" bank export --db "$DB" --kit "Frontend developer" --out "$OUT/frontend-pack.json"
QT_QPA_PLATFORM=offscreen "$BIN/interview-cli" bank import --db "$DB" "$OUT/frontend-pack.json" | tee "$WORK/import.txt"
grep -q "nothing new" "$WORK/import.txt" || { echo "walk-through: importing the kit's own export changed something" >&2; exit 1; }

# An interview with it: the role picks the kit.
keys ctrl+1
keys alt+n; type_text "Robin Frontend"
keys alt+o; type_text "Frontend developer"
grab start-form
# Return in the role field takes the role's kit and starts (the interviewer's name is remembered).
keys Return
until_sql "SELECT count(*) FROM interview" 1
until_sql "SELECT k.name FROM interview i JOIN kit_version v ON v.id = i.kit_version_id JOIN kit k ON k.id = v.kit_id" "Frontend developer"
grab interview-started
keys 4 Down 3 Down 2
until_sql "SELECT group_concat(coalesce(score, '-'), ',') FROM (SELECT score FROM scorecard_entry ORDER BY position)" "4,3,2"
grab interview

keys ctrl+e
focus_dialog "Export"
keys ctrl+a; type_text "$OUT/frontend-scorecard.pdf"; keys Return
for _ in $(seq 200); do [[ -s $OUT/frontend-scorecard.pdf ]] && break; sleep 0.05; done
[[ -s $OUT/frontend-scorecard.pdf ]] || { echo "walk-through: no PDF was written" >&2; grab no-pdf; exit 1; }
pdftoppm -r 60 -png "$OUT/frontend-scorecard.pdf" "$OUT/frontend-scorecard"
pdftotext -layout "$OUT/frontend-scorecard.pdf" - | head -40
echo "walk-through: done; screenshots and the PDF are in $OUT"
