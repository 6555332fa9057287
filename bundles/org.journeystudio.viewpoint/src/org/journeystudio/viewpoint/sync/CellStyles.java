package org.journeystudio.viewpoint.sync;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.viewpoint.CellStyle;
import org.journeystudio.viewpoint.ConditionalCellStyle;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.ReadRecorder;

/**
 * Picks the style of a line or cell (the first conditional style whose predicate holds, else the
 * default one) and evaluates its colours, fixed or computed. Without any style the values stay
 * empty and a renderer uses its own defaults.
 */
final class CellStyles {

    /** An evaluated style. */
    record Values(String background, String foreground, boolean bold) {

        static final Values NONE = new Values(null, null, false);
    }

    private final Evaluator evaluator;

    CellStyles(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Values evaluate(CellStyle base, List<ConditionalCellStyle> conditionals, Bindings bindings, ReadRecorder reads) {
        CellStyle style = base;
        for (ConditionalCellStyle conditional : conditionals) {
            if (evaluator.bool(conditional, Literals.CONDITIONAL_STYLE__PREDICATE, bindings, reads, false)) {
                style = conditional.getStyle();
                break;
            }
        }
        if (style == null) {
            return Values.NONE;
        }
        return new Values(evaluator.colour(style, Literals.CELL_STYLE__BACKGROUND, bindings, reads),
                evaluator.colour(style, Literals.CELL_STYLE__FOREGROUND, bindings, reads), style.isBold());
    }

    /** Stores the values in a line or a cell (both have background, foreground and bold), notifying only changes. */
    static void apply(Values values, EObject view) {
        set(view, "background", values.background());
        set(view, "foreground", values.foreground());
        set(view, "bold", values.bold());
    }

    private static void set(EObject view, String name, Object value) {
        EStructuralFeature feature = view.eClass().getEStructuralFeature(name);
        if (!Objects.equals(view.eGet(feature), value)) {
            view.eSet(feature, value);
        }
    }
}
