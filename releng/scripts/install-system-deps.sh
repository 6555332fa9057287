#!/usr/bin/env bash
# Installs the system packages the UI tests and the product need (Debian/Ubuntu):
# an X virtual frame buffer, GTK 3 for SWT, fonts, git (the merge-driver tests run it),
# xdotool (the drag-and-drop tests move the X server's pointer with it; the install test
# finds the IDE's window and quits it with it), ImageMagick (the install test's screenshot) and
# python3 (the window probe of releng/scripts/startup-benchmark.sh reads the X server through libX11).
# Does nothing when they are there.
set -euo pipefail

needed=()
command -v xvfb-run >/dev/null 2>&1 || needed+=(xvfb xauth)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || needed+=(libgtk-3-0)
fc-list 2>/dev/null | grep -qi dejavu || needed+=(fonts-dejavu-core fontconfig)
ldconfig -p 2>/dev/null | grep -q 'libXtst.so.6' || needed+=(libxtst6)
command -v git >/dev/null 2>&1 || needed+=(git)
command -v xdotool >/dev/null 2>&1 || needed+=(xdotool)
command -v import >/dev/null 2>&1 || needed+=(imagemagick)
command -v python3 >/dev/null 2>&1 || needed+=(python3)
[ ${#needed[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "journey-studio: missing system packages: ${needed[*]} (install them with your package manager)" >&2
  exit 1
fi
echo "journey-studio: installing ${needed[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${needed[@]}" dbus-x11 at-spi2-core >&2
