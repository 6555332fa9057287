package org.journeystudio.model.internal;

import org.journeystudio.model.journey.JourneyPackage;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Initialises the journey package once, in the thread that first uses the bundle, before any other
 * thread can. Under OSGi the package is registered as a descriptor, so the generated code of the
 * package and of its factory each needs the other: a first use of {@code JourneyFactory.eINSTANCE} in
 * one thread (a template instantiated in the UI thread) and of {@code JourneyPackage.eINSTANCE} in
 * another (the builder loading a map) would wait for each other's class initialisation for ever.
 * Equinox makes every other thread that loads a class of this bundle wait until {@link #start} ends.
 * Without OSGi (the command) the packages are registered as instances before threads start.
 */
public final class ModelActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        JourneyPackage.eINSTANCE.getEFactoryInstance();
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to release
    }
}
