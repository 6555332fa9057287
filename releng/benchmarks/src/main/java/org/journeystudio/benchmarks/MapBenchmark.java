package org.journeystudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every benchmark starts from: a generated map of {@link #elements} elements, saved once
 * per trial to a file in a fresh temporary directory. Each benchmark class measures an
 * operation of the model bundle together with its baseline, so that both run on the same
 * machine in the same session and their ratio means something (DESIGN.md §8).
 *
 * <p>The settings are sized for a small shared machine: one fork per benchmark, a few
 * one-second warmups and two-second measurements, so the whole suite ends in minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public abstract class MapBenchmark {

    /** The seed of every generated map: the same files in every run. */
    static final long SEED = LargeMapGenerator.DEFAULT_SEED;

    /** How many elements (EObjects, the root included) the generated map has. */
    @Param({"1000", "10000", "100000"})
    public int elements;

    /** The directory of this trial's files. */
    protected Path dir;

    /** The generated map as saved by {@link JourneyPersistence}. */
    protected Path file;

    /** The bytes of {@link #file}. */
    protected byte[] bytes;

    @Setup(Level.Trial)
    public void writeMap() throws Exception {
        JourneyModel model = LargeMapGenerator.generate(elements, SEED);
        bytes = JourneyPersistence.toBytes(model.eResource());
        dir = Files.createTempDirectory("journey-bench-");
        file = dir.resolve("map-" + elements + "." + JourneyPersistence.FILE_EXTENSION);
        Files.write(file, bytes);
        prepare();
    }

    /** What a benchmark class needs besides the file, made once per trial after it is written. */
    protected void prepare() throws Exception {
        // Nothing by default.
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
