package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.viewpoint.representation.RepresentationPackage;
import org.journeystudio.viewpoint.session.RepresentationFiles;

/**
 * Reads the inputs of {@code diff}, {@code merge} and {@code show}: a map ({@code .journey}) or
 * the view states beside it ({@code .journeyrep}). Git hands a merge driver or a textconv
 * temporary files without their extension, so a file not named {@code .journeyrep} is taken for
 * one when its root element says so. Each file goes into a resource set of its own that reaches
 * no other document: a representation file's references to its map stay unresolved.
 */
final class CompareInputs {

    /** How much of a file is looked at to tell a representation file from a map. */
    private static final int SNIFFED_BYTES = 4096;

    private CompareInputs() {
    }

    /** Whether the file holds view states rather than a map. */
    static boolean isRepresentationFile(Path file) throws JourneyLoadException {
        if (file.getFileName() != null && file.getFileName().toString().endsWith("." + RepresentationFiles.FILE_EXTENSION)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFFED_BYTES), StandardCharsets.UTF_8);
            return head.contains(RepresentationPackage.eNS_URI) && head.contains("RepresentationFile");
        } catch (IOException e) {
            throw new JourneyLoadException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Loads a map or a representation file, as {@code representations} says. */
    static Resource load(Path file, boolean representations) throws JourneyLoadException {
        if (!representations) {
            return JourneyPersistence.load(file);
        }
        if (!Files.exists(file)) {
            throw new JourneyLoadException(EchoedText.escape(file.toString()), 0, 0, "cannot read: no such file", null);
        }
        ResourceSet set = JourneyPersistence.newResourceSet();
        return RepresentationFiles.load(set, file);
    }

    /** An empty resource of the right kind for a result to be written to (or beside) {@code file}. */
    static Resource empty(Path file, boolean representations) {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        ResourceSet set = JourneyPersistence.newResourceSet();
        JourneyPersistence.allowDocument(set, file);
        if (!representations) {
            return set.createResource(uri);
        }
        Resource resource = new XMIResourceImpl(uri);
        set.getResources().add(resource);
        return resource;
    }
}
