package org.journeystudio.model.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's input stream that knows its file. When the specialised reader declines a file
 * part way, the resource reads it again from the start for EMF instead of having kept a copy
 * of every byte it read, which on large maps costs memory and garbage collection.
 */
final class ReopenableFileStream extends FilterInputStream {

    private final Path file;

    ReopenableFileStream(Path file) throws IOException {
        super(Files.newInputStream(file));
        this.file = file;
    }

    /** A new stream over the whole file. */
    InputStream reopen() throws IOException {
        return Files.newInputStream(file);
    }
}
