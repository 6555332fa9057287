package org.journeystudio.ui.internal.speceditor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.persistence.AtomicFiles;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.LoadErrors;
import org.journeystudio.model.persistence.XmlSecurity;
import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.spec.SpecResource;

/**
 * Reads a {@code .viewpoint} file for editing, as securely as the SpecLoader does (no DTD, no external
 * entity), remembering each element's line; writes it back atomically.
 */
final class SpecFiles {

    private SpecFiles() {
    }

    static SpecResource load(Path file) throws JourneyLoadException {
        ViewpointPackage.eINSTANCE.eClass();
        ResourceSet set = new ResourceSetImpl();
        SpecResource resource = new SpecResource(URI.createFileURI(file.toAbsolutePath().toString()));
        set.getResources().add(resource);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, XmlSecurity.PARSER_FEATURES);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, options);
        } catch (IOException | RuntimeException e) {
            throw LoadErrors.translate(file.toString(), file, e);
        }
        return resource;
    }

    static void save(SpecResource resource) throws IOException {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        AtomicFiles.write(Path.of(resource.getURI().toFileString()), out -> resource.save(out, options));
    }
}
