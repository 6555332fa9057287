package org.journeystudio.model.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file stops being UTF-8. The XML parser reports a malformed byte sequence
 * without any position, so a user facing binary junk would get no line to look at; this
 * scan, run only after such a failure, supplies it.
 */
final class Utf8Positions {

    private Utf8Positions() {
    }

    /**
     * The 1-based {line, column} of the first byte that is not valid UTF-8, or {0, 0} when
     * the file cannot be read or every byte is valid. Columns count characters.
     */
    static int[] firstMalformed(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return scan(in);
        } catch (IOException e) {
            return new int[] {0, 0};
        }
    }

    private static int[] scan(InputStream in) throws IOException {
        int line = 1;
        int column = 1;
        int pending = 0;
        int lead = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (pending > 0) {
                if (!continues(lead, b)) {
                    return new int[] {line, column};
                }
                lead = 0;
                pending--;
                column += pending == 0 ? 1 : 0;
            } else if (b == '\n') {
                line++;
                column = 1;
            } else if (b < 0x80) {
                column++;
            } else {
                pending = continuationBytes(b);
                lead = b;
                if (pending < 0) {
                    return new int[] {line, column};
                }
            }
        }
        return pending > 0 ? new int[] {line, column} : new int[] {0, 0};
    }

    /**
     * Whether the byte may follow: any continuation byte, except that the first one after some
     * lead bytes is narrower, so that overlong forms, UTF-8-encoded surrogates (ED A0..BF) and code
     * points above U+10FFFF (F4 90..) are malformed as XML parsers find them.
     */
    private static boolean continues(int lead, int b) {
        return switch (lead) {
            case 0xE0 -> b >= 0xA0 && b <= 0xBF;
            case 0xED -> b >= 0x80 && b <= 0x9F;
            case 0xF0 -> b >= 0x90 && b <= 0xBF;
            case 0xF4 -> b >= 0x80 && b <= 0x8F;
            default -> (b & 0xC0) == 0x80;
        };
    }

    /** How many continuation bytes the lead byte announces, -1 when it cannot start a character. */
    private static int continuationBytes(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
    }
}
