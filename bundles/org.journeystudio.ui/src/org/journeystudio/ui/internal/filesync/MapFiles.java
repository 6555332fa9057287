package org.journeystudio.ui.internal.filesync;

import java.nio.file.Path;

import org.journeystudio.viewpoint.session.RepresentationFiles;

/**
 * The two files of an open map, the {@code .journey} and the {@code .journeyrep} beside it, with the
 * stamps the editor's content is based on (the last load, reload or save) and the stamps the user
 * has last been told about (a "keep my version" answer is not asked again for the same change).
 */
final class MapFiles {

    /** What differs on disk from what the editor knows. */
    enum Change { NONE, CHANGED, MAP_DELETED }

    private Path map;
    private DiskStamp baseMap;
    private DiskStamp baseRepresentations;
    private DiskStamp seenMap;
    private DiskStamp seenRepresentations;

    MapFiles(Path map) {
        this.map = map;
        markInSync();
    }

    Path map() {
        return map;
    }

    Path representations() {
        return RepresentationFiles.beside(map);
    }

    /** The editor now holds what is on disk (after a load, reload or save). */
    void markInSync() {
        baseMap = DiskStamp.of(map);
        baseRepresentations = DiskStamp.of(representations());
        markSeen();
    }

    /** The user has been told about what is on disk now and chose to keep the editor's content. */
    void markSeen() {
        seenMap = DiskStamp.of(map);
        seenRepresentations = DiskStamp.of(representations());
    }

    /** The files moved (rename, move, Save As): the editor's content is now based on the new ones. */
    void relocate(Path newMap) {
        map = newMap;
        markInSync();
    }

    /** A change the user has not been told about yet. */
    Change unseenChange() {
        return changeAgainst(seenMap, seenRepresentations);
    }

    /** Whether the files on disk are no longer those the editor's content is based on (a save would overwrite). */
    boolean newerOnDisk() {
        return changeAgainst(baseMap, baseRepresentations) != Change.NONE;
    }

    private Change changeAgainst(DiskStamp mapStamp, DiskStamp representationStamp) {
        DiskStamp now = DiskStamp.of(map);
        if (!now.exists()) {
            return mapStamp.exists() ? Change.MAP_DELETED : Change.NONE;
        }
        boolean changed = !now.equals(mapStamp) || !DiskStamp.of(representations()).equals(representationStamp);
        return changed ? Change.CHANGED : Change.NONE;
    }
}
