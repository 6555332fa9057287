package org.journeystudio.model.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * A small streaming JSON writer: correct escaping, two-space indentation, no dependencies.
 * Public so that reports built on the model (such as {@code journey stats}) share its layout.
 */
public final class JsonWriter {

    private final Writer out;
    private boolean[] hasItems = new boolean[16];
    private int depth;
    private boolean afterName;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        return open('{');
    }

    public JsonWriter endObject() throws IOException {
        return close('}');
    }

    public JsonWriter beginArray() throws IOException {
        return open('[');
    }

    public JsonWriter endArray() throws IOException {
        return close(']');
    }

    public JsonWriter name(String name) throws IOException {
        item();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(Object value) throws IOException {
        beforeValue();
        if (value == null) {
            out.write("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.write(numberOrBoolean(value));
        } else {
            string(value.toString());
        }
        return this;
    }

    private static String numberOrBoolean(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "null";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    private JsonWriter open(char bracket) throws IOException {
        beforeValue();
        out.write(bracket);
        depth++;
        if (depth == hasItems.length) {
            hasItems = Arrays.copyOf(hasItems, depth * 2);
        }
        hasItems[depth] = false;
        return this;
    }

    private JsonWriter close(char bracket) throws IOException {
        boolean items = hasItems[depth];
        depth--;
        if (items) {
            newline();
        }
        out.write(bracket);
        if (depth == 0) {
            out.write('\n');
        }
        return this;
    }

    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            item();
        }
    }

    /** A new member or element: a comma after the previous one, then a new, indented line. */
    private void item() throws IOException {
        if (hasItems[depth]) {
            out.write(',');
        }
        hasItems[depth] = true;
        newline();
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void string(String text) throws IOException {
        out.write(JsonStrings.quote(text));
    }
}
