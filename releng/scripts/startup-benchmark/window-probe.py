#!/usr/bin/env python3
"""Waits, from outside the process, until a workbench's first window is usable, and says when.

Usage: window-probe.py PID START_NS [--title REGEX] [--timeout SECONDS] [--colours N] [--verbose]
       window-probe.py --close WINDOW

PID is the process the workbench runs in (the Java process: the `journey-studio` script
execs it), START_NS the time it was started (`date +%s%N`, the same clock as
time.time_ns). The window is usable when a top-level window of that process (its
_NET_WM_PID, which GTK sets) of at least 400 x 300 pixels is mapped and viewable, its
contents are painted (a grab of it shows at least N distinct colours on a grid of samples:
a mapped window that GTK has not drawn yet shows the uniform background of the X server,
a painted workbench antialiased text, icons and trim) and, with --title, its title matches
REGEX (the IDE puts the active editor's file in the title, so this waits for an editor).

Prints "MS PAINTED_MS WINDOW COLOURS TITLE": the milliseconds from START_NS to the first grab
that met every condition, those to the first grab that showed the window painted whatever its
title (the same without --title), the window id (hex), the colours counted and the title. Exits 1 on
timeout or when the process ends first. With --close it asks WINDOW to close, as a window
manager does when its close button is pressed (WM_DELETE_WINDOW). Only the C library of X (libX11) is used, through
ctypes, so that polling costs no process per probe.
"""
import argparse
import ctypes
import ctypes.util
import os
import re
import sys
import time

POLL_SECONDS = 0.02
MIN_WIDTH, MIN_HEIGHT = 400, 300
IS_VIEWABLE = 2
Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(-1).value
ANY_PROPERTY_TYPE = 0

xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")


class XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int),
                ("red_mask", ctypes.c_ulong), ("green_mask", ctypes.c_ulong), ("blue_mask", ctypes.c_ulong),
                ("obdata", ctypes.c_void_p), ("create_image", ctypes.c_void_p),
                ("destroy_image", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p))]


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5), ("pad", ctypes.c_long * 17)]


CLIENT_MESSAGE = 33
ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
xlib.XDefaultRootWindow.restype = ctypes.c_ulong
xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
xlib.XInternAtom.restype = ctypes.c_ulong
xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
xlib.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                            ctypes.POINTER(ctypes.c_uint)]
xlib.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
                                    ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                    ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
                                    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
xlib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(XWindowAttributes)]
xlib.XGetImage.restype = ctypes.POINTER(XImage)
xlib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                           ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
xlib.XFree.argtypes = [ctypes.c_void_p]
xlib.XSetErrorHandler.argtypes = [ERROR_HANDLER]
xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                            ctypes.POINTER(XClientMessageEvent)]


@ERROR_HANDLER
def ignore_error(_display, _event):
    # Windows come and go while we look at them (BadWindow, BadMatch): the next poll sees again.
    return 0


