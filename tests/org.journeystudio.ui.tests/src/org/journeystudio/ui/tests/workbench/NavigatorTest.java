package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.navigator.RepresentationEntry;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** The Project Explorer lists a map's representations under it and opens the map on the one chosen. */
class NavigatorTest {

    @Test
    void projectExplorerShowsRepresentationsOfASavedMapAndOpensThePageOfOne() {
        IFile file = UiThread.call(() -> Workbench.newMap("Navigator", "ecommerce-purchase"));
        UiThread.run(() -> {
            Workbench.sizeWindow();
            JourneyEditor editor = Workbench.open(file);
            Editors.renameInProperties(editor, editor.context().session().model(), "Saved once");
            Workbench.execute("org.eclipse.ui.file.save"); // the first save writes the default representations
            Workbench.page().closeEditor(editor, false);
        });
        CommonViewer viewer = UiThread.call(NavigatorTest::projectExplorer);
        Widgets.waitFor("the representations under the map", () -> children(viewer, file).size() == 7);
        List<String> names = UiThread.call(() -> children(viewer, file).stream().map(RepresentationEntry::name).toList());
        assertEquals(List.of("Journey Map", "Journey Flow", "Service Blueprint", "Pain Points", "Touchpoint × Channel",
                "Opportunities", "Persona"), names);

        UiThread.run(() -> {
            RepresentationEntry painPoints = children(viewer, file).get(3);
            viewer.expandToLevel(file, 1);
            viewer.setSelection(new StructuredSelection(painPoints), true);
            Tree tree = viewer.getTree();
            TreeItem row = tree.getSelection()[0];
            List<String> shown = List.of(row.getParentItem().getItems()).stream().map(TreeItem::getText).toList();
            assertEquals(List.of("Journey Map", "Journey Flow", "Service Blueprint", "Pain Points", "Touchpoint × Channel",
                    "Opportunities", "Persona"), shown, "the explorer lists them in the editor's page order");
            Widgets.send(tree, SWT.DefaultSelection, row); // a double-click opens it
        });
        Widgets.waitFor("the map open in the journey editor", () -> Workbench.page().getActiveEditor() instanceof JourneyEditor);
        UiThread.settle(300);
        UiThread.run(() -> {
            CTabFolder tabs = Widgets.find(Workbench.window().getShell(), CTabFolder.class,
                    folder -> folder.isVisible() && folder.getItemCount() == 7, "the editor's page tabs");
            assertEquals("Pain Points", tabs.getSelection().getText(), "the editor shows the chosen representation");
            Workbench.screenshot("navigator-representations");
            Workbench.page().closeAllEditors(false);
        });
    }

    private static List<RepresentationEntry> children(CommonViewer viewer, IFile file) {
        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        return List.of(content.getChildren(file)).stream().filter(RepresentationEntry.class::isInstance)
                .map(RepresentationEntry.class::cast).toList();
    }

    private static CommonViewer projectExplorer() {
        try {
            CommonNavigator navigator = assertInstanceOf(CommonNavigator.class,
                    Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER));
            navigator.getCommonViewer().expandToLevel(3);
            return navigator.getCommonViewer();
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }
}
