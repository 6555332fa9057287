package org.journeystudio.viewpoint.layout;

/**
 * Runs a layout on a thread of its own with a large stack: ELK walks graphs recursively
 * (its components processor goes one frame deeper per node of a chain), so a flow of a few
 * thousand steps in one chain would overflow the stack of the thread that asked. What the
 * layout throws is thrown to the caller; an overflow that happens all the same becomes a
 * {@link LayoutFailedException} with a one-line message, never a stack trace.
 */
final class LargeStack {

    /** The stack of a layout thread: enough for chains of hundreds of thousands of nodes. */
    static final long STACK_BYTES = 1024L * 1024 * 1024;

    private LargeStack() {
    }

    /** Runs the work on a large-stack thread and waits for it. */
    static void run(String what, Runnable work) {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (RuntimeException | StackOverflowError e) {
                failure[0] = e;
            }
        }, "journey-layout", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LayoutFailedException(what + ": the layout was interrupted", e);
        }
        if (failure[0] instanceof StackOverflowError overflow) {
            throw new LayoutFailedException(what + ": too deep to lay out", overflow);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
    }

    /** A layout that could not be made; its message is one line. */
    static final class LayoutFailedException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        LayoutFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
