package org.journeystudio.viewpoint.internal.expression;

import java.math.MathContext;

import org.apache.commons.jexl3.JexlArithmetic;
import org.eclipse.emf.common.util.Enumerator;

/**
 * JEXL arithmetic where an enumeration literal equals its name, so that specifications can say
 * {@code self.kind == 'TOUCHPOINT'} or {@code self.kind =~ ['ACTION', 'DECISION']} without
 * access to Java enum classes. Reading a feature still yields the literal itself (not a string),
 * so services receive typed values. Strict: a {@code null} operand of an arithmetic operator is
 * an error rather than a silent zero; specifications test for {@code null} or use {@code ??}.
 */
public final class ModelArithmetic extends JexlArithmetic {

    public ModelArithmetic() {
        super(true);
    }

    private ModelArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new ModelArithmetic(strict, context, scale);
    }

    @Override
    public boolean equals(Object left, Object right) {
        if (left instanceof Enumerator literal && right instanceof CharSequence name) {
            return named(literal, name);
        }
        if (right instanceof Enumerator literal && left instanceof CharSequence name) {
            return named(literal, name);
        }
        return super.equals(left, right);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        Boolean found = super.contains(container, value);
        if (value instanceof Enumerator literal && !Boolean.TRUE.equals(found)) {
            return super.contains(container, literal.getName());
        }
        return found;
    }

    private static boolean named(Enumerator literal, CharSequence name) {
        String text = name.toString();
        return literal.getName().equals(text) || literal.getLiteral().equals(text);
    }
}
