package org.journeystudio.table.ui.internal;

import org.eclipse.collections.api.factory.Sets;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * NatTable uses Eclipse Collections, whose API bundle finds its implementations with a
 * {@code ServiceLoader} (or by class name) through the thread's context class loader when each
 * factory holder ({@code Sets}, {@code Lists}, {@code IntSets} ...) is initialised. The Maven
 * Central bundles carry no OSGi service-loader headers, so in the product the lookup happens
 * with whatever context loader the painting thread has, finds nothing, and the holders keep a
 * proxy that throws on every call (NatTable then paints nothing). Initialising every holder once,
 * with this bundle's loader (which requires the implementation bundle) as context loader, makes
 * them find the implementations.
 */
public final class CollectionFactories {

    private static final String FACTORY_PACKAGE = "org/eclipse/collections/api/factory";
    private static boolean initialized;

    private CollectionFactories() {
    }

    public static synchronized void initialize() {
        if (initialized) {
            return;
        }
        initialized = true;
        Bundle api = FrameworkUtil.getBundle(Sets.class);
        BundleWiring wiring = api == null ? null : api.adapt(BundleWiring.class);
        if (wiring == null) {
            // not in OSGi: the plain class path has the implementations' service files
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CollectionFactories.class.getClassLoader());
        try {
            for (String resource : wiring.listResources(FACTORY_PACKAGE, "*.class",
                    BundleWiring.LISTRESOURCES_LOCAL | BundleWiring.LISTRESOURCES_RECURSE)) {
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                Class.forName(name, true, Sets.class.getClassLoader());
            }
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot initialise Eclipse Collections for NatTable: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
