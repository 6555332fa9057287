package org.journeystudio.model.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.SupportAction;

/**
 * The personas, channels and teams a model refers to (JM201), gathered in one pass over the
 * model: personas from journeys and step actors, channels from steps, teams from the owners
 * of steps, support actions and opportunities.
 */
final class UsageIndex {

    private final Set<EObject> used = Collections.newSetFromMap(new IdentityHashMap<>());

    private UsageIndex() {
    }

    static UsageIndex of(EObject root) {
        UsageIndex index = new UsageIndex();
        index.visit(root);
        for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            index.visit(contents.next());
        }
        return index;
    }

    private void visit(EObject element) {
        switch (element) {
            case Journey journey -> add(journey.getPersona());
            case Step step -> {
                addAll(step.getActors());
                addAll(step.getChannels());
                add(step.getOwner());
            }
            case SupportAction action -> add(action.getOwner());
            case Opportunity opportunity -> add(opportunity.getOwner());
            default -> {
                // Other elements refer to no persona, channel or team.
            }
        }
    }

    private void add(EObject target) {
        if (target != null) {
            used.add(target);
        }
    }

    private void addAll(Collection<? extends EObject> targets) {
        used.addAll(targets);
    }

    boolean isUsed(EObject element) {
        return used.contains(element);
    }
}
