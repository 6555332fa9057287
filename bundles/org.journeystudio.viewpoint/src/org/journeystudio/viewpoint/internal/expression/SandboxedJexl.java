package org.journeystudio.viewpoint.internal.expression;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.journeystudio.viewpoint.expression.ServiceRegistry;

/**
 * The JEXL engine behind viewpoint expressions. The grammar is cut down to side-effect-free
 * expressions (no assignment, {@code new}, loops, lambdas, local variables, pragmas, imports or
 * annotations: the parser rejects them), and {@link ModelUberspect} decides what may be reached.
 * Strict: an undefined variable or an unknown feature is an error, not {@code null}; navigation
 * through {@code null} is an error too, unless written {@code ?.}.
 */
public final class SandboxedJexl {

    /** Makes JEXL collect variable references with their property paths ({@code self.persona.name}). */
    private static final int COLLECT_PROPERTY_PATHS = 2;

    private SandboxedJexl() {
    }

    public static JexlEngine create(ServiceRegistry services) {
        JexlUberspect restricted = new JexlBuilder().permissions(JexlPermissions.RESTRICTED).create().getUberspect();
        JexlUberspect trusted = new JexlBuilder().permissions(JexlPermissions.UNRESTRICTED).create().getUberspect();
        return new JexlBuilder()
                .features(features())
                .uberspect(new ModelUberspect(restricted, trusted, services))
                .arithmetic(new ModelArithmetic())
                .strict(true)
                .safe(false)
                .silent(false)
                .antish(false)
                .cache(0)
                .collectMode(COLLECT_PROPERTY_PATHS)
                .create();
    }

    private static JexlFeatures features() {
        return new JexlFeatures()
                .script(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .newInstance(false)
                .loops(false)
                .lambda(false)
                .thinArrow(false)
                .fatArrow(false)
                .localVar(false)
                .pragma(false)
                .importPragma(false)
                .namespacePragma(false)
                .namespaceInstantiation(false)
                .annotation(false)
                .register(false)
                .methodCall(true)
                .structuredLiteral(true);
    }
}
