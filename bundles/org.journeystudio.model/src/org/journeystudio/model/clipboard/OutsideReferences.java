package org.journeystudio.model.clipboard;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Team;

/**
 * What a pasted element's reference to something outside the copied set becomes in the map it
 * is pasted into: the same element when it is in that map; else the map's channel, persona or
 * team of the same name; else nothing (the reference is dropped rather than left dangling
 * into another file).
 */
final class OutsideReferences implements UnaryOperator<EObject> {

    private final JourneyModel target;

    OutsideReferences(JourneyModel target) {
        this.target = target;
    }

    @Override
    public EObject apply(EObject referenced) {
        if (EcoreUtil.getRootContainer(referenced) == target) {
            return referenced;
        }
        if (referenced instanceof Channel channel) {
            return sameName(target.getChannels(), channel);
        }
        if (referenced instanceof Persona persona) {
            return sameName(target.getPersonas(), persona);
        }
        if (referenced instanceof Team team) {
            return sameName(target.getTeams(), team);
        }
        return null;
    }

    private static EObject sameName(List<? extends NamedElement> candidates, NamedElement wanted) {
        String name = wanted.getName() == null ? null : wanted.getName().strip();
        return candidates.stream()
                .filter(candidate -> candidate.getName() != null && Objects.equals(candidate.getName().strip(), name))
                .findFirst().orElse(null);
    }
}
