package org.journeystudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.journeystudio.ui.perspective.JourneyPerspectiveFactory;
import org.junit.jupiter.api.Test;

/** Starts the real workbench, opens the Journey Modelling perspective and looks at it. */
class PerspectiveSmokeTest {

    private static final List<String> EXPECTED_VIEWS = List.of(
            IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
            IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW);

    @Test
    void productStartsInTheJourneyModellingPerspectiveWithItsViews() {
        UiThread.settle(1500);
        String perspective = UiThread.call(() -> activePage().getPerspective().getId());
        assertEquals(JourneyPerspectiveFactory.ID, perspective,
                "the product's default perspective is Journey Modelling");

        UiThread.run(() -> {
            IWorkbenchPage page = activePage();
            IPerspectiveDescriptor descriptor = PlatformUI.getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(JourneyPerspectiveFactory.ID);
            assertEquals("Journey Modelling", descriptor.getLabel());
            page.resetPerspective();
            window().getShell().setSize(1280, 800);
            window().getShell().setActive();
        });
        UiThread.settle(1500);

        List<String> shown = UiThread.call(() -> Arrays.stream(activePage().getViewReferences())
                .map(IViewReference::getId).toList());
        for (String view : EXPECTED_VIEWS) {
            assertTrue(shown.contains(view), "view " + view + " is part of the perspective, shown: " + shown);
        }
        assertTrue(UiThread.call(() -> activePage().isEditorAreaVisible()), "the editor area is visible");

        File png = UiThread.call(() -> Screenshots.take(window().getShell(), "workbench-journey-perspective"));
        assertScreenshotShowsSomething(png);
    }

    private static void assertScreenshotShowsSomething(File png) {
        assertTrue(png.isFile() && png.length() > 5_000, "screenshot written: " + png);
        ImageData data = new ImageData(png.getAbsolutePath());
        assertEquals(1280, data.width);
        int first = data.getPixel(0, 0);
        boolean varied = false;
        for (int y = 0; y < data.height && !varied; y += 7) {
            for (int x = 0; x < data.width && !varied; x += 7) {
                varied = data.getPixel(x, y) != first;
            }
        }
        assertTrue(varied, "the screenshot is not a blank image");
    }

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        assertNotNull(window, "a workbench window is open");
        return window;
    }

    private static IWorkbenchPage activePage() {
        return window().getActivePage();
    }
}
