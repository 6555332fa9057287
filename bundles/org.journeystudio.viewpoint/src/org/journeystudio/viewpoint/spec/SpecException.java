package org.journeystudio.viewpoint.spec;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** A specification that cannot be used: it could not be read, or it has problems. */
public class SpecException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<SpecProblem> problems;
    private final boolean unreadable;

    public SpecException(List<SpecProblem> problems) {
        this(problems, false);
    }

    /** A specification with problems; {@code unreadable} when it could not even be read as one. */
    public SpecException(List<SpecProblem> problems, boolean unreadable) {
        super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.unreadable = unreadable;
    }

    /** Whether the file could not be read, or is not a viewpoint specification at all. */
    public boolean isUnreadable() {
        return unreadable;
    }

    public List<SpecProblem> getProblems() {
        return problems;
    }
}
