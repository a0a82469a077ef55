# Shared by the walk-throughs (sourced, not run).

# start_display SIZE LOG: an Xvfb of its own on a free display number; sets DISPLAY and XVFB (its
# pid, for the caller's cleanup) and returns once X answers.
start_display() {
    local n
    for n in $(seq 90 140); do
        [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
        Xvfb ":$n" -screen 0 "${1}x24" -nolisten tcp >"$2" 2>&1 &
        XVFB=$!
        export DISPLAY=":$n"
        break
    done
    for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && return 0; sleep 0.05; done
    echo "walk-through: Xvfb did not start (see $2)" >&2
    return 1
}

# demo_interview BIN DB: a database with the demo data; sets ID, UUID and NAME to an unfinished
# interview and its interviewer (who may open it under blind scoring).
demo_interview() {
    "$1/interview-cli" init --db "$2" >/dev/null
    "$1/interview-cli" demo --db "$2" >/dev/null
    read -r ID UUID NAME < <(sqlite3 -separator ' ' "$2" \
        "SELECT i.id, v.uuid, v.name FROM interview i JOIN interviewer v ON v.id = i.interviewer_id
         WHERE i.state = 'in_progress' ORDER BY i.id LIMIT 1")
}

# remember_interviewer CONFIG_HOME UUID NAME: the app's settings say who is at the keyboard.
remember_interviewer() {
    mkdir -p "$1/InterviewAssistant"
    printf '[interviewer]\nuuid=%s\nname=%s\n' "$2" "$3" >"$1/InterviewAssistant/interview-assistant.conf"
}
