#!/usr/bin/env bash
# The soak harness behind `./dev soak [N]`: N trials of the real window under Xvfb, driven by real key
# events from outside the process (xdotool), each ended by kill -9 at a random moment. Every third
# trial also takes the route that used to lose saved work: File → Export scorecard… into the
# database's folder, cancel, then another program reads the database, then more scores.
#
# Each trial: a fresh interview; phase A presses scores, moves between questions and types notes,
# then leaves a second for the app's promise (choices at once, text within 300 ms); phase B goes on
# typing on other questions and the app is killed somewhere in it. Afterwards every phase-A edit
# must be in the file (or it counts as lost), and the file must pass PRAGMA integrity_check and
# open again. Prints trials, lost edits and integrity failures; exits 1 if any edit was lost or any
# check failed.
set -euo pipefail

TRIALS=${1:-20}
BIN=${2:?the folder with interview-assistant and interview-cli}
[[ $TRIALS =~ ^[0-9]+$ && $TRIALS -gt 0 ]] || { echo "soak: the number of trials must be a positive number" >&2; exit 2; }
for tool in Xvfb xdotool sqlite3; do
    command -v "$tool" >/dev/null || { echo "soak: $tool is missing (./dev installs it)" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/interview-soak.XXXXXX)
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME/InterviewAssistant" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$WORK/db"
chmod 700 "$XDG_RUNTIME_DIR"
DB=$WORK/db/panel.sqlite
INTERVIEWER="Soak Tester"
LOG=$WORK/soak.log
APP=

