package org.journeystudio.viewpoint.tools;

import org.eclipse.emf.common.command.Command;

/** Executes one model change at once and keeps it for undo. */
@FunctionalInterface
public interface CommandSink {

    /**
     * Executes the command.
     *
     * @throws ToolException when the command cannot execute
     */
    void apply(Command command);
}
