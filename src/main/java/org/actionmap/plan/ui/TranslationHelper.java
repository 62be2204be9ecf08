package org.actionmap.plan.ui;

import com.vaadin.flow.component.UI;

/** Translation for static helpers that have no component at hand; uses the current UI's language. */
final class TranslationHelper {

    private TranslationHelper() {
    }

    static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }
}
