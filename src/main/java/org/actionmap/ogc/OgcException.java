package org.actionmap.ogc;

import org.springframework.http.HttpStatus;

/** A refused request, answered as an OGC API exception document: its {@code code} and a translated description. */
class OgcException extends RuntimeException {

    final HttpStatus status;
    final String code;
    final String messageKey;
    final transient Object[] args;

    OgcException(HttpStatus status, String code, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    static OgcException badParameter(String messageKey, Object... args) {
        return new OgcException(HttpStatus.BAD_REQUEST, "InvalidParameterValue", messageKey, args);
    }

    static OgcException notFound(String messageKey, Object... args) {
        return new OgcException(HttpStatus.NOT_FOUND, "NotFound", messageKey, args);
    }
}
