package org.journeystudio.model.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The characters of one attribute value or one text run, gathered by {@link XmiTokenizer}
 * when they cannot be taken from its buffer in one piece (a reference, a line end, a refill
 * in between). Kept as Latin-1 bytes while every character fits in one, which nearly all
 * journey text does, since a String is made from those by a plain copy; it switches to chars
 * at the first character above U+00FF. Reused from one value to the next.
 */
final class XmiText {

    private byte[] latin = new byte[256];
    private char[] chars;
    private int length;
    private boolean wide;

    /** Empties the text for the next value. */
    void clear() {
        length = 0;
        wide = false;
    }

    /** Adds bytes known to be ASCII characters, copied as they are. */
    void appendAscii(byte[] bytes, int offset, int count) {
        if (count == 0) {
            return;
        }
        if (wide) {
            ensureChars(count);
            for (int i = 0; i < count; i++) {
                chars[length + i] = (char) bytes[offset + i];
            }
        } else {
            ensureLatin(count);
            System.arraycopy(bytes, offset, latin, length, count);
        }
        length += count;
    }

    /** Adds one character of the Basic Multilingual Plane. */
    void append(char c) {
        if (!wide && c > 0xFF) {
            widen();
        }
        if (wide) {
            ensureChars(1);
            chars[length++] = c;
        } else {
            ensureLatin(1);
            latin[length++] = (byte) c;
        }
    }

    /** Adds a code point, as a surrogate pair when it lies beyond the Basic Multilingual Plane. */
    void appendCodePoint(int codePoint) {
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            append((char) codePoint);
        } else {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        }
    }

    private void widen() {
        chars = chars == null || chars.length < latin.length ? new char[latin.length] : chars;
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (latin[i] & 0xFF);
        }
        wide = true;
    }

    private void ensureLatin(int more) {
        if (length + more > latin.length) {
            latin = Arrays.copyOf(latin, Math.max(latin.length * 2, length + more));
        }
    }

    private void ensureChars(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public String toString() {
        return wide ? new String(chars, 0, length) : new String(latin, 0, length, StandardCharsets.ISO_8859_1);
    }
}
