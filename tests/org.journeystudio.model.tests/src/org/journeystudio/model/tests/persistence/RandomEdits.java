package org.journeystudio.model.tests.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Random edits of any feature of any element of a journey resource, through EMF's reflective API
 * as an editor's commands make them: attribute values (text with escapes and non-ASCII, numbers,
 * enums, unset), references set, added, removed and reordered, elements created, deleted (their
 * references removed with them), moved within their list and to another parent, and new ids.
 * Seeded: the same seed makes the same edits.
 */
public final class RandomEdits {

    private static final String[] TEXTS = {"Pay", "Pay \"now\" & <later>", "Zahlung \u00fcber \u20ac", "line\nbreak\ttab",
        "\ud83d\ude00 smile", "", "  spaced  ", "]]> end"};

    private final Resource resource;
    private final Random random;
    private final List<String> done = new ArrayList<>();

    public RandomEdits(Resource resource, long seed) {
        this.resource = resource;
        this.random = new Random(seed);
    }

    /** What the edits so far were, one line each: the failure message of a test shows it. */
    public List<String> done() {
        return done;
    }

    /** Makes one edit of a random feature of a random element. */
    public void edit() {
        List<EObject> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        EObject element = all.get(random.nextInt(all.size()));
        if (random.nextInt(40) == 0 && resource instanceof XMLResource xml) {
            xml.setID(element, EcoreUtil.generateUUID());
            done.add("new id for " + describe(element));
            return;
        }
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isChangeable() && !feature.isDerived() && !feature.isTransient()) {
                features.add(feature);
            }
        }
        if (features.isEmpty()) {
            return;
        }
        EStructuralFeature feature = features.get(random.nextInt(features.size()));
        done.add(feature.getName() + " of " + describe(element));
        if (feature instanceof EAttribute attribute) {
            editAttribute(element, attribute);
        } else if (((EReference) feature).isContainment()) {
            editContainment(element, (EReference) feature, all);
        } else {
            editReference(element, (EReference) feature, all);
        }
    }

    private static String describe(EObject element) {
        return element.eClass().getName() + " " + EcoreUtil.getURI(element).fragment();
    }

    private void editAttribute(EObject element, EAttribute attribute) {
        if (attribute.isMany()) {
            @SuppressWarnings("unchecked")
            EList<Object> values = (EList<Object>) element.eGet(attribute);
            if (!values.isEmpty() && random.nextBoolean()) {
                values.remove(random.nextInt(values.size()));
            } else {
                values.add(random.nextInt(values.size() + 1), value(attribute.getEAttributeType()));
            }
        } else if (random.nextInt(6) == 0) {
            element.eUnset(attribute);
        } else {
            element.eSet(attribute, value(attribute.getEAttributeType()));
        }
    }

    private Object value(EDataType type) {
        if (type instanceof EEnum enumeration) {
            return enumeration.getELiterals().get(random.nextInt(enumeration.getELiterals().size())).getInstance();
        }
        Class<?> kind = type.getInstanceClass();
        if (kind == int.class || kind == Integer.class) {
            return random.nextInt(11) - 3;
        }
        if (kind == double.class || kind == Double.class) {
            return random.nextInt(1000) / 8.0;
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return random.nextBoolean();
        }
        return TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(100);
    }

    private void editReference(EObject element, EReference reference, List<EObject> all) {
        List<EObject> candidates = all.stream().filter(reference.getEReferenceType()::isInstance).toList();
        if (!reference.isMany()) {
            element.eSet(reference, candidates.isEmpty() || random.nextInt(5) == 0 ? null
                    : candidates.get(random.nextInt(candidates.size())));
            return;
        }
        @SuppressWarnings("unchecked")
        EList<EObject> targets = (EList<EObject>) element.eGet(reference);
        int choice = random.nextInt(3);
        if (choice == 0 && !targets.isEmpty()) {
            targets.remove(random.nextInt(targets.size()));
        } else if (choice == 1 && targets.size() > 1) {
            targets.move(random.nextInt(targets.size()), random.nextInt(targets.size()));
        } else if (!candidates.isEmpty()) {
            EObject target = candidates.get(random.nextInt(candidates.size()));
            if (!targets.contains(target)) {
                targets.add(target);
            }
        }
    }

    private void editContainment(EObject element, EReference containment, List<EObject> all) {
        EClass type = containment.getEReferenceType();
        if (!containment.isMany()) {
            if (element.eIsSet(containment) && random.nextBoolean()) {
                EcoreUtil.delete((EObject) element.eGet(containment), true);
            } else if (!type.isAbstract()) {
                element.eSet(containment, EcoreUtil.create(type));
            }
            return;
        }
        @SuppressWarnings("unchecked")
        EList<EObject> children = (EList<EObject>) element.eGet(containment);
        switch (random.nextInt(4)) {
            case 0 -> {
                if (!children.isEmpty()) {
                    EcoreUtil.delete(children.get(random.nextInt(children.size())), true);
                }
            }
            case 1 -> {
                if (children.size() > 1) {
                    children.move(random.nextInt(children.size()), random.nextInt(children.size()));
                }
            }
            case 2 -> moveHere(children, type, all, element);
            default -> {
                if (!type.isAbstract()) {
                    children.add(random.nextInt(children.size() + 1), EcoreUtil.create(type));
                }
            }
        }
    }

    /** Moves an element of the right type from elsewhere (not from inside the new parent's own ancestry). */
    private void moveHere(EList<EObject> children, EClass type, List<EObject> all, EObject parent) {
        List<EObject> movable = all.stream()
                .filter(each -> type.isInstance(each) && each.eContainer() != parent && !EcoreUtil.isAncestor(each, parent))
                .toList();
        if (!movable.isEmpty()) {
            children.add(random.nextInt(children.size() + 1), movable.get(random.nextInt(movable.size())));
        }
    }
}
