package org.journeystudio.ui.internal.compare;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.ui.decorators.DifferenceDecorator;
import org.journeystudio.ui.internal.compare.DifferenceGroups.Group;

/**
 * The tree of a differences editor: one row per changed element (its readable path), under it one
 * row per difference with the left and the right value, coloured as the diagram draws them.
 */
final class DifferenceTree {

    private final Composite holder;
    private final TreeColumnLayout columns = new TreeColumnLayout();
    private final TreeViewer viewer;

    DifferenceTree(Composite parent, String leftTitle, String rightTitle) {
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(columns);
        viewer = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Content());
        column("Element / difference", 56, DifferenceTexts::title, true);
        column(leftTitle, 22, DifferenceTexts::left, false);
        column(rightTitle, 22, DifferenceTexts::right, false);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
    }

    /** A column taking {@code weight} parts of the tree's width. */
    private void column(String title, int weight, Function<Object, String> text, boolean coloured) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setToolTipText(title);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 120));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(element);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element); // the whole of a long path or value
            }

            @Override
            public Color getForeground(Object element) {
                return coloured ? colour(element) : null;
            }
        });
    }

    private static Color colour(Object row) {
        Difference.Kind kind = row instanceof Difference difference ? difference.kind() : null;
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case ADDED -> DifferenceDecorator.ADDED;
            case DELETED -> DifferenceDecorator.DELETED;
            case CHANGED, MOVED -> DifferenceDecorator.CHANGED;
        };
    }

    /** The control to lay out: the tree in a composite that shares its width among the columns. */
    Composite control() {
        return holder;
    }

    TreeViewer viewer() {
        return viewer;
    }

    void show(List<Difference> differences) {
        viewer.setInput(DifferenceGroups.of(differences));
    }

    /** The difference selected, or the only difference of the element selected; else null. */
    Difference selected() {
        Object row = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (row instanceof Difference difference) {
            return difference;
        }
        if (row instanceof Group group && group.differences().size() == 1) {
            return group.differences().get(0);
        }
        return null;
    }

    /** Groups of differences at the top, their differences under them. */
    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group group ? group.differences().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group;
        }
    }
}
