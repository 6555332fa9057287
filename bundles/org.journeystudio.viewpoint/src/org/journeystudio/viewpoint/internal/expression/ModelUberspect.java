package org.journeystudio.viewpoint.internal.expression;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.expression.ServiceRegistry;

/**
 * The introspection of viewpoint expressions, and their sandbox. Expressions come from
 * specification files that users load, so they see the model and nothing of the JVM:
 * <ul>
 * <li>on a model element, {@code x.f} reads feature {@code f} (recorded), and only
 * {@code eContainer()} and {@code eClass()} may be called;</li>
 * <li>strings, numbers and enumeration literals offer their (immutable) methods except
 * reflection and {@code repeat} (a memory bomb); lists and maps offer read-only methods, element
 * access by index or key;</li>
 * <li>registered services offer their own public methods (trusted Java code), nothing of
 * {@code Object} or {@code Class};</li>
 * <li>nothing else resolves: no constructors, no class lookup, no property writes.</li>
 * </ul>
 * Resolution that passes these rules is left to JEXL's own introspection: {@code restricted}
 * (JEXL's restricted permissions, a second fence) for values; {@code trusted} for services and
 * for the whitelisted read-only members of lists and maps (JEXL's restricted permissions refuse
 * EMF's list classes).
 */
public final class ModelUberspect implements JexlUberspect {

    private static final Set<String> VALUE_METHODS_DENIED = Set.of("getClass", "getDeclaringClass", "wait", "notify",
            "notifyAll", "repeat");
    private static final Set<String> CONTAINER_METHODS = Set.of("size", "isEmpty", "contains", "containsAll", "get",
            "getFirst", "getLast", "indexOf", "lastIndexOf", "subList", "containsKey", "containsValue", "getOrDefault",
            "keySet", "values", "equals", "hashCode", "toString");

    private final JexlUberspect restricted;
    private final JexlUberspect trusted;
    private final ServiceRegistry services;

    public ModelUberspect(JexlUberspect restricted, JexlUberspect trusted, ServiceRegistry services) {
        this.restricted = restricted;
        this.trusted = trusted;
        this.services = services;
    }

    @Override
    public JexlPropertyGet getPropertyGet(List<PropertyResolver> resolvers, Object object, Object identifier) {
        if (object instanceof EObject element) {
            return FeatureGet.resolve(element, identifier);
        }
        if (object instanceof Map<?, ?>) {
            return trusted.getPropertyGet(JexlUberspect.MAP, object, identifier);
        }
        boolean indexed = object instanceof List<?> || object != null && object.getClass().isArray();
        if (indexed && identifier instanceof Number) {
            return trusted.getPropertyGet(resolvers, object, indexKey(identifier));
        }
        return null;
    }

    /** JEXL narrows integer literals (a {@code [0]} index may arrive as a Byte); lists want an Integer. */
    private static Object indexKey(Object identifier) {
        if (identifier instanceof Byte || identifier instanceof Short || identifier instanceof Long) {
            return ((Number) identifier).intValue();
        }
        return identifier;
    }

    @Override
    public JexlPropertyGet getPropertyGet(Object object, Object identifier) {
        return getPropertyGet(getResolvers(null, object), object, identifier);
    }

    /** Expressions never write: tools change the model through model operations. */
    @Override
    public JexlPropertySet getPropertySet(List<PropertyResolver> resolvers, Object object, Object identifier,
            Object value) {
        return null;
    }

    @Override
    public JexlPropertySet getPropertySet(Object object, Object identifier, Object value) {
        return null;
    }

    @Override
    public JexlMethod getMethod(Object object, String name, Object... arguments) {
        if (object == null) {
            return null;
        }
        if (services.isService(object)) {
            JexlMethod method = services.isFunction(object, name) ? trusted.getMethod(object, name, arguments) : null;
            return method == null ? null : new ServiceMethod(method, ServiceRegistry.recordsReads(object));
        }
        if (object instanceof EObject) {
            return EObjectMethod.resolve(name, arguments);
        }
        if (isValue(object) && !VALUE_METHODS_DENIED.contains(name)) {
            return restricted.getMethod(object, name, arguments);
        }
        if ((object instanceof Collection<?> || object instanceof Map<?, ?>) && CONTAINER_METHODS.contains(name)) {
            return trusted.getMethod(object, name, arguments);
        }
        return null;
    }

    private static boolean isValue(Object object) {
        return object instanceof CharSequence || object instanceof Number || object instanceof Boolean
                || object instanceof Character || object instanceof Enumerator;
    }

    @Override
    public JexlMethod getConstructor(Object type, Object... arguments) {
        return null;
    }

    @Override
    public Class<?> getClassByName(String name) {
        return null;
    }

    @Override
    public Iterator<?> getIterator(Object object) {
        return trusted.getIterator(object);
    }

    @Override
    public List<PropertyResolver> getResolvers(JexlOperator operator, Object object) {
        return restricted.getResolvers(operator, object);
    }

    @Override
    public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
        return restricted.getArithmetic(arithmetic);
    }

    @Override
    public ClassLoader getClassLoader() {
        return restricted.getClassLoader();
    }

    @Override
    public void setClassLoader(ClassLoader loader) {
        // expressions load no classes: the loader is never used
    }

    @Override
    public int getVersion() {
        return restricted.getVersion();
    }
}
