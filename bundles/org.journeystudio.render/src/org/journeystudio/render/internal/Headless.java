package org.journeystudio.render.internal;

/** Keeps AWT off the display for exports. */
public final class Headless {

    private Headless() {
    }

    /**
     * Sets {@code java.awt.headless=true} unless someone already chose: exporting must work on a
     * build server with no display, and AWT reads the property once, on first use, so the
     * exporters call this before they touch AWT. An explicit setting (the workbench, a test) wins.
     */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
