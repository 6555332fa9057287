package org.journeystudio.ui.internal.filesync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What a file on disk looked like at one moment: its modification time (to the nanosecond where the
 * file system keeps it) and size, or absent. Two stamps differ when the file was written in between.
 */
record DiskStamp(boolean exists, long modifiedNanos, long size) {

    static final DiskStamp ABSENT = new DiskStamp(false, 0, 0);

    static DiskStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new DiskStamp(true, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    attributes.size());
        } catch (IOException e) {
            return ABSENT;
        }
    }
}
