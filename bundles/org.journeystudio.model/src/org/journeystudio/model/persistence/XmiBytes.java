package org.journeystudio.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The most bytes one character can take: {@code "} as {@code &quot;}. */
    private static final int MAX_BYTES_PER_CHAR = 6;
    /** The longest run of characters encoded at once, so that its bytes fit in a chunk. */
    private static final int SLICE = CHUNK / MAX_BYTES_PER_CHAR;

    /** How strings are escaped: ids not at all, attribute values and element content as EMF's Escape does. */
    enum Escaping {
        RAW(""), ATTRIBUTE("&<\"\n\r\t"), TEXT("&<\"\r>");

        /** What each ASCII character becomes: 0 itself, 1 an escape, 2 nothing (XML 1.0 cannot hold it). */
        private final byte[] classes = new byte[128];

        Escaping(String escaped) {
            if (!escaped.isEmpty()) {
                Arrays.fill(classes, 0, 0x20, (byte) 2);
                classes['\n'] = 0;
                classes['\t'] = 0;
                classes['\r'] = 0;
            }
            for (char c : escaped.toCharArray()) {
                classes[c] = 1;
            }
        }
    }

    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] GT_AS_IS = ascii(">");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] LF = ascii("&#xA;");
    private static final byte[] CR = ascii("&#xD;");
    private static final byte[] TAB = ascii("&#x9;");

    private final List<byte[]> full = new ArrayList<>();
    /** Where each full chunk starts in the document (its length is where the next one starts). */
    private int[] fullStarts = new int[16];
    /** Where the current chunk starts. */
    private int base;
    private byte[] chunk = takeChunk();
    private int pos;
    /** Where a string's chars are copied to be encoded; grown to the longest slice so far. */
    private char[] chars = new char[64];

    static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

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

    /** Makes room for {@code n <= CHUNK} bytes in the current chunk, starting a new one when needed. */
    private void reserve(int n) {
        if (pos + n > chunk.length) {
            nextChunk();
        }
    }

    private void nextChunk() {
        if (full.size() == fullStarts.length) {
            fullStarts = Arrays.copyOf(fullStarts, fullStarts.length * 2);
        }
        fullStarts[full.size()] = base;
        full.add(chunk);
        if (base + pos < base) {
            throw XmiUnsupported.INSTANCE; // 2 GB of XMI: EMF's business
        }
        base += pos;
        chunk = takeChunk();
        pos = 0;
    }

    /** How many bytes the document has so far. */
    int position() {
        return base + pos;
    }

    /** Appends {@code length} bytes of an earlier document from {@code from} on: what an unchanged element wrote there. */
    void copy(XmiBytes source, int from, int length) {
        int index = source.chunkAt(from);
        int offset = from - source.startOf(index);
        int left = length;
        while (left > 0) {
            int end = source.lengthOf(index);
            if (offset == end) {
                index++;
                offset = 0;
            } else if (pos == chunk.length) {
                nextChunk();
            } else {
                int n = Math.min(left, Math.min(end - offset, chunk.length - pos));
                System.arraycopy(source.chunkOf(index), offset, chunk, pos, n);
                pos += n;
                offset += n;
                left -= n;
            }
        }
    }

    private byte[] chunkOf(int index) {
        return index < full.size() ? full.get(index) : chunk;
    }

    private int lengthOf(int index) {
        return index < full.size() ? startOf(index + 1) - fullStarts[index] : pos;
    }

    private int startOf(int index) {
        return index < full.size() ? fullStarts[index] : base;
    }

    /** The chunk holding a position: a binary search over the starts of the full chunks. */
    private int chunkAt(int position) {
        int low = 0;
        int high = full.size();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (startOf(middle) <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    void write(byte b) {
        reserve(1);
        chunk[pos++] = b;
    }

    /** Writes a constant: the tags, names and fixed text of the format, each far shorter than a chunk. */
    void write(byte[] bytes) {
        reserve(bytes.length);
        System.arraycopy(bytes, 0, chunk, pos, bytes.length);
        pos += bytes.length;
    }

    /** Writes {@code n} times two spaces: the indentation of an element at that depth. */
    void indent(int n) {
        reserve(2 * n);
        Arrays.fill(chunk, pos, pos + 2 * n, (byte) ' ');
        pos += 2 * n;
    }

    /** An int in decimal, as Integer.toString writes it, without making that string. */
    void integer(int value) {
        reserve(11);
        long rest = value;
        if (rest < 0) {
            chunk[pos++] = '-';
            rest = -rest;
        }
        long power = 1;
        while (power * 10 <= rest) {
            power *= 10;
        }
        for (; power > 0; power /= 10) {
            chunk[pos++] = (byte) ('0' + rest / power % 10);
        }
    }

    /**
     * Writes a string in UTF-8 escaped as asked, a slice at a time: its chars are copied into a
     * scratch array in one go (the JDK does that with a vectorised copy), then encoded from there
     * straight into the chunk.
     *
     * @throws XmiUnsupported for a character EMF would not write as it is: a control character
     *         or a non-character in a value (EMF then fails), an unpaired surrogate
     */
    void string(String text, Escaping escaping) {
        int length = text.length();
        for (int from = 0; from < length;) {
            int to = Math.min(length, from + SLICE);
            if (to < length && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--; // keep a surrogate pair in one slice
            }
            if (to - from > chars.length) {
                chars = new char[Math.min(SLICE, Math.max(to - from, 2 * chars.length))];
            }
            text.getChars(from, to, chars, 0);
            reserve((to - from) * MAX_BYTES_PER_CHAR);
            pos = encode(text, from, to - from, escaping);
            from = to;
        }
    }

    /** Encodes the first {@code n} scratch chars, which are the text's from {@code offset} on. */
    private int encode(String text, int offset, int n, Escaping escaping) {
        char[] source = chars;
        byte[] bytes = chunk;
        byte[] classes = escaping.classes;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char c = source[i];
            if (c < 0x80 && classes[c] == 0) {
                bytes[p++] = (byte) c;
            } else if (c < 0x80) {
                byte[] escape = escaping == Escaping.TEXT ? textEscape(text, offset + i, c) : attributeEscape(c);
                System.arraycopy(escape, 0, bytes, p, escape.length);
                p += escape.length;
            } else if (c < 0x800) {
                bytes[p++] = (byte) (0xC0 | c >> 6);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                if (c >= 0xFFFE && escaping != Escaping.RAW) {
                    throw XmiUnsupported.INSTANCE; // not an XML character: EMF refuses it
                }
                bytes[p++] = (byte) (0xE0 | c >> 12);
                bytes[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                p = encodePair(source, i, n, bytes, p);
                i++; // the low surrogate is written
            }
        }
        return p;
    }

    /** A surrogate pair as four bytes; an unpaired surrogate is EMF's to refuse (or, in an id, to write as '?'). */
    private static int encodePair(char[] source, int i, int n, byte[] bytes, int start) {
        char high = source[i];
        if (!Character.isHighSurrogate(high) || i + 1 >= n || !Character.isLowSurrogate(source[i + 1])) {
            throw XmiUnsupported.INSTANCE;
        }
        int codePoint = Character.toCodePoint(high, source[i + 1]);
        int p = start;
        bytes[p++] = (byte) (0xF0 | codePoint >> 18);
        bytes[p++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        bytes[p++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        bytes[p++] = (byte) (0x80 | codePoint & 0x3F);
        return p;
    }

    /** Attribute values: {@code & < " \n \r \t} escaped, as Escape.convert does. */
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

    /** Hands the complete document to the output. */
    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < full.size(); i++) {
            out.write(full.get(i), 0, lengthOf(i));
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
