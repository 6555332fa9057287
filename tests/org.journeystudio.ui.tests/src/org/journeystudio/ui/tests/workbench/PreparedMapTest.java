package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.journeystudio.ui.internal.editor.EditorWarmUp;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A map opened in the background for its editor (the example of the first start): an editor
 * asked for while the preparation is under way waits for it instead of doing the work again, and
 * one whose preparation never comes opens the map itself after its bounded wait.
 */
class PreparedMapTest {

    private static final long PREPARATION_DELAY_MS = 600;
    /** PreparedSession.WAIT_MS, the longest an editor waits for its map's preparation. */
    private static final long LONGEST_WAIT_MS = 3000;

    @AfterEach
    void closeEditors() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    @Test
    void anEditorAskedForWhileItsMapIsPreparedWaitsForThePreparationAndShowsTheMap() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("PreparedWhileOpening", "invoice-payment"));
        Path path = file.getLocation().toPath();
        EditorWarmUp.expect(path);
        Thread preparation = new Thread(() -> {
            try {
                Thread.sleep(PREPARATION_DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            EditorWarmUp.prepareNow(path);
        }, "test: preparing the map late");
        preparation.start();
        long start = System.nanoTime();
        JourneyEditor editor = UiThread.call(() -> Workbench.open(file));
        long openedMs = (System.nanoTime() - start) / 1_000_000;
        preparation.join();
        assertTrue(openedMs >= PREPARATION_DELAY_MS, "the editor waited for the preparation under way (opened after "
                + openedMs + " ms, the preparation began after " + PREPARATION_DELAY_MS + " ms)");
        UiThread.settle(300);
        UiThread.run(() -> {
            assertEquals(path, editor.context().session().file(), "the editor shows the prepared map");
            assertNotNull(Editors.activeCanvas(editor), "its first tab shows the diagram");
            Workbench.screenshot("prepared-map-opened");
        });
    }

    @Test
    void anEditorWhoseMapPreparationNeverComesOpensTheMapItselfAfterItsWait() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("PreparedNever", "invoice-payment"));
        Path path = file.getLocation().toPath();
        EditorWarmUp.expect(path);
        long start = System.nanoTime();
        JourneyEditor editor = UiThread.call(() -> Workbench.open(file));
        long openedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(openedMs >= LONGEST_WAIT_MS, "the editor waited for the preparation it was told of (opened after "
                + openedMs + " ms)");
        EditorWarmUp.prepareNow(path); // too late: closed, not kept for a later editor
        UiThread.settle(300);
        UiThread.run(() -> {
            assertEquals(path, editor.context().session().file(), "the editor opened the map itself");
            assertNotNull(Editors.activeCanvas(editor), "its first tab shows the diagram");
        });
    }
}
