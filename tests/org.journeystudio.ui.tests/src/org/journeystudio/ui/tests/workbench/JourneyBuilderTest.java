package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.ui.internal.builder.JourneyBuilder;
import org.journeystudio.ui.internal.builder.JourneyNature;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.internal.wizards.JourneyProjects;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * The project builder keeps the Problems markers of maps that no editor has open: a closed map changed on
 * disk gets its markers, which go when it is fixed; Add Journey Nature gives any project the builder.
 */
class JourneyBuilderTest {

    @Test
    void aClosedMapChangedOnDiskGetsItsMarkersWhichGoWhenItIsFixed() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Built");
        IFile map = JourneyProjects.create(project, null).getFile("closed.journey");
        assertTrue(project.hasNature(JourneyNature.ID), "a new Journey Studio project has the nature");
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec())
                .anyMatch(command -> JourneyBuilder.ID.equals(command.getBuilderName())), "and its builder");
        assertTrue(ResourcesPlugin.getWorkspace().isAutoBuilding(), "Project > Build Automatically is on");
        JourneyProjects.instantiate("invoice-payment", map);
        waitForBuilds();
        assertEquals(List.of(), jm001(map), "the template has no unnamed element");

        Disk.sed(Disk.path(map), "name=\"Reminder\"", "name=\"\"");
        project.refreshLocal(IResource.DEPTH_INFINITE, null); // F5, or a refresh on access
        waitForBuilds();
        assertEquals(1, jm001(map).size(), "the builder marks the unnamed stage of the closed map");
        UiThread.run(() -> {
            Workbench.sizeWindow();
            ProblemMarkersTest.problemsTree();
        });
        Widgets.waitFor("the problem in the Problems view", () -> ProblemMarkersTest.problemRow(
                ProblemMarkersTest.problemsTree(), map) != null);
        UiThread.run(() -> Workbench.screenshot("builder-closed-map-marked"));

        Disk.sed(Disk.path(map), "name=\"\"", "name=\"Reminder\"");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        waitForBuilds();
        assertEquals(List.of(), jm001(map), "fixed on disk: the marker is gone");

        Disk.sed(Disk.path(map), "<journeys", "<journeys <broken");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        waitForBuilds();
        IMarker[] unreadable = map.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, unreadable.length, "an unreadable map gets one marker");
        assertTrue(unreadable[0].getAttribute(IMarker.MESSAGE, "").startsWith("The map cannot be read: "));
    }

    @Test
    void addJourneyNatureGivesAPlainProjectTheBuilder() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("PlainToJourney");
        project.create(null);
        project.open(null);
        IFile map = project.getFile("plain.journey");
        JourneyTemplates.instantiate("invoice-payment", Disk.path(map));
        Disk.sed(Disk.path(map), "name=\"Reminder\"", "name=\"\"");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        waitForBuilds();
        assertEquals(List.of(), jm001(map), "no builder yet");

        UiThread.run(() -> {
            try {
                CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
                explorer.selectReveal(new StructuredSelection(project));
                Workbench.page().activate(explorer);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
            Workbench.execute("org.journeystudio.ui.addJourneyNature"); // Configure > Add Journey Nature
        });
        assertTrue(project.hasNature(JourneyNature.ID));
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, null);
        waitForBuilds();
        assertEquals(1, jm001(map).size(), "the builder now marks the map");
    }

    private static void waitForBuilds() throws InterruptedException {
        Thread.sleep(300); // the auto-build starts a moment after a change
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
    }

    private static List<IMarker> jm001(IFile file) throws CoreException {
        return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(marker -> marker.getAttribute(IMarker.MESSAGE, "").startsWith("JM001 ")).toList();
    }
}
