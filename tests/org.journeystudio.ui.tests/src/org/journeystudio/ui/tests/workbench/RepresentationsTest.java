package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New Representation on a journey or a persona (model tree and Project Explorer), rename and delete from the tab. */
class RepresentationsTest {

    @AfterEach
    void close() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    @Test
    void newRepresentationFromTheTreeOpensATabThatCanBeRenamedAndDeleted() throws IOException {
        IFile file = UiThread.call(() -> Workbench.newMap("Representations", "blank"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        JourneyModel model = UiThread.call(() -> editor.context().session().model());
        CTabFolder tabs = UiThread.call(() -> tabsOf(editor));
        int before = UiThread.call(tabs::getItemCount);
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, model.getPersonas().get(0));
        assertEquals(List.of("Persona"), List.of(TreeDriver.labels(tree, "New Representation")),
                "a persona fits the Persona description only");
        TreeDriver.choose(tree, "New Representation", "Persona");
        assertEquals(before + 1, UiThread.call(tabs::getItemCount), "a new tab at once");
        assertEquals("Persona – Customer", UiThread.call(() -> tabs.getSelection().getText()),
                "shown, named apart from the map's default Persona page");
        assertTrue(UiThread.call(editor::isDirty), "stored with the next save");
        UiThread.run(() -> Workbench.screenshot("representation-new-persona-card"));

        TreeDriver.select(tree, model.getJourneys().get(0));
        assertEquals(List.of("Journey Map", "Service Blueprint", "Journey Flow", "Touchpoint × Channel", "Pain Points"),
                List.of(TreeDriver.labels(tree, "New Representation")));
        TreeDriver.choose(tree, "New Representation", "Journey Flow");
        assertEquals("Journey Flow – New journey", UiThread.call(() -> tabs.getSelection().getText()),
                "named apart from the journey's first Journey Flow");

        Dialogs.answer(() -> tabMenu(tabs, "Rename Representation…"), "Rename Representation",
                dialog -> Widgets.find(dialog, Text.class, text -> true, "the name").setText("Flow, second look"), "OK");
        assertEquals("Flow, second look", UiThread.call(() -> tabs.getSelection().getText()));
        UiThread.run(() -> {
            Workbench.page().activate(editor);
            Workbench.execute("org.eclipse.ui.file.save");
        });
        Path representations = Path.of(file.getLocationURI()).resolveSibling("blank.journeyrep");
        assertTrue(Files.readString(representations).contains("Flow, second look"), "saved in the .journeyrep");

        int count = UiThread.call(tabs::getItemCount);
        Dialogs.answer(() -> tabMenu(tabs, "Delete Representation"), "Delete Representation", dialog -> { }, "OK");
        assertEquals(count - 1, UiThread.call(tabs::getItemCount), "its tab is closed");
        assertFalse(UiThread.call(() -> Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList())
                .contains("Flow, second look"));
        UiThread.run(() -> Workbench.screenshot("representation-deleted"));
    }

    @Test
    void newRepresentationFromTheProjectExplorerOpensTheMapOnTheNewTab() {
        IFile file = UiThread.call(() -> Workbench.newMap("ExplorerRepresentations", "support-call"));
        CommonViewer viewer = UiThread.call(() -> {
            Workbench.sizeWindow();
            try {
                CommonNavigator navigator = assertInstanceOf(CommonNavigator.class,
                        Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER));
                navigator.getCommonViewer().expandToLevel(3);
                navigator.getCommonViewer().setSelection(new StructuredSelection(file), true);
                return navigator.getCommonViewer();
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        String name = UiThread.call(() -> personaName(file));
        String persona = "Persona '" + name + "'";
        UiThread.run(() -> {
            Menu menu = viewer.getTree().getMenu();
            menu.notifyListeners(SWT.Show, new Event()); // the right click on the map
            Menu submenu = item(menu, "New Representation").getMenu();
            submenu.notifyListeners(SWT.Show, new Event());
            Menu choices = item(submenu, persona).getMenu();
            choices.notifyListeners(SWT.Show, new Event());
            MenuItem card = item(choices, "Persona");
            menu.setVisible(false);
            card.notifyListeners(SWT.Selection, new Event());
        });
        Widgets.waitFor("the map open in the journey editor", () -> Workbench.page().getActiveEditor() instanceof JourneyEditor);
        UiThread.settle(300);
        JourneyEditor editor = (JourneyEditor) UiThread.call(() -> Workbench.page().getActiveEditor());
        assertEquals("Persona – " + name, UiThread.call(() -> tabsOf(editor).getSelection().getText()),
                "on the new tab, named apart from the default Persona page");
        UiThread.run(() -> Workbench.screenshot("representation-from-project-explorer"));
    }

    private static String personaName(IFile file) {
        try {
            return org.journeystudio.model.persistence.JourneyPersistence.modelOf(
                    org.journeystudio.model.persistence.JourneyPersistence.load(Path.of(file.getLocationURI())))
                    .getPersonas().get(0).getName();
        } catch (org.journeystudio.model.persistence.JourneyLoadException e) {
            throw new AssertionError(e);
        }
    }

    private static CTabFolder tabsOf(JourneyEditor editor) {
        return Widgets.find(Workbench.window().getShell(), CTabFolder.class,
                folder -> folder.isVisible() && folder.getItemCount() > 0 && folder.getItem(0).getText().equals("Journey Map"),
                "the editor's tabs");
    }

    /** A right click on the tabs and an entry of their menu (which opens a dialog: call through Dialogs). */
    private static void tabMenu(CTabFolder tabs, String label) {
        Menu menu = tabs.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem entry = item(menu, label);
        menu.setVisible(false);
        entry.notifyListeners(SWT.Selection, new Event());
    }

    private static MenuItem item(Menu menu, String label) {
        return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu entry " + label + " among "
                        + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
    }
}
