package org.journeystudio.model.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What comes before the root element of a file {@link XmiTokenizer} reads: an optional UTF-8
 * byte order mark and an optional XML declaration. Only a declaration a conforming parser
 * reads as UTF-8 XML 1.0 is accepted (version "1.0", encoding UTF-8 in any case, standalone
 * "yes" or "no"); any other declaration, or a processing instruction in its place, is left to
 * EMF's parser. The encoding is kept as written, because that is what Xerces reports through
 * its Locator2, and EMF records it on the resource for the next save.
 */
final class XmiPrologue {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] DECLARATION = ascii("<?xml");
    private static final byte[] VERSION = ascii("version");
    private static final byte[] ENCODING = ascii("encoding");
    private static final byte[] STANDALONE = ascii("standalone");
    /** Longer than any value a declaration may have here. */
    private static final int MAX_LITERAL = 32;

    private final XmiTokenizer input;
    private String encoding = "UTF-8";

    XmiPrologue(XmiTokenizer input) {
        this.input = input;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The encoding the declaration names, as written, or "UTF-8" when it names none. */
    String encoding() {
        return encoding;
    }

    /** Reads past the byte order mark and the XML declaration, where there are any. */
    void read() throws IOException {
        input.skip(BYTE_ORDER_MARK);
        if (input.skip(DECLARATION)) {
            declaration();
        }
    }

    /**
     * Reads past white space inside the declaration; whether there was any. Xerces does not
     * count every line end there as it counts them elsewhere (none right after "<?xml", none
     * around the '=' of a value), so a declaration with one is left to it, lest the lines of the
     * elements differ.
     */
    private boolean space() throws IOException {
        boolean any = false;
        for (int b = input.peek(); b == ' ' || b == '\t'; b = input.peek()) {
            input.next();
            any = true;
        }
        int b = input.peek();
        if (b == '\n' || b == '\r') {
            throw XmiUnsupported.INSTANCE;
        }
        return any;
    }

    private void declaration() throws IOException {
        if (!space() || !input.skip(VERSION) || !"1.0".equals(literal())) {
            throw XmiUnsupported.INSTANCE; // "<?xml-..." instructions, XML 1.1, malformed declarations
        }
        boolean space = space();
        if (space && input.skip(ENCODING)) {
            String declared = literal();
            if (!declared.equalsIgnoreCase("UTF-8")) {
                throw XmiUnsupported.INSTANCE;
            }
            encoding = declared;
            space = space();
        }
        if (space && input.skip(STANDALONE)) {
            String standalone = literal();
            if (!standalone.equals("yes") && !standalone.equals("no")) {
                throw XmiUnsupported.INSTANCE;
            }
            space();
        }
        input.expect('?');
        input.expect('>');
    }

    /** Reads {@code = "value"} in the declaration: the value, printable ASCII only. */
    private String literal() throws IOException {
        space();
        input.expect('=');
        space();
        int quote = input.next();
        if (quote != '"' && quote != '\'') {
            throw XmiUnsupported.INSTANCE;
        }
        StringBuilder value = new StringBuilder();
        for (int b = input.next(); b != quote; b = input.next()) {
            if (b <= ' ' || b >= 0x7F || value.length() == MAX_LITERAL) {
                throw XmiUnsupported.INSTANCE;
            }
            value.append((char) b);
        }
        return value.toString();
    }
}
