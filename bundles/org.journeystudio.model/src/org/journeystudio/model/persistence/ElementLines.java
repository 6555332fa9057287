package org.journeystudio.model.persistence;

import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;

/**
 * The line each loaded element starts on, keyed by identity, for elements that cannot keep it
 * themselves: journey elements do ({@link XmiObjectImpl}), so this is only filled for objects of
 * other implementations. An open-addressing table of plain arrays: unlike a
 * {@code HashMap<EObject, Integer>} it allocates neither an entry nor a boxed line per element.
 */
final class ElementLines {

    private static final int MIN_CAPACITY = 16;

    private EObject[] keys;
    private int[] lines;
    private int size;

    ElementLines(int expected) {
        allocate(capacityFor(expected));
    }

    /** A power of two at least twice the expected size, so probes stay short. */
    private static int capacityFor(int expected) {
        int wanted = Math.max(MIN_CAPACITY, expected * 2);
        return Integer.highestOneBit(wanted - 1) << 1;
    }

    private void allocate(int capacity) {
        keys = new EObject[capacity];
        lines = new int[capacity];
        size = 0;
    }

    void put(EObject element, int line) {
        int slot = slotOf(element);
        if (keys[slot] == null) {
            keys[slot] = element;
            if (++size * 2 > keys.length) {
                lines[slot] = line;
                grow();
                return;
            }
        }
        lines[slot] = line;
    }

    /** The element's line, or 0 when it was not recorded. */
    int get(EObject element) {
        int slot = slotOf(element);
        return keys[slot] == null ? 0 : lines[slot];
    }

    void clear() {
        Arrays.fill(keys, null);
        size = 0;
    }

    /** The element's slot, or the empty slot where it belongs. */
    private int slotOf(EObject element) {
        int mask = keys.length - 1;
        int slot = mix(System.identityHashCode(element)) & mask;
        while (keys[slot] != null && keys[slot] != element) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Spreads identity hashes, whose low bits alone cluster, over the table. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        EObject[] oldKeys = keys;
        int[] oldLines = lines;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
                size++;
            }
        }
    }
}
