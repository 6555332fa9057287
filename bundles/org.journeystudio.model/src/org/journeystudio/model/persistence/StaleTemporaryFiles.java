package org.journeystudio.model.persistence;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicFiles} writes beside a target are named
 * {@code .NAME.<digits>.tmp}. A write that was killed leaves its own behind; the next write to
 * the same target removes those of that pattern that have not changed for
 * {@link #STALE_AFTER} (a write still under way touches its file all the time).
 */
final class StaleTemporaryFiles {

    /** How long a temporary file must have been left alone to be taken as stale. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private StaleTemporaryFiles() {
    }

    /** The prefix of the temporary files of a target: a dot, its name and a dot. */
    static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Removes stale temporary files of the target; what cannot be removed is left (this is only tidying). */
    static int removeBeside(Path target) {
        String prefix = prefix(target);
        Instant before = Instant.now().minus(STALE_AFTER);
        int removed = 0;
        DirectoryStream.Filter<Path> ours = entry -> isOurs(entry.getFileName().toString(), prefix);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), ours)) {
            for (Path entry : entries) {
                if (isOlder(entry, before) && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Another process may be tidying at the same time, or the folder is not readable: nothing lost.
            return removed;
        }
        return removed;
    }

    static boolean isOurs(String name, String prefix) {
        return name.length() > prefix.length() + 4 && name.startsWith(prefix) && name.endsWith(".tmp")
                && DIGITS.matcher(name.substring(prefix.length(), name.length() - 4)).matches();
    }

    private static boolean isOlder(Path entry, Instant before) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        FileTime modified = attributes.lastModifiedTime();
        return attributes.isRegularFile() && modified.toInstant().isBefore(before);
    }
}
