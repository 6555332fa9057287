package org.journeystudio.viewpoint.sync;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.EdgeStyleValues;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.NodeStyleValues;

/**
 * A canonical text of a diagram's computed views: every node (in tree order) and edge with its
 * mapping, element id, label, style and visibility. Two refreshes gave the same result exactly
 * when their texts are equal; also handy when debugging a specification.
 */
public final class RepresentationText {

    private RepresentationText() {
    }

    public static String of(Diagram diagram) {
        StringBuilder text = new StringBuilder();
        nodes(diagram.getNodes(), "", text);
        for (Edge edge : diagram.getEdges()) {
            text.append("edge ").append(edge.getMapping()).append(' ').append(id(edge.getSemantic()))
                    .append(' ').append(id(edge.getSource().getSemantic())).append("->")
                    .append(id(edge.getTarget().getSemantic())).append(" '").append(edge.getLabel()).append("' ")
                    .append(style(edge.getStyle())).append(edge.isVisible() ? "" : " hidden").append('\n');
        }
        return text.toString();
    }

    private static void nodes(List<Node> nodes, String indent, StringBuilder text) {
        for (Node node : nodes) {
            text.append(indent).append(node.getMapping()).append(' ').append(id(node.getSemantic())).append(" '")
                    .append(node.getLabel()).append("' ").append(node.getDetail() == null ? "" : "'" + node.getDetail() + "' ")
                    .append(id(node.getColumn())).append(' ').append(id(node.getAlignedWith())).append(' ')
                    .append(node.isSetLevel() ? node.getLevel() : "-").append(' ').append(style(node.getStyle()))
                    .append(node.isVisible() ? "" : " hidden").append(node.getState() == null ? "" : " state")
                    .append('\n');
            nodes(node.getBorderedNodes(), indent + "  [border] ", text);
            nodes(node.getChildren(), indent + "  ", text);
        }
    }

    private static String style(NodeStyleValues style) {
        return "{" + style.getShape() + ' ' + style.getFillColor() + ' ' + style.getBorderColor() + ' '
                + style.getBorderSize() + ' ' + style.getLabelColor() + ' ' + style.getLabelSize()
                + (style.isLabelBold() ? " bold" : "") + (style.isLabelItalic() ? " italic" : "")
                + (style.getIcon() == null ? "" : " icon=" + style.getIcon())
                + (style.isSetWidth() ? " w=" + style.getWidth() : "")
                + (style.isSetHeight() ? " h=" + style.getHeight() : "") + "}";
    }

    private static String style(EdgeStyleValues style) {
        return "{" + style.getLineStyle() + ' ' + style.getRouting() + ' ' + style.getColor() + ' ' + style.getSize() + ' '
                + style.getSourceArrow() + '>' + style.getTargetArrow() + "}";
    }

    private static String id(EObject element) {
        if (element == null) {
            return "-";
        }
        if (element.eResource() instanceof XMLResource resource && resource.getID(element) != null) {
            return resource.getID(element);
        }
        return element.eClass().getName() + "@" + System.identityHashCode(element);
    }
}
