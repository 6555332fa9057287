package org.journeystudio.viewpoint.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeystudio.viewpoint.expression.ServiceRegistry;

/**
 * Calls of service functions that do not exist, found before anything is evaluated: in
 * {@code journey:noSuchFunction(self)} the journey services have no such function, which would
 * otherwise only fail when the expression runs. Calls are read from the text outside string
 * literals, written as JEXL writes them ({@code namespace:function(}); a namespace that is not
 * registered is left to the viewpoint's own check of its service namespaces.
 */
public final class FunctionCheck {

    private static final Pattern CALL = Pattern.compile("(?<![\\w.:])([A-Za-z_]\\w*):([A-Za-z_]\\w*)\\s*\\(");

    private FunctionCheck() {
    }

    /** One problem per call of a function the registered service of its namespace lacks, in text order. */
    public static List<String> problems(String source, ServiceRegistry services) {
        List<String> problems = new ArrayList<>();
        if (source == null) {
            return problems;
        }
        Matcher call = CALL.matcher(withoutStrings(source));
        while (call.find()) {
            String namespace = call.group(1);
            String function = call.group(2);
            Object service = services.lookup(namespace);
            if (service != null && !services.isFunction(service, function)) {
                problems.add("the " + namespace + " services have no function '" + function + "' ("
                        + namespace + ":" + function + ")");
            }
        }
        return problems;
    }

    /** The text with the insides of its string literals blanked out, so that no call is read in them. */
    static String withoutStrings(String source) {
        StringBuilder code = new StringBuilder(source.length());
        char quote = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote == 0) {
                code.append(c);
                if (c == '\'' || c == '"') {
                    quote = c;
                }
            } else if (c == '\\' && i + 1 < source.length()) {
                code.append("  ");
                i++;
            } else if (c == quote) {
                code.append(c);
                quote = 0;
            } else {
                code.append(' ');
            }
        }
        return code.toString();
    }
}
