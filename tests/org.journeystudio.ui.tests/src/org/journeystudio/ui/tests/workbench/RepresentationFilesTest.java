package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Label;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.session.RepresentationFiles;
import org.journeystudio.viewpoint.session.Session;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, scenarios 2 and 5: a {@code .journeyrep} that does not fit its map never stops the map from
 * opening, opening writes nothing, and one page that fails leaves the others working.
 */
class RepresentationFilesTest {

    private static final List<String> DEFAULT_PAGES = List.of("Journey Map", "Journey Flow", "Service Blueprint",
            "Pain Points", "Touchpoint × Channel", "Opportunities", "Persona");

    @Test
    void aMapReplacedOnDiskOpensWithDefaultPagesInsteadOfFailing() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("Replaced", "invoice-payment"));
        JourneyEditor first = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            Editors.renameInProperties(first, Editors.stage(first, "Pay"), "Pay the invoice");
            Workbench.execute("org.eclipse.ui.file.save");
            Workbench.page().closeEditor(first, false);
        });
        Path map = Disk.path(file);
        assertTrue(Files.exists(RepresentationFiles.beside(map)), "the save wrote the representations");

        Disk.replaceWithTemplate(map, "support-call"); // journey new X.journey --template support-call --force
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        JourneyEditor editor = UiThread.call(() -> Workbench.open(file));
        UiThread.settle(500);
        UiThread.run(() -> {
            assertEquals(DEFAULT_PAGES, Editors.tabNames(editor), "the other map's representations are dropped");
            assertTrue(Editors.stage(editor, "Call support") != null, "the editor shows the new map");
            assertFalse(editor.isDirty());
            Workbench.screenshot("representations-2-replaced-map-opens");
            Workbench.page().closeEditor(editor, false);
        });
    }

    @Test
    void openingAMapWritesNothingTheFirstSaveWritesItsRepresentations() {
        IFile file = UiThread.call(() -> Workbench.newMap("NoWrite", "support-call"));
        Path representations = RepresentationFiles.beside(Disk.path(file));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(500);
        UiThread.run(() -> {
            assertEquals(DEFAULT_PAGES, Editors.tabNames(editor), "the default representations are made in memory");
            assertFalse(Files.exists(representations), "opening writes no .journeyrep");
            assertFalse(editor.isDirty(), "and leaves the editor clean");
            Disk.refreshInProjectExplorer(file.getProject());
            Workbench.screenshot("representations-5-nothing-written-on-open");
            Editors.renameInProperties(editor, Editors.stage(editor, "Seek help"), "Look for help");
            Workbench.execute("org.eclipse.ui.file.save");
            assertTrue(Files.exists(representations), "the save writes it");
            Workbench.page().closeEditor(editor, false);
        });
    }

    @Test
    void anUnreadableRepresentationsFileIsKeptAsideAndSaidSo() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("Unreadable", "support-call"));
        Path representations = RepresentationFiles.beside(Disk.path(file));
        Files.writeString(representations, "<?xml version=\"1.0\"?>\n<rep:RepresentationFile xmlns:rep=\"urn:other"
                + "-version\"><broken\n");
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(500);
        UiThread.run(() -> {
            assertEquals(DEFAULT_PAGES, Editors.tabNames(editor));
            Label message = Widgets.find(Workbench.window().getShell(), Label.class,
                    label -> label.isVisible() && label.getText().startsWith("The representations file"), "the banner");
            assertTrue(message.getText().contains("it is kept as support-call.journeyrep.bak"), message.getText());
            Workbench.screenshot("representations-unreadable-kept-aside");
            Workbench.page().closeEditor(editor, false);
        });
        assertTrue(Files.readString(representations.resolveSibling("support-call.journeyrep.bak")).contains("<broken"));
    }

    @Test
    void aPageThatFailsShowsAMessageAndTheOtherPagesWork() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("Failing", "support-call"));
        Session session = Session.open(Disk.path(file), JourneyViewpoint.spec());
        Table broken = RepresentationFactory.eINSTANCE.createTable(); // a table that says it is a diagram
        broken.setName("Broken");
        broken.setViewpoint("journey");
        broken.setDescription("journeyMap");
        broken.setTarget(session.model().getJourneys().get(0));
        session.representationFile().getRepresentations().add(broken);
        session.createDiagram("journeyFlow", session.model().getJourneys().get(0), "Journey Flow");
        session.save();
        session.close();
        file.getParent().refreshLocal(IResource.DEPTH_ONE, null);

        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            JourneyEditor opened = Workbench.open(file);
            opened.showPage("Broken");
            return opened;
        });
        UiThread.settle(500);
        UiThread.run(() -> {
            Label message = Widgets.find(Workbench.window().getShell(), Label.class,
                    label -> label.isVisible() && label.getText().startsWith("The page 'Broken' could not be shown"),
                    "the failed page's message");
            assertTrue(message.getText().contains("ClassCastException"), message.getText());
            assertTrue(message.getText().contains("Error Log"), message.getText());
            Workbench.screenshot("page-failure-contained");
            editor.showPage("Journey Flow");
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            assertEquals("Journey Flow", Editors.activeTab(editor));
            Editors.activeCanvas(editor); // the other page draws its diagram
            Workbench.page().closeEditor(editor, false);
        });
    }
}
