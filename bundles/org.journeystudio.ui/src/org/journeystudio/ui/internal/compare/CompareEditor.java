package org.journeystudio.ui.internal.compare;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.SnapshotBuilder;
import org.journeystudio.ui.internal.compare.MapComparison.Direction;

/**
 * The differences of two maps: a tool bar (copy left to right, copy right to left, show on diagram),
 * the tree of differences with the same actions in its context menu, and a status line. A copy
 * makes its side dirty; Save writes the dirty side to its file atomically.
 */
public final class CompareEditor extends EditorPart {

    public static final String ID = "org.journeystudio.ui.compareEditor";

    private MapComparison comparison;
    private DifferenceTree tree;
    private Label status;
    private CopyAction leftToRight;
    private CopyAction rightToLeft;
    private ShowOnDiagramAction showOnDiagram;
    private final Runnable changed = this::differencesChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CompareInput compare)) {
            throw new PartInitException("Not a comparison of maps: " + input.getName());
        }
        setSite(site);
        setInput(input);
        comparison = compare.comparison();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label sides = new Label(root, SWT.NONE);
        sides.setText("Left: " + describe(comparison.left()) + "     Right: " + describe(comparison.right()));
        ToolBarManager bar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        ToolBar toolBar = bar.createControl(root);
        toolBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tree = new DifferenceTree(root, comparison.left().label(), comparison.right().label());
        tree.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        leftToRight = new CopyAction(Direction.LEFT_TO_RIGHT, tree::selected, this);
        rightToLeft = new CopyAction(Direction.RIGHT_TO_LEFT, tree::selected, this);
        showOnDiagram = new ShowOnDiagramAction(this);
        fill(bar);
        bar.update(true);
        MenuManager menu = new MenuManager();
        menu.add(leftToRight);
        menu.add(rightToLeft);
        tree.viewer().getTree().setMenu(menu.createContextMenu(tree.viewer().getTree()));
        tree.viewer().addSelectionChangedListener(event -> updateActions());
        comparison.addListener(changed);
        differencesChanged();
    }

    private void fill(IToolBarManager bar) {
        bar.add(leftToRight);
        bar.add(rightToLeft);
        bar.add(new Separator());
        bar.add(showOnDiagram);
    }

    private static String describe(CompareSide side) {
        return side.label() + (side.readOnly() ? " (read-only)" : "");
    }

    MapComparison comparison() {
        return comparison;
    }

    /** Copies a difference to the other side (called by the copy actions). */
    void copy(Difference difference, Direction direction) {
        List<SnapshotBuilder.Dropped> dropped = comparison.copy(difference, direction);
        firePropertyChange(PROP_DIRTY);
        String side = direction == Direction.LEFT_TO_RIGHT ? comparison.right().label() : comparison.left().label();
        status.setText("Copied to " + side + ": " + difference.path()
                + (dropped.isEmpty() ? "" : "; " + dropped.size() + " reference(s) to elements not there were left out"));
    }

    /** Turns the differences on the right map's diagrams on or off; on opens it on its Journey Map. */
    void showOnDiagram(boolean show) {
        if (!show) {
            DiagramHighlights.clear(comparison.right().path());
            return;
        }
        DiagramHighlights.show(comparison.right().path(), DifferenceMarks.of(comparison));
        DiagramOpening.open(getSite().getPage(), comparison.right().file());
    }

    private void differencesChanged() {
        tree.show(comparison.differences());
        updateActions();
        int count = comparison.differences().size();
        status.setText(count == 0 ? "No differences." : count + " difference(s).");
        if (showOnDiagram.isChecked()) {
            DiagramHighlights.show(comparison.right().path(), DifferenceMarks.of(comparison));
        }
    }

    private void updateActions() {
        leftToRight.update();
        rightToLeft.update();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        for (CompareSide side : List.of(comparison.left(), comparison.right())) {
            try {
                side.save();
            } catch (IOException | CoreException e) {
                MessageDialog.openError(getSite().getShell(), "Save", side.label() + " was not saved: " + e.getMessage());
            }
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: each side saves to its own file.
    }

    @Override
    public boolean isDirty() {
        return comparison.left().dirty() || comparison.right().dirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        tree.viewer().getTree().setFocus();
    }

    @Override
    public void dispose() {
        comparison.removeListener(changed);
        DiagramHighlights.clear(comparison.right().path());
        super.dispose();
    }
}
