package org.actionmap.plan.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns uploaded bytes into text, or says why it cannot. Decoding is strict: a plan saved in GBK
 * (a likely mistake with Chinese documents) must be refused with a clear message, not read as
 * replacement characters that would end up in requirement texts.
 */
final class DocumentText {

    /** Generous for a plan (the 2011 one is 30 KB); anything larger is a wrong file. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private DocumentText() {
    }

    static String decode(byte[] bytes) throws PlanDocumentException {
        if (bytes.length > MAX_BYTES) {
            throw new PlanDocumentException(List.of(PlanDocumentProblem.of(
                    PlanDocumentProblem.WHOLE_DOCUMENT, PlanDocumentProblem.DOCUMENT_TOO_LARGE,
                    bytes.length, MAX_BYTES)));
        }
        int offset = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            // "Unicode text" as saved by Windows editors
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(input);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int badByte = firstUndecodable(bytes, offset, charset);
            throw new PlanDocumentException(List.of(PlanDocumentProblem.of(
                    lineOfByte(bytes, badByte), PlanDocumentProblem.INVALID_ENCODING)));
        }
    }

    /** Decodes chunk by chunk to find where decoding breaks, for the line number in the message. */
    private static int firstUndecodable(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer output = CharBuffer.allocate(bytes.length + 16);
        decoder.decode(input, output, true);
        return input.position();
    }

    private static int lineOfByte(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lines of the text, with a leading BOM dropped and CRLF / CR line ends taken as LF. */
    static String[] lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    /**
     * The 1-based line of the first character that has no business in a text document (NUL and
     * other control characters, or the replacement character left by a lossy decode), or 0.
     */
    static int firstBinaryLine(String[] lines, boolean replacementCharacter) {
        for (int i = 0; i < lines.length; i++) {
            for (int j = 0; j < lines[i].length(); j++) {
                char c = lines[i].charAt(j);
                boolean bad = replacementCharacter ? c == '\uFFFD' : isBinary(c);
                if (bad) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static boolean isBinary(char c) {
        return (c < 0x20 && c != '\t' && c != '\f') || c == 0x7F;
    }
}
