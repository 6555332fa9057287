package org.journeystudio.viewpoint.tools;

/**
 * Why a tool could not run: an unknown feature or class, a value of the wrong type, a failing
 * expression. The message names the specification element (as a {@code SpecPaths} path) and
 * says what went wrong in one line; the model is left as it was before the tool.
 */
public final class ToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message);
    }

    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
