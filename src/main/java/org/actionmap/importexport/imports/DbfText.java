package org.actionmap.importexport.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the text of a Shapefile's .dbf that names no encoding is UTF-8. A .dbf without a .cpg and without a
 * language driver id (byte 29 of its header) gives GDAL no encoding, so GDAL passes its bytes on as they are; Chinese
 * surveys written that way are GBK, which is not valid UTF-8 and breaks the staging. The field names and the text
 * fields of the first records are read as dBase lays them out (a 32-byte header, 32 bytes per field, then fixed-width
 * records); a value cut inside a character at its field's width is not held against the file.
 */
final class DbfText {

    /** The encoding proposed for Chinese text that is not UTF-8. */
    static final String GBK = "GBK";
    /** Enough of a large file to tell: the text of the first megabytes. */
    private static final int MAX_BYTES = 8 << 20;

    private DbfText() {
    }

    /**
     * GBK when the .dbf names no code page and its names or text are not valid UTF-8; null when they are (ASCII
     * included), when it names a code page (GDAL honours it) or when it cannot be read as dBase.
     */
    static String proposedEncoding(Path dbf) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(dbf)) {
            bytes = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            return null;
        }
        if (bytes.length < 32 || bytes[29] != 0) {
            return null;
        }
        int headerLength = u16(bytes, 8);
        int recordLength = u16(bytes, 10);
        List<int[]> textFields = new ArrayList<>();   // offset in the record and width of each character field
        int offset = 1;                                // after the record's deletion flag
        for (int at = 32; at + 32 <= Math.min(headerLength, bytes.length) && bytes[at] != 0x0D; at += 32) {
            int nameEnd = at;
            while (nameEnd < at + 11 && bytes[nameEnd] != 0) {
                nameEnd++;
            }
            if (!utf8(bytes, at, nameEnd - at)) {
                return GBK;
            }
            int width = bytes[at + 16] & 0xFF;
            if (bytes[at + 11] == 'C') {
                // a character field wider than 255 keeps the high byte of its width in the decimal count
                width |= (bytes[at + 17] & 0xFF) << 8;
                textFields.add(new int[]{offset, width});
            }
            offset += width;
        }
        if (recordLength <= 0 || headerLength <= 0) {
            return null;
        }
        for (int record = headerLength; record + recordLength <= bytes.length; record += recordLength) {
            for (int[] field : textFields) {
                if (!utf8(bytes, record + field[0], field[1])) {
                    return GBK;
                }
            }
        }
        return null;
    }

    /** Whether the bytes decode as UTF-8, allowing a character cut at the end. */
    private static boolean utf8(byte[] bytes, int from, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = Math.min(bytes.length, from + length);
        if (from >= end) {
            return true;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, from, end - from);
        // not the end of input: a sequence cut at the field's width is an underflow, not an error
        return !decoder.decode(in, CharBuffer.allocate(end - from), false).isError();
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }
}
