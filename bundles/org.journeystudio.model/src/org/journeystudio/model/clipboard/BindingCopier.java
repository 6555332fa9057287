package org.journeystudio.model.clipboard;

import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * EMF's copier with one change: a reference to an element outside the copied set goes to what
 * an {@code outside} function makes of it (the same element, a same-named one of another map, or
 * nothing: {@code null} drops the reference). References inside the set go to the copies, as in EMF.
 */
final class BindingCopier extends EcoreUtil.Copier {

    private static final long serialVersionUID = 1L;

    private final transient UnaryOperator<EObject> outside;

    BindingCopier(UnaryOperator<EObject> outside) {
        this.outside = outside;
    }

    @Override
    protected void copyReference(EReference reference, EObject original, EObject copy) {
        if (!original.eIsSet(reference)) {
            return;
        }
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> targets = (List<EObject>) original.eGet(reference);
            @SuppressWarnings("unchecked")
            List<EObject> copied = (List<EObject>) copy.eGet(reference);
            for (EObject target : targets) {
                EObject bound = bind(target);
                if (bound != null && !copied.contains(bound)) {
                    copied.add(bound);
                }
            }
        } else {
            EObject bound = bind((EObject) original.eGet(reference));
            if (bound != null) {
                copy.eSet(reference, bound);
            }
        }
    }

    private EObject bind(EObject target) {
        if (target == null) {
            return null;
        }
        EObject copy = get(target);
        return copy != null ? copy : outside.apply(target);
    }
}
