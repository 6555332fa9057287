package org.journeystudio.table.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.model.persistence.AtomicFiles;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.sync.TableCsv;

/** "Export CSV...": the table as the synchronizer computed it (sort included), written atomically. */
public final class CsvExport {

    private CsvExport() {
    }

    /** Writes the table's CSV (UTF-8) to a file: the old file or the new one, never half of one. */
    public static void write(Table table, Path file) throws IOException {
        AtomicFiles.write(file, TableCsv.toCsv(table).getBytes(StandardCharsets.UTF_8));
    }

    /** Asks where to write, then writes; failures are shown, not thrown. */
    public static void run(Shell shell, Table table) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export " + table.getName() + " as CSV");
        dialog.setFilterExtensions(new String[] {"*.csv", "*.*"});
        dialog.setFileName(fileName(table));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            write(table, Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Export CSV", "Could not write " + chosen + ": " + e.getMessage());
        }
    }

    static String fileName(Table table) {
        String name = table.getName() == null || table.getName().isBlank() ? "table" : table.getName();
        return name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".csv";
    }
}
