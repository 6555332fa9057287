package org.journeystudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.journeystudio.ui.editor.RepresentationPageFactory;
import org.journeystudio.viewpoint.RepresentationDescription;

/** The page factories contributed to {@value #EXTENSION_POINT}, in registry order. */
final class PageFactories {

    static final String EXTENSION_POINT = "org.journeystudio.ui.representationPages";

    private final List<RepresentationPageFactory> factories;

    private PageFactories(List<RepresentationPageFactory> factories) {
        this.factories = factories;
    }

    /** Instantiates every contributed factory; one that cannot be created is logged and left out. */
    static PageFactories load() {
        List<RepresentationPageFactory> loaded = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"factory".equals(element.getName())) {
                continue;
            }
            try {
                loaded.add((RepresentationPageFactory) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                ILog.of(PageFactories.class).error("representation page factory " + element.getAttribute("class")
                        + " of " + element.getContributor().getName() + " cannot be created", e);
            }
        }
        return new PageFactories(List.copyOf(loaded));
    }

    /** The first factory that handles the description. */
    Optional<RepresentationPageFactory> forDescription(RepresentationDescription description) {
        if (description == null) {
            return Optional.empty();
        }
        return factories.stream().filter(factory -> factory.handles(description)).findFirst();
    }
}
