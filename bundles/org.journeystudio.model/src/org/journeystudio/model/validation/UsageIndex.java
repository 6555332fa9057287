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
        index.visitTree(root);
        return index;
    }

    /** An index to be filled part by part ({@link #visit}, {@link #visitTree}, {@link #addAll(UsageIndex)}). */
    static UsageIndex empty() {
        return new UsageIndex();
    }

    /** Adds what the element and everything in it use. */
    void visitTree(EObject element) {
        visit(element);
        for (Iterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
            visit(contents.next());
        }
    }

    /** Adds what another part of the model uses. */
    void addAll(UsageIndex other) {
        used.addAll(other.used);
    }

    /** Adds what the element itself uses, not what is inside it. */
    void visit(EObject element) {
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
