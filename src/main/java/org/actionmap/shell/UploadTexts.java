package org.actionmap.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** Every text of Vaadin's upload widget from our bundles: its defaults are English only. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop")).setMany(c.getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add")).setMany(c.getTranslation("upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(c.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(c.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(c.getTranslation("upload.error.wrong-type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(c.getTranslation("upload.file.retry"))
                .setStart(c.getTranslation("upload.file.start"))
                .setRemove(c.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("upload.status.connecting"))
                        .setStalled(c.getTranslation("upload.status.stalled"))
                        .setProcessing(c.getTranslation("upload.status.processing"))
                        .setHeld(c.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("upload.remaining"))
                        .setUnknown(c.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("upload.server.unavailable"))
                        .setUnexpectedServerError(c.getTranslation("upload.server.unexpected"))
                        .setForbidden(c.getTranslation("upload.server.forbidden"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
