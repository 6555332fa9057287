package org.journeystudio.model.persistence;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The cross references of a file being read. A reference to an element read before it (most
 * of them: personas, channels, teams, evidence and metrics come first) is set at once; the
 * others are kept as the ids the file gives until every element exists. The result is the one
 * of EMF's deferred IDREF resolution, as ids are unique ({@link JourneyResource#putLoadedID}).
 * Only the plain case is handled here: every id names an element of the file and no list
 * names one twice. A dangling id, an id that is a URI or a type name, or a repeated target
 * makes the whole load EMF's ({@link XmiUnsupported}), which reports it as it always has.
 */
final class XmiReferences {

    private static final int SMALL = 8;

    private final Map<String, EObject> elementsById;

    private EObject[] holders = new EObject[64];
    private XmiFeature[] features = new XmiFeature[64];
    /** One id (a String) for single references, the ids (a String[]) for many. */
    private Object[] ids = new Object[64];
    private int size;

    XmiReferences(Map<String, EObject> elementsById) {
        this.elementsById = elementsById;
    }

    /** Records the attribute value of a single-valued reference. */
    void addSingle(EObject holder, XmiFeature feature, String value) {
        String id = value;
        if (value.isEmpty() || !isPlainId(value)) {
            String[] tokens = split(value);
            if (tokens.length != 1) {
                throw XmiUnsupported.INSTANCE;
            }
            id = tokens[0];
        }
        EObject target = elementsById.get(id);
        if (target != null) {
            ((InternalEObject) holder).eSet(feature.id, target);
        } else {
            add(holder, feature, id);
        }
    }

    /** Records the attribute value of a many-valued reference: ids separated by white space. */
    void addMany(EObject holder, XmiFeature feature, String value) {
        if (!value.isEmpty() && isPlainId(value)) {
            // One id, the most common case: no tokens to split out.
            EObject target = elementsById.get(value);
            if (target == null) {
                add(holder, feature, new String[] {value});
            } else {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> list = (InternalEList<EObject>) feature.get(holder);
                list.addUnique(target);
            }
            return;
        }
        String[] tokens = split(value);
        if (tokens.length == 0) {
            throw XmiUnsupported.INSTANCE;
        }
        EObject[] targets = new EObject[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            targets[i] = elementsById.get(tokens[i]);
            if (targets[i] == null) {
                add(holder, feature, tokens);
                return;
            }
        }
        setAll(holder, feature, targets);
    }

    private static void setAll(EObject holder, XmiFeature feature, EObject[] targets) {
        requireDistinct(targets);
        @SuppressWarnings("unchecked")
        InternalEList<EObject> list = (InternalEList<EObject>) feature.get(holder);
        list.addAllUnique(Arrays.asList(targets));
    }

    private void add(EObject holder, XmiFeature feature, Object value) {
        if (size == holders.length) {
            holders = Arrays.copyOf(holders, size * 2);
            features = Arrays.copyOf(features, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        holders[size] = holder;
        features[size] = feature;
        ids[size] = value;
        size++;
    }

    /** Whether the value is one id as it is: no white space, and nothing EMF would read as a URI or a type. */
    private static boolean isPlainId(String value) {
        for (int i = 0, length = value.length(); i < length; i++) {
            if (isSeparator(value.charAt(i)) || value.charAt(i) == '#' || value.charAt(i) == ':') {
                return false;
            }
        }
        return true;
    }

    /** The tokens of a value as java.util.StringTokenizer finds them, each of them a plain id. */
    private static String[] split(String value) {
        String[] tokens = new String[4];
        int count = 0;
        int i = 0;
        int length = value.length();
        while (i < length) {
            while (i < length && isSeparator(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !isSeparator(value.charAt(i))) {
                if (value.charAt(i) == '#' || value.charAt(i) == ':') {
                    throw XmiUnsupported.INSTANCE;
                }
                i++;
            }
            if (i > start) {
                if (count == tokens.length) {
                    tokens = Arrays.copyOf(tokens, count * 2);
                }
                tokens[count++] = value.substring(start, i);
            }
        }
        return count == tokens.length ? tokens : Arrays.copyOf(tokens, count);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Sets the references that named elements further down the file, now that all are read. */
    void resolve() {
        for (int i = 0; i < size; i++) {
            if (ids[i] instanceof String id) {
                ((InternalEObject) holders[i]).eSet(features[i].id, target(id));
            } else {
                String[] many = (String[]) ids[i];
                EObject[] targets = new EObject[many.length];
                for (int t = 0; t < many.length; t++) {
                    targets[t] = target(many[t]);
                }
                setAll(holders[i], features[i], targets);
            }
        }
    }

    private EObject target(String id) {
        EObject target = elementsById.get(id);
        if (target == null) {
            throw XmiUnsupported.INSTANCE;
        }
        return target;
    }

    private static void requireDistinct(EObject[] targets) {
        if (targets.length <= SMALL) {
            for (int i = 1; i < targets.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (targets[i] == targets[j]) {
                        throw XmiUnsupported.INSTANCE;
                    }
                }
            }
            return;
        }
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>(targets.length * 2));
        for (EObject target : targets) {
            if (!seen.add(target)) {
                throw XmiUnsupported.INSTANCE;
            }
        }
    }
}
