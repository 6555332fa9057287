package org.journeystudio.ui.internal.tree;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IActionBars;
import org.journeystudio.ui.internal.clipboard.ClipboardActions;

/**
 * What the editor gives its model tree.
 *
 * @param domain          the editing domain whose stack every change goes through
 * @param editorSelection the editor's selection, which the tree follows
 * @param editorActions   installs the editor's Undo and Redo into the tree's action bars
 * @param deleter         the editor's delete (elements, references and stored view states)
 * @param more            entries other features add to the tree's menu for an element
 */
public record TreeSupport(EditingDomain domain, ISelectionProvider editorSelection, Consumer<IActionBars> editorActions,
        ClipboardActions.ElementDeleter deleter, BiConsumer<IMenuManager, EObject> more) {
}
