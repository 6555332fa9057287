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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
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
