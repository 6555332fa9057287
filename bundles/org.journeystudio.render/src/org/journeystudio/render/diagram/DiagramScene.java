package org.journeystudio.render.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.render.FontSpec;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.LineFigure;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.scene.ShapeFigure;
import org.journeystudio.render.scene.ShapeKind;
import org.journeystudio.render.scene.ShapeStyle;
import org.journeystudio.render.scene.TextFigure;
import org.journeystudio.viewpoint.layout.Box;
import org.journeystudio.viewpoint.layout.DiagramLayout;
import org.journeystudio.viewpoint.layout.ViewChanges;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.EdgeStyleValues;
import org.journeystudio.viewpoint.representation.Node;

/**
 * Turns a laid-out diagram into a scene: a title, the lanes, the edges (smooth curves through the
 * points of a curve mapping, polylines with arrow heads otherwise) and one group per node, with
 * the node's element id and mapping as the group's id and class (so an SVG export has one
 * {@code <g class="step">} per step).
 */
public final class DiagramScene {

    /** Where the diagram's origin lands in the scene: layout boxes are shifted by this to give scene coordinates. */
    public static final double ORIGIN_X = Theme.MARGIN;
    public static final double ORIGIN_Y = Theme.MARGIN + Theme.HEADER;
    /** The width of a lane's title box when it is kept in view (the lane grid leaves 150 before its columns). */
    private static final double TITLE_BOX = 150;
    private static final FontSpec LANE_FONT = FontSpec.sans(Theme.LANE_TITLE_SIZE).asBold();
    /** Keys of the page's background and title among the figures kept from one build to the next. */
    private static final Object PAGE = new Object();
    private static final Object TITLE = new Object();

    private final TextMeasurer measurer;
    private final NodeFigures nodeFigures;
    /** Group ids handed out in this scene: an element shown twice gets its id once, then mapping-prefixed ones. */
    private final Set<String> ids = new HashSet<>();
    /** The last number given to each mapping-prefixed id in this scene (see {@link #unique}). */
    private final Map<String, Integer> numbered = new HashMap<>();
    /** Of the last build, for its headers: its layout, the stage band's lane, that lane's figure and its cards' figures. */
    private DiagramLayout built;
    private Node stageLane;
    private Figure stageLaneFigure;
    private final List<Figure> stageCards = new ArrayList<>();
    /** What the last build drew for each node, edge and lane, for the next build to keep what did not change. */
    private Map<Object, Drawn> drawn = new IdentityHashMap<>();
    private Map<Object, Drawn> next = new IdentityHashMap<>();
    /** Where each node's figure is in the last scene's list, and that scene. */
    private final Map<Node, Integer> positions = new IdentityHashMap<>();
    private Scene last;
    /** The changes since the last build (null: draw everything anew). */
    private ViewChanges changes;

    /** A view's figure and what it was drawn from besides the view's own values: where, under which id or title. */
    private record Drawn(Object place, String key, Figure figure) {
    }

    public DiagramScene(TextMeasurer measurer) {
        this.measurer = measurer;
        this.nodeFigures = new NodeFigures(measurer);
    }

    public Scene build(Diagram diagram, DiagramLayout layout, String title, String subtitle) {
        return build(diagram, layout, title, subtitle, null);
    }

    /**
     * Builds the scene again after changes to the views: the figures of views that did not change and
     * are where they were are the last build's own (so are their groups), the others are drawn anew.
     * The scene is as a new builder would build it; its spatial index is the last scene's when every
     * figure kept its bounds.
     *
     * @param changes what changed in the views since the last build of this builder (null: everything, and
     *     nothing of the last build is kept)
     */
    public Scene build(Diagram diagram, DiagramLayout layout, String title, String subtitle, ViewChanges changes) {
        this.changes = changes;
        Scene previous = changes == null ? null : last;
        boolean patch = previous != null && layout == built && !changes.moved() && changes.edges().isEmpty();
        next = patch ? drawn : new IdentityHashMap<>(Math.max(16, drawn.size()));
        try {
            last = patch ? patch(layout, title, subtitle, previous) : buildScene(diagram, layout, title, subtitle, previous);
            return last;
        } finally {
            this.changes = null;
            drawn = next;
        }
    }

