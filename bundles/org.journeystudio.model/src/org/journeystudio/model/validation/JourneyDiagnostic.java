package org.journeystudio.model.validation;

import java.util.Locale;
import java.util.Objects;

import org.journeystudio.model.persistence.EchoedText;

/**
 * One finding of validation, in the form reports and the command line show it (DESIGN §2):
 * which rule, how serious, what is wrong, and where.
 *
 * @param code      the rule's stable code, e.g. {@code JM003}
 * @param severity  the rule's severity
 * @param message   a short, specific, user-facing sentence
 * @param elementId the element's {@code xmi:id} (or its URI fragment when it has no id);
 *                  empty when the element is in no resource
 * @param path      a readable path such as {@code Journey 'Buy online' / Stage 'Purchase' / Step 'Pay'}
 * @param file      the file the element was read from (a file path, or the resource URI
 *                  when it is not a file); empty when the element is in no resource
 * @param line      the 1-based line in that file, 0 when unknown (e.g. an element created
 *                  since loading)
 * @param column    the 1-based column on that line, 0 when unknown (most findings are about an
 *                  element, whose line is known; a reference read at a place has a column too)
 *
 * <p>Message, path and file are one line each: control characters that came from the file
 * (a name holding a line break) are escaped ({@link EchoedText}), so no finding can forge another.
 */
public record JourneyDiagnostic(String code, Severity severity, String message, String elementId, String path,
        String file, int line, int column) {

    /** A finding whose column is not known. */
    public JourneyDiagnostic(String code, Severity severity, String message, String elementId, String path,
            String file, int line) {
        this(code, severity, message, elementId, path, file, line, 0);
    }

    public JourneyDiagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        message = EchoedText.escape(message);
        elementId = EchoedText.escape(elementId);
        path = EchoedText.escape(path);
        file = EchoedText.escape(file);
    }

    /** One line for terminals and logs: {@code file:line[:column]: severity code: message [path]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(severity.name().toLowerCase(Locale.ROOT)).append(' ').append(code)
                .append(": ").append(message).append(" [").append(path).append(']').toString();
    }
}
