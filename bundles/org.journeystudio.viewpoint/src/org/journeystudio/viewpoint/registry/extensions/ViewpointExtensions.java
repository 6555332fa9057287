package org.journeystudio.viewpoint.registry.extensions;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.SpecSource;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.osgi.framework.Bundle;

/**
 * Reads the contributions to {@value #EXTENSION_POINT}: each {@code specification} names a
 * {@code .viewpoint} file of its bundle, loaded into a registry as a {@link SpecSource#PLUGIN}
 * specification under the file's bundle URL. Only under OSGi (the command line has no plug-ins).
 */
public final class ViewpointExtensions {

    /** The extension point's id. */
    public static final String EXTENSION_POINT = "org.journeystudio.viewpoint.viewpoints";

    private ViewpointExtensions() {
    }

    /**
     * Loads every contributed specification into the registry; a contribution that names no file, or a
     * file its bundle lacks, is reported to {@code trouble} and left out, as is nothing else.
     *
     * @return what was loaded, problems and all (a specification with problems is not usable)
     */
    public static List<LoadedSpec> loadInto(ViewpointRegistry registry, IExtensionRegistry extensions,
            Consumer<String> trouble) {
        List<LoadedSpec> loaded = new ArrayList<>();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"specification".equals(element.getName())) {
                continue;
            }
            String file = element.getAttribute("file");
            String contributor = element.getContributor().getName();
            Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
            URL url = file == null || file.isBlank() || bundle == null ? null : bundle.getEntry(file);
            if (url == null) {
                trouble.accept("the viewpoint specification '" + file + "' contributed by " + contributor
                        + " is not in its bundle");
                continue;
            }
            loaded.add(registry.load(url, SpecSource.PLUGIN));
        }
        return loaded;
    }
}
