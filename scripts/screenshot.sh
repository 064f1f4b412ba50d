#!/usr/bin/env bash
# Takes a screenshot of the desk app running under Xvfb.
#
#   scripts/screenshot.sh OUT.png [options] [-- extra handout-desk arguments]
#
# Options:
#   --size WxH          screen size (default 1440x900)
#   --settings RON      write this settings.ron first, e.g. 'Settings(theme: Dark)'
#   --profile FILE      start with this clinic profile (copied into the temp data dir)
#   --keys "K ..."      xdotool key names to press once the window is up, e.g. "ctrl+s"
#   --type TEXT         text to type after the keys (into whatever has focus)
#   --click X,Y         click here (screen pixels) before the keys
#   --wait SECONDS      settle time before the shot (default 1.5)
#   --bin PATH          the binary (default target/release/handout-desk, or the
#                       debug build that `cargo test` leaves when there is no release build)
#
# Installs nothing. Needs (Debian package names):
#   xvfb xauth imagemagick x11-utils xdotool
#   libx11-6 libx11-xcb1 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 libegl1 libgl1-mesa-dri
# Without libxkbcommon-x11-0 the app panics instead of saying what is missing.
#
# Uses a fresh temporary HANDOUT_DESK_DATA_DIR, so it never touches your own
# clinic profile. Fails if the window never appears or the screenshot is blank.
# Prints how long the window took to appear and to show a non-blank frame.
set -euo pipefail

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
OUT=$1; shift
SIZE=1440x900 SETTINGS= PROFILE= KEYS= TYPE= CLICK= WAIT=1.5
BIN=target/release/handout-desk
[ -x "$BIN" ] || BIN=target/debug/handout-desk
EXTRA=()
while [ $# -gt 0 ]; do
  case $1 in
    --size) SIZE=$2; shift 2 ;;
    --settings) SETTINGS=$2; shift 2 ;;
    --profile) PROFILE=$2; shift 2 ;;
    --keys) KEYS=$2; shift 2 ;;
    --type) TYPE=$2; shift 2 ;;
    --click) CLICK=$2; shift 2 ;;
    --wait) WAIT=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    *) usage ;;
  esac
done

for tool in Xvfb xdotool import identify xdpyinfo; do
  command -v "$tool" >/dev/null || { echo "screenshot: '$tool' is missing; install: xvfb xauth imagemagick x11-utils xdotool" >&2; exit 1; }
done
[ -x "$BIN" ] || { echo "screenshot: $BIN not found; run: cargo build --release (or cargo build)" >&2; exit 1; }

DATA=$(mktemp -d "${TMPDIR:-/tmp}/handout-desk-shot.XXXXXX")
[ -z "$SETTINGS" ] || printf '%s\n' "$SETTINGS" > "$DATA/settings.ron"
[ -z "$PROFILE" ] || cp "$PROFILE" "$DATA/clinic-profile.ron"

DISPLAY_NUM=99
while [ -e "/tmp/.X$DISPLAY_NUM-lock" ] || [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ]; do DISPLAY_NUM=$((DISPLAY_NUM + 1)); done
XVFB_PID= APP_PID=
cleanup() {
  [ -z "$APP_PID" ] || kill "$APP_PID" 2>/dev/null || true
  [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

Xvfb ":$DISPLAY_NUM" -screen 0 "${SIZE}x24" -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUM"
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
xdpyinfo >/dev/null 2>&1 || { echo "screenshot: Xvfb did not start" >&2; exit 1; }

now_ms() { date +%s%3N; }
START=$(now_ms)
HANDOUT_DESK_DATA_DIR="$DATA" "$BIN" "${EXTRA[@]}" >"$DATA/app.log" 2>&1 &
APP_PID=$!

WINDOW=
for _ in $(seq 300); do
  WINDOW=$(xdotool search --name "Handout Desk" 2>/dev/null | head -n1 || true)
  [ -n "$WINDOW" ] && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.05
done
if [ -z "$WINDOW" ]; then
  echo "screenshot: the window never appeared; the app said:" >&2
  cat "$DATA/app.log" >&2
  exit 1
fi
MAPPED=$(now_ms)

# The first frame: poll until the screen is no longer one flat colour.
stddev() { import -window root "$1" && identify -format '%[fx:standard_deviation]' "$1"; }
FIRST=
for _ in $(seq 200); do
  SD=$(stddev "$DATA/probe.png")
  if awk -v s="$SD" 'BEGIN { exit !(s > 0.02) }'; then FIRST=$(now_ms); break; fi
  sleep 0.05
done
echo "window appeared after $((MAPPED - START)) ms; first frame after $(( ${FIRST:-$(now_ms)} - START )) ms"

# Xvfb has no window manager: size and focus the window ourselves.
W=${SIZE%x*} H=${SIZE#*x}
xdotool windowmove "$WINDOW" 0 0 windowsize "$WINDOW" "$W" "$H" 2>/dev/null || true
xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
sleep 0.3
if [ -n "$CLICK" ]; then
  xdotool mousemove "${CLICK%,*}" "${CLICK#*,}" click 1; sleep 0.3
fi
for key in $KEYS; do xdotool key --window "$WINDOW" "$key"; sleep 0.2; done
[ -z "$TYPE" ] || xdotool type --delay 30 "$TYPE"
sleep "$WAIT"

import -window root "$OUT"
SD=$(identify -format '%[fx:standard_deviation]' "$OUT")
if ! awk -v s="$SD" 'BEGIN { exit !(s > 0.02) }'; then
  echo "screenshot: $OUT looks blank (standard deviation $SD)" >&2
  exit 1
fi
kill -0 "$APP_PID" 2>/dev/null || { echo "screenshot: the app exited early:" >&2; cat "$DATA/app.log" >&2; exit 1; }
echo "saved $OUT"
