package org.journeystudio.viewpoint.sync;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.ConditionalEdgeStyle;
import org.journeystudio.viewpoint.ConditionalNodeStyle;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.EdgeStyle;
import org.journeystudio.viewpoint.NodeStyle;
import org.journeystudio.viewpoint.Style;
import org.journeystudio.viewpoint.ViewpointFactory;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.representation.EdgeStyleValues;
import org.journeystudio.viewpoint.representation.NodeStyleValues;

/**
 * Picks a view's style (the first conditional style whose predicate holds, else the default)
 * and evaluates it into the view's style values.
 */
final class Styles {

    private static final NodeStyle DEFAULT_NODE = ViewpointFactory.eINSTANCE.createNodeStyle();
    private static final EdgeStyle DEFAULT_EDGE = ViewpointFactory.eINSTANCE.createEdgeStyle();

    private final Evaluator evaluator;

    Styles(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    void node(AbstractNodeMapping mapping, Bindings bindings, ReadRecorder reads, NodeStyleValues values) {
        NodeStyle style = mapping.getStyle() == null ? DEFAULT_NODE : mapping.getStyle();
        for (ConditionalNodeStyle conditional : mapping.getConditionalStyles()) {
            if (evaluator.bool(conditional, Literals.CONDITIONAL_STYLE__PREDICATE, bindings, reads, false)) {
                style = conditional.getStyle();
                break;
            }
        }
        values.setShape(style.getShape().getName());
        values.setFillColor(evaluator.colour(style, Literals.NODE_STYLE__FILL_COLOR, bindings, reads));
        values.setBorderColor(evaluator.colour(style, Literals.NODE_STYLE__BORDER_COLOR, bindings, reads));
        values.setBorderSize(style.getBorderSize());
        values.setBorderStyle(style.getBorderStyle().getName());
        values.setLabelPosition(style.getLabelPosition().getName());
        label(style, bindings, reads, values);
        String icon = evaluator.string(style, Literals.NODE_STYLE__ICON_EXPRESSION, bindings, reads);
        values.setIcon(icon.isEmpty() ? null : icon);
        size(values, evaluator.integer(style, Literals.NODE_STYLE__WIDTH_EXPRESSION, bindings, reads), true);
        size(values, evaluator.integer(style, Literals.NODE_STYLE__HEIGHT_EXPRESSION, bindings, reads), false);
    }

    void edge(EdgeMapping mapping, Bindings bindings, ReadRecorder reads, EdgeStyleValues values) {
        EdgeStyle style = mapping.getStyle() == null ? DEFAULT_EDGE : mapping.getStyle();
        for (ConditionalEdgeStyle conditional : mapping.getConditionalStyles()) {
            if (evaluator.bool(conditional, Literals.CONDITIONAL_STYLE__PREDICATE, bindings, reads, false)) {
                style = conditional.getStyle();
                break;
            }
        }
        values.setLineStyle(style.getLineStyle().getName());
        values.setRouting(style.getRouting().getName());
        values.setColor(evaluator.colour(style, Literals.EDGE_STYLE__COLOR, bindings, reads));
        values.setSize(style.getSize());
        values.setSourceArrow(style.getSourceArrow().getName());
        values.setTargetArrow(style.getTargetArrow().getName());
        values.setLabelColor(evaluator.colour(style, Literals.STYLE__LABEL_COLOR, bindings, reads));
        values.setLabelSize(style.getLabelSize());
        values.setLabelBold(style.isLabelBold());
        values.setLabelItalic(style.isLabelItalic());
    }

    private void label(Style style, Bindings bindings, ReadRecorder reads, NodeStyleValues values) {
        values.setLabelColor(evaluator.colour(style, Literals.STYLE__LABEL_COLOR, bindings, reads));
        values.setLabelSize(style.getLabelSize());
        values.setLabelBold(style.isLabelBold());
        values.setLabelItalic(style.isLabelItalic());
    }

    private static void size(NodeStyleValues values, Integer size, boolean width) {
        if (size == null) {
            if (width) {
                values.unsetWidth();
            } else {
                values.unsetHeight();
            }
        } else if (width) {
            values.setWidth(size);
        } else {
            values.setHeight(size);
        }
    }

    /** The default label of an element without a label expression: its name, when it has one. */
    static String defaultLabel(EObject semantic, ReadRecorder reads) {
        var name = semantic.eClass().getEStructuralFeature("name");
        if (name == null) {
            return semantic.eClass().getName();
        }
        reads.read(semantic, name);
        Object value = semantic.eGet(name);
        return value == null ? "" : value.toString();
    }
}
