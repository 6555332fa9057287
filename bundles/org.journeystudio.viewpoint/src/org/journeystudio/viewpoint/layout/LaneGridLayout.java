package org.journeystudio.viewpoint.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;

/**
 * The journey lane grid: columns from the column elements of the views (stages), one row per
 * top-level lane container. Inside a column, views take slots side by side; a view aligned with an
 * element shown in an earlier lane takes that element's slot (the emotion point of a step sits
 * under the step), views sharing a slot are stacked, and views with a level (0 bottom, 1 top) are
 * placed at that height, as points of a curve. A view whose element is its column's own spans the
 * column, except a point, which stays its size in the column's middle.
 */
public final class LaneGridLayout {

    static final double TITLE_WIDTH = 150;
    static final double CARD = 190;
    static final double GAP = 14;
    static final double PADDING = 12;
    static final double CURVE_HEIGHT = 150;
    static final double SEPARATOR = 26;

    private final CardSizes sizes;

    public LaneGridLayout(TextSizer sizer) {
        this.sizes = new CardSizes(sizer);
    }

    /** Lays out a diagram; lanes whose mapping is in {@code separators} are drawn as lines. */
    public DiagramLayout layout(Diagram diagram, Set<String> separators) {
        List<Node> lanes = diagram.getNodes().stream().filter(Node::isVisible).toList();
        Slots slots = new Slots();
        for (Node lane : lanes) {
            slots.assign(lane);
        }
        Map<EObject, double[]> columns = columnExtents(slots);
        double right = TITLE_WIDTH + GAP;
        for (double[] extent : columns.values()) {
            right = Math.max(right, extent[0] + extent[1]);
        }
        double width = right + GAP;
        DiagramLayout layout = new DiagramLayout();
        Map<EObject, String> labels = labelsOf(columns.keySet(), lanes);
        columns.forEach((column, extent) -> layout.addColumn(column, new DiagramLayout.Band(
                labels.getOrDefault(column, ""), null, extent[0], extent[1], false)));
        double y = 0;
        for (Node lane : lanes) {
            boolean separator = separators.contains(lane.getMapping());
            double height = separator ? SEPARATOR : placeChildren(lane, y, slots, columns, layout);
            layout.place(lane, new Box(0, y, width, height));
            layout.addLane(new DiagramLayout.Band(lane.getLabel(), lane, y, height, separator));
            y += height + GAP / 2;
        }
        layout.routeStraight(diagram.getEdges());
        return layout;
    }

    /**
     * The level (0 bottom, 1 top) that a height in a lane of points stands for: the inverse of where
     * {@link #layout} draws a view of that level, clamped to the lane.
     */
    public static double levelAt(Box lane, double y) {
        double span = CURVE_HEIGHT - 2 * PADDING;
        double level = 1 - (y - lane.y() - PADDING) / span;
        return Math.max(0, Math.min(1, level));
    }

    private static Map<EObject, double[]> columnExtents(Slots slots) {
        Map<EObject, double[]> extents = new LinkedHashMap<>();
        double x = TITLE_WIDTH + GAP;
        for (EObject column : slots.columns) {
            int count = Math.max(1, slots.count.getOrDefault(column, 1));
            double width = count * CARD + (count - 1) * GAP;
            extents.put(column, new double[] {x, width});
            x += width + GAP * 2;
        }
        return extents;
    }

    private double placeChildren(Node lane, double top, Slots slots, Map<EObject, double[]> columns,
            DiagramLayout layout) {
        boolean curve = lane.getChildren().stream().anyMatch(Node::isSetLevel);
        double height = curve ? CURVE_HEIGHT : 2 * PADDING;
        // The next free height of each slot of each column (index 0: the column's own element, then slot + 1).
        Map<EObject, double[]> stacks = new IdentityHashMap<>();
        for (Node child : lane.getChildren()) {
            double[] column = child.isVisible() ? columns.get(child.getColumn()) : null;
            if (column == null) {
                continue;
            }
            Integer slot = slots.slot.get(child);
            double x = slot == null ? column[0] : column[0] + slot * (CARD + GAP);
            // A view of its column's own element spans the column; a point of a curve keeps its size, centred.
            boolean point = curve && child.isSetLevel();
            double width = slot == null && !point ? column[1] : CardSizes.width(child, CARD);
            double room = slot == null ? column[1] : CARD;
            if (width < room) {
                x += (room - width) / 2;
            }
            double childHeight = sizes.height(child, width);
            if (point) {
                double span = CURVE_HEIGHT - 2 * PADDING;
                double centre = top + PADDING + (1 - child.getLevel()) * span;
                layout.place(child, new Box(x, centre - childHeight / 2, width, childHeight));
                continue;
            }
            double[] stack = stacks.computeIfAbsent(child.getColumn(), key -> freshStack(slots, key));
            int index = slot == null ? 0 : slot + 1;
            double offset = stack[index];
            layout.place(child, new Box(x, top + offset, width, childHeight));
            stack[index] = offset + childHeight + GAP / 2;
            height = Math.max(height, offset + childHeight + PADDING);
        }
        return height;
    }

    private static double[] freshStack(Slots slots, EObject column) {
        double[] stack = new double[slots.count.getOrDefault(column, 1) + 1];
        Arrays.fill(stack, PADDING);
        return stack;
    }

    /** A column's title, as {@link #layout} gives it: the label of the first view of its element, lanes in order. */
    static String labelOf(EObject column, Diagram diagram) {
        List<Node> lanes = diagram.getNodes().stream().filter(Node::isVisible).toList();
        return labelsOf(Set.of(column), lanes).getOrDefault(column, "");
    }

    /** Each column's title: the label of the first view of the column's own element, lanes in order. */
    private static Map<EObject, String> labelsOf(Set<EObject> columns, List<Node> lanes) {
        Map<EObject, String> labels = new IdentityHashMap<>();
        for (Node lane : lanes) {
            for (Node child : lane.getChildren()) {
                EObject semantic = child.getSemantic();
                if (columns.contains(semantic) && !labels.containsKey(semantic)) {
                    labels.put(semantic, child.getLabel());
                }
            }
        }
        return labels;
    }

    /** Which slot of its column each view takes. */
    private static final class Slots {

        final List<EObject> columns = new ArrayList<>();
        final Map<EObject, Integer> count = new IdentityHashMap<>();
        final Map<Node, Integer> slot = new IdentityHashMap<>();
        private final Map<EObject, Integer> anchors = new IdentityHashMap<>();

        void assign(Node lane) {
            Map<EObject, Integer> next = new IdentityHashMap<>();
            for (Node child : lane.getChildren()) {
                EObject column = child.getColumn();
                if (column == null || !child.isVisible()) {
                    continue;
                }
                if (!count.containsKey(column)) {
                    columns.add(column);
                    count.put(column, 1);
                }
                if (child.getSemantic() == column) {
                    continue;
                }
                Integer anchored = child.getAlignedWith() == null ? null : anchors.get(child.getAlignedWith());
                int index = anchored != null ? anchored : next.merge(column, 1, Integer::sum) - 1;
                if (anchored != null) {
                    next.merge(column, 0, (a, b) -> Math.max(a, index + 1));
                }
                slot.put(child, index);
                anchors.putIfAbsent(child.getSemantic(), index);
                count.merge(column, index + 1, Math::max);
            }
        }
    }
}
