package org.journeystudio.ui.internal.markers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.Severity;

/**
 * The Problems-view markers of a map: one {@value #TYPE} marker per validation finding,
 * replaced as a whole each time the map is validated.
 */
public final class ProblemMarkers {

    /** The marker type, a subtype of the platform's problem marker (declared in plugin.xml). */
    public static final String TYPE = "org.journeystudio.ui.problem";
    /** Marker attribute: the rule's code, e.g. JM001. */
    public static final String CODE = "code";
    /** Marker attribute: the xmi:id of the element the finding is about. */
    public static final String ELEMENT_ID = "elementId";
    /** The {@link #CODE} of the marker of a map that cannot be read at all. */
    public static final String LOAD_ERROR = "load";

    private ProblemMarkers() {
    }

    /**
     * Replaces the file's journey markers with one per finding, in one workspace operation; markers that
     * already say exactly that are left as they are (the builder and the editor may validate the same
     * content one after the other, and the Problems view should not flicker).
     */
    public static void replace(IFile file, List<JourneyDiagnostic> findings) throws CoreException {
        if (file.exists() && same(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO), findings)) {
            return;
        }
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (JourneyDiagnostic finding : findings) {
                create(file, finding);
            }
        }, file, 0, null);
    }

    /** Replaces the file's journey markers with one error saying why the map cannot be read. */
    public static void replaceWithLoadError(IFile file, JourneyLoadException error) throws CoreException {
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            marker.setAttribute(IMarker.MESSAGE, "The map cannot be read: " + error.getReason());
            marker.setAttribute(CODE, LOAD_ERROR);
            if (error.getLine() > 0) {
                marker.setAttribute(IMarker.LINE_NUMBER, error.getLine());
            }
        }, file, 0, null);
    }

    private static boolean same(IMarker[] markers, List<JourneyDiagnostic> findings) throws CoreException {
        if (markers.length != findings.size()) {
            return false;
        }
        Set<String> present = new HashSet<>();
        for (IMarker marker : markers) {
            present.add(marker.getAttribute(ELEMENT_ID, "") + '\n' + marker.getAttribute(IMarker.MESSAGE, "") + '\n'
                    + marker.getAttribute(IMarker.LINE_NUMBER, 0) + '\n' + marker.getAttribute(IMarker.SEVERITY, -1));
        }
        for (JourneyDiagnostic finding : findings) {
            if (!present.contains(finding.elementId() + '\n' + finding.code() + " " + finding.message() + '\n'
                    + Math.max(finding.line(), 0) + '\n' + severity(finding.severity()))) {
                return false;
            }
        }
        return true;
    }

    private static void create(IFile file, JourneyDiagnostic finding) throws CoreException {
        IMarker marker = file.createMarker(TYPE);
        marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
        marker.setAttribute(IMarker.MESSAGE, finding.code() + " " + finding.message());
        marker.setAttribute(IMarker.LOCATION, finding.path());
        marker.setAttribute(CODE, finding.code());
        marker.setAttribute(ELEMENT_ID, finding.elementId());
        if (finding.line() > 0) {
            marker.setAttribute(IMarker.LINE_NUMBER, finding.line());
        }
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
