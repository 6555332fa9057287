package org.journeystudio.viewpoint.internal.expression;

import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlInfo;
import org.journeystudio.viewpoint.expression.ExpressionException;

/** One-line messages for JEXL failures, naming the expression and the position of the problem. */
public final class ExpressionErrors {

    private static final Pattern LOCATION = Pattern.compile("^\\S*@\\d+:\\d+\\S*\\s+");

    private ExpressionErrors() {
    }

    /** The expression could not be parsed, or uses a construct the sandbox forbids. */
    public static ExpressionException syntax(String source, JexlException e) {
        String kind = e instanceof JexlException.Feature ? "not allowed" : "syntax error";
        return new ExpressionException(source, kind + position(e) + " in '" + oneLine(source) + "': " + detail(e), e);
    }

    /** The evaluation failed. */
    public static ExpressionException evaluation(String source, RuntimeException e) {
        String message = e instanceof JexlException jexl ? detail(jexl) + position(jexl) : describe(e);
        return new ExpressionException(source, "cannot evaluate '" + oneLine(source) + "': " + message, e);
    }

    private static String position(JexlException e) {
        JexlInfo info = e.getInfo();
        return info == null ? "" : " at " + info.getLine() + ":" + info.getColumn();
    }

    /** JEXL's message without its leading "name@line:column", which {@link #position} says better. */
    private static String detail(JexlException e) {
        String detail = LOCATION.matcher(oneLine(e.getMessage())).replaceFirst("");
        Throwable cause = rootCause(e);
        return cause == e || cause instanceof JexlException ? detail : detail + " (" + describe(cause) + ")";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
