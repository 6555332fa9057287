package org.journeystudio.model.tests.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.compare.SnapshotBuilder;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;

/** Versions of one map as the compare tests need them: saved bytes loaded into resources of their own. */
final class Versions {

    private Versions() {
    }

    /** The sample map, saved and loaded back (so it has its ids). */
    static JourneyResource sample() {
        return load(bytes(ModelBuilder.inResource(new SampleMap().model, Path.of("sample.journey"))));
    }

    static byte[] bytes(Resource resource) {
        try {
            return JourneyPersistence.toBytes(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh resource loaded from bytes. */
    static JourneyResource load(byte[] bytes) {
        JourneyResource resource = (JourneyResource) JourneyPersistence.newResourceSet()
                .createResource(URI.createFileURI(Path.of("version.journey").toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), JourneyPersistence.loadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** A copy of a resource, independent of it. */
    static JourneyResource copy(Resource resource) {
        return load(bytes(resource));
    }

    /** A new resource holding what a snapshot describes. */
    static JourneyResource built(ModelSnapshot snapshot) {
        JourneyResource resource = (JourneyResource) JourneyPersistence.newResourceSet()
                .createResource(URI.createFileURI(Path.of("built.journey").toAbsolutePath().toString()));
        List<SnapshotBuilder.Dropped> dropped = SnapshotBuilder.build(snapshot, resource);
        if (!dropped.isEmpty()) {
            throw new AssertionError("references dropped: " + dropped);
        }
        return resource;
    }

    /** The first named element of the given name. */
    @SuppressWarnings("unchecked")
    static <T extends NamedElement> T named(Resource resource, Class<T> type, String name) {
        for (var all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (type.isInstance(element) && name.equals(((NamedElement) element).getName())) {
                return (T) element;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " '" + name + "'");
    }
}
