package org.journeystudio.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What a path to be written names, links followed: a regular file (or none yet), which is
 * replaced atomically; a character device or a pipe ({@code /dev/stdout}, {@code /dev/null},
 * a FIFO, {@code >(...)}), which is written as a stream, never replaced; or anything else (a
 * directory, a block device, a socket), which is refused. A symbolic link is written through:
 * the file it points to gets the new content and the link stays.
 *
 * @param kind the kind of file found
 * @param path where to write: the file a link points to, else the path itself
 */
public record WriteTarget(Kind kind, Path path) {

    /** The kinds of targets. */
    public enum Kind {
        /** A regular file, or nothing yet: written atomically. */
        FILE,
        /** A character device or a pipe: written as a stream. */
        STREAM,
        /** Anything else: refused. */
        REFUSED
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int MAX_LINKS = 40;

    /** A target that cannot be written: not a regular file, a device or a pipe. */
    public static final class RefusedException extends IOException {

        private static final long serialVersionUID = 1L;

        RefusedException(Path target, String what) {
            super(EchoedText.escape(target.toString()) + ": cannot write to " + what
                    + "; give a regular file, a device or a pipe ('-' for standard output)");
        }
    }

    /** Looks at what the path names now. */
    public static WriteTarget of(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!Files.exists(absolute)) {
            return new WriteTarget(Kind.FILE, endOfLinks(absolute));
        }
        if (Files.isRegularFile(absolute)) {
            return new WriteTarget(Kind.FILE, absolute.toRealPath());
        }
        if (Files.isDirectory(absolute)) {
            return new WriteTarget(Kind.REFUSED, absolute);
        }
        int type = mode(absolute) & S_IFMT;
        return new WriteTarget(type == S_IFIFO || type == S_IFCHR ? Kind.STREAM : Kind.REFUSED, absolute);
    }

    /** Refuses a target of the kind {@link Kind#REFUSED}, naming what it is. */
    public WriteTarget requireWritable(Path given) throws RefusedException {
        if (kind == Kind.REFUSED) {
            throw new RefusedException(given, Files.isDirectory(path) ? "a directory" : "a special file (not a regular file)");
        }
        return this;
    }

    /** Where a dangling link (or a chain of them) would have its file made; the path itself when it is no link. */
    private static Path endOfLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            Path next = Files.readSymbolicLink(current);
            current = current.resolveSibling(next).normalize();
        }
        if (Files.isSymbolicLink(current)) {
            throw new NoSuchFileException(path.toString(), null, "too many levels of symbolic links");
        }
        return current;
    }

    private static int mode(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Without a unix view no special file is known to be a stream: refuse it.
            return 0;
        }
    }
}
