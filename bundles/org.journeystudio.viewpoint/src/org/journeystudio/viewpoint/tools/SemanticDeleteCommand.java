package org.journeystudio.viewpoint.tools;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.representation.RepresentationPackage;

/**
 * Deletes semantic elements and every semantic reference to them. References from
 * representations are left alone: computed views follow the model on the next refresh, and
 * stored view states are dropped by their own command (see {@link ViewStateChanges}), so the
 * delete never rewrites a view behind the synchronizer's back.
 */
final class SemanticDeleteCommand extends DeleteCommand {

    SemanticDeleteCommand(EditingDomain domain, Collection<?> elements) {
        super(domain, elements);
    }

    @Override
    protected Map<EObject, Collection<EStructuralFeature.Setting>> findReferences(Collection<EObject> eObjects) {
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = super.findReferences(eObjects);
        for (Collection<EStructuralFeature.Setting> settings : usages.values()) {
            settings.removeIf(setting -> setting.getEObject().eClass().getEPackage() == RepresentationPackage.eINSTANCE);
        }
        return usages;
    }
}
