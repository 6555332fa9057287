package org.journeystudio.ui.internal.clipboard;

import org.journeystudio.model.clipboard.CopiedElements;

/**
 * The workbench's one clipboard for model elements, shared by every open journey editor so that
 * what is copied in one map can be pasted into another. It holds a snapshot
 * ({@link CopiedElements}), never the live elements.
 */
public final class ElementClipboard {

    private static CopiedElements content;

    private ElementClipboard() {
    }

    public static synchronized void put(CopiedElements copied) {
        content = copied;
    }

    /** What was copied or cut last, or null when nothing was. */
    public static synchronized CopiedElements content() {
        return content;
    }
}
