package org.journeystudio.viewpoint.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.journeystudio.model.persistence.AtomicFiles;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.LoadErrors;
import org.journeystudio.model.persistence.XmlSecurity;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.RepresentationFile;
import org.journeystudio.viewpoint.representation.RepresentationPackage;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.ViewStates;

/**
 * Reads and writes {@code .journeyrep} files, which sit beside their {@code .journey} file and
 * reference its elements by xmi:id. Loading is as secure as for journey files; saving is
 * deterministic and atomic, and first drops what refers to elements that no longer exist.
 */
public final class RepresentationFiles {

    /** File extension of representation files. */
    public static final String FILE_EXTENSION = "journeyrep";

    private RepresentationFiles() {
    }

    /** The representation file that belongs to a journey file: same folder, same base name. */
    public static Path beside(Path journeyFile) {
        String name = journeyFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return journeyFile.resolveSibling(base + "." + FILE_EXTENSION);
    }

    /** Loads the file into the set (where its journey model should already be), or starts an empty one. */
    public static Resource load(ResourceSet set, Path file) throws JourneyLoadException {
        RepresentationPackage.eINSTANCE.eClass();
        if (!Files.exists(file)) {
            return empty(set, file);
        }
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        set.getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw LoadErrors.translate(file.toString(), file, e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof RepresentationFile)) {
            set.getResources().remove(resource);
            throw new JourneyLoadException(file.toString(), 0, 0,
                    "not a representation file: the root must be a single rep:RepresentationFile", null);
        }
        return resource;
    }

    /** A representation file with no representation yet, in memory only, for the given place. */
    public static Resource empty(ResourceSet set, Path file) {
        RepresentationPackage.eINSTANCE.eClass();
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        set.getResources().add(resource);
        resource.getContents().add(RepresentationFactory.eINSTANCE.createRepresentationFile());
        return resource;
    }

    /** The root of a loaded representation resource. */
    public static RepresentationFile rootOf(Resource resource) {
        return (RepresentationFile) resource.getContents().get(0);
    }

    /** Saves atomically, after dropping the stored states of elements that are gone. */
    public static void save(Resource resource) throws IOException {
        prune(rootOf(resource));
        Path target = Path.of(resource.getURI().toFileString());
        AtomicFiles.write(target, out -> resource.save(out, JourneyPersistence.saveOptions()));
    }

    /** Drops representations whose element is gone, and user states of views whose element is gone. */
    public static int prune(RepresentationFile file) {
        int removed = 0;
        var representations = file.getRepresentations().iterator();
        while (representations.hasNext()) {
            Representation representation = representations.next();
            if (representation.getTarget() == null || representation.getTarget().eIsProxy()) {
                representations.remove();
                removed++;
            } else if (representation instanceof Diagram diagram) {
                removed += ViewStates.prune(diagram);
            } else if (representation instanceof Table table) {
                removed += pruneColumns(table);
            }
        }
        return removed;
    }

    private static int pruneColumns(Table table) {
        int before = table.getColumnStates().size();
        table.getColumnStates().removeIf(state -> state.getSemantic() != null
                && (state.getSemantic().eIsProxy() || state.getSemantic().eResource() == null));
        return before - table.getColumnStates().size();
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, XmlSecurity.PARSER_FEATURES);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }
}
