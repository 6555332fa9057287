package org.journeystudio.render.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private final TextMeasurer measurer;
    private final NodeFigures nodeFigures;
    /** Group ids handed out in this scene: an element shown twice gets its id once, then mapping-prefixed ones. */
    private final Set<String> ids = new HashSet<>();
    /** Of the last build, for its headers: its layout, the stage band's lane, that lane's figure and its cards' figures. */
    private DiagramLayout built;
    private Node stageLane;
    private Figure stageLaneFigure;
    private final List<Figure> stageCards = new ArrayList<>();

    public DiagramScene(TextMeasurer measurer) {
        this.measurer = measurer;
        this.nodeFigures = new NodeFigures(measurer);
    }

    public Scene build(Diagram diagram, DiagramLayout layout, String title, String subtitle) {
        ids.clear();
        double dx = ORIGIN_X;
        double dy = ORIGIN_Y;
        double width = Math.max(layout.width() + 2 * Theme.MARGIN, 480);
        double height = layout.height() + dy + Theme.MARGIN;
        Scene scene = new Scene();
        scene.add(new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(0, 0, width, height), ShapeStyle.filled(Theme.PAGE, null)));
        scene.add(GroupFigure.of("title", "title",
                new TextFigure(Rect.of(Theme.MARGIN, Theme.MARGIN - 4, width - 2 * Theme.MARGIN, 28), title,
                        FontSpec.sans(Theme.TITLE_SIZE).asBold(), Theme.INK).withMaxLines(1),
                new TextFigure(Rect.of(Theme.MARGIN, Theme.MARGIN + 26, width - 2 * Theme.MARGIN, 18), subtitle,
                        FontSpec.sans(Theme.SUBTITLE_SIZE), Theme.MUTED).withMaxLines(1)));
        Set<Node> lanes = Collections.newSetFromMap(new IdentityHashMap<>());
        built = layout;
        stageLane = null;
        stageLaneFigure = null;
        stageCards.clear();
        int index = 0;
        for (DiagramLayout.Band lane : layout.lanes()) {
            lanes.add(lane.view());
            Figure figure = lane(lane, layout.box(lane.view()), dx, dy, index++);
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
                GroupFigure group = new GroupFigure(unique(idOf(node.getSemantic()), node.getMapping()), node.getMapping(),
                        nodeFigures.of(node, rect));
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
                figures.add(polyline(edge, route, dx, dy));
            }
        }
        smooth.forEach((mapping, edges) -> figures.addAll(curves(mapping, edges, layout, dx, dy)));
        return figures;
    }

    private Figure polyline(Edge edge, List<double[]> route, double dx, double dy) {
        EdgeStyleValues style = edge.getStyle();
        double[] points = new double[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            points[2 * i] = route.get(i)[0] + dx;
            points[2 * i + 1] = route.get(i)[1] + dy;
        }
        LineFigure line = new LineFigure(points, Theme.colour(style.getColor(), Theme.MUTED), stroke(style));
        if (!"NONE".equals(style.getTargetArrow())) {
            line = line.withArrowHead();
        }
        String id = edge.getMapping() + "-" + idOf(edge.getSource().getSemantic()) + "-" + idOf(edge.getTarget().getSemantic());
        return new GroupFigure(unique(id, edge.getMapping()), "edge " + edge.getMapping(), List.of(line));
    }

    /** Chains of edges (a to b, b to c ...) drawn as one smooth curve each; a missing edge is a gap. */
    private static List<Figure> curves(String mapping, List<Edge> edges, DiagramLayout layout, double dx, double dy) {
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
            figures.add(new GroupFigure(mapping + "-curve-" + figures.size(), "curve " + mapping, List.of(
                    new LineFigure(array, Theme.colour(style.getColor(), Theme.MUTED), stroke(style)).smooth())));
        }
        return figures;
    }

    private static void add(List<Double> points, Box box, double dx, double dy) {
        points.add(box.centerX() + dx);
        points.add(box.centerY() + dy);
    }

    private String unique(String id, String mapping) {
        String candidate = ids.add(id) ? id : mapping + "-" + id;
        for (int n = 2; !candidate.equals(id) && !ids.add(candidate); n++) {
            candidate = mapping + "-" + id + "-" + n;
        }
        return candidate;
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
