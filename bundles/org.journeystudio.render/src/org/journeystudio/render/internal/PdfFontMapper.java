package org.journeystudio.render.internal;

import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.FontMapper;

/**
 * Maps the AWT fonts a scene draws with to PDF fonts: the same TrueType file embedded (as
 * Identity-H, so any character survives and text stays extractable) when it can be found in
 * the usual font folders, so widths in the PDF match the widths text was laid out with;
 * otherwise OpenPDF's standard fonts (Helvetica, Times, Courier).
 */
public final class PdfFontMapper implements FontMapper {

    private static final List<String> FONT_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
            System.getProperty("user.home") + "/.fonts", System.getProperty("user.home") + "/.local/share/fonts");

    /** The physical fonts tried, in order, for AWT's logical families. */
    private static final Map<String, List<String>> LOGICAL = Map.of(
            "sansserif", List.of("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial"),
            "dialog", List.of("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial"),
            "serif", List.of("DejaVu Serif", "Liberation Serif", "Noto Serif", "Times New Roman"),
            "monospaced", List.of("DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Courier New"),
            "dialoginput", List.of("DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Courier New"));

    private final DefaultFontMapper registry = new DefaultFontMapper();
    private final Map<Font, BaseFont> mapped = new ConcurrentHashMap<>();

    private PdfFontMapper() {
        for (String dir : FONT_DIRS) {
            Path root = Path.of(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> dirs = Files.walk(root, 4)) {
                    dirs.filter(Files::isDirectory).forEach(d -> registry.insertDirectory(d.toString()));
                } catch (IOException | UncheckedIOException e) {
                    // An unreadable font folder only means fewer embeddable fonts: standard ones remain.
                    continue;
                }
            }
        }
    }

    /** The mapper of the process: scanning the font folders is done once. */
    public static PdfFontMapper shared() {
        return Holder.INSTANCE;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return mapped.computeIfAbsent(font, this::lookUp);
    }

    private BaseFont lookUp(Font font) {
        List<String> families = LOGICAL.getOrDefault(font.getFamily().toLowerCase(Locale.ROOT),
                List.of(font.getFamily()));
        for (String family : families) {
            for (String suffix : styleSuffixes(font)) {
                DefaultFontMapper.BaseFontParameters found = registry.getBaseFontParameters(family + suffix);
                if (found != null) {
                    try {
                        return BaseFont.createFont(found.fontName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    } catch (DocumentException | IOException e) {
                        // A font file OpenPDF cannot read: try the next candidate.
                        continue;
                    }
                }
            }
        }
        return registry.awtToPdf(font);
    }

    private static List<String> styleSuffixes(Font font) {
        if (font.isBold() && font.isItalic()) {
            return List.of(" Bold Oblique", " Bold Italic");
        }
        if (font.isBold()) {
            return List.of(" Bold");
        }
        return font.isItalic() ? List.of(" Oblique", " Italic") : List.of("", " Book", " Regular");
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return registry.pdfToAwt(font, size);
    }

    /** Lazy, thread-safe creation of the shared mapper. */
    private static final class Holder {
        private static final PdfFontMapper INSTANCE = new PdfFontMapper();
    }
}
