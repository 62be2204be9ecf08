package org.actionmap.power;

import org.actionmap.common.UserMessageException;

import java.util.Arrays;

/**
 * A photo kept with a milestone reached (the site at the start of construction, the finished substation). Its type
 * is read from the file's first bytes, never from the name or the browser's claim, so only real JPEG, PNG and WebP
 * images are kept.
 */
public record MilestonePhoto(String fileName, String contentType, byte[] bytes) {

    /** Large enough for a phone photo, small enough to keep in the database. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Checks an uploaded file and tells its type; refused with a message when it is no image or too large. */
    public static MilestonePhoto of(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserMessageException("power.photo.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserMessageException("power.photo.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String type = startsWith(bytes, 0xFF, 0xD8, 0xFF) ? "image/jpeg"
                : startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A) ? "image/png"
                : bytes.length > 12 && startsWith(bytes, 'R', 'I', 'F', 'F')
                  && new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP") ? "image/webp"
                : null;
        if (type == null) {
            throw new UserMessageException("power.photo.error.not-an-image");
        }
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
        // the name is shown and offered as the download's name: no folders, bounded length
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return new MilestonePhoto(name.length() > 200 ? name.substring(name.length() - 200) : name, type, bytes);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof MilestonePhoto p && p.fileName.equals(fileName) && p.contentType.equals(contentType)
                && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MilestonePhoto[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
