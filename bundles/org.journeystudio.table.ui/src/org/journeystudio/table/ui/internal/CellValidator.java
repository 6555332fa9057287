package org.journeystudio.table.ui.internal;

import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.journeystudio.model.query.ValueRange;
import org.journeystudio.viewpoint.representation.Cell;

/**
 * Refuses numbers that are not numbers, and numbers outside their feature's {@link ValueRange}
 * (the query Properties asks too), before anything reaches the model: the editor stays open and
 * shows why.
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
        double value = EditorKind.of(feature) == EditorKind.DECIMAL ? decimal(name, text) : integer(name, text);
        Optional<ValueRange> range = ValueRange.of(cell.getSemantic(), feature);
        if (range.isPresent() && !range.get().contains(value)) {
            throw new ValidationFailedException(range.get().refusal(name, text));
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

    private static double decimal(String name, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ValidationFailedException(name + " must be a number; '" + text + "' is not", e);
        }
    }
}
