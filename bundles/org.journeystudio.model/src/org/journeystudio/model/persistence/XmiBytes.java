package org.journeystudio.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bytes of an XMI document being written: UTF-8, escaped as EMF's serializer escapes
 * (XMLSaveImpl.Escape for XML 1.0 and UTF-8). The document is kept in fixed-size chunks, never
 * copied to grow, and handed to the output only when it is complete, so that a model the
 * writer cannot handle ({@link XmiUnsupported}) leaves the output untouched for EMF to write.
 * Chunks are reused from one document to the next (up to {@link #POOLED_CHUNKS} of them, like
 * EMF's own configuration cache keeps its printers): a large document written into fresh
 * chunks would make the garbage collector copy it while it is being written.
 */
final class XmiBytes {

    private static final int CHUNK = 256 * 1024;
    private static final int POOLED_CHUNKS = 64;
    private static final ConcurrentLinkedQueue<byte[]> POOL = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger POOL_SIZE = new AtomicInteger();

    /** What an ASCII character becomes: 0 itself, 1 an escape, 2 a character XML 1.0 cannot hold. */
    private static final byte[] ATTRIBUTE_CLASS = classes("&<\"\n\r\t");
    private static final byte[] TEXT_CLASS = classes("&<\"\r>");

    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] GT_AS_IS = ascii(">");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] LF = ascii("&#xA;");
    private static final byte[] CR = ascii("&#xD;");
    private static final byte[] TAB = ascii("&#x9;");

    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk = takeChunk();
    private int pos;

    private static byte[] takeChunk() {
        byte[] pooled = POOL.poll();
        if (pooled == null) {
            return new byte[CHUNK];
        }
        POOL_SIZE.decrementAndGet();
        return pooled;
    }

    private static void giveChunk(byte[] chunk) {
        if (POOL_SIZE.incrementAndGet() <= POOLED_CHUNKS) {
            POOL.add(chunk);
        } else {
            POOL_SIZE.decrementAndGet();
        }
    }

    private static byte[] classes(String escaped) {
        byte[] classes = new byte[128];
        for (int c = 0; c < 0x20; c++) {
            classes[c] = 2;
        }
        classes['\n'] = 0;
        classes['\t'] = 0;
        classes['\r'] = 0;
        for (char c : escaped.toCharArray()) {
            classes[c] = 1;
        }
        return classes;
    }

    static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    void write(byte b) {
        if (pos == chunk.length) {
            nextChunk();
        }
        chunk[pos++] = b;
    }

    void write(byte[] bytes) {
        if (pos + bytes.length <= chunk.length) {
            System.arraycopy(bytes, 0, chunk, pos, bytes.length);
            pos += bytes.length;
        } else {
            for (byte b : bytes) {
                write(b);
            }
        }
    }

    private void nextChunk() {
        full.add(chunk);
        chunk = takeChunk();
        pos = 0;
    }

    /** Writes {@code n} times two spaces: the indentation of an element at that depth. */
    void indent(int n) {
        for (int i = 0; i < 2 * n; i++) {
            write((byte) ' ');
        }
    }

    /** An int in decimal, as Integer.toString writes it, without making that string. */
    void integer(int value) {
        long rest = value;
        if (rest < 0) {
            write((byte) '-');
            rest = -rest;
        }
        long power = 1;
        while (power * 10 <= rest) {
            power *= 10;
        }
        for (; power > 0; power /= 10) {
            write((byte) ('0' + rest / power % 10));
        }
    }

    /** A value written as it is, as EMF writes ids (only encoded, never escaped). */
    void raw(String text) {
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                write((byte) c);
            } else {
                if (Character.isSurrogate(c)) {
                    // The JDK's encoder would write '?' for a lone surrogate; leave such rarities to EMF.
                    throw XmiUnsupported.INSTANCE;
                }
                encode(c);
            }
        }
    }

    /** An attribute value: {@code & < " \n \r \t} escaped, as Escape.convert does. */
    void attribute(String text) {
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                i = nonAscii(text, i);
            } else if (ATTRIBUTE_CLASS[c] == 0) {
                write((byte) c);
            } else {
                write(attributeEscape(c));
            }
        }
    }

    private static byte[] attributeEscape(char c) {
        return switch (c) {
            case '&' -> AMP;
            case '<' -> LT;
            case '"' -> QUOT;
            case '\n' -> LF;
            case '\r' -> CR;
            case '\t' -> TAB;
            default -> throw XmiUnsupported.INSTANCE; // a control character XML 1.0 cannot hold
        };
    }

    /** Element content: {@code & < " \r} escaped and {@code >} after {@code ]]}, as Escape.convertText does. */
    void text(String text) {
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                i = nonAscii(text, i);
            } else if (TEXT_CLASS[c] == 0) {
                write((byte) c);
            } else {
                write(textEscape(text, i, c));
            }
        }
    }

    private static byte[] textEscape(String text, int i, char c) {
        return switch (c) {
            case '&' -> AMP;
            case '<' -> LT;
            case '"' -> QUOT;
            case '\r' -> CR;
            case '>' -> i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']' ? GT : GT_AS_IS;
            default -> throw XmiUnsupported.INSTANCE; // a control character XML 1.0 cannot hold
        };
    }

    /** Encodes the character at {@code i} (and its low surrogate); returns the index of the last one used. */
    private int nonAscii(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
            if (c >= 0xFFFE) {
                throw XmiUnsupported.INSTANCE; // not an XML character: EMF refuses it
            }
            encode(c);
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            write((byte) (0xF0 | codePoint >> 18));
            write((byte) (0x80 | codePoint >> 12 & 0x3F));
            write((byte) (0x80 | codePoint >> 6 & 0x3F));
            write((byte) (0x80 | codePoint & 0x3F));
            return i + 1;
        }
        throw XmiUnsupported.INSTANCE; // an unpaired surrogate: EMF refuses it
    }

    private void encode(char c) {
        if (c < 0x800) {
            write((byte) (0xC0 | c >> 6));
        } else {
            write((byte) (0xE0 | c >> 12));
            write((byte) (0x80 | c >> 6 & 0x3F));
        }
        write((byte) (0x80 | c & 0x3F));
    }

    /** Hands the complete document to the output. */
    void writeTo(OutputStream out) throws IOException {
        for (byte[] bytes : full) {
            out.write(bytes);
        }
        out.write(chunk, 0, pos);
    }

    /** Gives the chunks back for the next document; this one must not be used afterwards. */
    void release() {
        full.forEach(XmiBytes::giveChunk);
        full.clear();
        giveChunk(chunk);
        chunk = null;
    }
}
