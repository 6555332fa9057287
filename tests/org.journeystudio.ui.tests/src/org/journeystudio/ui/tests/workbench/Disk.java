package org.journeystudio.ui.tests.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.journeystudio.model.templates.JourneyTemplates;

/** What other programs do to the files of a map (sed, git checkout, journey new --force), and F5 in the Project Explorer. */
final class Disk {

    private Disk() {
    }

    static Path path(IFile file) {
        return file.getLocation().toFile().toPath();
    }

    /** Replaces text in a file in place, as {@code sed -i} does, with a later time stamp. */
    static void sed(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError("no '" + from + "' in " + file);
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
            later(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a map with a new one from a template, as {@code journey new FILE --template T --force} does. */
    static void replaceWithTemplate(Path file, String template) {
        try {
            Path fresh = file.resolveSibling("fresh-" + file.getFileName());
            JourneyTemplates.instantiate(template, fresh);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
            later(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A time stamp a second later than the last one, as a change made a moment later has. */
    private static void later(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 1000));
    }

    /** Selects a resource in the Project Explorer and presses F5 there (File > Refresh). On the UI thread. */
    static void refreshInProjectExplorer(IResource resource) {
        try {
            CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
            explorer.selectReveal(new StructuredSelection(resource));
            Workbench.page().activate(explorer);
            Workbench.execute("org.eclipse.ui.file.refresh");
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }
}
