package org.journeystudio.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Atomic file replacement: write a temporary file in the target's directory, force it
 * to disk, then rename it over the target. A crash at any moment leaves the old or the
 * new file, never a truncated one. Used for models, representations and exports.
 *
 * <p>What the target is decides how it is written ({@link WriteTarget}): a symbolic link is
 * written through (the file it points to is replaced, the link stays), a device or a pipe is
 * written as a stream and never replaced, and a directory or other special file is refused
 * ({@link WriteTarget.RefusedException}). The temporary file is {@code .NAME.<digits>.tmp}; those
 * that killed writes left behind are removed by the next write to the same target
 * ({@link StaleTemporaryFiles}).
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes the target: atomically for a file, as a stream for a device or a pipe. */
    public static void write(Path target, Writer writer) throws IOException {
        WriteTarget where = WriteTarget.of(target).requireWritable(target);
        if (where.kind() == WriteTarget.Kind.STREAM) {
            stream(where.path(), writer);
            return;
        }
        Path temp = writeTemporary(where.path(), writer);
        try {
            keepPermissions(where.path(), temp);
            move(temp, where.path());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates the target, atomically and exclusively: of two writers racing for the same new
     * file, one creates it and the other gets a {@link FileAlreadyExistsException}, whatever the
     * timing; an existing file (or link, or device) is never touched.
     */
    public static void create(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = writeTemporary(absolute, writer);
        try {
            keepPermissions(absolute, temp);
            // A hard link is made only where no file is; rename would replace one that came meanwhile.
            Files.createLink(absolute, temp);
        } catch (UnsupportedOperationException e) {
            Files.move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path writeTemporary(Path absolute, Writer writer) throws IOException {
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        StaleTemporaryFiles.removeBeside(absolute);
        Path temp = Files.createTempFile(dir, StaleTemporaryFiles.prefix(absolute), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            return temp;
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** A device or a pipe: written as it is, since it cannot be replaced (nor should be). */
    private static void stream(Path target, Writer writer) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE),
                64 * 1024)) {
            writer.writeTo(out);
        }
    }

    /** Writes bytes atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Temporary files are created owner-only; the saved file gets the permissions the
     * old one had, or the usual rw-r--r-- for a new file.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