class Screen:
    def __init__(self):
        self.display = xlib.XOpenDisplay(None)
        if not self.display:
            sys.exit("window-probe: cannot open display " + os.environ.get("DISPLAY", "(none)"))
        xlib.XSetErrorHandler(ignore_error)
        self.root = xlib.XDefaultRootWindow(self.display)
        self.pid_atom = xlib.XInternAtom(self.display, b"_NET_WM_PID", 0)
        self.name_atom = xlib.XInternAtom(self.display, b"_NET_WM_NAME", 0)
        self.wm_name_atom = xlib.XInternAtom(self.display, b"WM_NAME", 0)

    def close(self, window):
        """Asks the window to close as a window manager does (WM_DELETE_WINDOW): the workbench closes itself."""
        event = XClientMessageEvent(type=CLIENT_MESSAGE, window=window, format=32,
                                    message_type=xlib.XInternAtom(self.display, b"WM_PROTOCOLS", 0))
        event.data[0] = xlib.XInternAtom(self.display, b"WM_DELETE_WINDOW", 0)
        xlib.XSendEvent(self.display, window, 0, 0, ctypes.byref(event))
        xlib.XSync(self.display, 0)

    def children(self, window):
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not xlib.XQueryTree(self.display, window, ctypes.byref(root), ctypes.byref(parent),
                               ctypes.byref(children), ctypes.byref(count)):
            return []
        windows = [children[i] for i in range(count.value)]
        if children:
            xlib.XFree(children)
        return windows

    def windows_of(self, pid):
        """The top-level windows of process pid: children of the root window, or, under a window
        manager that reparents them, children of its frames (two levels further down at most)."""
        found, level = [], self.children(self.root)
        for _depth in range(3):
            below = []
            for window in level:
                owner = self.pid(window)
                if owner == pid:
                    found.append(window)
                elif owner is None:
                    below.extend(self.children(window))
            if found or not below:
                break
            level = below
        return found

    def _property(self, window, atom, length=1024):
        kind, size_format = ctypes.c_ulong(), ctypes.c_int()
        items, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = xlib.XGetWindowProperty(self.display, window, atom, 0, length, 0, ANY_PROPERTY_TYPE,
                                         ctypes.byref(kind), ctypes.byref(size_format), ctypes.byref(items),
                                         ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data.value:
            return None, 0
        try:
            if size_format.value == 32:  # Xlib hands 32-bit items over as longs
                return [ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[i] for i in range(items.value)], 32
            return ctypes.string_at(data, items.value), size_format.value
        finally:
            xlib.XFree(data)

    def pid(self, window):
        values, size_format = self._property(window, self.pid_atom)
        return values[0] if size_format == 32 and values else None

    def title(self, window):
        for atom in (self.name_atom, self.wm_name_atom):
            value, size_format = self._property(window, atom)
            if size_format == 8 and value is not None:
                return value.decode("utf-8", "replace")
        return ""

    def viewable_size(self, window):
        attributes = XWindowAttributes()
        if not xlib.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)):
            return None
        if attributes.map_state != IS_VIEWABLE:
            return None
        return attributes.width, attributes.height

    def colours(self, window, width, height):
        """Distinct pixel values on a grid of about 40 000 samples of the window's contents."""
        image = xlib.XGetImage(self.display, window, 0, 0, width, height, ALL_PLANES, Z_PIXMAP)
        if not image:
            return 0
        picture = image.contents
        try:
            if picture.bits_per_pixel != 32:
                sys.exit("window-probe: %d bits per pixel; run the X server at depth 24" % picture.bits_per_pixel)
            rows = ctypes.string_at(picture.data, picture.bytes_per_line * picture.height)
            pixels = memoryview(rows).cast("I")
            per_line = picture.bytes_per_line // 4
            step = max(1, int((width * height / 40000) ** 0.5))
            seen = set()
            for y in range(0, picture.height, step):
                seen.update(pixels[y * per_line:y * per_line + picture.width:step])
            return len(seen)
        finally:
            picture.destroy_image(image)


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a process that has ended but is not reaped yet is a zombie
        with open("/proc/%d/stat" % pid) as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--close":
        Screen().close(int(sys.argv[2], 0))
        return 0
    parser = argparse.ArgumentParser(description="Waits until a workbench's first window is usable.")
    parser.add_argument("pid", type=int)
    parser.add_argument("start_ns", type=int)
    parser.add_argument("--title", help="regular expression the window title must match")
    parser.add_argument("--timeout", type=float, default=180.0)
    parser.add_argument("--colours", type=int, default=64, help="distinct colours of a painted window")
    parser.add_argument("--verbose", action="store_true", help="print every window of the process looked at")
    arguments = parser.parse_args()
    title_pattern = re.compile(arguments.title) if arguments.title else None
    screen = Screen()
    deadline = time.monotonic() + arguments.timeout
    painted_ms = None  # the first grab that showed a painted window, whatever its title
    while time.monotonic() < deadline:
        for window in screen.windows_of(arguments.pid):
            size = screen.viewable_size(window)
            if size is None or size[0] < MIN_WIDTH or size[1] < MIN_HEIGHT:
                continue
            title = screen.title(window)
            titled = title_pattern is None or title_pattern.search(title)
            if painted_ms is not None and not titled:
                continue  # painted already: only the title is awaited, without grabbing
            elapsed_ms = (time.time_ns() - arguments.start_ns) // 1_000_000  # the grab shows this moment
            colours = screen.colours(window, *size)
            if arguments.verbose:
                print("%d ms 0x%x %dx%d %d colours %s" % (elapsed_ms, window, size[0], size[1], colours, title),
                      file=sys.stderr)
            if colours < arguments.colours:
                continue
            if painted_ms is None:
                painted_ms = elapsed_ms
            if titled:
                print("%d %d 0x%x %d %s" % (elapsed_ms, painted_ms, window, colours, title))
                return 0
        if not alive(arguments.pid):
            print("window-probe: process %d ended before its window was usable" % arguments.pid, file=sys.stderr)
            return 1
        time.sleep(POLL_SECONDS)
    print("window-probe: no usable window of process %d after %.0f s" % (arguments.pid, arguments.timeout),
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
