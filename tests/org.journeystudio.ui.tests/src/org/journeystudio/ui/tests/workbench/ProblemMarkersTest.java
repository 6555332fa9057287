package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** An invalid edit, saved: a marker in the Problems view, and a double-click on it that selects the element. */
class ProblemMarkersTest {

    private static final String STEP = "Compare the amount with last quarter";

    @Test
    void savingAnInvalidMapShowsAProblemThatLeadsBackToTheElement() throws CoreException {
        IFile file = UiThread.call(() -> Workbench.newMap("Problems", "invoice-payment"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            JourneyEditor opened = Workbench.open(file);
            PropertyEditingTest.showPropertiesView();
            Workbench.page().activate(opened);
            opened.reveal(Workbench.step(opened, STEP));
            return opened;
        });
        UiThread.settle(300);
        Step step = UiThread.call(() -> Workbench.step(editor, STEP));
        UiThread.run(() -> PropertyRows.type("Name", "  "));
        assertEquals("  ", step.getName(), "a blank name is accepted as an edit");
        UiThread.run(() -> Workbench.execute("org.eclipse.ui.file.save"));

        List<IMarker> markers = Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
        IMarker blank = markers.stream().filter(marker -> marker.getAttribute(IMarker.MESSAGE, "").startsWith("JM001 "))
                .findFirst().orElseThrow(() -> new AssertionError("no JM001 marker among " + messages(markers)));
        assertEquals(IMarker.SEVERITY_ERROR, blank.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(Workbench.id(step), blank.getAttribute(ProblemMarkers.ELEMENT_ID, ""));
        assertTrue(blank.getAttribute(IMarker.LOCATION, "").contains("Step"), "the location is the element's path");
        assertTrue(blank.getAttribute(IMarker.LINE_NUMBER, 0) > 0, "the marker has the element's line");
        assertTrue(blank.isSubtypeOf(IMarker.PROBLEM), "a problem marker");

        Tree problems = UiThread.call(ProblemMarkersTest::problemsTree);
        Widgets.waitFor("the JM001 problem in the Problems view", () -> problemRow(problems, file) != null);
        UiThread.run(() -> {
            editor.reveal(step.eContainer());
            Workbench.screenshot("problems-view");
            TreeItem row = problemRow(problems, file);
            problems.setSelection(row);
            Widgets.send(problems, SWT.Selection, row);
            Widgets.send(problems, SWT.DefaultSelection, row); // a double-click opens the marker
        });
        Widgets.waitFor("the step selected in the editor", () -> Workbench.selection(editor).equals(List.of(step)));
        UiThread.run(() -> {
            Workbench.screenshot("problems-marker-opened");
            Workbench.page().closeEditor(editor, false);
        });
    }

    static Tree problemsTree() {
        try {
            IViewPart view = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
            Workbench.page().activate(view);
            return Widgets.find(view.getSite().getShell(), Tree.class,
                    tree -> tree.isVisible() && tree.getColumnCount() > 1 && tree.getColumn(0).getText().contains("Description"),
                    "the Problems view's tree");
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }

    /** The Problems view's row of a JM001 problem of the file, in its severity group; null while it is not shown yet. */
    static TreeItem problemRow(Tree tree, IFile file) {
        return problemRow(tree, file, "JM001");
    }

    /** The Problems view's row of a problem with the given code of the file; null while it is not shown yet. */
    static TreeItem problemRow(Tree tree, IFile file, String code) {
        int resource = column(tree, "Resource");
        int path = column(tree, "Path");
        String folder = file.getParent().getFullPath().toString();
        for (TreeItem group : tree.getItems()) {
            if (!group.getExpanded()) {
                Widgets.send(tree, SWT.Expand, group); // the view fills a group when it is opened
                group.setExpanded(true);
            }
            for (TreeItem row : group.getItems()) {
                if (row.getText(0).startsWith(code + " ") && row.getText(resource).equals(file.getName())
                        && row.getText(path).equals(folder)) {
                    return row;
                }
            }
        }
        return null;
    }

    private static int column(Tree tree, String title) {
        for (int i = 0; i < tree.getColumnCount(); i++) {
            if (tree.getColumn(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("the Problems view has no " + title + " column");
    }

    private static List<String> messages(List<IMarker> markers) {
        return markers.stream().map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
    }
}
