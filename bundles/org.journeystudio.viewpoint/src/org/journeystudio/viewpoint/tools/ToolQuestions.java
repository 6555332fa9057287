package org.journeystudio.viewpoint.tools;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.SelectionVariable;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Results;

/**
 * Asks a tool's questions in order and binds the answers in the tool's scope: the variable's name
 * to the chosen elements (only candidates, as a list) and name + {@value #NAME_SUFFIX} to the typed
 * name of a new element. A later question's candidates see the earlier answers.
 */
final class ToolQuestions {

    /** The suffix of the variable that holds the typed name of a new element. */
    static final String NAME_SUFFIX = "Name";

    private final Tool tool;
    private final Bindings scope;
    private final ToolExpressions expressions;

    ToolQuestions(Tool tool, Bindings scope, ToolExpressions expressions) {
        this.tool = tool;
        this.scope = scope;
        this.expressions = expressions;
    }

    /** Asks every question; false when the user cancelled one (nothing is bound then that matters). */
    boolean ask(ToolPrompt prompt) {
        for (SelectionVariable question : tool.getVariables()) {
            List<EObject> candidates = Results.asEObjects(
                    expressions.value(question, Literals.SELECTION_VARIABLE__CANDIDATES_EXPRESSION, scope));
            ToolPrompt.Answer answer = prompt.ask(question, candidates);
            if (answer == null) {
                return false;
            }
            List<EObject> chosen = answer.chosen().stream().filter(candidates::contains).distinct().toList();
            if (!question.isMultiple() && chosen.size() > 1) {
                chosen = chosen.subList(0, 1);
            }
            String name = question.getName() == null ? "" : question.getName().trim();
            scope.with(name, chosen).with(name + NAME_SUFFIX, answer.newName());
        }
        return true;
    }
}
