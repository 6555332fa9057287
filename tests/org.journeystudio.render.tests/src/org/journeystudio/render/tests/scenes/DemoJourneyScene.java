package org.journeystudio.render.tests.scenes;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.render.FontSpec;
import org.journeystudio.render.HAlign;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.VAlign;
import org.journeystudio.render.icons.Glyph;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.IconFigure;
import org.journeystudio.render.scene.LineFigure;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.scene.ShapeFigure;
import org.journeystudio.render.scene.ShapeKind;
import org.journeystudio.render.scene.ShapeStyle;
import org.journeystudio.render.scene.TextFigure;

/**
 * A small journey map drawn with the rendering layer only: stages, step cards with channel
 * icons, an emotion curve, pain points and opportunities. The samples a person looks at, and
 * the scene the export tests check (its group ids and texts are listed here).
 */
public final class DemoJourneyScene {

    public static final String TITLE = "Pay an invoice today";
    public static final List<String> STAGES = List.of("Receive invoice", "Review & approve", "Pay", "Confirmation");

    /** Step title, detail line, channel, emotion (-2..2) and stage of each step card. */
    private record Step(String title, String detail, Glyph channel, double emotion, int stage) {
    }

    public static final List<String> STEP_TITLES;
    private static final List<Step> STEPS = List.of(
            new Step("Invoice arrives by email", "PDF attached, due in 14 days", Glyph.EMAIL, 0.5, 0),
            new Step("Checks the amount against the order", "Opens the supplier portal", Glyph.WEB, -0.5, 1),
            new Step("Asks the manager to approve", "Waits for a reply in chat", Glyph.CHAT, -1.6, 1),
            new Step("Pays in the banking app", "Scans the QR code", Glyph.MOBILE_APP, 1.2, 2),
            new Step("Receives the receipt", "Confirmation by email", Glyph.EMAIL, 1.8, 3));
    public static final String PAIN = "Approval stalls when the manager is travelling; the due date slips.";
    public static final String OPPORTUNITY = "Let approvers approve from the notification in one tap.";

    static {
        STEP_TITLES = STEPS.stream().map(Step::title).toList();
    }

    private static final RgbColor INK = RgbColor.parse("#0f172a");
    private static final RgbColor MUTED = RgbColor.parse("#64748b");
    private static final RgbColor INDIGO = RgbColor.parse("#4f46e5");
    private static final RgbColor LANE = RgbColor.parse("#f8fafc");
    private static final RgbColor LINE = RgbColor.parse("#e2e8f0");

    private static final double LEFT = 176;
    private static final double COLUMN = 250;
    private static final double GUTTER = 14;
    private static final double EMOTION_TOP = 352;
    private static final double EMOTION_HEIGHT = 150;

    private DemoJourneyScene() {
    }

