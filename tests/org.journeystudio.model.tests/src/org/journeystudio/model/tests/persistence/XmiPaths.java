package org.journeystudio.model.tests.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

/**
 * The two ways a journey resource reads and writes XMI, side by side: the specialised reader
 * and writer that {@link JourneyPersistence} uses, and EMF's generic XMI implementation
 * ({@link JourneyResource#OPTION_GENERIC_XMI}), which they must match exactly. Resources made
 * here count how often EMF's generic loader and serializer were asked for, so that a test can
 * tell which path a load or save really took.
 */
final class XmiPaths {

    private XmiPaths() {
    }

    /** A journey resource that counts the generic loads and saves it makes. */
    static final class CountingResource extends JourneyResource {

        int genericLoads;
        int genericSaves;

        CountingResource(URI uri) {
            super(uri);
        }

        @Override
        protected XMLLoad createXMLLoad() {
            genericLoads++;
            return super.createXMLLoad();
        }

        @Override
        protected XMLSave createXMLSave(Map<?, ?> options) {
            genericSaves++;
            return super.createXMLSave(options);
        }
    }

    /** A resource set like {@link JourneyPersistence#newResourceSet()}'s whose journey resources count; generic on request. */
    static ResourceSet resourceSet(boolean generic) {
        ResourceSet set = JourneyPersistence.newResourceSet();
        Resource.Factory factory = CountingResource::new;
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(JourneyPersistence.FILE_EXTENSION, factory);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", factory);
        if (generic) {
            set.getLoadOptions().put(JourneyResource.OPTION_GENERIC_XMI, Boolean.TRUE);
        }
        return set;
    }

    /** Loads the file through JourneyPersistence, with the specialised reader or EMF's. */
    static CountingResource load(Path file, boolean generic) throws IOException {
        return (CountingResource) JourneyPersistence.load(resourceSet(generic), file);
    }

    /** The bytes the specialised writer gives, asserting nothing about the path. */
    static byte[] save(Resource resource, boolean generic) throws IOException {
        Map<Object, Object> options = JourneyPersistence.saveOptions();
        if (generic) {
            options.put(JourneyResource.OPTION_GENERIC_XMI, Boolean.TRUE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, options);
        return out.toByteArray();
    }

    /** A new, empty counting resource for the file in a resource set of its own. */
    static CountingResource create(Path file) {
        return (CountingResource) resourceSet(false).createResource(URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /** The example map the README uses, found from the test's working directory up. */
    static Path exampleMap() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path example = dir.resolve("examples").resolve("invoice-payment.journey");
            if (Files.isRegularFile(example)) {
                return example;
            }
        }
        throw new IllegalStateException("examples/invoice-payment.journey not found above " + Path.of("").toAbsolutePath());
    }
}
