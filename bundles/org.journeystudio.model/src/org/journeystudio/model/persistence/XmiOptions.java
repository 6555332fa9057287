package org.journeystudio.model.persistence;

import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Whether load or save options are those {@link JourneyPersistence} uses, for which the
 * specialised reader and writer give exactly EMF's result. Any other option (a different
 * encoding, an XML map, extended metadata, a resource handler, ...) changes what EMF does,
 * so the resource then loads or saves through EMF.
 */
final class XmiOptions {

    private static final Map<Object, Object> LOAD = JourneyPersistence.loadOptions();
    private static final Map<Object, Object> SAVE = JourneyPersistence.saveOptions();

    private XmiOptions() {
    }

    static boolean allowLoad(Map<?, ?> options) {
        return options != null && onlyStandard(options, LOAD);
    }

    static boolean allowSave(Map<?, ?> options) {
        return options != null && options.containsKey(XMLResource.OPTION_ENCODING)
                && options.containsKey(Resource.OPTION_LINE_DELIMITER) && onlyStandard(options, SAVE);
    }

    private static boolean onlyStandard(Map<?, ?> options, Map<Object, Object> standard) {
        for (Map.Entry<?, ?> option : options.entrySet()) {
            Object key = option.getKey();
            boolean allowed = JourneyResource.OPTION_GENERIC_XMI.equals(key)
                    ? Boolean.FALSE.equals(option.getValue())
                    : standard.containsKey(key) && Objects.equals(standard.get(key), option.getValue());
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