    /**
     * The last scene with the figures of the changed nodes drawn anew in their places, when nothing
     * moved (the layout is the last one): no walk over the views that did not change.
     */
    private Scene patch(DiagramLayout layout, String title, String subtitle, Scene previous) {
        Map<Integer, Figure> figures = new HashMap<>();
        double width = Math.max(layout.width() + 2 * Theme.MARGIN, 480);
        figures.put(1, titleFigure(width, title, subtitle));
        for (Node node : changes.nodes()) {
            Integer at = positions.get(node);
            Drawn was = at == null ? null : drawn.get(node);
            if (was != null) {
                Rect rect = (Rect) was.place();
                Figure figure = new GroupFigure(was.key(), node.getMapping(), nodeFigures.of(node, rect));
                stageCards.replaceAll(card -> card == was.figure() ? figure : card);
                figures.put(at, figure);
                drawn.put(node, new Drawn(rect, was.key(), figure));
            }
        }
        return Scene.replacing(previous, figures);
    }

    private Figure titleFigure(double width, String title, String subtitle) {
        return reuse(TITLE, false, width, title + "\n" + subtitle, () -> GroupFigure.of("title", "title",
                new TextFigure(Rect.of(Theme.MARGIN, Theme.MARGIN - 4, width - 2 * Theme.MARGIN, 28), title,
                        FontSpec.sans(Theme.TITLE_SIZE).asBold(), Theme.INK).withMaxLines(1),
                new TextFigure(Rect.of(Theme.MARGIN, Theme.MARGIN + 26, width - 2 * Theme.MARGIN, 18), subtitle,
                        FontSpec.sans(Theme.SUBTITLE_SIZE), Theme.MUTED).withMaxLines(1)));
    }

    /**
     * The figure of a view drawn by the last build from the same place and key, when the view did not
     * change since; otherwise {@code draw}'s. Either way it is remembered for the next build.
     */
    private Figure reuse(Object view, boolean changed, Object place, String key, Supplier<Figure> draw) {
        Drawn last = changes == null || changed ? null : drawn.get(view);
        Figure figure = last != null && last.place().equals(place) && last.key().equals(key) ? last.figure() : draw.get();
        next.put(view, new Drawn(place, key, figure));
        return figure;
    }

    private Scene buildScene(Diagram diagram, DiagramLayout layout, String title, String subtitle, Scene previous) {
        ids.clear();
        numbered.clear();
        double dx = ORIGIN_X;
        double dy = ORIGIN_Y;
        double width = Math.max(layout.width() + 2 * Theme.MARGIN, 480);
        double height = layout.height() + dy + Theme.MARGIN;
        Scene scene = previous == null ? new Scene() : Scene.after(previous);
        Rect page = Rect.of(0, 0, width, height);
        scene.add(reuse(PAGE, false, page, "", () -> new ShapeFigure(ShapeKind.RECTANGLE, page,
                ShapeStyle.filled(Theme.PAGE, null))));
        scene.add(titleFigure(width, title, subtitle));
        Set<Node> lanes = Collections.newSetFromMap(new IdentityHashMap<>());
        positions.clear();
        built = layout;
        stageLane = null;
        stageLaneFigure = null;
        stageCards.clear();
        int index = 0;
        for (DiagramLayout.Band lane : layout.lanes()) {
            lanes.add(lane.view());
            int at = index++;
            Box box = layout.box(lane.view());
            Figure figure = reuse(lane.view(), changed(lane.view()), box, at + ":" + lane.separator() + ":" + lane.label(),
                    () -> lane(lane, box, dx, dy, at));
            scene.add(figure);
            if (stageLane == null && !lane.separator() && holdsColumns(lane.view())) {
                stageLane = lane.view();
                stageLaneFigure = figure;
            }
        }
        edges(diagram, layout, dx, dy).forEach(scene::add);
        nodes(diagram.getNodes(), layout, lanes, dx, dy, scene, null);
        return scene;
    }

    private Figure lane(DiagramLayout.Band lane, Box box, double dx, double dy, int index) {
        Node view = lane.view();
        Rect area = Rect.of(box.x() + dx, box.y() + dy, box.width(), box.height());
        if (lane.separator()) {
            StrokeSpec stroke = "DOT".equals(view.getStyle().getBorderStyle()) ? StrokeSpec.dotted(1.2) : StrokeSpec.dashed(1.2);
            double y = area.centerY();
            return GroupFigure.of("lane-" + index, "separator " + view.getMapping(),
                    new LineFigure(new double[] {area.x(), y, area.maxX(), y}, Theme.colour(view.getStyle().getBorderColor(),
                            Theme.RULE), stroke),
                    new TextFigure(Rect.of(area.x() + 12, y - 15, 300, 14), laneLabel(lane), LANE_FONT, labelColour(view))
                            .withMaxLines(1));
        }
        return GroupFigure.of("lane-" + index, "lane " + view.getMapping(),
                new ShapeFigure(ShapeKind.ROUNDED, area, laneStyle(view)), laneTitle(lane, area));
    }

