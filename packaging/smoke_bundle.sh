#!/usr/bin/env bash
# Smoke-test a built Linux bundle as a user's machine would run it: no network (a network
# namespace of its own when unshare can make one), no fonts at all on the "machine" (an empty
# fontconfig), an empty home, from an unrelated folder.
#
#     packaging/smoke_bundle.sh [build/bundle/dist/Prachakhom]
set -euo pipefail
BUNDLE=$(realpath "${1:-$(dirname "$0")/../build/bundle/dist/Prachakhom}")
EXE="$BUNDLE/prachakhom"
[ -x "$EXE" ] || { echo "smoke: no bundle at $BUNDLE (run packaging/build_bundle.sh)"; exit 1; }

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/home" "$T/work" "$T/config" "$T/fontconfig"
printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' \
  "$T/fontconfig" > "$T/fonts.conf"
printf '[ui]\nlanguage=th\n' > "$T/config/preferences.ini"

run() {   # run the bundle with no network, no fonts, no home of its own
  local netns=()
  if [ "$(id -u)" = 0 ] && unshare --net true 2>/dev/null; then netns=(unshare --net); fi
  (cd "$T/work" && env -i PATH=/usr/bin:/bin HOME="$T/home" FONTCONFIG_FILE="$T/fonts.conf" \
     PRACHAKHOM_DATA_DIR="$T/data" PRACHAKHOM_CONFIG_DIR="$T/config" QT_QPA_PLATFORM=offscreen \
     XDG_DATA_HOME="$T/share" \
     "${netns[@]}" "$@")
}
fail() { echo "smoke: FAILED: $*"; exit 1; }

run "$EXE" --help > "$T/help.txt" || fail "--help"
grep -q "signin-sheet" "$T/help.txt" || fail "--help does not list the commands"
run "$EXE" demo demo.prachakhom || fail "demo"
run "$EXE" check demo.prachakhom > "$T/check.txt" || fail "check"
grep -q "result: sound" "$T/check.txt" || fail "check: not sound"
run "$EXE" minutes demo.prachakhom --meeting latest -o minutes.pdf || fail "minutes"
run "$EXE" minutes demo.prachakhom --meeting latest -o minutes-en.pdf --lang en || fail "minutes en"
run "$EXE" signin-sheet demo.prachakhom --meeting latest -o signin.pdf || fail "signin-sheet"
for pdf in minutes.pdf minutes-en.pdf signin.pdf; do
  grep -aq "Sarabun" "$T/work/$pdf" || fail "$pdf does not embed Sarabun"
done
if command -v pdftotext >/dev/null; then
  pdftotext "$T/work/minutes.pdf" "$T/minutes.txt"
  grep -q "รายงานการประชุม" "$T/minutes.txt" || fail "no Thai text in the minutes"
fi

# The GUI, in Thai, offscreen: it must come up (writing the demo workshop it opens on a first
# start), stay up, and say nothing about missing files or errors.
run "$EXE" > "$T/gui.out" 2> "$T/gui.err" &
gui=$!
for _ in $(seq 1 40); do [ -f "$T/data/demo.prachakhom" ] && break; sleep 0.5; done
sleep 4
kill -0 "$gui" 2>/dev/null || { cat "$T/gui.err"; fail "the GUI did not stay up"; }
kill "$gui"; wait "$gui" 2>/dev/null || true
[ -f "$T/data/demo.prachakhom" ] || fail "the GUI did not open its demo workshop"
if grep -E "Traceback|missing|could not load|Error" "$T/gui.err"; then fail "the GUI complained"; fi
[ -z "$(ls -A "$T/home")" ] || fail "wrote into the home folder: $(ls -A "$T/home")"

# The desktop entry runs the bundle itself and declares the file type.
run "$EXE" install-desktop > /dev/null || fail "install-desktop"
grep -qxF "Exec=$EXE %f" "$T/share/applications/prachakhom.desktop" || fail "the menu entry's Exec"
grep -q 'pattern="\*.prachakhom"' "$T/share/mime/packages/prachakhom.xml" || fail "the file type"

echo "smoke: ok: $(du -sm "$BUNDLE" | cut -f1) MB in $BUNDLE"
