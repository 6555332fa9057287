package org.journeystudio.model.persistence;

/**
 * Why a file named on the command line cannot be found.
 *
 * <p>The JVM decodes command-line arguments with the system's file-name encoding, UTF-8 here.
 * A file whose name holds bytes that are not UTF-8 (a Latin-1 {@code caf\xE9.journey}, say)
 * reaches us with U+FFFD in place of those bytes, and no file of that name exists. Saying only
 * "no such file" about a file the user can see in {@code ls} is wrong; this says what happened
 * and what works: giving the file's folder, whose listing keeps the name's bytes.
 */
public final class MissingFile {

    private static final char REPLACEMENT = '\uFFFD';

    private MissingFile() {
    }

    /** The one-line reason for a file that does not exist under the name given. */
    public static String reason(String name) {
        if (name != null && name.indexOf(REPLACEMENT) >= 0) {
            return "cannot read: no such file: the name has bytes that are not "
                    + System.getProperty("sun.jnu.encoding", "UTF-8")
                    + ", which Java cannot take as an argument (give the file's folder instead, or rename it)";
        }
        return "cannot read: no such file";
    }
}
