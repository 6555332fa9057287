package org.journeystudio.render;

/**
 * A font as the scene asks for it: family, size in scene units, weight and slant. The back
 * ends map the family to a real font ({@code SansSerif} is the logical sans-serif font of the
 * platform, DejaVu Sans on a typical Linux).
 */
public record FontSpec(String family, double size, boolean bold, boolean italic) {

    public static final String SANS_SERIF = "SansSerif";

    public FontSpec {
        if (family == null || family.isBlank() || !(size > 0)) {
            throw new IllegalArgumentException("font needs a family and a positive size: " + family + " " + size);
        }
    }

    /** The plain sans-serif font of the given size. */
    public static FontSpec sans(double size) {
        return new FontSpec(SANS_SERIF, size, false, false);
    }

    public FontSpec asBold() {
        return new FontSpec(family, size, true, italic);
    }

    public FontSpec asItalic() {
        return new FontSpec(family, size, bold, true);
    }

    public FontSpec withSize(double newSize) {
        return new FontSpec(family, newSize, bold, italic);
    }
}