cleanup() {
    [[ -n $APP ]] && kill -9 "$APP" 2>/dev/null || true
    [[ -n ${XVFB:-} ]] && kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT

"$BIN/interview-cli" demo --db "$DB" >>"$LOG"
# The app opens an interview only for the person it belongs to (blind scoring).
printf '[interviewer]\nname=%s\n' "$INTERVIEWER" >"$XDG_CONFIG_HOME/InterviewAssistant/interview-assistant.conf"
# A random UUID in SQL, for the rows made behind the app's back.
UUID="printf('%s-%s-4%s-8%s-%s', lower(hex(randomblob(4))), lower(hex(randomblob(2))), substr(lower(hex(randomblob(2))), 2), substr(lower(hex(randomblob(2))), 2), lower(hex(randomblob(6))))"
sqlite3 "$DB" "INSERT INTO interviewer (uuid, name, email, created_at) VALUES ($UUID, '$INTERVIEWER', '', unixepoch())" >>"$LOG"

# An X server of our own.
for n in $(seq 90 140); do
    [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
    Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >>"$LOG" 2>&1 &
    XVFB=$!
    export DISPLAY=":$n"
    break
done
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
xdotool getdisplaygeometry >/dev/null || { echo "soak: Xvfb did not start (see $LOG)" >&2; exit 1; }

new_interview() { # TRIAL → interview id
    sqlite3 "$DB" "
        INSERT INTO candidate (uuid, name, role, created_at, updated_at)
            VALUES ($UUID, 'Soak Candidate $1', 'Backend Python developer', unixepoch(), unixepoch());
        INSERT INTO interview (uuid, candidate_id, interviewer_id, kit_id, role, state, created_at, updated_at)
            SELECT $UUID, max(c.id), (SELECT id FROM interviewer WHERE name = '$INTERVIEWER'), (SELECT min(id) FROM kit),
                   'Backend Python developer', 'planned', unixepoch(), unixepoch() FROM candidate c;
        INSERT INTO scorecard_entry (uuid, interview_id, position, question_version_id, time_budget_seconds, weight, updated_at)
            SELECT $UUID, (SELECT max(id) FROM interview), ki.position,
                   (SELECT qv.id FROM question_version qv WHERE qv.question_id = ki.question_id ORDER BY qv.version DESC LIMIT 1),
                   ki.time_budget_seconds, ki.weight, unixepoch()
            FROM kit_item ki WHERE ki.kit_id = (SELECT min(id) FROM kit) ORDER BY ki.position;
        SELECT max(id) FROM interview;"
}

focus_window() {
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    xdotool mousemove --window "$WID" 200 200 2>/dev/null || true
}

key() { xdotool key --clearmodifiers --delay 40 "$@"; }

PHASE_A_LAST=9 # phase A stays on questions 0..9, phase B works from question 12 on
lost=0 checked=0 integrity=0 dialog_trials=0 dialogs_seen=0 started_ok=0
DIALOG_EVERY=${IA_SOAK_DIALOG_EVERY:-3} # every Nth trial takes the file-dialog route
declare -A score note

for trial in $(seq 1 "$TRIALS"); do
    interview=$(new_interview "$trial")
    score=() note=()
    "$BIN/interview-assistant" --db "$DB" --interview "$interview" >>"$LOG" 2>&1 &
    APP=$!
    WID=$(timeout 30 xdotool search --sync --onlyvisible --name "Soak Candidate $trial " | head -n 1) || true
    if [[ -z $WID ]]; then
        echo "trial $trial: the window never appeared (see $LOG)" >&2
        integrity=$((integrity + 1))
        kill -9 "$APP" 2>/dev/null || true
        APP=
        continue
    fi
    started_ok=$((started_ok + 1))
    focus_window
    current=0
    steps=$((6 + RANDOM % 9))
    via_dialog=$((trial % DIALOG_EVERY == 0))
    for step in $(seq 1 "$steps"); do
        if ((via_dialog && step == steps / 2)); then
            # The reported route: the export dialog in the database's folder, cancelled; then
            # another program opens and closes the database.
            key ctrl+e
            DIALOG=$(timeout 10 xdotool search --sync --onlyvisible --name "Export scorecard" | head -n 1) || true
            if [[ -n $DIALOG ]]; then
                dialogs_seen=$((dialogs_seen + 1))
                xdotool windowfocus --sync "$DIALOG" 2>/dev/null || true
                key ctrl+a
                xdotool type --delay 10 "$(dirname "$DB")/"
                key Return
                sleep 0.8 # the dialog lists the folder (and, before the fix, sniffed the files)
                key Escape
                for _ in $(seq 50); do xdotool search --onlyvisible --name "Export scorecard" >/dev/null 2>&1 || break; sleep 0.05; done
            fi
            "$BIN/interview-cli" search --db "$DB" --as "$INTERVIEWER" anything >>"$LOG" 2>&1 || true
            focus_window
            dialog_trials=$((dialog_trials + 1))
        fi
        case $((RANDOM % 6)) in
        0 | 1 | 2)
            s=$((1 + RANDOM % 4))
            key "$s"
            score[$current]=$s
            ;;
        3)
            if ((current < PHASE_A_LAST)); then
                key n
                current=$((current + 1))
            fi
            ;;
        4)
            if ((current > 0)); then
                key p
                current=$((current - 1))
            fi
            ;;
        5)
            word="w${trial}x${step}"
            key Return
            xdotool type --delay 15 "$word "
            key Escape
            note[$current]="${note[$current]:-}$word "
            ;;
        esac
    done
    # The app's promise: a choice is saved when its key is handled, text within 300 ms.
    sleep 1

    # Phase B: further on, and killed somewhere in it.
    (
        for _ in $(seq $((PHASE_A_LAST + 3 - current))); do key n; done
        for step in $(seq 1 8); do
            case $((RANDOM % 3)) in
            0) key $((1 + RANDOM % 4)) ;;
            1) key n ;;
            2) key Return; xdotool type --delay 15 "late${step} "; key Escape ;;
            esac
        done
    ) >/dev/null 2>&1 &
    typist=$!
    sleep "0.$((RANDOM % 10))$((RANDOM % 10))"
    kill -9 "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=
    kill "$typist" 2>/dev/null || true
    wait "$typist" 2>/dev/null || true

    # What phase A did must be in the file.
    for q in $(seq 0 "$PHASE_A_LAST"); do
        want_score=${score[$q]:-}
        want_note=${note[$q]:-}
        [[ -z $want_score && -z $want_note ]] && continue
        row=$(sqlite3 -separator '|' "$DB" "SELECT coalesce(score, ''), note FROM scorecard_entry WHERE interview_id = $interview AND position = $q")
        got_score=${row%%|*}
        got_note=${row#*|}
        if [[ -n $want_score ]]; then
            checked=$((checked + 1))
            if [[ $got_score != "$want_score" ]]; then
                lost=$((lost + 1))
                echo "trial $trial (interview $interview): question $((q + 1)) score $want_score, the file has '${got_score}'" >&2
            fi
        fi
        if [[ -n $want_note ]]; then
            checked=$((checked + 1))
            if [[ ${got_note%" "} != "${want_note%" "}" ]]; then
                lost=$((lost + 1))
                echo "trial $trial (interview $interview): question $((q + 1)) note '$want_note', the file has '$got_note'" >&2
            fi
        fi
    done
    check=$(sqlite3 "$DB" "PRAGMA integrity_check" 2>&1 || true)
    if [[ $check != ok ]] || ! "$BIN/interview-cli" search --db "$DB" --as "$INTERVIEWER" zzzz >>"$LOG" 2>&1; then
        integrity=$((integrity + 1))
        echo "trial $trial: the database failed its check: $check" >&2
    fi
    printf '\rtrial %d of %d, lost edits so far: %d' "$trial" "$TRIALS" "$lost" >&2
done
echo >&2

echo "trials: $TRIALS ($dialog_trials through the file dialog and a second program, the dialog seen $dialogs_seen times; windows that came up: $started_ok)"
echo "edits checked: $checked"
echo "lost edits: $lost"
echo "integrity failures: $integrity"
echo "work folder: $WORK"
[[ $lost -eq 0 && $integrity -eq 0 && $started_ok -eq $TRIALS && $dialogs_seen -eq $dialog_trials ]]
