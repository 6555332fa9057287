package org.journeystudio.viewpoint.expression;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Java services that expressions call as namespaced functions: a service registered as
 * {@code journey} makes {@code journey:successors(self)} call its public {@code successors}
 * method. A service is an object (its public methods are the functions) or a class (its public
 * static methods are). Mark the service class {@link RecordsReads} when it reads the model only
 * through {@link Reads}; otherwise each call records that the result may depend on anything.
 * Registration is thread-safe and may happen after expressions were compiled.
 */
public final class ServiceRegistry {

    private final Map<Object, Set<String>> functions = new ConcurrentHashMap<>();

    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, Object> services = new ConcurrentHashMap<>();

    /**
     * Registers (or replaces) the service of a namespace.
     *
     * @param namespace an identifier, as written before the colon in expressions
     * @param service an object, or a {@link Class} whose static methods are the functions
     * @return this registry, for chaining
     */
    public ServiceRegistry register(String namespace, Object service) {
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("not a namespace identifier: " + namespace);
        }
        if (service == null) {
            throw new IllegalArgumentException("no service for namespace " + namespace);
        }
        services.put(namespace, service);
        return this;
    }

    /** The service of the namespace, {@code null} when none is registered. */
    public Object lookup(String namespace) {
        return services.get(namespace);
    }

    /** The registered namespaces. */
    public Set<String> namespaces() {
        return Set.copyOf(services.keySet());
    }

    /** Whether {@code candidate} is one of the registered services (an object or a class). */
    public boolean isService(Object candidate) {
        return candidate != null && services.containsValue(candidate);
    }

    /**
     * Whether {@code name} is a function of the registered service: a public method declared by
     * the service's own classes (static for a class service), never one of {@link Object} or
     * {@link Class}, so that a namespace is no door to reflection ({@code ns:forName(...)}).
     */
    public boolean isFunction(Object service, String name) {
        if (!isService(service)) {
            return false;
        }
        return functions.computeIfAbsent(service, ServiceRegistry::functionNames).contains(name);
    }

    /** The names a service offers as functions (looked up once per service: reflection is slow). */
    private static Set<String> functionNames(Object service) {
        boolean isClass = service instanceof Class<?>;
        Class<?> type = isClass ? (Class<?>) service : service.getClass();
        Set<String> names = new HashSet<>();
        for (Method method : type.getMethods()) {
            Class<?> declaring = method.getDeclaringClass();
            if (declaring != Object.class && declaring != Class.class
                    && Modifier.isStatic(method.getModifiers()) == isClass) {
                names.add(method.getName());
            }
        }
        return names;
    }

    /** Whether calls to the service report their reads themselves (see {@link RecordsReads}). */
    public static boolean recordsReads(Object service) {
        Class<?> type = service instanceof Class<?> c ? c : service.getClass();
        return type.isAnnotationPresent(RecordsReads.class);
    }
}
