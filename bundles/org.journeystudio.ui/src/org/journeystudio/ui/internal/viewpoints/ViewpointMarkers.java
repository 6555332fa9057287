package org.journeystudio.ui.internal.viewpoints;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.viewpoint.spec.SpecProblem;

/**
 * The Problems markers of a {@code .viewpoint} file: one error per SpecLoader problem, at its line,
 * replaced as a whole after each load. Markers cannot be written while the workspace reports a change,
 * so they are written by a job right after it.
 */
public final class ViewpointMarkers {

    /** The {@link ProblemMarkers#CODE} of a specification problem's marker. */
    public static final String CODE = "spec";

    /** The problems one file's markers are to show. */
    record Pending(IFile file, List<SpecProblem> problems) {
    }

    private ViewpointMarkers() {
    }

    static void schedule(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Check viewpoint specifications") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (Pending each : pending) {
                    if (each.file().exists()) {
                        replace(each.file(), each.problems());
                    }
                }
                return Status.OK_STATUS;
            }
        };
        ISchedulingRule[] rules = pending.stream().map(Pending::file).toArray(ISchedulingRule[]::new);
        job.setRule(MultiRule.combine(rules));
        job.setSystem(true);
        job.schedule();
    }

    /** Replaces the file's journey markers with one per problem. */
    public static void replace(IFile file, List<SpecProblem> problems) throws CoreException {
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
            for (SpecProblem problem : problems) {
                IMarker marker = file.createMarker(ProblemMarkers.TYPE);
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                marker.setAttribute(IMarker.MESSAGE, problem.message()
                        + (problem.expression() == null ? "" : " in '" + problem.expression() + "'"));
                marker.setAttribute(IMarker.LOCATION, problem.element());
                marker.setAttribute(ProblemMarkers.CODE, CODE);
                if (problem.line() > 0) {
                    marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
                }
            }
        }, file, 0, null);
    }
}
