package org.journeystudio.model.validation;

import java.util.Locale;
import java.util.Objects;

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
 */
public record JourneyDiagnostic(String code, Severity severity, String message, String elementId, String path,
        String file, int line) {

    public JourneyDiagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }

    /** One line for terminals and logs: {@code file:line: severity code: message [path]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        return text.append(": ").append(severity.name().toLowerCase(Locale.ROOT)).append(' ').append(code)
                .append(": ").append(message).append(" [").append(path).append(']').toString();
    }
}
