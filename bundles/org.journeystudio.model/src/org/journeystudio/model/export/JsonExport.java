package org.journeystudio.model.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Writes a journey model as JSON whose shape mirrors the metamodel, so it is as stable
 * as the metamodel contract itself:
 * <ul>
 * <li>every element is an object with {@code "id"} (its xmi:id) and {@code "type"} (its
 * class name), then its features in metamodel order, keyed by feature name;</li>
 * <li>containments are nested objects (or arrays of them); cross references are ids (or
 * arrays of ids); enumerations are literal names; many-valued strings are arrays;</li>
 * <li>unset optional features are left out: an unassessed emotion has no {@code "emotion"}.</li>
 * </ul>
 * The top-level object also carries {@code "format": "journey-studio-json/1"}.
 */
public final class JsonExport {

    /** Identifies the shape; bumped only if the shape ever changes incompatibly. */
    public static final String FORMAT = "journey-studio-json/1";

    private JsonExport() {
    }

    public static void write(EObject root, Writer writer) throws IOException {
        JsonWriter json = new JsonWriter(writer);
        json.beginObject().name("format").value(FORMAT);
        members(json, root);
        json.endObject();
        writer.flush();
    }

    private static void element(JsonWriter json, EObject object) throws IOException {
        json.beginObject();
        members(json, object);
        json.endObject();
    }

    private static void members(JsonWriter json, EObject object) throws IOException {
        json.name("id").value(idOf(object));
        json.name("type").value(object.eClass().getName());
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || !object.eIsSet(feature) && !isDefaulted(feature)) {
                continue;
            }
            json.name(feature.getName());
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute) {
                attribute(json, feature, value);
            } else {
                reference(json, (EReference) feature, value);
            }
        }
    }

    /** Single-valued attributes with a default are written even when not set, as readers expect a value. */
    private static boolean isDefaulted(EStructuralFeature feature) {
        return feature instanceof EAttribute && !feature.isMany() && !feature.isUnsettable()
                && feature.getDefaultValue() != null;
    }

    private static void attribute(JsonWriter json, EStructuralFeature feature, Object value) throws IOException {
        if (feature.isMany()) {
            json.beginArray();
            for (Object item : (List<?>) value) {
                json.value(scalar(item));
            }
            json.endArray();
        } else {
            json.value(scalar(value));
        }
    }

    private static void reference(JsonWriter json, EReference reference, Object value) throws IOException {
        if (!reference.isMany()) {
            referenced(json, reference, (EObject) value);
            return;
        }
        json.beginArray();
        for (Object item : (List<?>) value) {
            referenced(json, reference, (EObject) item);
        }
        json.endArray();
    }

    private static void referenced(JsonWriter json, EReference reference, EObject target) throws IOException {
        if (target == null) {
            json.value(null);
        } else if (reference.isContainment()) {
            element(json, target);
        } else {
            json.value(idOf(target));
        }
    }

    private static Object scalar(Object value) {
        return value instanceof Enumerator literal ? literal.getName() : value;
    }

    private static String idOf(EObject object) {
        if (object.eIsProxy()) {
            return EcoreUtil.getURI(object).fragment();
        }
        return object.eResource() == null ? null : object.eResource().getURIFragment(object);
    }
}
