package org.journeystudio.viewpoint.expression;

/**
 * An expression that cannot be compiled or evaluated. The message is one line that names the
 * expression and, where known, the line and column of the problem.
 */
public class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;

    public ExpressionException(String source, String message) {
        super(message);
        this.source = source;
    }

    public ExpressionException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /** The text of the expression that failed. */
    public String source() {
        return source;
    }
}
