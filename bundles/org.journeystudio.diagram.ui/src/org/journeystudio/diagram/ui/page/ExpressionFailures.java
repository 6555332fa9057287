package org.journeystudio.diagram.ui.page;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;

/**
 * Expressions of a specification that failed on the elements of a diagram (a user's viewpoint with a
 * mistake the check cannot see): each is written once to the Error Log, and the first new one is told
 * in the page's status line. The diagram is drawn all the same, without the values that failed.
 */
final class ExpressionFailures {

    private final Set<String> reported = new HashSet<>();

    /** Logs the failures not logged yet; the status line's text for the first of them, or null when none is new. */
    String report(List<String> problems) {
        String first = null;
        for (String problem : problems) {
            if (reported.add(problem)) {
                ILog.of(ExpressionFailures.class).warn("An expression of the specification failed: " + problem);
                if (first == null) {
                    first = problem;
                }
            }
        }
        return first == null ? null : "An expression of the specification failed (see the Error Log): " + first;
    }
}
