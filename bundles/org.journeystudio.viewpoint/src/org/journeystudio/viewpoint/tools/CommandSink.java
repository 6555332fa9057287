package org.journeystudio.viewpoint.tools;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/** Executes one model change at once and keeps it for undo; learns which elements a tool created. */
@FunctionalInterface
public interface CommandSink {

    /**
     * Executes the command.
     *
     * @throws ToolException when the command cannot execute
     */
    void apply(Command command);

    /** An element the tool created (after the command that added it was applied). */
    default void created(EObject element) {
        // Only sinks that report results need to know.
    }
}
