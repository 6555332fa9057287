package org.journeystudio.viewpoint.spec;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** A specification that cannot be used: it could not be read, or it has problems. */
public class SpecException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<SpecProblem> problems;

    public SpecException(List<SpecProblem> problems) {
        super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> getProblems() {
        return problems;
    }
}