    private static TextFigure laneTitle(DiagramLayout.Band lane, Rect area) {
        return new TextFigure(Rect.of(area.x() + 16, area.y() + 12, 120, area.h() - 16), laneLabel(lane), LANE_FONT,
                labelColour(lane.view()));
    }

    private static String laneLabel(DiagramLayout.Band lane) {
        return lane.label() == null ? "" : lane.label().toUpperCase(Locale.ROOT);
    }

    private static RgbColor labelColour(Node view) {
        return Theme.colour(view.getStyle().getLabelColor(), Theme.MUTED);
    }

    private static ShapeStyle laneStyle(Node view) {
        return new ShapeStyle(Theme.colour(view.getStyle().getFillColor(), RgbColor.WHITE),
                Theme.colour(view.getStyle().getBorderColor(), Theme.RULE), 1, 10, false);
    }

    /**
     * The headers of the lane grid last {@link #build built} that a canvas keeps in view while scrolling
     * (see {@link StickyHeaders}): the stage band's figures are the scene's own, the lane titles drawn
     * as the scene draws them; {@link StickyHeaders#NONE} without lanes or before a build.
     */
    public StickyHeaders headers() {
        List<Figure> titles = new ArrayList<>();
        int stageTitle = -1;
        Scene stages = new Scene();
        Rect band = Rect.EMPTY;
        for (DiagramLayout.Band lane : built == null ? List.<DiagramLayout.Band>of() : built.lanes()) {
            Box box = built.box(lane.view());
            if (lane.separator() || box == null) {
                continue;
            }
            Rect area = Rect.of(box.x() + ORIGIN_X, box.y() + ORIGIN_Y, box.width(), box.height());
            if (lane.view() == stageLane) {
                stageTitle = titles.size();
                band = area;
                stages.add(stageLaneFigure);
                stageCards.forEach(stages::add);
            }
            Rect title = Rect.of(area.x(), area.y(), TITLE_BOX, area.h());
            titles.add(GroupFigure.of("lane-title-" + titles.size(), "lane-title " + lane.view().getMapping(),
                    new ShapeFigure(ShapeKind.ROUNDED, title, laneStyle(lane.view())), laneTitle(lane, area)));
        }
        if (titles.isEmpty()) {
            return StickyHeaders.NONE;
        }
        Rect column = Rect.of(ORIGIN_X, ORIGIN_Y, TITLE_BOX, built.height());
        return new StickyHeaders(titles, column, stageTitle, stages, band, stageCards);
    }

    /** Whether a lane shows the columns' own elements (the stages of a journey map). */
    private static boolean holdsColumns(Node lane) {
        return lane.getChildren().stream().anyMatch(child -> child.getColumn() != null
                && child.getSemantic() == child.getColumn());
    }

    /** Adds the nodes' groups to the scene; those inside the stage band also to {@code band} (when not null). */
    private void nodes(List<Node> nodes, DiagramLayout layout, Set<Node> lanes, double dx, double dy, Scene scene,
            List<Figure> band) {
        for (Node node : nodes) {
            Box box = layout.box(node);
            if (box != null && !lanes.contains(node)) {
                Rect rect = Rect.of(box.x() + dx, box.y() + dy, box.width(), box.height());
                String id = unique(idOf(node.getSemantic()), node.getMapping());
                Figure group = reuse(node, changed(node), rect, id,
                        () -> new GroupFigure(id, node.getMapping(), nodeFigures.of(node, rect)));
                positions.put(node, scene.figures().size());
                scene.add(group);
                if (band != null) {
                    band.add(group);
                }
            }
            List<Figure> inner = node == stageLane ? stageCards : band;
            nodes(node.getChildren(), layout, lanes, dx, dy, scene, inner);
            nodes(node.getBorderedNodes(), layout, lanes, dx, dy, scene, inner);
        }
    }

    private List<Figure> edges(Diagram diagram, DiagramLayout layout, double dx, double dy) {
        List<Figure> figures = new ArrayList<>();
        Map<String, List<Edge>> smooth = new LinkedHashMap<>();
        for (Edge edge : diagram.getEdges()) {
            List<double[]> route = layout.route(edge);
            if (route == null) {
                continue;
            }
            if ("SMOOTH".equals(edge.getStyle().getRouting())) {
                smooth.computeIfAbsent(edge.getMapping(), key -> new ArrayList<>()).add(edge);
            } else {
                double[] points = points(route, dx, dy);
                String id = unique(edge.getMapping() + "-" + idOf(edge.getSource().getSemantic()) + "-"
                        + idOf(edge.getTarget().getSemantic()), edge.getMapping());
                figures.add(reuse(edge, changed(edge), new Route(points), id,
                        () -> polyline(edge, points, id)));
            }
        }
        smooth.forEach((mapping, edges) -> figures.addAll(curves(mapping, edges, layout, dx, dy)));
        return figures;
    }

