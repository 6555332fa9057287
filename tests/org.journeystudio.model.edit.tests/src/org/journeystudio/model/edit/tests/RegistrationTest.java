package org.journeystudio.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

/** plugin.xml registers the labelled factory, so every editor that asks the registry gets readable labels. */
class RegistrationTest {

    @Test
    void theRegistryHandsOutLabelledProviders() {
        ShopMap map = new ShopMap();
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        try {
            IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(map.pay, IItemLabelProvider.class);
            assertEquals("Step 'Pay' (touchpoint: Web, Phone)", provider.getText(map.pay));
        } finally {
            factory.dispose();
        }
    }
}
