package org.journeystudio.viewpoint.spec;

/**
 * Something wrong in a viewpoint specification, located where its author can fix it.
 *
 * @param file the specification file
 * @param line the line of the element (0 when unknown)
 * @param element a readable path of the element, e.g. {@code Journey Flow / Step}
 * @param expression the offending expression, or null
 * @param message what is wrong, in one line
 */
public record SpecProblem(String file, int line, String element, String expression, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ").append(element).append(": ").append(message);
        if (expression != null) {
            text.append(" in '").append(expression).append('\'');
        }
        return text.toString();
    }
}
