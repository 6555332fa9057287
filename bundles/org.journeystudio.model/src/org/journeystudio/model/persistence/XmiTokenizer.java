package org.journeystudio.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict, non-validating XML tokenizer over UTF-8 bytes for {@link JourneyXmiReader}: it
 * reads the subset of XML that journey files are written in, exactly as a conforming parser
 * reads it, and declines everything else with {@link XmiUnsupported}, so that EMF and its
 * parser give their usual result or error message for it.
 *
 * <p>The subset: UTF-8 with an optional byte order mark and an optional XML declaration
 * (version 1.0, encoding UTF-8 in any case, standalone allowed); before the root element
 * nothing but white space, after it likewise; inside it elements, attributes and character
 * data with the five predefined entities and character references. A DOCTYPE, comments,
 * processing instructions and CDATA sections are declined, so no DTD is ever read. Bytes are
 * checked as a conforming parser checks them: well-formed UTF-8 and legal XML characters
 * only. Line ends are normalised (CR LF and CR become LF) and attribute values normalised as
 * XML 1.0 §3.3.3 says for CDATA attributes; lines are counted as Xerces counts them, so that
 * {@link #line()} at the end of a start tag is what its locator reports in startElement.
 *
 * <p>Input is read through a buffer of {@value #BUFFER} bytes, refilled as it empties: a
 * file is never held in memory whole, and values crossing a refill are gathered in an
 * {@link XmiText}. Names are looked up in the buffer itself, without a String per name.
 */
final class XmiTokenizer {

    /** {@link #attributeOrEnd()}: an attribute name was read. */
    static final int ATTRIBUTE = 0;
    /** {@link #attributeOrEnd()}: the start tag ended with {@code >}. */
    static final int OPEN = 1;
    /** {@link #attributeOrEnd()}: the start tag ended with {@code />}. */
    static final int EMPTY = 2;

    private static final int BUFFER = 64 * 1024;
    /** Longer names than any journey name: such a name is declined before it can make the buffer grow. */
    private static final int MAX_NAME = 1024;

    private static final boolean[] NAME = new boolean[256];
    /** Bytes that stand for themselves in an attribute value. */
    private static final boolean[] ATTRIBUTE_PLAIN = new boolean[256];
    /** Bytes that stand for themselves in character data, line feeds included (they are counted). */
    private static final boolean[] TEXT_PLAIN = new boolean[256];

    static {
        for (int b = 0x20; b < 0x80; b++) {
            ATTRIBUTE_PLAIN[b] = b != '"' && b != '\'' && b != '&' && b != '<';
            TEXT_PLAIN[b] = b != '&' && b != '<' && b != ']' && b != '>';
            NAME[b] = Character.isLetterOrDigit(b) || b == '.' || b == '-' || b == '_' || b == ':';
        }
        TEXT_PLAIN['\t'] = true;
        TEXT_PLAIN['\n'] = true;
        for (int b = 0x80; b < 0x100; b++) {
            NAME[b] = true; // read as part of the name, so that such a name is declined as unknown
        }
    }

    private final InputStream in;
    private final XmiPrologue prologue = new XmiPrologue(this);
    private final XmiText text = new XmiText();
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    /** The start of a name that a refill must keep in the buffer, or -1. */
    private int mark = -1;
    private boolean eof;
    private int line = 1;
    private int nameStart;
    private int nameLength;
    /** How many literal ']' came last in the current character data, to find "]]>". */
    private int brackets;

    XmiTokenizer(InputStream in) {
        this.in = in;
    }

    /** The line being read, counted as Xerces counts it: 1 plus the line ends before the current position. */
    int line() {
        return line;
    }

    /** The encoding as the XML declaration names it, or "UTF-8" without one: what Xerces' Locator2 reports. */
    String encoding() {
        return prologue.encoding();
    }

    /** The buffer that holds the name last read, from {@link #nameStart()} for {@link #nameLength()} bytes. */
    byte[] buffer() {
        return buf;
    }

    int nameStart() {
        return nameStart;
    }

    int nameLength() {
        return nameLength;
    }

    /** Whether the name last read is these UTF-8 bytes. */
    boolean nameIs(byte[] name) {
        return Arrays.equals(buf, nameStart, nameStart + nameLength, name, 0, name.length);
    }

    /** Reads up to and including the {@code <} of the root element: byte order mark, XML declaration, white space. */
    void prologue() throws IOException {
        prologue.read();
        skipSpace();
        expect('<');
    }

    // ---- the buffer ---------------------------------------------------------------------

    /**
     * Reads more input behind what is left in the buffer, first moving what a token still
     * needs to the front; false at the end of the input.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int keep = mark >= 0 ? mark : pos;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= keep;
            pos -= keep;
            mark = mark >= 0 ? 0 : -1;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read <= 0) {
            eof = true; // a stream that gives nothing for a non-empty buffer is at its end too
            return false;
        }
        limit += read;
        return true;
    }

    /** Whether at least that many bytes are in the buffer from the current position, reading more if needed. */
    boolean ensure(int count) throws IOException {
        while (limit - pos < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** The next byte without reading past it, or -1 at the end of the input. */
    int peek() throws IOException {
        return pos < limit || fill() ? buf[pos] & 0xFF : -1;
    }

    /** The next byte, or -1 at the end of the input. */
    int next() throws IOException {
        int b = peek();
        pos++;
        return b;
    }

    /** Whether the input continues with these ASCII bytes; reads past them when it does. */
    boolean skip(byte[] literal) throws IOException {
        if (ensure(literal.length) && Arrays.equals(buf, pos, pos + literal.length, literal, 0, literal.length)) {
            pos += literal.length;
            return true;
        }
        return false;
    }

    /** Reads past the expected byte, or declines the file. */
    void expect(int b) throws IOException {
        if (next() != b) {
            throw XmiUnsupported.INSTANCE;
        }
    }

    /** Reads past white space (S), counting lines; whether there was any. */
    boolean skipSpace() throws IOException {
        boolean any = false;
        for (int b = peek();; b = peek()) {
            if (b == ' ' || b == '\t') {
                pos++;
            } else if (b == '\n') {
                pos++;
                line++;
            } else if (b == '\r') {
                carriageReturn();
            } else {
                return any;
            }
            any = true;
        }
    }

    /** Reads past a CR and the LF after it, if any: one line end either way (XML 1.0 §2.11). */
    private void carriageReturn() throws IOException {
        pos++;
        line++;
        if (peek() == '\n') {
            pos++;
        }
    }

    // ---- tags -----------------------------------------------------------------------------

    /** Reads a name into the buffer ({@link #nameStart()}, {@link #nameLength()}); declines an empty one. */
    void name() throws IOException {
        mark = pos;
        while (pos < limit || fill()) {
            if (!NAME[buf[pos] & 0xFF]) {
                break;
            }
            if (++pos - mark > MAX_NAME) {
                throw XmiUnsupported.INSTANCE;
            }
        }
        nameStart = mark;
        nameLength = pos - mark;
        mark = -1;
        if (nameLength == 0) {
            throw XmiUnsupported.INSTANCE;
        }
    }

    /**
     * After the name of a start tag or a value: the next attribute's name ({@link #ATTRIBUTE}),
     * or the end of the tag, {@link #OPEN} or {@link #EMPTY}.
     */
    int attributeOrEnd() throws IOException {
        boolean space = skipSpace();
        int b = peek();
        if (b == '>') {
            pos++;
            return OPEN;
        }
        if (b == '/') {
            pos++;
            expect('>');
            return EMPTY;
        }
        if (!space) {
            throw XmiUnsupported.INSTANCE; // attributes are separated by white space
        }
        name();
        return ATTRIBUTE;
    }

    /** Reads {@code = "value"} after an attribute name: the value, normalised as XML 1.0 §3.3.3 says for CDATA. */
    String value() throws IOException {
        skipSpace();
        expect('=');
        skipSpace();
        int quote = next();
        if (quote != '"' && quote != '\'') {
            throw XmiUnsupported.INSTANCE;
        }
        int start = pos;
        int end = pos;
        while (end < limit && ATTRIBUTE_PLAIN[buf[end] & 0xFF]) {
            end++;
        }
        if (end < limit && buf[end] == quote) {
            pos = end + 1;
            return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        }
        text.clear();
        text.appendAscii(buf, start, end - start);
        pos = end;
        return slowValue(quote);
    }

    /** The rest of a value that has references, line ends, tabs, non-ASCII characters or a refill in it. */
    private String slowValue(int quote) throws IOException {
        while (true) {
            int end = pos;
            while (end < limit && ATTRIBUTE_PLAIN[buf[end] & 0xFF]) {
                end++;
            }
            text.appendAscii(buf, pos, end - pos);
            pos = end;
            int b = peek();
            if (b == quote) {
                pos++;
                return text.toString();
            }
            if (b < 0 || !ATTRIBUTE_PLAIN[b]) {
                valueCharacter(b); // plain bytes only come here after a refill, and go round again
            }
        }
    }

    private void valueCharacter(int b) throws IOException {
        switch (b) {
            case '\t', '\n' -> {
                pos++;
                line += b == '\n' ? 1 : 0;
                text.append(' ');
            }
            case '\r' -> {
                carriageReturn();
                text.append(' ');
            }
            case '&' -> text.appendCodePoint(reference());
            case '"', '\'' -> {
                pos++;
                text.append((char) b);
            }
            default -> text.appendCodePoint(character(b)); // '<', controls and the end of the input decline
        }
    }

    /** After {@code <}: reads past the {@code /} of an end tag and says so; a start tag is left to {@link #name()}. */
    boolean endTagFollows() throws IOException {
        int b = peek();
        if (b == '/') {
            pos++;
            return true;
        }
        if (b == '!' || b == '?') {
            throw XmiUnsupported.INSTANCE; // comments, CDATA sections, DOCTYPEs, processing instructions
        }
        return false;
    }

    /** Reads the rest of an end tag after {@code </}, which must close the element of that name. */
    void endTag(byte[] expected) throws IOException {
        name();
        if (!nameIs(expected)) {
            throw XmiUnsupported.INSTANCE;
        }
        skipSpace();
        expect('>');
    }

    /** Reads what follows the root element: white space, then the end of the input, or the file is declined. */
    void trailer() throws IOException {
        skipSpace();
        if (peek() >= 0) {
            throw XmiUnsupported.INSTANCE;
        }
    }

    // ---- character data ------------------------------------------------------------------

    /**
     * Reads character data up to and including the next {@code <}: its text, with line ends
     * normalised and references replaced, when asked to keep it, else null. Declines "]]>"
     * and the end of the input, which inside the root element is an error.
     */
    String text(boolean keep) throws IOException {
        brackets = 0;
        int start = pos;
        int end = pos;
        while (end < limit && TEXT_PLAIN[buf[end] & 0xFF]) {
            line += buf[end] == '\n' ? 1 : 0;
            end++;
        }
        if (end < limit && buf[end] == '<') {
            pos = end + 1;
            return keep ? new String(buf, start, end - start, StandardCharsets.ISO_8859_1) : null;
        }
        text.clear();
        text.appendAscii(buf, start, end - start);
        pos = end;
        slowText();
        return keep ? text.toString() : null;
    }

    private void slowText() throws IOException {
        while (true) {
            int end = pos;
            while (end < limit && TEXT_PLAIN[buf[end] & 0xFF]) {
                line += buf[end] == '\n' ? 1 : 0;
                end++;
            }
            if (end > pos) {
                brackets = 0;
                text.appendAscii(buf, pos, end - pos);
                pos = end;
            }
            int b = peek();
            if (b == '<') {
                pos++;
                return;
            }
            if (b < 0 || !TEXT_PLAIN[b]) {
                textCharacter(b);
            }
        }
    }

    private void textCharacter(int b) throws IOException {
        switch (b) {
            case ']', '>' -> {
                if (b == '>' && brackets >= 2) {
                    throw XmiUnsupported.INSTANCE; // "]]>" must not appear in content
                }
                brackets = b == ']' ? brackets + 1 : 0;
                pos++;
                text.append((char) b);
            }
            case '\r' -> {
                brackets = 0;
                carriageReturn();
                text.append('\n');
            }
            case '&' -> {
                brackets = 0;
                text.appendCodePoint(reference());
            }
            default -> {
                brackets = 0;
                text.appendCodePoint(character(b));
            }
        }
    }

    // ---- characters and references ----------------------------------------------------------

    /**
     * Reads one character that is not plain ASCII: a well-formed UTF-8 sequence of a legal XML
     * character. Control characters, '<' in a value and the end of the input decline.
     */
    private int character(int b) throws IOException {
        if (b < 0x80) {
            throw XmiUnsupported.INSTANCE;
        }
        int length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (b < 0xC2 || b > 0xF4 || !ensure(length)) {
            throw XmiUnsupported.INSTANCE; // a continuation byte, an overlong lead, beyond U+10FFFF, truncated
        }
        int second = buf[pos + 1] & 0xFF;
        if (second < secondLow(b) || second > secondHigh(b)) {
            throw XmiUnsupported.INSTANCE; // overlong, a surrogate, beyond U+10FFFF, not a continuation
        }
        int codePoint = length == 2 ? (b & 0x1F) << 6 | second & 0x3F : longCharacter(b, second, length);
        pos += length;
        return codePoint;
    }

    private int longCharacter(int lead, int second, int length) {
        int codePoint = (length == 3 ? lead & 0x0F : lead & 0x07) << 6 | second & 0x3F;
        for (int i = 2; i < length; i++) {
            int continuation = buf[pos + i] & 0xFF;
            if ((continuation & 0xC0) != 0x80) {
                throw XmiUnsupported.INSTANCE;
            }
            codePoint = codePoint << 6 | continuation & 0x3F;
        }
        if (codePoint == 0xFFFE || codePoint == 0xFFFF) {
            throw XmiUnsupported.INSTANCE; // not XML characters
        }
        return codePoint;
    }

    /** The least second byte of a well-formed sequence with that lead (RFC 3629): no overlongs. */
    private static int secondLow(int lead) {
        return lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    }

    /** The greatest second byte of a well-formed sequence with that lead: no surrogates, nothing beyond U+10FFFF. */
    private static int secondHigh(int lead) {
        return lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    }

    /** Reads a reference after '&': one of the five predefined entities or a character reference. */
    private int reference() throws IOException {
        pos++;
        if (peek() == '#') {
            pos++;
            return characterReference();
        }
        int name = 0;
        for (int i = 0; i < 4; i++) {
            int b = next();
            if (b == ';') {
                return predefined(name);
            }
            if (b < 'a' || b > 'z') {
                throw XmiUnsupported.INSTANCE;
            }
            name = name << 8 | b;
        }
        expect(';');
        return predefined(name);
    }

    private static int predefined(int name) {
        return switch (name) {
            case 'l' << 8 | 't' -> '<';
            case 'g' << 8 | 't' -> '>';
            case 'a' << 16 | 'm' << 8 | 'p' -> '&';
            case 'a' << 24 | 'p' << 16 | 'o' << 8 | 's' -> '\'';
            case 'q' << 24 | 'u' << 16 | 'o' << 8 | 't' -> '"';
            default -> throw XmiUnsupported.INSTANCE; // an entity no DTD may declare here
        };
    }

    /** Reads {@code &#NNN;} or {@code &#xHHH;} after the '#': the character, which must be a legal XML character. */
    private int characterReference() throws IOException {
        int radix = 10;
        if (peek() == 'x') {
            pos++;
            radix = 16;
        }
        int value = 0;
        int digits = 0;
        for (int b = next(); b != ';'; b = next()) {
            int digit = b < 0 ? -1 : Character.digit(b, radix);
            if (digit < 0) {
                throw XmiUnsupported.INSTANCE;
            }
            value = Math.min(value * radix + digit, Character.MAX_CODE_POINT + 1);
            digits++;
        }
        if (digits == 0 || !isXmlCharacter(value)) {
            throw XmiUnsupported.INSTANCE;
        }
        return value;
    }

    /** The Char production of XML 1.0. */
    private static boolean isXmlCharacter(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= Character.MAX_CODE_POINT;
    }
}
