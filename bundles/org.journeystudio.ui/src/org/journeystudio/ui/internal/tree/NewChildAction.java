package org.journeystudio.ui.internal.tree;

import java.net.URL;
import java.util.List;
import java.util.MissingResourceException;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.journeystudio.model.journey.provider.JourneyEditPlugin;

/**
 * One entry of the New Child or New Sibling menu: the edit bundle's child descriptor of an owner,
 * run as EMF.Edit's {@link CreateChildCommand} on the editor's command stack. The new element
 * becomes the selection.
 */
final class NewChildAction extends Action {

    private final EditingDomain domain;
    private final EObject owner;
    private final CommandParameter descriptor;
    private final Consumer<List<?>> select;
    private final Command command;

    NewChildAction(EditingDomain domain, EObject owner, CommandParameter descriptor, List<?> selection,
            Consumer<List<?>> select) {
        this.domain = domain;
        this.owner = owner;
        this.descriptor = descriptor;
        this.select = select;
        this.command = CreateChildCommand.create(domain, owner, descriptor, selection);
        if (command instanceof CommandActionDelegate delegate) {
            setText(delegate.getText());
            setToolTipText(delegate.getToolTipText());
            if (delegate.getImage() instanceof URL url) {
                setImageDescriptor(ImageDescriptor.createFromURL(url));
            }
        } else {
            setText(typeLabel());
        }
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        NewChildren.prepare(owner, descriptor, typeLabel());
        domain.getCommandStack().execute(command);
        select.accept(List.copyOf(command.getAffectedObjects()));
    }

    /** The type's label as the edit bundle gives it ("Pain Point"), the name a new element starts with. */
    private String typeLabel() {
        String className = descriptor.getEValue() == null ? "Element" : descriptor.getEValue().eClass().getName();
        try {
            return JourneyEditPlugin.INSTANCE.getString("_UI_" + className + "_type");
        } catch (MissingResourceException e) {
            return className;
        }
    }
}
