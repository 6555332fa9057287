package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.persistence.AtomicFiles;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.WriteTarget;

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

    /** Whether the target is standard output: none given, or {@code -}. */
    static boolean isStandardOutput(Path target) {
        return target == null || "-".equals(target.toString());
    }

    static void text(Path target, Content content) throws IOException {
        if (isStandardOutput(target)) {
            StringWriter buffer = new StringWriter();
            content.writeTo(buffer);
            bytes(null, buffer.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        write(target, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes a file (see {@link AtomicFiles}), with the target named in any failure's one line. */
    private static void write(Path target, AtomicFiles.Writer content) throws IOException {
        try {
            AtomicFiles.write(target, content);
        } catch (WriteTarget.RefusedException | JourneyLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(EchoedText.escape(target.toString()) + ": cannot write: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /**
     * Whether a command that creates {@code target} must stop because it exists and the user did
     * not ask to overwrite it; says so on standard error (the caller exits with bad usage).
     */
    static boolean refusesOverwrite(Path target, boolean force) {
        if (force || !Files.exists(target)) {
            return false;
        }
        System.err.println(existsMessage(target));
        return true;
    }

    /**
     * Saves a new map: over an existing file only with {@code force}; else exclusively, so that of
     * two commands racing for the same file one creates it and the other is told it exists.
     *
     * @return whether it was saved (else the caller exits with bad usage: it said so)
     */
    static boolean saveMap(Resource resource, Path target, boolean force) throws IOException {
        if (force) {
            JourneyPersistence.save(resource, target);
            return true;
        }
        try {
            JourneyPersistence.create(resource, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            System.err.println(existsMessage(target));
            return false;
        }
    }

    /** The line that says a file to be created exists. */
    static String existsMessage(Path target) {
        return "journey: " + EchoedText.escape(target.toString()) + " exists; use --force to overwrite it";
    }

    /** Says on standard error where a file went (nothing for standard output). */
    static void reportWritten(Path target) {
        if (!isStandardOutput(target)) {
            System.err.println("journey: wrote " + EchoedText.escape(target.toString()));
        }
    }

    static void bytes(Path target, byte[] content) throws IOException {
        if (isStandardOutput(target)) {
            System.out.write(content);
            System.out.flush();
            // PrintStream keeps its errors (a full disk, a closed pipe) to itself.
            if (System.out.checkError()) {
                throw new IOException("standard output: cannot write (a full device or a closed pipe?)");
            }
        } else {
            write(target, out -> out.write(content));
        }
    }
}
