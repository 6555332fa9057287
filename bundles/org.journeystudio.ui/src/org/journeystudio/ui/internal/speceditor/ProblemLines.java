package org.journeystudio.ui.internal.speceditor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.viewpoint.spec.SpecResource;

/**
 * Which elements of an edited specification its problem markers are about: a marker's line falls in
 * the element that starts last at or before it (the element, or one of its attributes, is at fault).
 */
final class ProblemLines {

    private Map<EObject, String> messages = Map.of();

    /** Reads the file's markers again. */
    void update(IFile file, SpecResource resource) {
        Map<EObject, String> found = new HashMap<>();
        try {
            for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                EObject element = elementAt(resource, marker.getAttribute(IMarker.LINE_NUMBER, 0));
                if (element != null) {
                    found.merge(element, marker.getAttribute(IMarker.MESSAGE, ""), (a, b) -> a + "\n" + b);
                }
            }
        } catch (CoreException e) {
            found.clear(); // the file is gone: no markers to show
        }
        messages = found;
    }

    /** The messages about an element, one a line, or null. */
    String of(EObject element) {
        return messages.get(element);
    }

    /** The element a line of the file belongs to, or null. */
    static EObject elementAt(SpecResource resource, int line) {
        if (line <= 0) {
            return null;
        }
        EObject best = null;
        int bestLine = 0;
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            int start = resource.getLine(element);
            if (start > 0 && start <= line && start >= bestLine) {
                best = element;
                bestLine = start;
            }
        }
        return best;
    }
}
