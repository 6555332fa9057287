package org.journeystudio.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.AtomicFiles;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Saving against writing the same bytes (target: save at most 2x the write), paired like
 * with like: {@link JourneyPersistence#save} (atomic: temporary file, fsync, rename) against
 * {@link AtomicFiles#write} of the finished bytes, and {@link JourneyPersistence#toBytes} against
 * copying the finished bytes into the same kind of in-memory buffer. A plain {@link Files#write}
 * without fsync or rename is measured too, to show what atomicity costs.
 *
 * <p>A save copies what did not change since the last save of the resource and writes the rest
 * afresh, so two cases are measured: {@link #save} is the editor's save, after one step has been
 * renamed (a different step each time); {@link #firstSave} lets go of the last document first, so
 * it serialises the whole model, as the first save after loading does. {@link #toBytes} is that
 * whole serialisation in memory.
 */
public class SaveBenchmark extends MapBenchmark {

    private JourneyResource resource;
    private Path target;
    private List<Step> steps;
    private int edits;

    @Override
    protected void prepare() throws IOException {
        resource = JourneyPersistence.load(file);
        target = dir.resolve("saved." + JourneyPersistence.FILE_EXTENSION);
        steps = new ArrayList<>();
        resource.getAllContents().forEachRemaining(element -> {
            if (element instanceof Step step) {
                steps.add(step);
            }
        });
    }

    /** Serialising the whole loaded model to XMI in memory. */
    @Benchmark
    public byte[] toBytes() throws IOException {
        resource.forgetWrittenDocument();
        return JourneyPersistence.toBytes(resource);
    }

    /**
     * The first atomic save of a loaded model: every element is serialised. (Each step's name is
     * also set, as in {@link #save}, to show that setting a name costs nothing to speak of.)
     */
    @Benchmark
    public Path firstSave() throws IOException {
        renameAStep();
        resource.forgetWrittenDocument();
        JourneyPersistence.save(resource, target);
        return target;
    }

    /** Renames the next step: the same length of name each time, so the file keeps its size. */
    private void renameAStep() {
        Step step = steps.get(edits++ % steps.size());
        step.setName(edits % 2 == 0 ? "Pay the invoice" : "Pay the bill...");
    }

    /** Baseline of {@link #toBytes}: the same bytes through the same buffer, already serialised. */
    @Benchmark
    public byte[] bufferBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.write(bytes, 0, bytes.length);
        return out.toByteArray();
    }

    /** An atomic save after one step has been renamed, as the editor saves after an edit. */
    @Benchmark
    public Path save() throws IOException {
        renameAStep();
        JourneyPersistence.save(resource, target);
        return target;
    }

    /** Baseline of {@link #save}: the same bytes, written to a file just as atomically. */
    @Benchmark
    public Path atomicWriteBytes() throws IOException {
        AtomicFiles.write(target, bytes);
        return target;
    }

    /** For comparison: the same bytes written plainly, without fsync or rename. */
    @Benchmark
    public Path filesWriteBytes() throws IOException {
        return Files.write(target, bytes);
    }
}