    public static Scene build() {
        Scene scene = new Scene();
        scene.add(GroupFigure.of("page", "page", new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(0, 0, 1192, 708),
                ShapeStyle.filled(RgbColor.WHITE, null))));
        scene.add(header());
        addLanes(scene);
        for (int s = 0; s < STAGES.size(); s++) {
            scene.add(stage(s));
        }
        for (int i = 0; i < STEPS.size(); i++) {
            scene.add(card(i, cardBox(i)));
        }
        scene.add(connector(new double[] {cardBox(0).maxX(), 198, cardBox(1).x(), 198}));
        scene.add(connector(new double[] {cardBox(1).centerX(), cardBox(1).maxY(), cardBox(2).centerX(), cardBox(2).y()}));
        double gap = cardBox(2).maxX() + GUTTER / 2;
        scene.add(connector(new double[] {cardBox(2).maxX(), 290, gap, 290, gap, 198, cardBox(3).x(), 198}));
        scene.add(connector(new double[] {cardBox(3).maxX(), 198, cardBox(4).x(), 198}));
        scene.add(emotionCurve());
        scene.add(painPoint());
        scene.add(opportunity());
        return scene;
    }

    /** The emotion curve's points: one per step, steps of one stage spread over its column. */
    private static double[] emotionPoints() {
        double[] points = new double[STEPS.size() * 2];
        double amplitude = (EMOTION_HEIGHT / 2 - 22) / 2;
        for (int i = 0; i < STEPS.size(); i++) {
            Step step = STEPS.get(i);
            long inStage = STEPS.stream().filter(other -> other.stage() == step.stage()).count();
            long before = STEPS.subList(0, i).stream().filter(other -> other.stage() == step.stage()).count();
            points[2 * i] = LEFT + step.stage() * COLUMN + (before + 0.5) * (COLUMN - GUTTER) / inStage;
            points[2 * i + 1] = EMOTION_TOP + EMOTION_HEIGHT / 2 - step.emotion() * amplitude;
        }
        return points;
    }

    private static Figure header() {
        RgbColor avatar = RgbColor.parse("#e0e7ff");
        return GroupFigure.of("header", "header",
                new TextFigure(Rect.of(32, 24, 700, 30), TITLE, FontSpec.sans(22).asBold(), INK),
                new TextFigure(Rect.of(32, 56, 700, 20), "Customer journey map \u00b7 Persona: Dana, owner of a small bakery",
                        FontSpec.sans(13), MUTED),
                new ShapeFigure(ShapeKind.ELLIPSE, Rect.of(1110, 22, 48, 48), ShapeStyle.filled(avatar, null)),
                new IconFigure(Glyph.PERSON, Rect.of(1120, 32, 28, 28), INDIGO));
    }

    private static void addLanes(Scene scene) {
        String[] names = {"Stages", "Actions", "Emotions", "Pain points", "Opportunities"};
        double[] tops = {96, 148, EMOTION_TOP, 516, 606};
        double[] heights = {40, 192, EMOTION_HEIGHT, 78, 78};
        for (int i = 0; i < names.length; i++) {
            List<Figure> lane = new ArrayList<>();
            lane.add(new ShapeFigure(ShapeKind.ROUNDED, Rect.of(24, tops[i], 1144, heights[i]),
                    new ShapeStyle(i % 2 == 0 ? LANE : RgbColor.WHITE, LINE, 1, 10, false)));
            lane.add(new TextFigure(Rect.of(40, tops[i], 120, heights[i]), names[i].toUpperCase(),
                    FontSpec.sans(11).asBold(), MUTED).withAlignment(HAlign.LEFT, VAlign.MIDDLE));
            scene.add(new GroupFigure("lane-" + i, "lane", lane));
        }
    }

    private static Figure stage(int index) {
        Rect box = Rect.of(LEFT + index * COLUMN, 102, COLUMN - GUTTER, 28);
        return GroupFigure.of("stage-" + index, "stage",
                new ShapeFigure(ShapeKind.ROUNDED, box, ShapeStyle.filled(RgbColor.parse("#e0e7ff"), null).withCornerRadius(14)),
                new TextFigure(box, (index + 1) + "  " + STAGES.get(index), FontSpec.sans(13).asBold(),
                        RgbColor.parse("#3730a3")).withAlignment(HAlign.CENTER, VAlign.MIDDLE).withMaxLines(1));
    }

    private static Rect cardBox(int step) {
        int stage = STEPS.get(step).stage();
        int row = step > 0 && STEPS.get(step - 1).stage() == stage ? 1 : 0;
        return Rect.of(LEFT + stage * COLUMN, 158 + row * 92, COLUMN - GUTTER, 80);
    }

    private static Figure card(int index, Rect box) {
        Step step = STEPS.get(index);
        RgbColor chip = RgbColor.parse("#eef2ff");
        List<Figure> parts = new ArrayList<>(List.of(
                new ShapeFigure(ShapeKind.ROUNDED, box, ShapeStyle.filled(RgbColor.WHITE, LINE).withShadow()),
                new ShapeFigure(ShapeKind.ROUNDED, Rect.of(box.x() + 12, box.y() + 12, 30, 30),
                        ShapeStyle.filled(chip, null)),
                new IconFigure(step.channel(), Rect.of(box.x() + 18, box.y() + 18, 18, 18), INDIGO),
                new TextFigure(Rect.of(box.x() + 52, box.y() + 11, box.w() - 64, 36), step.title(),
                        FontSpec.sans(13).asBold(), INK).withMaxLines(2),
                new TextFigure(Rect.of(box.x() + 52, box.y() + 50, box.w() - 64, 20), step.detail(),
                        FontSpec.sans(11.5), MUTED).withMaxLines(1)));
        if (step.emotion() <= -1.5) {
            parts.add(new IconFigure(Glyph.MOMENT_OF_TRUTH, Rect.of(box.maxX() - 24, box.y() - 8, 18, 18),
                    RgbColor.parse("#f59e0b")));
        }
        return new GroupFigure("step-" + index, "step", parts);
    }

    private static Figure connector(double[] points) {
        return new LineFigure(points, RgbColor.parse("#94a3b8"), StrokeSpec.solid(1.5)).withArrowHead();
    }

    private static Figure emotionCurve() {
        double[] points = emotionPoints();
        double middle = EMOTION_TOP + EMOTION_HEIGHT / 2;
        int low = 0;
        int high = 0;
        for (int i = 1; i < STEPS.size(); i++) {
            low = STEPS.get(i).emotion() < STEPS.get(low).emotion() ? i : low;
            high = STEPS.get(i).emotion() > STEPS.get(high).emotion() ? i : high;
        }
        return GroupFigure.of("emotion-curve", "emotion",
                new LineFigure(new double[] {LEFT, middle, LEFT + 4 * COLUMN - GUTTER, middle}, LINE.darker(0.1),
                        StrokeSpec.dashed(1)),
                new TextFigure(Rect.of(LEFT + 4, EMOTION_TOP + 8, 100, 16), "delighted", FontSpec.sans(10.5), MUTED),
                new TextFigure(Rect.of(LEFT + 4, EMOTION_TOP + EMOTION_HEIGHT - 24, 100, 16), "frustrated",
                        FontSpec.sans(10.5), MUTED),
                new LineFigure(points, INDIGO, StrokeSpec.solid(2.5)).smooth()
                        .withMarkers(new LineFigure.Marker(4.5, INDIGO)),
                new IconFigure(Glyph.MOMENT_OF_TRUTH, Rect.of(points[2 * high] - 8, points[2 * high + 1] - 26, 16, 16),
                        RgbColor.parse("#16a34a")),
                new IconFigure(Glyph.PAIN_POINT, Rect.of(points[2 * low] - 8, points[2 * low + 1] + 10, 16, 16),
                        RgbColor.parse("#dc2626")));
    }

    private static Figure painPoint() {
        Rect box = Rect.of(LEFT + COLUMN, 526, 2 * COLUMN - GUTTER, 58);
        RgbColor red = RgbColor.parse("#dc2626");
        return GroupFigure.of("pain-0", "pain-point",
                new ShapeFigure(ShapeKind.NOTE, box,
                        ShapeStyle.filled(RgbColor.parse("#fef2f2"), RgbColor.parse("#fecaca"))),
                new IconFigure(Glyph.PAIN_POINT, Rect.of(box.x() + 12, box.y() + 12, 20, 20), red),
                new TextFigure(Rect.of(box.x() + 44, box.y() + 8, box.w() - 64, box.h() - 16), PAIN,
                        FontSpec.sans(12.5), RgbColor.parse("#991b1b")).withAlignment(HAlign.LEFT, VAlign.MIDDLE));
    }

    private static Figure opportunity() {
        Rect box = Rect.of(LEFT + COLUMN, 616, 2 * COLUMN - GUTTER, 58);
        return GroupFigure.of("opportunity-0", "opportunity",
                new ShapeFigure(ShapeKind.ROUNDED, box,
                        ShapeStyle.filled(RgbColor.parse("#f0fdf4"), RgbColor.parse("#bbf7d0"))),
                new IconFigure(Glyph.OPPORTUNITY, Rect.of(box.x() + 12, box.y() + 12, 20, 20), RgbColor.parse("#16a34a")),
                new TextFigure(Rect.of(box.x() + 44, box.y() + 8, box.w() - 56, box.h() - 16), OPPORTUNITY,
                        FontSpec.sans(12.5), RgbColor.parse("#166534")).withAlignment(HAlign.LEFT, VAlign.MIDDLE),
                new ShapeFigure(ShapeKind.DIAMOND, Rect.of(LEFT + 3 * COLUMN + 40, 616, 76, 58),
                        ShapeStyle.filled(RgbColor.parse("#fffbeb"), RgbColor.parse("#fcd34d"))),
                new IconFigure(Glyph.DECISION, Rect.of(LEFT + 3 * COLUMN + 68, 635, 20, 20), RgbColor.parse("#b45309")));
    }

    /** Every glyph at 14, 18 and 24 units with its name: the icon sample sheet. */
    public static Scene iconSheet() {
        Scene scene = new Scene();
        Glyph[] glyphs = Glyph.values();
        scene.add(new ShapeFigure(ShapeKind.RECTANGLE, Rect.of(0, 0, 320, 24 + glyphs.length * 34),
                ShapeStyle.filled(RgbColor.WHITE, null)));
        double[] sizes = {14, 18, 24};
        for (int i = 0; i < glyphs.length; i++) {
            double y = 16 + i * 34;
            List<Figure> row = new ArrayList<>();
            for (int s = 0; s < sizes.length; s++) {
                row.add(new IconFigure(glyphs[i], Rect.of(16 + s * 40, y + (24 - sizes[s]) / 2, sizes[s], sizes[s]), INK));
            }
            row.add(new TextFigure(Rect.of(140, y, 160, 24), glyphs[i].name(), FontSpec.sans(12), MUTED)
                    .withAlignment(HAlign.LEFT, VAlign.MIDDLE));
            scene.add(new GroupFigure("glyph-" + glyphs[i].name(), "glyph", row));
        }
        return scene;
    }
}
