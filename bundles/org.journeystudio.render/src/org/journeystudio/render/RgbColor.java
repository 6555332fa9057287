package org.journeystudio.render;

import java.util.Locale;

/** A colour with 8-bit red, green, blue and alpha channels (alpha 255 is opaque). */
public record RgbColor(int r, int g, int b, int a) {

    public static final RgbColor WHITE = new RgbColor(255, 255, 255, 255);
    public static final RgbColor BLACK = new RgbColor(0, 0, 0, 255);

    public RgbColor {
        check(r);
        check(g);
        check(b);
        check(a);
    }

    private static void check(int channel) {
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("colour channel out of 0..255: " + channel);
        }
    }

    public static RgbColor rgb(int r, int g, int b) {
        return new RgbColor(r, g, b, 255);
    }

    /** Parses {@code #rrggbb} or {@code #rrggbbaa} (case-insensitive; the {@code #} is required). */
    public static RgbColor parse(String text) {
        if (text == null || text.charAt(0) != '#' || (text.length() != 7 && text.length() != 9)) {
            throw new IllegalArgumentException("not a #rrggbb or #rrggbbaa colour: " + text);
        }
        try {
            int alpha = text.length() == 9 ? Integer.parseInt(text.substring(7, 9), 16) : 255;
            return new RgbColor(Integer.parseInt(text.substring(1, 3), 16), Integer.parseInt(text.substring(3, 5), 16),
                    Integer.parseInt(text.substring(5, 7), 16), alpha);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a #rrggbb or #rrggbbaa colour: " + text, e);
        }
    }

    /** {@code #rrggbb}, or {@code #rrggbbaa} when not opaque: what {@link #parse(String)} reads back. */
    public String hex() {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
        return a == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02x", a);
    }

    /** Mixed towards white by {@code amount} (0: unchanged, 1: white); alpha kept. */
    public RgbColor lighter(double amount) {
        return mix(255, amount);
    }

    /** Mixed towards black by {@code amount} (0: unchanged, 1: black); alpha kept. */
    public RgbColor darker(double amount) {
        return mix(0, amount);
    }

    public RgbColor withAlpha(int alpha) {
        return new RgbColor(r, g, b, alpha);
    }

    private RgbColor mix(int target, double amount) {
        double t = Math.max(0, Math.min(1, amount));
        return new RgbColor(channel(r, target, t), channel(g, target, t), channel(b, target, t), a);
    }

    private static int channel(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
