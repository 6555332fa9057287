package org.journeystudio.viewpoint.tests.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

/** The files under examples/ of the repository, found from the test's working directory up. */
final class Examples {

    static final String MATRIX = "opportunity-matrix.viewpoint";
    static final String MAP = "invoice-payment.journey";

    private Examples() {
    }

    static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path example = dir.resolve("examples").resolve(name);
            if (Files.isRegularFile(example)) {
                return example;
            }
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    static String text(String name) throws IOException {
        return Files.readString(file(name));
    }

    static JourneyResource map() throws JourneyLoadException {
        return JourneyPersistence.load(file(MAP));
    }

    static JourneyModel model(JourneyResource resource) {
        return (JourneyModel) resource.getContents().get(0);
    }
}
