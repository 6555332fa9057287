package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.journeystudio.cli.internal.ValidateCommand.FileReport;
import org.journeystudio.cli.internal.ViewpointOptions.SpecProblems;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.viewpoint.rules.SpecRuleValidation;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * Loads and validates the files of one {@code journey validate} against the language's rules
 * and those of the specifications in use, and gives the reports back in the order of the files,
 * as one thread would have.
 *
 * <ul>
 * <li>One file loads while the specifications are read beside it ({@link BackgroundSpecs}); a
 *     large one then has the language's rules run on every core, over disjoint parts of it
 *     ({@link JourneyValidation#diagnose(org.eclipse.emf.ecore.resource.Resource, int)}).</li>
 * <li>Several files, when the specifications have no rules of their own, are loaded and
 *     validated on as many threads as there are cores, one file per thread, each in its own
 *     resource set; files share nothing but EMF's registries, filled before the threads start.</li>
 * <li>Rules of a specification (its expressions and their once-per-run failure reports) are
 *     evaluated on one thread, file after file.</li>
 * </ul>
 */
final class FileValidation {

    private final BackgroundSpecs specs;
    private final int cores = Runtime.getRuntime().availableProcessors();

    FileValidation(BackgroundSpecs specs) {
        this.specs = specs;
    }

    /** One report per input, in input order; load errors are in the reports, not thrown. */
    List<FileReport> validate(List<Path> inputs) throws SpecProblems, InterruptedException {
        if (inputs.size() == 1) {
            return List.of(validateAlone(inputs.get(0)));
        }
        List<Spec> known = specs.get();
        if (!SpecRuleValidation.rules(known).isEmpty() || cores == 1) {
            List<FileReport> reports = new ArrayList<>();
            for (Path input : inputs) {
                reports.add(validateOne(input, resource -> SpecRuleValidation.validate(resource, known)));
            }
            return reports;
        }
        int threads = Math.min(inputs.size(), cores);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "journey-validate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileReport>> pending = new ArrayList<>();
            for (Path input : inputs) {
                pending.add(pool.submit(() -> validateOne(input, JourneyValidation::validate)));
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

    /**
     * The one file: loaded and checked against the language's rules while the specifications are
     * read; whatever goes wrong, their problems come first, as when they were read before the file.
     */
    private FileReport validateAlone(Path input) throws SpecProblems, InterruptedException {
        JourneyResource resource;
        BasicDiagnostic languageFindings;
        try {
            resource = JourneyPersistence.load(input);
            languageFindings = (BasicDiagnostic) JourneyValidation.diagnose(resource, cores);
        } catch (JourneyLoadException e) {
            specs.get();
            return new FileReport(input.toString(), List.of(), e.getMessage());
        } catch (RuntimeException | Error e) {
            specs.get();
            throw e;
        }
        List<Spec> known = specs.get();
        return new FileReport(input.toString(), JourneyValidation.findings(
                SpecRuleValidation.addSpecFindings(languageFindings, resource, known), resource), null);
    }

    private static FileReport validateOne(Path input, Function<JourneyResource, List<JourneyDiagnostic>> rules) {
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
