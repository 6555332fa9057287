#!/usr/bin/env bash
# ide-open-map.sh IDE WORKSPACE MAP SCREENSHOT OUT: starts the Eclipse IDE in the folder IDE (one
# without a native launcher: the Equinox launcher jar on the JVM of PATH) on the fresh workspace
# WORKSPACE, with -Djourney.open=MAP, which the UI bundle's OpenRequestedMaps opens in the
# journey editor at start-up. Waits, 90 s at most and only while the IDE runs, for a visible
# top-level window whose title names the map (the workbench window's title names the active
# editor), takes a screenshot of the screen into SCREENSHOT, then quits the IDE through
# File > Exit, so that the workbench saves its state (it is killed when it is still there 30 s
# later). Needs an X display (ide-install-test.sh runs it under xvfb-run when there is none),
# xdotool and ImageMagick's import. Writes into the folder OUT:
#   ide.out           the IDE's standard output and error
#   window-title.txt  the title of the window (empty when none appeared)
#   exit.txt          "exit" when the IDE ended through File > Exit, "killed" when it was killed
# Exits 0 when the window appeared, 1 when not.
set -uo pipefail
ide="$1" workspace="$2" map="$3" screenshot="$4" out="$5"
mkdir -p "$out"
rm -f "$screenshot" "$out/exit.txt"
: >"$out/window-title.txt"
launcher="$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)"

# -D before -jar: after it, the launcher would take it for a program argument.
GDK_BACKEND=x11 NO_AT_BRIDGE=1 DBUS_SESSION_BUS_ADDRESS=disabled: \
  java -Djourney.open="$map" -jar "$launcher" -nosplash -data "$workspace" \
  -application org.eclipse.ui.ide.workbench >"$out/ide.out" 2>&1 &
pid=$!

name="$(basename "$map")"
pattern="${name//./\\.}" # xdotool's --name is a regular expression
window=""
for _ in $(seq 90); do
  window="$(xdotool search --onlyvisible --name "$pattern" 2>/dev/null | head -1)"
  [ -z "$window" ] && kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
status=1
if [ -n "$window" ]; then
  status=0
  sleep 5 # the editor's first page paints after the title names it
  xdotool getwindowname "$window" >"$out/window-title.txt" 2>/dev/null
  import -window root "$screenshot"
  # Without a window manager the window takes no keys from outside (Ctrl+Q does nothing), but the
  # pointer works: click the menu bar's File and choose its last item, Exit (the open menu takes keys).
  xdotool mousemove --window "$window" 18 12 click 1 2>/dev/null
  sleep 1
  xdotool key Up 2>/dev/null
  sleep 0.5
  xdotool key Return 2>/dev/null
fi
for _ in $(seq 30); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if kill -0 "$pid" 2>/dev/null; then
  echo killed >"$out/exit.txt"
  kill "$pid" 2>/dev/null
  sleep 3
  kill -9 "$pid" 2>/dev/null
else
  echo exit >"$out/exit.txt"
fi
wait "$pid" 2>/dev/null
exit "$status"
