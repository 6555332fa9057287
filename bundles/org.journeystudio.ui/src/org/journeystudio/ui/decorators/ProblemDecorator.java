package org.journeystudio.ui.decorators;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.journeystudio.ui.decorators.ElementProblems.Problem;

/**
 * Error and warning decorators on a page's control, as Sirius puts them on diagram elements: an icon at
 * the top left corner of every element that has a problem, drawn over what the page painted, and the
 * problem's messages as the tooltip while the pointer rests on the element. A page gives two functions:
 * where an element is drawn, and which element is under a point.
 */
public final class ProblemDecorator {

    private final Control control;
    private final ElementProblems problems;
    private final Function<EObject, Rectangle> boundsOf;
    private final BiFunction<Integer, Integer, EObject> elementAt;
    private final Runnable repaint;
    private boolean tooltipShown;

    private ProblemDecorator(Control control, ElementProblems problems, Function<EObject, Rectangle> boundsOf,
            BiFunction<Integer, Integer, EObject> elementAt) {
        this.control = control;
        this.problems = problems;
        this.boundsOf = boundsOf;
        this.elementAt = elementAt;
        this.repaint = () -> {
            if (!control.isDisposed()) {
                control.redraw();
            }
        };
    }

    /**
     * Decorates a control.
     *
     * @param boundsOf  where an element is drawn, in the control's pixels; null when it is not shown
     * @param elementAt the element drawn at a point of the control, or null
     */
    public static void install(Control control, ElementProblems problems, Function<EObject, Rectangle> boundsOf,
            BiFunction<Integer, Integer, EObject> elementAt) {
        ProblemDecorator decorator = new ProblemDecorator(control, problems, boundsOf, elementAt);
        control.addListener(SWT.Paint, decorator::paint);
        control.addListener(SWT.MouseMove, decorator::hover);
        problems.addListener(decorator.repaint);
        control.addListener(SWT.Dispose, event -> problems.removeListener(decorator.repaint));
    }

    private void paint(Event event) {
        GC gc = event.gc;
        for (EObject element : problems.elements()) {
            Problem problem = problems.of(element);
            Rectangle bounds = problem == null ? null : boundsOf.apply(element);
            if (bounds != null) {
                gc.drawImage(icon(problem), bounds.x + 1, bounds.y + 1);
            }
        }
    }

    private void hover(Event event) {
        EObject element = elementAt.apply(event.x, event.y);
        Problem problem = element == null ? null : problems.of(element);
        if (problem != null) {
            if (!problem.message().equals(control.getToolTipText())) {
                control.setToolTipText(problem.message());
            }
            tooltipShown = true;
        } else if (tooltipShown) {
            control.setToolTipText(null);
            tooltipShown = false;
        }
    }

    private static Image icon(Problem problem) {
        return PlatformUI.getWorkbench().getSharedImages()
                .getImage(problem.error() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
    }
}
