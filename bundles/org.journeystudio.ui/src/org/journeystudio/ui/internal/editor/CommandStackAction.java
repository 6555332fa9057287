package org.journeystudio.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or redo on an editor's command stack, labelled after the command it would undo or
 * redo ("Undo Set Name"). The editor installs both as the workbench's global Undo and Redo.
 */
public final class CommandStackAction extends Action {

    /** Which end of the stack the action works on. */
    public enum Kind {
        UNDO("Undo", ActionFactory.UNDO, ISharedImages.IMG_TOOL_UNDO),
        REDO("Redo", ActionFactory.REDO, ISharedImages.IMG_TOOL_REDO);

        private final String verb;
        private final ActionFactory factory;
        private final String image;

        Kind(String verb, ActionFactory factory, String image) {
            this.verb = verb;
            this.factory = factory;
            this.image = image;
        }
    }

    private final Kind kind;
    private final CommandStack stack;

    public CommandStackAction(Kind kind, CommandStack stack) {
        this.kind = kind;
        this.stack = stack;
        setId(kind.factory.getId());
        setActionDefinitionId(kind.factory.getCommandId());
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(kind.image));
        update();
    }

    public ActionFactory factory() {
        return kind.factory;
    }

    /** Follows the stack: enabled when there is something to undo or redo, labelled after it. */
    public void update() {
        boolean possible = kind == Kind.UNDO ? stack.canUndo() : stack.canRedo();
        Command command = kind == Kind.UNDO ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(possible);
        String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
        setText("&" + kind.verb + label);
        setToolTipText(kind.verb + label);
    }

    @Override
    public void run() {
        if (kind == Kind.UNDO) {
            stack.undo();
        } else {
            stack.redo();
        }
    }
}
