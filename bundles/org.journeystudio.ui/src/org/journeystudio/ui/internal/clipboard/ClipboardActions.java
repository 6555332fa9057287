package org.journeystudio.ui.internal.clipboard;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.journeystudio.model.clipboard.CopiedElements;
import org.journeystudio.model.journey.JourneyModel;

/**
 * Cut, Copy, Paste, Duplicate and Delete of model elements, as the workbench's global Edit
 * actions (Ctrl+X, Ctrl+C, Ctrl+V, Delete) of the part that installs them, and as entries of
 * its context menu. Each works on what a selection supplier gives (the tree's or the editor's
 * selection); every change is one command on the editor's stack, so it can be undone.
 */
public final class ClipboardActions {

    /** The id of the Duplicate action (and its command, which Ctrl+Shift+D runs). */
    public static final String DUPLICATE_ID = "org.journeystudio.ui.edit.duplicate";

    private final EditingDomain domain;
    private final Supplier<IStructuredSelection> selection;
    private final Consumer<List<?>> select;
    private final ElementDeleter deleter;
    private final Action cut = action(ActionFactory.CUT, ISharedImages.IMG_TOOL_CUT, this::cut);
    private final Action copy = action(ActionFactory.COPY, ISharedImages.IMG_TOOL_COPY, this::copy);
    private final Action paste = action(ActionFactory.PASTE, ISharedImages.IMG_TOOL_PASTE, this::paste);
    private final Action delete = action(ActionFactory.DELETE, ISharedImages.IMG_TOOL_DELETE, this::delete);
    private final Action duplicate = new Action("D&uplicate") {
        @Override
        public void run() {
            duplicate();
        }
    };

    /** Deletes model elements as one command, or gives null when they cannot be deleted. */
    @FunctionalInterface
    public interface ElementDeleter {
        Command command(List<?> elements);
    }

    /**
     * @param select shows the elements a command made or moved (pasted copies) as the new selection
     */
    public ClipboardActions(EditingDomain domain, Supplier<IStructuredSelection> selection, Consumer<List<?>> select,
            ElementDeleter deleter) {
        this.domain = domain;
        this.selection = selection;
        this.select = select;
        this.deleter = deleter;
        duplicate.setId(DUPLICATE_ID);
        duplicate.setActionDefinitionId(DUPLICATE_ID);
        update();
    }

    private static Action action(ActionFactory factory, String image, Runnable body) {
        Action action = new Action() {
            @Override
            public void run() {
                body.run();
            }
        };
        action.setId(factory.getId());
        action.setActionDefinitionId(factory.getCommandId());
        action.setText(text(factory));
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        return action;
    }

    private static String text(ActionFactory factory) {
        return switch (factory.getId()) {
            case "cut" -> "Cu&t";
            case "copy" -> "&Copy";
            case "paste" -> "&Paste";
            default -> "&Delete";
        };
    }

    /**
     * Makes these the global Cut, Copy, Paste, Duplicate and, when asked, Delete of a part's action
     * bars. The editor leaves Delete to its pages, whose diagrams run the viewpoint's delete tools.
     */
    public void install(IActionBars bars, boolean withDelete) {
        for (IAction action : withDelete ? List.of(cut, copy, paste, duplicate, delete) : List.of(cut, copy, paste, duplicate)) {
            bars.setGlobalActionHandler(action.getId(), action);
        }
        bars.updateActionBars();
    }

    /** Adds the actions to a context menu. */
    public void fill(IMenuManager menu) {
        update();
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(duplicate);
        menu.add(delete);
    }

    /** Follows the selection: enabled when there are model elements to work on (or, for Paste, a place). */
    public void update() {
        List<?> chosen = chosen();
        boolean elements = chosen.stream().anyMatch(object -> object instanceof EObject element
                && !(element instanceof JourneyModel) && element.eContainer() != null);
        copy.setEnabled(elements);
        duplicate.setEnabled(elements);
        cut.setEnabled(elements);
        delete.setEnabled(elements);
        paste.setEnabled(ElementClipboard.content() != null && target() != null);
    }

    private List<?> chosen() {
        IStructuredSelection current = selection.get();
        return current == null ? List.of() : current.toList();
    }

    private EObject target() {
        List<?> chosen = chosen();
        return chosen.isEmpty() || !(chosen.get(chosen.size() - 1) instanceof EObject element) ? null : element;
    }

    private void copy() {
        CopiedElements copied = CopiedElements.of(chosen());
        if (copied.isEmpty()) {
            beep();
            return;
        }
        ElementClipboard.put(copied);
        update();
    }

    private void cut() {
        CopiedElements copied = CopiedElements.of(chosen());
        Command remove = deleter.command(chosen());
        if (copied.isEmpty() || remove == null) {
            beep();
            return;
        }
        ElementClipboard.put(copied);
        domain.getCommandStack().execute(new CommandWrapper("Cut", "Cut", remove));
        update();
    }

    private void paste() {
        run(PasteCommands.paste(domain, ElementClipboard.content(), target(), "Paste"));
    }

    private void duplicate() {
        CopiedElements copied = CopiedElements.of(chosen());
        EObject last = copied.isEmpty() ? null : target();
        run(PasteCommands.paste(domain, copied, last, "Duplicate"));
    }

    private void delete() {
        Command remove = deleter.command(chosen());
        if (remove == null) {
            beep();
            return;
        }
        domain.getCommandStack().execute(remove);
        update();
    }

    private void run(Optional<Command> command) {
        if (command.isEmpty()) {
            beep();
            return;
        }
        domain.getCommandStack().execute(command.get());
        select.accept(List.copyOf(command.get().getAffectedObjects()));
        update();
    }

    private static void beep() {
        Display display = Display.getCurrent();
        if (display != null) {
            display.beep();
        }
    }
}
