package org.actionmap.dashboard.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A4 pages filled from the top down: wrapped text, table rows, images, with a new page whenever the next piece does
 * not fit. Keeps the PDF writer free of coordinates. Text is written cell by cell (not line by line across a row), so
 * that a reader extracting the text gets each cell whole.
 */
final class PdfPages {

    static final float MARGIN = 42;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 18;

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;
    private Runnable onNewPage = () -> { };

    PdfPages(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
            onNewPage.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What to draw at the top of each following page (a table's header), or nothing. */
    void repeatOnNewPage(Runnable header) {
        this.onNewPage = header == null ? () -> { } : header;
    }

    float remaining() {
        return y - BOTTOM;
    }

    void ensure(float height) {
        if (stream == null || remaining() < height) {
            newPage();
        }
    }

    void space(float height) {
        y -= height;
    }

    /** A paragraph wrapped to the width, starting a new page when it does not fit. */
    void paragraph(String text, float size, Color colour) {
        List<String> lines = wrap(text, size, WIDTH);
        float leading = size * 1.35f;
        ensure(leading * Math.min(lines.size(), 3));
        for (String line : lines) {
            ensure(leading);
            text(line, MARGIN, y - size, size, colour);
            y -= leading;
        }
    }

    /**
     * A row of cells with wrapped text; the row moves to the next page whole when it does not fit (where the header
     * given to {@link #repeatOnNewPage} is drawn first).
     */
    void row(List<String> cells, float[] widths, float size, Color background, Color colour) {
        float leading = size * 1.3f;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = wrap(cells.get(i), size, widths[i] - 4);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * leading + 4;
        ensure(height);
        try {
            if (background != null) {
                stream.setNonStrokingColor(background);
                stream.addRect(MARGIN, y - height, WIDTH, height);
                stream.fill();
            }
            stream.setStrokingColor(new Color(0xe0e0e0));
            stream.setLineWidth(0.4f);
            stream.moveTo(MARGIN, y - height);
            stream.lineTo(MARGIN + WIDTH, y - height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            float lineY = y - 2 - size;
            for (String line : wrapped.get(i)) {
                text(line, x + 2, lineY, size, colour);
                lineY -= leading;
            }
            x += widths[i];
        }
        y -= height;
    }

    /** A coloured square with a label, for legends. */
    void swatch(Color fill, boolean line, String label, float size) {
        ensure(size * 1.6f);
        try {
            stream.setNonStrokingColor(fill);
            if (line) {
                stream.addRect(MARGIN, y - size * 0.7f, size * 1.6f, 2.5f);
            } else {
                stream.addRect(MARGIN, y - size, size * 1.6f, size);
            }
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text(label, MARGIN + size * 2.2f, y - size * 0.9f, size, Color.BLACK);
        y -= size * 1.6f;
    }

    /** An image scaled to the width (and at most the height left on a fresh page). */
    void image(BufferedImage image, float maxHeight) {
        float scale = Math.min(WIDTH / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale, h = image.getHeight() * scale;
        ensure(h);
        try {
            PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
            stream.drawImage(xObject, MARGIN + (WIDTH - w) / 2, y - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }

    /** Page numbers ("3 / 12" in the reader's words) at the foot of every page, once all pages exist. */
    void number(java.util.function.BiFunction<Integer, Integer, String> label) {
        closeStream();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = footer;
                String text = label.apply(i + 1, total);
                text(text, MARGIN + (WIDTH - width(text, 8)) / 2, MARGIN - 4, 8, Color.DARK_GRAY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        stream = null;
    }

    void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    private void text(String text, float x, float baseline, float size, Color colour) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(colour);
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable(text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines that fit the width: broken at spaces where there are any, else between characters (Chinese). */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
                if (cp == ' ') {
                    lastSpace = line.length() - 1;
                }
                if (width(line.toString(), size) > width && line.length() > 1) {
                    int cut = lastSpace > 0 ? lastSpace + 1 : line.length() - Character.charCount(cp);
                    lines.add(line.substring(0, cut).stripTrailing());
                    String rest = line.substring(cut);
                    line.setLength(0);
                    line.append(rest);
                    lastSpace = rest.lastIndexOf(' ');
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with characters the font lacks replaced, since PDFBox refuses to show a missing glyph. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = encodable.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }
}
