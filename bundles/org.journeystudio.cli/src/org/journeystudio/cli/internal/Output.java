package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeystudio.model.persistence.AtomicFiles;

/**
 * Where a command's result goes: standard output, or a file written atomically, so a
 * failure half-way never leaves a partial output file behind. Text is UTF-8 in both cases
 * (whatever the platform's console encoding), so standard output carries the same bytes a file would.
 */
final class Output {

    /** Produces the content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private Output() {
    }

    static void text(Path target, Content content) throws IOException {
        if (target == null) {
            StringWriter buffer = new StringWriter();
            content.writeTo(buffer);
            bytes(null, buffer.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        AtomicFiles.write(target, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Whether a command that creates {@code target} must stop because it exists and the user did
     * not ask to overwrite it; says so on standard error (the caller exits with bad usage).
     */
    static boolean refusesOverwrite(Path target, boolean force) {
        if (force || !Files.exists(target)) {
            return false;
        }
        System.err.println("journey: " + target + " exists; use --force to overwrite it");
        return true;
    }

    static void bytes(Path target, byte[] content) throws IOException {
        if (target == null) {
            System.out.write(content);
            System.out.flush();
        } else {
            AtomicFiles.write(target, content);
        }
    }
}
