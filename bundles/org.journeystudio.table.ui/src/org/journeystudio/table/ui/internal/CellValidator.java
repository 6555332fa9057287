package org.journeystudio.table.ui.internal;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.journeystudio.viewpoint.representation.Cell;

/**
 * Refuses numbers that are not numbers, and integers outside their feature's {@link RatingBounds},
 * before anything reaches the model: the editor stays open and shows why.
 */
public final class CellValidator extends DataValidator {

    private final TableRows rows;

    public CellValidator(TableRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean validate(int columnIndex, int rowIndex, Object newValue) {
        Cell cell = rows.cell(rowIndex, columnIndex);
        EStructuralFeature feature = cell == null ? null : CellEdits.feature(cell);
        String text = newValue == null ? "" : newValue.toString().trim();
        if (feature == null || text.isEmpty() && feature.isUnsettable()) {
            return true;
        }
        String name = rows.column(columnIndex).getLabel();
        if (EditorKind.of(feature) == EditorKind.DECIMAL) {
            decimal(name, text);
            return true;
        }
        long value = integer(name, text);
        RatingBounds bounds = RatingBounds.of(cell.getSemantic(), feature);
        if (bounds != null && !bounds.contains(value)) {
            throw new ValidationFailedException(name + " must be between " + bounds.min() + " and " + bounds.max()
                    + "; " + text + " is not");
        }
        return true;
    }

    private static long integer(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationFailedException(name + " must be a whole number; '" + text + "' is not", e);
        }
    }

    private static void decimal(String name, String text) {
        try {
            Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ValidationFailedException(name + " must be a number; '" + text + "' is not", e);
        }
    }
}
