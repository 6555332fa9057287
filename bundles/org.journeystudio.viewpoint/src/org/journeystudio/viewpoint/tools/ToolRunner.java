package org.journeystudio.viewpoint.tools;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.ReconnectTool;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.View;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * What editors call to run tools: each method builds the action's command (see
 * {@link ToolCommands}) and executes it on the editing domain's command stack, so that it is
 * one undoable step. Each returns the executed command, or null when no tool applies or its
 * precondition does not hold (then nothing changed).
 *
 * @throws ToolException from every action when the tool failed; the model is unchanged and
 *     the stack holds nothing new
 */
public final class ToolRunner {

    private final EditingDomain domain;
    private final ToolCommands commands;
    private ToolPrompt prompt = ToolPrompt.NONE;

    public ToolRunner(EditingDomain domain, Spec spec) {
        this.domain = domain;
        this.commands = new ToolCommands(domain, spec);
    }

    /** Who answers the questions of tools that ask (see {@link ToolPrompt}); {@link ToolPrompt#NONE} by default. */
    public void setPrompt(ToolPrompt prompt) {
        this.prompt = prompt == null ? ToolPrompt.NONE : prompt;
    }

    /** The commands, unexecuted, for feedback before an action. */
    public ToolCommands commands() {
        return commands;
    }

    /** See {@link ToolCommands#createNode}. */
    public Command createNode(MappingTool tool, Diagram diagram, View containerView, Position position) {
        return execute(commands.createNode(tool, diagram, containerView, position));
    }

    /** See {@link ToolCommands#createEdge}. */
    public Command createEdge(EdgeCreationTool tool, Node sourceView, Node targetView) {
        return execute(commands.createEdge(tool, sourceView, targetView));
    }

    /** See {@link ToolCommands#delete}. */
    public Command delete(List<? extends View> views) {
        return execute(commands.delete(views));
    }

    /** See {@link ToolCommands#reconnect}. */
    public Command reconnect(ReconnectTool tool, Edge edge, Node newEnd, ToolCommands.End end) {
        return execute(commands.reconnect(tool, edge, newEnd, end));
    }

    /** See {@link ToolCommands#directEdit}. */
    public Command directEdit(View view, String text) {
        return execute(commands.directEdit(view, text));
    }

    /** See {@link ToolCommands#doubleClick}. */
    public Command doubleClick(View view) {
        return execute(commands.doubleClick(view));
    }

    /** See {@link ToolCommands#drop}. */
    public Command drop(DropTool tool, EObject element, Diagram diagram, View targetView) {
        return execute(commands.drop(tool, element, diagram, targetView));
    }

    /** Asks the tool's questions, then executes its command on the stack; null when it cannot execute or was cancelled. */
    public Command execute(ToolCommand command) {
        if (command == null || !command.canExecute() || !command.ask(prompt)) {
            return null;
        }
        domain.getCommandStack().execute(command);
        if (command.failure() != null) {
            throw command.failure();
        }
        return command;
    }
}
