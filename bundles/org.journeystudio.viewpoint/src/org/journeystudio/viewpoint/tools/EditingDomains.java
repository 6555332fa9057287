package org.journeystudio.viewpoint.tools;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/** Editing domains for the viewpoint runtime: the command stack every tool runs on. */
public final class EditingDomains {

    private EditingDomains() {
    }

    /**
     * An editing domain over a resource set: the item providers registered for the models' packages
     * (in OSGi, those of the edit bundles), the reflective ones for everything else, and a basic
     * command stack.
     */
    public static AdapterFactoryEditingDomain create(ResourceSet resources) {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resources);
    }
}
