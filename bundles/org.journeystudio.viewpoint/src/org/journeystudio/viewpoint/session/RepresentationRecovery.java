package org.journeystudio.viewpoint.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.RepresentationFile;

/**
 * Opens the representation file of a map so that it never stops the map from opening: a file that
 * cannot be read (damaged, hostile, another version) is kept aside as {@code NAME.journeyrep.bak}
 * and an empty one is used instead; representations of elements that are not in the map, and stored
 * states of elements that are gone, are dropped in memory. Nothing is written but the kept-aside copy.
 */
final class RepresentationRecovery {

    /** Extension added to an unreadable representation file when it is kept aside. */
    static final String BACKUP_SUFFIX = ".bak";

    private RepresentationRecovery() {
    }

    /** What opening found. */
    record Result(Resource resource, int dropped, List<String> notices) {
    }

    /** Loads the file beside a map whose semantic resource is already in the set. */
    static Result load(ResourceSet set, Resource semantic, Path file) {
        List<String> notices = new ArrayList<>();
        Resource resource;
        try {
            resource = RepresentationFiles.load(set, file);
        } catch (JourneyLoadException e) {
            notices.add(keepAside(file, e));
            resource = emptyAt(set, file);
        }
        int dropped = dropForeign(RepresentationFiles.rootOf(resource), semantic) + RepresentationFiles.prune(
                RepresentationFiles.rootOf(resource));
        // Proxies of a file written for another map may have loaded that map: it is no part of this session.
        set.getResources().retainAll(List.of(semantic, resource));
        return new Result(resource, dropped, notices);
    }

    private static String keepAside(Path file, JourneyLoadException error) {
        Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
        try {
            Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
            return "The representations file " + file.getFileName() + " cannot be read (" + error.getMessage()
                    + "); it is kept as " + backup.getFileName() + " and default representations are shown.";
        } catch (IOException e) {
            return "The representations file " + file.getFileName() + " cannot be read (" + error.getMessage()
                    + ") nor kept aside (" + e.getMessage() + "); default representations are shown.";
        }
    }

    private static Resource emptyAt(ResourceSet set, Path file) {
        try {
            // the file was moved away: this starts an empty representation file at its place
            return RepresentationFiles.load(set, file);
        } catch (JourneyLoadException e) {
            // it could not be moved away either; an empty file in memory, written over it on save
            return RepresentationFiles.empty(set, file);
        }
    }

    /** Drops representations whose element is not an element of this map (another map's, or gone). */
    private static int dropForeign(RepresentationFile file, Resource semantic) {
        int removed = 0;
        for (Iterator<Representation> it = file.getRepresentations().iterator(); it.hasNext();) {
            EObject target = it.next().getTarget();
            if (target == null || target.eIsProxy() || target.eResource() != semantic) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }
}
