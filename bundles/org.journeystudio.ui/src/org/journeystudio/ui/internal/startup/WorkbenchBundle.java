package org.journeystudio.ui.internal.startup;

import org.journeystudio.ui.internal.preferences.ExampleProjectOnFirstStart;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The workbench bundle's activator. The bundle starts lazily, in the product while its first
 * window is built (the default perspective is this bundle's): on a workspace's first start, the
 * earliest moment to begin making the example. Nothing here blocks the start or loads the editor:
 * {@link ExampleProjectOnFirstStart#begin()} starts one thread, and only then.
 */
public final class WorkbenchBundle implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        ExampleProjectOnFirstStart.begin();
    }

    @Override
    public void stop(BundleContext context) {
        // the example's thread ends by itself
    }
}
