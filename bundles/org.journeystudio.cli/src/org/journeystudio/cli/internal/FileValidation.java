package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.journeystudio.cli.internal.ValidateCommand.FileReport;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;

/**
 * Loads and validates the files of one {@code journey validate}, on as many threads as
 * there are cores (one file is loaded and validated on one thread, in its own resource set),
 * and gives the reports back in the order of the files, as one thread would have.
 *
 * <p>Every file is one document read into a fresh resource set, so files share nothing but
 * EMF's registries, which are filled (the validator registered) before the threads start.
 */
final class FileValidation {

    private final Function<JourneyResource, List<JourneyDiagnostic>> rules;
    private final int maxThreads;

    /**
     * @param rules what is checked on each loaded map (the language's rules, and any others)
     * @param maxThreads at most this many files at a time (the cores bound it too)
     */
    FileValidation(Function<JourneyResource, List<JourneyDiagnostic>> rules, int maxThreads) {
        this.rules = rules;
        this.maxThreads = maxThreads;
    }

    /** The language's rules only, on every core. */
    static FileValidation languageRules() {
        return new FileValidation(JourneyValidation::validate, Integer.MAX_VALUE);
    }

    /** One report per input, in input order; load errors are in the reports, not thrown. */
    List<FileReport> validate(List<Path> inputs) throws InterruptedException {
        int threads = Math.min(Math.min(inputs.size(), maxThreads), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<FileReport> reports = new ArrayList<>();
            for (Path input : inputs) {
                reports.add(validateOne(input));
            }
            return reports;
        }
        JourneyValidation.register(); // also initialises the journey package, once, before the threads
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "journey-validate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileReport>> pending = new ArrayList<>();
            for (Path input : inputs) {
                pending.add(pool.submit(() -> validateOne(input)));
            }
            List<FileReport> reports = new ArrayList<>();
            for (Future<FileReport> report : pending) {
                reports.add(resultOf(report));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private FileReport validateOne(Path input) {
        try {
            JourneyResource resource = JourneyPersistence.load(input);
            return new FileReport(input.toString(), rules.apply(resource), null);
        } catch (JourneyLoadException e) {
            return new FileReport(input.toString(), List.of(), e.getMessage());
        }
    }

    private static FileReport resultOf(Future<FileReport> report) throws InterruptedException {
        try {
            return report.get();
        } catch (ExecutionException e) {
            // Failures other than load errors are the command's own: let its error handler report them.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
