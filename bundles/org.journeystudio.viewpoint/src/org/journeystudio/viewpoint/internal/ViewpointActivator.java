package org.journeystudio.viewpoint.internal;

import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.representation.RepresentationPackage;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Initialises the viewpoint and representation packages once, before any other thread can use them:
 * as for the journey package (see the model bundle's activator), a package and its factory first used
 * by two threads at once would wait for each other's class initialisation for ever.
 */
public final class ViewpointActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        ViewpointPackage.eINSTANCE.getEFactoryInstance();
        RepresentationPackage.eINSTANCE.getEFactoryInstance();
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to release
    }
}
