package org.journeystudio.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeystudio.model.persistence.AtomicFiles;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Saving against writing the same bytes (target: save at most 2x the write), paired like
 * with like: {@link JourneyPersistence#toBytes} against copying the finished bytes into the
 * same kind of in-memory buffer, and {@link JourneyPersistence#save} (atomic: temporary file,
 * fsync, rename) against {@link AtomicFiles#write} of the finished bytes. A plain
 * {@link Files#write} without fsync or rename is measured too, to show what atomicity costs.
 */
public class SaveBenchmark extends MapBenchmark {

    private JourneyResource resource;
    private Path target;

    @Override
    protected void prepare() throws IOException {
        resource = JourneyPersistence.load(file);
        target = dir.resolve("saved." + JourneyPersistence.FILE_EXTENSION);
    }

    /** Serialising the loaded model to XMI in memory. */
    @Benchmark
    public byte[] toBytes() throws IOException {
        return JourneyPersistence.toBytes(resource);
    }

    /** Baseline of {@link #toBytes}: the same bytes through the same buffer, already serialised. */
    @Benchmark
    public byte[] bufferBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.write(bytes, 0, bytes.length);
        return out.toByteArray();
    }

    /** An atomic save of the loaded model to a file. */
    @Benchmark
    public Path save() throws IOException {
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
