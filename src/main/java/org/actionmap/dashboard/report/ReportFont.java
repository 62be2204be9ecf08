package org.actionmap.dashboard.report;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one font of the report, for the PDF's text and for the charts and maps drawn with Java2D: it must show Chinese
 * and be embeddable. PDFBox 3 subsets only fonts with TrueType (glyf) outlines; Noto Sans CJK, which the end-to-end
 * tests install, has CFF outlines and fails at save ("OTF fonts do not have a glyf table"). WenQuanYi Micro Hei
 * (Debian fonts-wqy-microhei, installed by ./actionmap) has TrueType outlines; AR PL UMing is a second choice.
 * {@code actionmap.reports.font} names another TrueType font or collection.
 */
@Component
class ReportFont {

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final String configured;
    private volatile Font awtFont;

    ReportFont(@Value("${actionmap.reports.font:}") String configured) {
        this.configured = configured;
    }

    File file() {
        return Stream.concat(Stream.ofNullable(configured).filter(c -> !c.isBlank()), CANDIDATES.stream())
                .map(File::new).filter(File::canRead).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Chinese TrueType font for the monthly report: install "
                        + "fonts-wqy-microhei (./actionmap deps) or set actionmap.reports.font to a .ttf/.ttc file"));
    }

    /** The font for Java2D (charts, maps), at 1 pt: derive the size wanted. */
    Font awt() {
        if (awtFont == null) {
            try {
                awtFont = Font.createFonts(file())[0];
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("unreadable report font " + file(), e);
            }
        }
        return awtFont;
    }

    /**
     * The font embedded into one document (subset to the glyphs used). The font file stays open until the document
     * is saved, when PDFBox writes the subset: close the returned handle after saving.
     */
    Embedded embed(PDDocument document) {
        File file = file();
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                return new Embedded(PDType0Font.load(document, first[0], true), collection);
            }
            return new Embedded(PDType0Font.load(document, file), null);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable report font " + file, e);
        }
    }

    record Embedded(PDType0Font font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            if (source != null) {
                source.close();
            }
        }
    }
}
