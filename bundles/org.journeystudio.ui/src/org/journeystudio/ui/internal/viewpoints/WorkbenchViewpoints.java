package org.journeystudio.ui.internal.viewpoints;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.registry.extensions.ViewpointExtensions;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * The workbench's one viewpoint registry: the built-in journey viewpoint, the specifications plug-ins
 * contribute to {@value ViewpointExtensions#EXTENSION_POINT}, and every {@code .viewpoint} file of the
 * workspace (kept current by {@link WorkspaceViewpoints}). Made on first use.
 */
public final class WorkbenchViewpoints {

    private static ViewpointRegistry registry;

    private WorkbenchViewpoints() {
    }

    /** The registry, filled from every source the first time it is asked for. */
    public static synchronized ViewpointRegistry registry() {
        if (registry == null) {
            ViewpointRegistry made = ViewpointRegistry.withBuiltIn();
            ILog log = ILog.of(WorkbenchViewpoints.class);
            for (LoadedSpec loaded : ViewpointExtensions.loadInto(made, Platform.getExtensionRegistry(), log::warn)) {
                if (!loaded.problems().isEmpty()) {
                    log.warn("the viewpoint specification " + loaded.id() + " has problems and is not used:\n"
                            + String.join("\n", loaded.problems().stream().map(Object::toString).toList()));
                }
            }
            registry = made;
            WorkspaceViewpoints.start(made, ResourcesPlugin.getWorkspace());
        }
        return registry;
    }

    /** The specification in use that defines a viewpoint, or null. */
    public static Spec specOfViewpoint(String viewpointName) {
        return registry().specOf(viewpointName).orElse(null);
    }
}
