package org.journeystudio.viewpoint.tools;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.viewpoint.expression.Results;

/**
 * Turns expression results into values a feature accepts: numbers into the feature's number type
 * (when no precision is lost), text into numbers, booleans and enumeration literals, anything
 * into text. What cannot be converted is refused with a readable reason, never stored.
 */
final class Values {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, float.class, Float.class, short.class, Short.class, byte.class, Byte.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private Values() {
    }

    /** Every value of a result, converted for a (many-valued) feature. */
    static List<Object> all(EStructuralFeature feature, Object result) {
        List<Object> values = new ArrayList<>();
        for (Object each : Results.asList(result)) {
            values.add(one(feature, each));
        }
        return values;
    }

    /**
     * The value of a result for a single-valued feature: a collection or array must hold at most
     * one value (none is null).
     *
     * @throws IllegalArgumentException when it holds more
     */
    static Object single(EStructuralFeature feature, Object result) {
        if (result instanceof Collection<?> || result != null && result.getClass().isArray()) {
            List<Object> values = Results.asList(result);
            if (values.size() > 1) {
                throw new IllegalArgumentException(describe(feature) + " holds one value, not " + values.size());
            }
            return one(feature, values.isEmpty() ? null : values.get(0));
        }
        return one(feature, result);
    }

    /**
     * One value converted for the feature.
     *
     * @throws IllegalArgumentException saying why the value does not fit
     */
    static Object one(EStructuralFeature feature, Object value) {
        if (feature instanceof EReference reference) {
            if (value == null || reference.getEReferenceType().isInstance(value)) {
                return value;
            }
            throw wrongType(feature, value);
        }
        return attributeValue((EAttribute) feature, value);
    }

    private static Object attributeValue(EAttribute attribute, Object value) {
        EDataType type = attribute.getEAttributeType();
        Class<?> instanceClass = type.getInstanceClass();
        if (value == null) {
            if (instanceClass != null && instanceClass.isPrimitive()) {
                throw new IllegalArgumentException(describe(attribute) + " cannot be null; unset it instead");
            }
            return null;
        }
        if (type instanceof EEnum eEnum) {
            return literal(attribute, eEnum, value);
        }
        Class<?> target = instanceClass == null ? String.class : BOXES.getOrDefault(instanceClass, instanceClass);
        if (target.isInstance(value)) {
            return value;
        }
        if (target == String.class && !(value instanceof EObject)) {
            return Results.asString(value);
        }
        try {
            if (value instanceof Number number) {
                return number(number, target, attribute);
            }
            if (value instanceof CharSequence text) {
                return EcoreUtil.createFromString(type, text.toString().trim());
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(quote(value) + " is not a valid " + type.getName() + " for "
                    + describe(attribute), e);
        }
        throw wrongType(attribute, value);
    }

    private static Object number(Number number, Class<?> target, EAttribute attribute) {
        BigDecimal exact = number instanceof BigDecimal big ? big
                : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                : new BigDecimal(number.toString());
        if (target == Integer.class) {
            return exact.intValueExact();
        } else if (target == Long.class) {
            return exact.longValueExact();
        } else if (target == Short.class) {
            return exact.shortValueExact();
        } else if (target == Byte.class) {
            return exact.byteValueExact();
        } else if (target == Double.class) {
            return number.doubleValue();
        } else if (target == Float.class) {
            return number.floatValue();
        } else if (target == BigDecimal.class) {
            return exact;
        } else if (target == BigInteger.class) {
            return exact.toBigIntegerExact();
        }
        throw wrongType(attribute, number);
    }

    private static Object literal(EAttribute attribute, EEnum eEnum, Object value) {
        EEnumLiteral literal = null;
        if (value instanceof Enumerator enumerator) {
            literal = eEnum.getEEnumLiteral(enumerator.getName());
        } else if (value instanceof CharSequence text) {
            literal = eEnum.getEEnumLiteralByLiteral(text.toString().trim());
            if (literal == null) {
                literal = eEnum.getEEnumLiteral(text.toString().trim());
            }
        } else if (value instanceof Integer code) {
            literal = eEnum.getEEnumLiteral(code);
        }
        if (literal == null) {
            throw new IllegalArgumentException(quote(value) + " is not a literal of " + eEnum.getName() + " for "
                    + describe(attribute));
        }
        return literal.getInstance();
    }

    private static IllegalArgumentException wrongType(EStructuralFeature feature, Object value) {
        return new IllegalArgumentException(describe(feature) + " takes a " + feature.getEType().getName() + ", not "
                + typeOf(value) + " " + quote(value));
    }

    static String describe(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }

    private static String typeOf(Object value) {
        return value instanceof EObject object ? "a " + object.eClass().getName() : "a " + value.getClass().getSimpleName();
    }

    private static String quote(Object value) {
        return value instanceof CharSequence ? "'" + value + "'" : Results.asString(value);
    }
}
