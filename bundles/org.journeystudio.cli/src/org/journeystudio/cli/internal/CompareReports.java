package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.journeystudio.model.compare.Conflict;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.export.JsonWriter;

/** The reports of {@code journey diff} and {@code journey merge}, as text lines and as JSON. */
final class CompareReports {

    /** Identifies the shape of {@code journey diff --format json}. */
    static final String DIFF_FORMAT = "journey-studio-diff/1";

    private CompareReports() {
    }

    /** {@code changed  PATH name: 'Pay' -> 'Enter card'}, {@code moved    PATH: FROM -> TO}, {@code added    PATH}. */
    static void diffText(List<Difference> differences, Writer out) throws IOException {
        for (Difference difference : differences) {
            StringBuilder line = new StringBuilder(String.format("%-8s %s", difference.kind().name()
                    .toLowerCase(Locale.ROOT), difference.path()));
            if (difference.feature() != null) {
                line.append(' ').append(difference.feature());
            }
            if (difference.oldValue() != null || difference.newValue() != null) {
                line.append(": ").append(difference.oldValue()).append(" -> ").append(difference.newValue());
            }
            out.write(line.append('\n').toString());
        }
    }

    /** {@code {"format", "old", "new", "differences": [{kind, id, path, feature, old, new}]}}; absent values are null. */
    static void diffJson(String oldFile, String newFile, List<Difference> differences, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("format").value(DIFF_FORMAT).name("old").value(oldFile).name("new").value(newFile)
                .name("differences").beginArray();
        for (Difference difference : differences) {
            json.beginObject().name("kind").value(difference.kind().name()).name("id").value(difference.id())
                    .name("path").value(difference.path()).name("feature").value(difference.feature())
                    .name("old").value(difference.oldValue()).name("new").value(difference.newValue()).endObject();
        }
        json.endArray().endObject();
        out.write("\n");
    }

    /** One line per conflict, for standard error (git shows a merge driver's). */
    static String conflictLine(Conflict conflict) {
        return "journey: conflict: " + conflict;
    }
}
