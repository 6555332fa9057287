package org.journeystudio.viewpoint.sync;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.model.query.LiteralWords;
import org.journeystudio.viewpoint.representation.Cell;

/**
 * The text a table export writes for a cell: what the table shows. A cell of an enumeration
 * feature holds the literal's name (so that sorting and editing work on literals); the table shows,
 * and the CSV and HTML exports write, the literal in words ({@code In progress} for IN_PROGRESS).
 */
final class ExportedCellText {

    private ExportedCellText() {
    }

    static String of(Cell cell) {
        String label = cell.getLabel() == null ? "" : cell.getLabel();
        EEnumLiteral literal = literal(cell, label);
        return literal == null ? label : LiteralWords.sentence(literal.getInstance());
    }

    private static EEnumLiteral literal(Cell cell, String label) {
        String featureName = cell.getColumn() == null ? null : cell.getColumn().getFeatureName();
        EObject semantic = cell.getSemantic();
        if (featureName == null || semantic == null) {
            return null;
        }
        EStructuralFeature feature = semantic.eClass().getEStructuralFeature(featureName);
        return feature != null && feature.getEType() instanceof EEnum enumeration ? enumeration.getEEnumLiteral(label) : null;
    }
}
