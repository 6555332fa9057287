package org.journeystudio.render.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where rendered samples are kept for a person to look at: target/render-samples of this module. */
public final class Samples {

    private Samples() {
    }

    public static Path file(String name) throws IOException {
        Path dir = Path.of(System.getProperty("journey.renderSamples", "target/render-samples"));
        Files.createDirectories(dir);
        return dir.resolve(name);
    }
}
