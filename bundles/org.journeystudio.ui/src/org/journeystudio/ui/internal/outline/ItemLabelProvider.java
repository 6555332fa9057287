package org.journeystudio.ui.internal.outline;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons from the edit bundle's item providers. The item providers give icons as
 * URLs of PNGs; each is turned into an SWT image once and disposed with this provider.
 */
public final class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final Map<Object, Image> images = new HashMap<>();

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        Object image = provider == null ? null : provider.getImage(element);
        if (!(image instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url.toString(), key -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    @Override
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        super.dispose();
    }

    private IItemLabelProvider provider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }
}
