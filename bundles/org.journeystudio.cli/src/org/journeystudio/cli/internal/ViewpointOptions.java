package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecProblem;

import picocli.CommandLine.Option;

/** {@code --viewpoint FILE} (repeatable): user-written specifications beside the built-in journey viewpoint. */
public final class ViewpointOptions {

    @Option(names = "--viewpoint", paramLabel = "FILE",
            description = "A viewpoint specification (.viewpoint) to use beside the built-in journey viewpoint: its "
                    + "representations can be exported, its validation rules run. Repeatable.")
    private List<Path> files = new ArrayList<>();

    /** The files given, in order. */
    List<Path> files() {
        return files;
    }

    /**
     * The built-in viewpoint and every file given.
     *
     * @throws SpecProblems when a file cannot be read or has problems: it cannot be used
     */
    ViewpointRegistry registry() throws SpecProblems {
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        List<SpecProblem> problems = new ArrayList<>();
        for (Path file : files) {
            LoadedSpec loaded = registry.load(file);
            problems.addAll(loaded.problems());
        }
        if (!problems.isEmpty()) {
            throw new SpecProblems(problems);
        }
        return registry;
    }

    /**
     * The specifications whose validation rules run: those of {@link #registry()}, or none when no
     * file is given and the built-in viewpoint has no rules, which then is not read at all (reading it
     * compiles every expression in it, the better part of validating a small map).
     *
     * @throws SpecProblems when a file cannot be read or has problems: it cannot be used
     */
    List<Spec> ruleSpecs() throws SpecProblems {
        if (files.isEmpty() && !JourneyViewpoint.definesRules()) {
            return List.of();
        }
        return registry().specs();
    }

    /** Specifications that cannot be used: each problem is one line of the error output, and the exit code is 3. */
    public static final class SpecProblems extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient List<SpecProblem> problems;

        SpecProblems(List<SpecProblem> problems) {
            super(problems.size() + " problem(s) in viewpoint specifications");
            this.problems = List.copyOf(problems);
        }

        public List<SpecProblem> problems() {
            return problems;
        }
    }
}
