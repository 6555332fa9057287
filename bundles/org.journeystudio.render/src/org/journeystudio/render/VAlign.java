package org.journeystudio.render;

/** Vertical alignment of a block of text lines in their box. */
public enum VAlign {
    TOP,
    MIDDLE,
    BOTTOM
}
