package org.journeystudio.ui.internal.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.ISharedImages;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.ui.decorators.ElementProblems;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.internal.decorators.MessageBanner;
import org.journeystudio.ui.internal.decorators.MessageBanner.Line;
import org.journeystudio.ui.internal.decorators.MessageBanner.Topic;
import org.journeystudio.ui.internal.viewpoints.MapViewpoints;
import org.journeystudio.viewpoint.rules.SpecRuleValidation;
import org.journeystudio.viewpoint.session.Session;

/**
 * The problems of the map an editor holds, computed when it is opened, reloaded, saved and on demand
 * (Validate): for a workspace file they become its Problems markers; a map outside the workspace has
 * no markers, so the editor's message banner lists them.
 */
public final class EditorProblems implements ElementProblems {

    private static final int LISTED = 5;

    private final Supplier<Session> session;
    private final Supplier<IFile> workspaceFile;
    private final MessageBanner banner;
    private final List<Runnable> listeners = new ArrayList<>();
    private List<JourneyDiagnostic> findings = List.of();
    private Map<String, Problem> byElement = Map.of();

    public EditorProblems(Supplier<Session> session, Supplier<IFile> workspaceFile, MessageBanner banner) {
        this.session = session;
        this.workspaceFile = workspaceFile;
        this.banner = banner;
    }

    /** Validates the model as the editor holds it and shows the findings. */
    public void validate() {
        show(SpecRuleValidation.validate(session.get().semanticResource(),
                MapViewpoints.specs(session.get().representationFile())));
    }

    /** Shows findings computed elsewhere (by the save, which validates before it writes). */
    public void show(List<JourneyDiagnostic> newFindings) {
        findings = List.copyOf(newFindings);
        byElement = byElement(findings);
        IFile file = workspaceFile.get();
        if (file != null) {
            try {
                ProblemMarkers.replace(file, findings);
            } catch (CoreException e) {
                ILog.of(getClass()).error("the problem markers of " + file.getFullPath() + " are not updated", e);
            }
        }
        banner.show(Topic.PROBLEMS, file == null ? lines(findings) : List.of());
        listeners.forEach(Runnable::run);
    }

    /** The last findings. */
    public List<JourneyDiagnostic> findings() {
        return findings;
    }

    @Override
    public Problem of(EObject element) {
        Resource resource = element.eResource();
        return resource == null ? null : byElement.get(resource.getURIFragment(element));
    }

    @Override
    public Collection<EObject> elements() {
        Resource resource = session.get().semanticResource();
        return byElement.keySet().stream().map(resource::getEObject).filter(Objects::nonNull).toList();
    }

    /** Errors and warnings by element id; an element's messages joined, one a line, the error flag if any is one. */
    private static Map<String, Problem> byElement(List<JourneyDiagnostic> findings) {
        Map<String, Problem> problems = new HashMap<>();
        for (JourneyDiagnostic finding : findings) {
            if (finding.severity() == Severity.INFO || finding.elementId().isEmpty()) {
                continue;
            }
            String line = finding.code() + " " + finding.message();
            problems.merge(finding.elementId(), new Problem(finding.severity() == Severity.ERROR, line),
                    (old, added) -> new Problem(old.error() || added.error(), old.message() + "\n" + added.message()));
        }
        return problems;
    }

    /** Runs after every change of the findings (the decorators repaint). */
    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private static List<Line> lines(List<JourneyDiagnostic> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        long errors = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(errors > 0 ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK,
                "This map is outside the workspace, so its problems are listed here, not in the Problems view: "
                        + count(errors, "error") + ", " + count(findings.size() - errors, "warning") + "."));
        for (JourneyDiagnostic finding : findings.subList(0, Math.min(LISTED, findings.size()))) {
            lines.add(new Line(icon(finding.severity()), finding.code() + " " + finding.message() + "  [" + finding.path()
                    + (finding.line() > 0 ? ", line " + finding.line() : "") + "]"));
        }
        if (findings.size() > LISTED) {
            lines.add(new Line(ISharedImages.IMG_OBJS_INFO_TSK, "... and " + (findings.size() - LISTED) + " more."));
        }
        return lines;
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
    }
}
