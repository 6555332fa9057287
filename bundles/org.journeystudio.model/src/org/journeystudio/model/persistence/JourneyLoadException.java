package org.journeystudio.model.persistence;

import java.io.IOException;

/**
 * A file that cannot be read as a journey model. Its message is one line a user can act
 * on: {@code file:line:column: reason}, with line and column where the XML gives them.
 */
public class JourneyLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public JourneyLoadException(String file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = EchoedText.escape(reason);
    }

    /** One line whatever the file name and the reason hold: their control characters are escaped. */
    private static String format(String file, int line, int column, String reason) {
        StringBuilder text = new StringBuilder(EchoedText.escape(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(EchoedText.escape(reason)).toString();
    }

    public String getFile() {
        return file;
    }

    /** The 1-based line, or 0 when unknown. */
    public int getLine() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int getColumn() {
        return column;
    }

    /** The reason without the location. */
    public String getReason() {
        return reason;
    }
}
