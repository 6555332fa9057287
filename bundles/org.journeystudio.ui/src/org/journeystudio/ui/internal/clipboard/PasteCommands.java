package org.journeystudio.ui.internal.clipboard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.model.clipboard.CopiedElements;
import org.journeystudio.model.clipboard.PastePlacement;
import org.journeystudio.model.journey.JourneyModel;

/**
 * The command of a paste or a duplicate: new copies of what was copied, re-bound for the map of
 * the selected element and named apart from their new siblings, added where
 * {@link PastePlacement} puts them. Undo removes them again.
 */
final class PasteCommands {

    private PasteCommands() {
    }

    /** The command that pastes {@code copied} on {@code selected}, empty when it has no place there. */
    static Optional<Command> paste(EditingDomain domain, CopiedElements copied, EObject selected, String label) {
        if (copied == null || copied.isEmpty() || selected == null
                || !(EcoreUtil.getRootContainer(selected) instanceof JourneyModel model)) {
            return Optional.empty();
        }
        Optional<PastePlacement> placement = PastePlacement.find(selected, copied.elements());
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        PastePlacement where = placement.get();
        List<EObject> copies = copied.copiesFor(model);
        CopiedElements.nameApart(copies, where.siblings());
        Command add = AddCommand.create(domain, where.owner(), where.feature(), copies, where.index());
        Command command = new CommandWrapper(label, label, add) {
            @Override
            public Collection<?> getAffectedObjects() {
                return copies;
            }
        };
        return command.canExecute() ? Optional.of(command) : Optional.empty();
    }
}
