package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.journeystudio.ui.internal.compare.CompareEditor;
import org.journeystudio.ui.internal.wizards.JourneyProjects;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compare With &gt; Last Commit on a map in a real git repository (made with the git command): the
 * committed side is read-only, a copy left to right takes the committed name back into the file;
 * outside a repository the command says so in one line.
 */
class LastCommitTest {

    @TempDir
    Path temp;

    @Test
    void aMapEditedSinceItsCommitShowsTheEditAndCopiesTheCommittedValueBack() throws Exception {
        Path repository = Files.createDirectories(temp.resolve("team-repo"));
        IFile map = UiThread.call(() -> mapIn("CompareLastCommit", repository));
        git(repository, "init", "-q");
        git(repository, "add", "-A");
        git(repository, "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "A map");
        Disk.sed(Disk.path(map), "name=\"" + CompareMapsTest.RENAMED + "\"", "name=\"" + CompareMapsTest.NEW_NAME + "\"");
        UiThread.run(() -> {
            Workbench.sizeWindow();
            CompareMapsTest.refresh(map);
        });

        Tree explorer = ExplorerDriver.select(map);
        ExplorerDriver.choose(explorer, "Compare With", "Last Commit");
        Widgets.waitFor("the differences editor", () -> Workbench.page().getActiveEditor() instanceof CompareEditor);
        UiThread.settle(300);
        CompareWindow window = UiThread.call(CompareWindow::active);
        UiThread.run(() -> {
            assertTrue(window.columnTitle(1).startsWith("ecommerce-purchase.journey (last commit "), window.columnTitle(1));
            assertEquals(List.of(List.of("name", "'" + CompareMapsTest.RENAMED + "'", "'" + CompareMapsTest.NEW_NAME + "'")),
                    window.rows());
            window.select("name");
            assertFalse(window.enabled("Copy Right to Left"), "the last commit is read-only");
            Workbench.screenshot("compare-last-commit");
            window.press("Copy Left to Right");
            assertEquals(List.of(), window.rows(), "no difference left");
        });
        Keys.press('s', SWT.CTRL);
        Widgets.waitFor("the save", () -> !window.editor().isDirty());
        assertTrue(CompareMapsTest.stepNames(Disk.path(map)).contains(CompareMapsTest.RENAMED), "the committed name is back");
        assertEquals("", git(repository, "status", "--porcelain"), "the file is as committed again, byte for byte");
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
        forget(map);
    }

    @Test
    void aMapOutsideAnyRepositoryGetsOneClearLine() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("no-repo"));
        IFile map = UiThread.call(() -> mapIn("CompareNoRepository", outside));
        Tree explorer = ExplorerDriver.select(map);
        ExplorerDriver.choose(explorer, "Compare With", "Last Commit");
        Shell dialog = Dialogs.waitFor("Compare With Last Commit");
        String message = UiThread.call(() -> {
            Workbench.screenshotOf(dialog, "compare-no-repository");
            return Dialogs.message(dialog);
        });
        assertTrue(message.contains("ecommerce-purchase.journey is not in a git repository."), message);
        assertFalse(message.contains("Exception"), message);
        Dialogs.answer(dialog, "OK");
        forget(map);
    }

    /** Takes the project out of the workspace, leaving its folder (the temporary folder goes after the test). */
    private static void forget(IFile map) {
        UiThread.run(() -> {
            try {
                map.getProject().delete(false, true, null);
            } catch (CoreException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** A project at a folder of the file system, with a map from a template. On the UI thread. */
    private static IFile mapIn(String name, Path folder) {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        try {
            IFile file = JourneyProjects.create(project, folder.toUri()).getFile("ecommerce-purchase.journey");
            JourneyProjects.instantiate("ecommerce-purchase", file);
            return file;
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs git in a folder; its output. */
    private static String git(Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", arguments) + " ended");
        assertEquals(0, process.exitValue(), "git " + String.join(" ", arguments) + ": " + output);
        return output;
    }
}
