package org.journeystudio.viewpoint.sync;

import java.util.regex.Pattern;

/**
 * How sorted table lines compare their cell labels: two numbers by value ("9" before "10"),
 * numbers before text, text without regard to case (then with it, so that the order is total).
 * The number is parsed once per key, not once per comparison.
 */
record SortKey(String label, Double number) implements Comparable<SortKey> {

    /** Plain decimal notation only: Double.valueOf would also take "NaN", "Infinity" or "1e3f". */
    private static final Pattern NUMERIC = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    static SortKey of(String label) {
        String text = label == null ? "" : label;
        String trimmed = text.trim();
        Double number = NUMERIC.matcher(trimmed).matches() ? Double.valueOf(trimmed) : null;
        return new SortKey(text, number);
    }

    @Override
    public int compareTo(SortKey other) {
        if (number != null && other.number != null) {
            return Double.compare(number, other.number);
        }
        if (number != null || other.number != null) {
            return number != null ? -1 : 1;
        }
        int ignoringCase = label.compareToIgnoreCase(other.label);
        return ignoringCase != 0 ? ignoringCase : label.compareTo(other.label);
    }
}
