package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.session.Session;
import org.junit.jupiter.api.Test;

/** The Outline of a map and the page of a representation that no installed editor handles. */
class OutlineAndPagesTest {

    @Test
    void selectingInTheOutlineRevealsTheElementInTheEditor() {
        IFile file = UiThread.call(() -> Workbench.newMap("Outline", "support-call"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        Stage stage = UiThread.call(() -> editor.context().session().model().getJourneys().get(0).getStages().get(1));
        Tree outline = UiThread.call(OutlineAndPagesTest::outlineTree);
        UiThread.run(() -> {
            TreeItem row = find(outline.getItems(), stage);
            outline.setSelection(row);
            Widgets.send(outline, SWT.Selection, row); // a click on the stage in the Outline
        });
        Widgets.waitFor("the stage selected in the editor", () -> Workbench.selection(editor).equals(List.of(stage)));
        UiThread.settle(300);
        UiThread.run(() -> {
            Workbench.screenshot("outline-reveals-stage");
            Workbench.page().closeEditor(editor, false);
        });
    }

    @Test
    void aRepresentationNoEditorHandlesGetsAPageThatSaysSo() throws JourneyLoadException, IOException, CoreException {
        IFile file = UiThread.call(() -> Workbench.newMap("Unhandled", "blank"));
        Path map = Path.of(file.getLocationURI());
        Session session = Session.open(map, JourneyViewpoint.spec());
        Table storyboard = RepresentationFactory.eINSTANCE.createTable();
        storyboard.setName("Storyboard");
        storyboard.setViewpoint("journey");
        storyboard.setDescription("storyboard");
        storyboard.setTarget(session.model());
        session.representationFile().getRepresentations().add(storyboard);
        session.save();
        session.close();

        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            CTabFolder tabs = Widgets.find(Workbench.window().getShell(), CTabFolder.class,
                    folder -> folder.getItemCount() > 0 && "Storyboard".equals(folder.getItem(0).getText()),
                    "the editor's Storyboard page");
            assertEquals(1, tabs.getItemCount(), "the stored representation is the only page");
            Label message = Widgets.find(Workbench.window().getShell(), Label.class,
                    label -> label.isVisible() && label.getText().startsWith("No editor for"), "the page's message");
            assertTrue(message.getText().contains("'storyboard' (not in the journey viewpoint)"), message.getText());
            Workbench.screenshot("editor-unhandled-representation");
            Workbench.page().closeEditor(editor, false);
        });
    }

    /**
     * The Outline follows what is done in the editor, row by row: a step renamed on the canvas (F2, the
     * name typed, Enter) shows its new name, Ctrl+Z brings the old one back, and a step deleted with
     * the Delete key leaves the tree.
     */
    @Test
    void theOutlineFollowsRenamesUndoAndDeletesOnTheCanvas() {
        IFile file = UiThread.call(() -> Workbench.newMap("OutlineFollows", "support-call"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(400);
        Stage stage = UiThread.call(() -> editor.context().session().model().getJourneys().get(0).getStages().get(1));
        Step step = UiThread.call(() -> stage.getSteps().get(0));
        String name = UiThread.call(step::getName);
        Tree outline = UiThread.call(OutlineAndPagesTest::outlineTree);
        UiThread.run(() -> find(outline.getItems(), stage).setExpanded(true));
        DiagramPage page = UiThread.call(() -> assertInstanceOf(DiagramPage.class, editor.activeRepresentationPage()));
        UiThread.run(() -> {
            Workbench.page().activate(editor); // the Outline was shown last; a person clicks into the editor
            DiagramCanvas canvas = page.canvas();
            Node view = canvas.picture().viewOf(step);
            canvas.reveal(view);
            canvas.control().setFocus();
            Event f2 = new Event();
            f2.keyCode = SWT.F2;
            canvas.control().notifyListeners(SWT.KeyDown, f2);
            canvas.control().notifyListeners(SWT.KeyUp, f2);
        });
        UiThread.run(() -> page.directEditField().selectAll());
        for (char c : "Calls again".toCharArray()) {
            Keys.press(c, 0);
        }
        Keys.press(SWT.CR, 0);
        Widgets.waitFor("the Outline shows the new name", () -> rowText(outline, step).contains("Calls again"));
        Keys.press('z', SWT.CTRL);
        Widgets.waitFor("the Outline shows the old name again", () -> rowText(outline, step).contains(name));
        Keys.press(SWT.DEL, 0);
        Widgets.waitFor("the deleted step leaves the Outline", () -> find(outline.getItems(), step) == null
                && find(outline.getItems(), stage) != null);
        UiThread.run(() -> {
            Workbench.screenshot("outline-follows-edits");
            Workbench.page().closeEditor(editor, false);
        });
    }

    private static String rowText(Tree outline, Object element) {
        TreeItem row = find(outline.getItems(), element);
        return row == null ? "" : row.getText();
    }

    private static Tree outlineTree() {
        try {
            IViewPart view = Workbench.page().showView(IPageLayout.ID_OUTLINE);
            ContentOutline outline = assertInstanceOf(ContentOutline.class, view);
            return (Tree) outline.getCurrentPage().getControl();
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }

    private static TreeItem find(TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (item.getData() == element) {
                return item;
            }
            TreeItem inside = find(item.getItems(), element);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
