package org.actionmap.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an action-plan document: numbered tasks, each with its responsible and cooperating units
 * and its numbered work requirements, and the editor's closing line.
 *
 * <p>The reader takes documents as translators and typists actually leave them: header labels
 * written several ways, a missing "Work requirements:" line, unnumbered continuation paragraphs,
 * full-width digits and colons. It refuses a document that does not hold together, listing every
 * problem with its line, and never returns part of a plan.
 *
 * <p>Instances are stateless and can be shared.
 */
public class PlanDocumentReader {

    /** A line longer than this is not prose: a pasted table, a base64 blob or a wrong file. */
    public static final int MAX_LINE_LENGTH = 5_000;

    /** Reads UTF-8 (with or without BOM; UTF-16 with a BOM also works). Does not close the stream. */
    public ParsedPlan read(InputStream in) throws PlanDocumentException {
        byte[] bytes;
        try {
            // one byte over the limit is enough to know the document is too large
            bytes = in.readNBytes(DocumentText.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the plan document", e);
        }
        return read(DocumentText.decode(bytes));
    }

    public ParsedPlan read(String text) throws PlanDocumentException {
        if (text == null || text.strip().replace("\uFEFF", "").isEmpty()) {
            throw refused(PlanDocumentProblem.of(PlanDocumentProblem.WHOLE_DOCUMENT,
                    PlanDocumentProblem.EMPTY_DOCUMENT));
        }
        String[] rawLines = DocumentText.lines(text);
        int binaryLine = DocumentText.firstBinaryLine(rawLines, false);
        if (binaryLine > 0) {
            // parsing binary content would only bury this one useful message under noise
            throw refused(PlanDocumentProblem.of(binaryLine, PlanDocumentProblem.BINARY_CONTENT));
        }
        int lossyLine = DocumentText.firstBinaryLine(rawLines, true);
        if (lossyLine > 0) {
            throw refused(PlanDocumentProblem.of(lossyLine, PlanDocumentProblem.INVALID_ENCODING));
        }

        ProblemList problems = new ProblemList();
        List<PlanLine> lines = new ArrayList<>(rawLines.length);
        for (int i = 0; i < rawLines.length; i++) {
            int lineNumber = i + 1;
            if (rawLines[i].length() > MAX_LINE_LENGTH) {
                problems.add(PlanDocumentProblem.of(lineNumber, PlanDocumentProblem.LINE_TOO_LONG,
                        rawLines[i].length(), MAX_LINE_LENGTH));
                lines.add(PlanLine.blank(lineNumber));
            } else {
                lines.add(LineClassifier.classify(lineNumber, rawLines[i]));
            }
        }
        return new PlanParser(lines, problems).parse();
    }

    private static PlanDocumentException refused(PlanDocumentProblem problem) {
        return new PlanDocumentException(List.of(problem));
    }
}
