package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;

/**
 * One run of a tool as a single undoable command. Its body executes each model change as an
 * EMF.Edit command at once and appends it here (strict compound semantics: a change is prepared
 * only after the previous one ran, so later operations see earlier results). Undo and redo replay
 * every appended change, representation changes (view states) included.
 *
 * <p>When the body fails, what it executed is undone before the failure leaves {@link #execute()}:
 * the model is unchanged, {@link #failure()} tells why, and a command stack (which swallows
 * exceptions) records nothing.
 */
public final class ToolCommand extends CompoundCommand implements CommandSink {

    /** What the tool does when executed. */
    @FunctionalInterface
    public interface Body {
        void run(ToolCommand command);
    }

    private final BooleanSupplier applies;
    private final Body body;
    private final List<EObject> created = new ArrayList<>();
    private ToolQuestions questions;
    private ToolException failure;

    /**
     * @param label what the command stack shows (the tool's label)
     * @param applies the tool's precondition, asked once, before execution
     * @param body runs the operations
     */
    public ToolCommand(String label, BooleanSupplier applies, Body body) {
        super(label);
        this.applies = applies;
        this.body = body;
    }

    /** The tool's questions, asked by {@link #ask(ToolPrompt)} before execution. */
    void setQuestions(ToolQuestions questions) {
        this.questions = questions;
    }

    /**
     * Asks the tool's questions (a tool without any asks nothing) and binds the answers for its
     * operations; false when the user cancelled, and then the command must not be executed.
     */
    public boolean ask(ToolPrompt prompt) {
        return questions == null || questions.ask(prompt);
    }

    @Override
    protected boolean prepare() {
        return applies.getAsBoolean();
    }

    @Override
    public void execute() {
        try {
            body.run(this);
        } catch (RuntimeException e) {
            failure = e instanceof ToolException known ? known : new ToolException(getLabel() + ": " + e, e);
            rollBack();
            throw new AbortExecutionException(failure.getMessage(), failure);
        }
    }

    @Override
    public void apply(Command command) {
        if (command == null || !command.canExecute()) {
            throw new ToolException((command == null ? "a change" : command.getLabel()) + " cannot be executed");
        }
        command.execute();
        commandList.add(command);
    }

    /** Remembers an element the tool created, returned as the command's result. */
    @Override
    public void created(EObject element) {
        created.add(element);
    }

    /** The elements the tool created, in creation order. */
    @Override
    public Collection<?> getResult() {
        return List.copyOf(created);
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return created.isEmpty() ? super.getAffectedObjects() : getResult();
    }

    /** Why the last execution failed, or null. */
    public ToolException failure() {
        return failure;
    }

    private void rollBack() {
        try {
            super.undo();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        commandList.forEach(Command::dispose);
        commandList.clear();
        created.clear();
    }
}