    private static double[] points(List<double[]> route, double dx, double dy) {
        double[] points = new double[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            points[2 * i] = route.get(i)[0] + dx;
            points[2 * i + 1] = route.get(i)[1] + dy;
        }
        return points;
    }

    private static Figure polyline(Edge edge, double[] points, String id) {
        EdgeStyleValues style = edge.getStyle();
        LineFigure line = new LineFigure(points, Theme.colour(style.getColor(), Theme.MUTED), stroke(style));
        if (!"NONE".equals(style.getTargetArrow())) {
            line = line.withArrowHead();
        }
        return new GroupFigure(id, "edge " + edge.getMapping(), List.of(line));
    }

    /** The points of an edge's route, compared by value. */
    private record Route(double[] xy) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Route route && Arrays.equals(xy, route.xy);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(xy);
        }

        @Override
        public String toString() {
            return Arrays.toString(xy);
        }
    }

    private boolean changed(Node view) {
        return changes == null || changes.changed(view);
    }

    private boolean changed(Edge view) {
        return changes == null || changes.changed(view);
    }

    /** Chains of edges (a to b, b to c ...) drawn as one smooth curve each; a missing edge is a gap. */
    private List<Figure> curves(String mapping, List<Edge> edges, DiagramLayout layout, double dx, double dy) {
        Map<Node, Edge> bySource = new IdentityHashMap<>();
        Set<Node> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Edge edge : edges) {
            bySource.putIfAbsent(edge.getSource(), edge);
            targets.add(edge.getTarget());
        }
        List<Figure> figures = new ArrayList<>();
        for (Edge start : edges) {
            if (targets.contains(start.getSource())) {
                continue;
            }
            List<Double> points = new ArrayList<>();
            add(points, layout.box(start.getSource()), dx, dy);
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Edge edge = start; edge != null && seen.add(edge.getTarget()); edge = bySource.get(edge.getTarget())) {
                add(points, layout.box(edge.getTarget()), dx, dy);
            }
            double[] array = points.stream().mapToDouble(Double::doubleValue).toArray();
            EdgeStyleValues style = start.getStyle();
            String id = mapping + "-curve-" + figures.size();
            figures.add(reuse(start, changed(start), new Route(array), id,
                    () -> new GroupFigure(id, "curve " + mapping, List.of(
                            new LineFigure(array, Theme.colour(style.getColor(), Theme.MUTED), stroke(style)).smooth()))));
        }
        return figures;
    }

    private static void add(List<Double> points, Box box, double dx, double dy) {
        points.add(box.centerX() + dx);
        points.add(box.centerY() + dy);
    }

    /**
     * The id itself the first time, then the mapping-prefixed id, then that with the first free number
     * from 2 on. The numbers taken so far are remembered per prefixed id, so that elements without an
     * xmi:id (all named by their class) do not make each new one try every number before it.
     */
    private String unique(String id, String mapping) {
        if (ids.add(id)) {
            return id;
        }
        String prefixed = mapping + "-" + id;
        if (ids.add(prefixed)) {
            return prefixed;
        }
        int n = numbered.getOrDefault(prefixed, 1) + 1;
        while (!ids.add(prefixed + "-" + n)) {
            n++;
        }
        numbered.put(prefixed, n);
        return prefixed + "-" + n;
    }

    private static StrokeSpec stroke(EdgeStyleValues style) {
        double width = Math.max(1, style.getSize());
        return switch (style.getLineStyle() == null ? "SOLID" : style.getLineStyle()) {
            case "DASH" -> StrokeSpec.dashed(width);
            case "DOT" -> StrokeSpec.dotted(width);
            default -> StrokeSpec.solid(width);
        };
    }

    /** The element's xmi:id (stable across saves), or its class name when it has none. */
    static String idOf(EObject element) {
        if (element != null && element.eResource() instanceof XMLResource resource && resource.getID(element) != null) {
            return resource.getID(element);
        }
        return element == null ? "view" : element.eClass().getName();
    }

    TextMeasurer measurer() {
        return measurer;
    }
}
