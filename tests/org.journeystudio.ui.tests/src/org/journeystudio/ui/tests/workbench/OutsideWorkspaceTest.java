package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, scenarios 3 and 4 for a map outside the workspace ({@code journey-studio /tmp/x.journey}):
 * it has no Problems-view markers, so the editor lists its problems itself, from the moment it is
 * opened and after every save; a change on disk is found when the editor is activated.
 */
class OutsideWorkspaceTest {

    private static final String STEP = "Compare the amount with last quarter";

    @Test
    void problemsOfAMapOutsideTheWorkspaceShowInTheEditorOnOpenAndAfterASave() throws Exception {
        Path map = Files.createTempDirectory("journey-outside").resolve("outside.journey");
        JourneyTemplates.instantiate("invoice-payment", map);
        Disk.sed(map, "name=\"Reminder\"", "name=\"\"");
        JourneyEditor editor = open(map);
        Widgets.waitFor("the problems in the banner (the map is validated after its first paint)",
                () -> bannerText().contains("JM001"));
        UiThread.run(() -> {
            String banner = bannerText();
            assertTrue(banner.contains("outside the workspace"), banner);
            assertTrue(banner.contains("JM001"), "the unnamed stage is reported on open: " + banner);
            Workbench.screenshot("outside-4-problems-on-open");
        });

        UiThread.run(() -> {
            Editors.renameInProperties(editor, Editors.stage(editor, ""), "Reminder");
            Editors.renameInProperties(editor, Workbench.step(editor, STEP), " ");
            Workbench.execute("org.eclipse.ui.file.save");
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            String banner = bannerText();
            assertTrue(banner.contains("JM001") && banner.contains("Step"), "the unnamed step saved is listed: " + banner);
            assertFalse(banner.contains("Stage '' "), banner);
            Workbench.screenshot("outside-3-problems-after-save");
            Workbench.page().closeEditor(editor, false);
        });
    }

    @Test
    void aMapOutsideTheWorkspaceChangedOnDiskReloadsWhenItsEditorIsActivated() throws Exception {
        Path map = Files.createTempDirectory("journey-outside").resolve("activated.journey");
        JourneyTemplates.instantiate("invoice-payment", map);
        JourneyEditor editor = open(map);
        UiThread.settle(300);
        Disk.sed(map, "name=\"Reminder\"", "name=\"Reminder (edited in a terminal)\"");
        UiThread.run(() -> {
            try {
                Workbench.page().activate(Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
            Workbench.page().activate(editor); // coming back to the editor
        });
        Widgets.waitFor("the reload on activation", () -> Editors.stage(editor, "Reminder (edited in a terminal)") != null);
        UiThread.settle(300);
        UiThread.run(() -> {
            assertFalse(editor.isDirty());
            Workbench.screenshot("outside-changed-on-disk-reloaded-on-activation");
            Workbench.page().closeEditor(editor, false);
        });
    }

    private static JourneyEditor open(Path map) {
        return UiThread.call(() -> {
            Workbench.sizeWindow();
            try {
                return assertInstanceOf(JourneyEditor.class, IDE.openEditorOnFileStore(Workbench.page(),
                        EFS.getLocalFileSystem().getStore(map.toUri())));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** The lines of the editor's message banner. On the UI thread. */
    private static String bannerText() {
        return Widgets.all(Workbench.window().getShell(), Label.class).stream()
                .filter(label -> label.isVisible() && label.getText().startsWith("This map is outside")
                        || label.isVisible() && label.getText().startsWith("JM"))
                .map(Label::getText).collect(Collectors.joining("\n"));
    }
}
