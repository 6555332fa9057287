package org.journeystudio.benchmarks;

import java.io.IOException;
import java.util.List;

import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * All validation rules over a loaded map. Its baseline is {@link LoadBenchmark#emfLoad} at
 * the same size in the same run (target: validation at most 1x load at 100k elements).
 */
public class ValidateBenchmark extends MapBenchmark {

    private JourneyResource resource;

    @Override
    protected void prepare() throws IOException {
        resource = JourneyPersistence.load(file);
        JourneyValidation.register();
    }

    @Benchmark
    public List<JourneyDiagnostic> validate() {
        return JourneyValidation.validate(resource);
    }
}
