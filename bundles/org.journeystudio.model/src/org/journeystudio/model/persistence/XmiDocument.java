package org.journeystudio.model.persistence;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last XMI document the specialised writer made of a resource, kept so that the next save
 * can copy what has not changed ({@link XmiObjectImpl}). Its elements point to this holder, not
 * to the bytes, so that an element copied as part of an unchanged parent stays valid across
 * saves without being touched: only the bytes behind the holder are replaced after each save.
 * Throwing the holder away (a new one is made for the next save) makes every element write
 * itself afresh.
 */
final class XmiDocument {

    private static final AtomicInteger IDS = new AtomicInteger();

    /** What the elements written into this document note: a number no other holder has (0 is none). */
    final int id = nextId();

    private XmiBytes bytes;

    private static int nextId() {
        int id;
        do {
            id = IDS.incrementAndGet();
        } while (id == 0);
        return id;
    }

    /** The bytes of the last save, or null before the first. */
    XmiBytes bytes() {
        return bytes;
    }

    /** Takes the bytes of a completed save; those of the one before go back to the pool. */
    void replace(XmiBytes next) {
        XmiBytes previous = bytes;
        bytes = next;
        if (previous != null) {
            previous.release();
        }
    }

    /** Gives the bytes back to the pool; the holder must not be used afterwards. */
    void release() {
        replace(null);
    }
}
