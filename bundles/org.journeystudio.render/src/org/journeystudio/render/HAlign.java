package org.journeystudio.render;

/** Horizontal alignment of text lines in their box. */
public enum HAlign {
    LEFT,
    CENTER,
    RIGHT
}
