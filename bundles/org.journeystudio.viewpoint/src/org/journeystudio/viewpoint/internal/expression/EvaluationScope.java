package org.journeystudio.viewpoint.internal.expression;

import org.journeystudio.viewpoint.expression.ReadRecorder;

/**
 * The recorder of the evaluation running on the current thread. Compiled expressions cache
 * their property and method resolutions across evaluations, so the resolutions cannot hold a
 * recorder; they ask this scope at the moment they read. Evaluations may nest (a service may
 * evaluate another expression), hence enter returns what restore must put back.
 */
public final class EvaluationScope {

    private static final ThreadLocal<ReadRecorder> CURRENT = ThreadLocal.withInitial(() -> ReadRecorder.NONE);

    private EvaluationScope() {
    }

    /** The recorder of the running evaluation; {@link ReadRecorder#NONE} outside any evaluation. */
    public static ReadRecorder current() {
        return CURRENT.get();
    }

    /** Makes {@code recorder} current and returns the recorder to restore afterwards. */
    public static ReadRecorder enter(ReadRecorder recorder) {
        ReadRecorder previous = CURRENT.get();
        CURRENT.set(recorder);
        return previous;
    }

    public static void restore(ReadRecorder previous) {
        if (previous == ReadRecorder.NONE) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
