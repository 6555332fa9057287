package org.journeystudio.viewpoint.tools;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.SelectionVariable;

/**
 * Asks the user the questions of a tool (its {@link SelectionVariable}s) before the tool runs.
 * Editors answer with a dialog; headless callers with fixed answers.
 */
@FunctionalInterface
public interface ToolPrompt {

    /** Answers nothing: no element chosen, no new name (what a caller without a user gets). */
    ToolPrompt NONE = (question, candidates) -> new Answer(List.of(), "");

    /**
     * The user's answer to one question, or null when the user cancelled (the tool then does not run).
     *
     * @param candidates the elements the question offers, in the order of its candidates expression
     */
    Answer ask(SelectionVariable question, List<EObject> candidates);

    /**
     * What the user chose: some of the candidates, and the name typed for a new element (empty when none).
     */
    record Answer(List<EObject> chosen, String newName) {

        public Answer {
            chosen = List.copyOf(chosen);
            newName = newName == null ? "" : newName.trim();
        }
    }
}
