package org.journeystudio.render.internal;

/**
 * Short decimal numbers for SVG attributes. JFreeSVG writes doubles in full by default
 * ({@code 7.599999904632568}); a hundredth of a unit is finer than any screen or printer
 * shows, and the shorter numbers make a large export about a third smaller and faster.
 */
public final class SvgNumbers {

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private SvgNumbers() {
    }

    /** {@code value} rounded to at most {@code decimals} decimals (0..6), without trailing zeros. */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long scale = POWERS[decimals];
        long scaled = Math.round(Math.abs(value) * scale);
        if (scaled == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(16);
        if (value < 0) {
            text.append('-');
        }
        text.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            String digits = Long.toString(fraction);
            text.append('.');
            for (int i = digits.length(); i < decimals; i++) {
                text.append('0');
            }
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append(digits, 0, end);
        }
        return text.toString();
    }
}
